"""What the validation runs of csgan_nmt measure besides fairseq's loss and BLEU.

The comparison recipe (comparison/) draws these as curves, to tell a real gain from the
known artefacts of RL and GAN training for NMT (Choshen et al., ICLR 2020, "On the
weaknesses of reinforcement learning for NMT"):

- peakiness: mean probability of G's most probable token, teacher-forced on the
  validation references (a sharper distribution, not a better one, is what a constant
  reward also produces);
- len_ratio, bp, prec_1..prec_4: hypothesis/reference length, brevity penalty and n-gram
  precisions of --eval-bleu's translations (a length fix looks like a BLEU gain);
- d_valid_acc: D's accuracy on the validation batches, gold pairs vs G's current samples
  (drawn with a fixed seed per batch, so the training RNG is untouched);
- kl_from_start (--kl-from-start): KL(G_start || G) in nats per reference token,
  teacher-forced on the validation references, G_start being G when the adversarial stage
  began: how far the updates moved G (a sharper sampler moves it as well as a better one).
"""

import math
from dataclasses import dataclass
from typing import Optional

import torch
from fairseq import metrics
from fairseq.dataclass import FairseqDataclass

from .discriminator_loss import balanced_batch
from .logging_outputs import sum_logs
from .option_ranges import option
from .utils import eval_mode

BLEU_ORDER = 4


@dataclass
class ValidationConfig(FairseqDataclass):
    """What validation measures besides fairseq's loss: the KL from the adversarial
    stage's start, and the tokenizer of --eval-bleu's BLEU.

    Attributes:
        kl_from_start: bool, keep a frozen G of the adversarial stage's start and log
            kl_from_start.
        eval_bleu_tokenize: str or None, a sacreBLEU tokenizer (bleu_tokenize.py).
    """

    kl_from_start: bool = option(
        False, "keep a frozen copy of G as the adversarial stage began and log "
               "kl_from_start, the KL of G from it on the validation references")
    eval_bleu_tokenize: Optional[str] = option(
        None, "sacreBLEU tokenizer of --eval-bleu's validation BLEU (default: chosen from "
              "--target-lang as sacreBLEU's -l does: zh, ja-mecab, ko-mecab, else 13a; "
              "--eval-tokenized-bleu: none)")


@torch.no_grad()
def peakiness_log(generator, sample, pad) -> dict:
    """Peakiness terms of a validation batch: G's top token probability
    max_v G(v | Y*_<t, X), teacher-forced on the references, without dropout.

    Args:
        generator: G (a fairseq encoder-decoder model).
        sample: fairseq sample: "net_input" (src_tokens (B, S), src_lengths (B,),
            prev_output_tokens (B, T)) and "target" (B, T) int64, right-padded, EOS last.
        pad: int, the target pad id.
    Returns:
        {"peak_sum": float, the sum of the top probabilities (each in (0, 1]) over the
        reference tokens, EOS included; "peak_n": int, their number}.

    Source: Choshen et al., ICLR 2020 (peakiness).
    """
    with eval_mode(generator):
        net_output = generator(**sample["net_input"])
        probs = generator.get_normalized_probs(net_output, log_probs=False)
    mask = sample["target"].ne(pad)
    top = probs.max(-1).values.float()
    return {"peak_sum": float(top[mask].sum()), "peak_n": int(mask.sum())}


@torch.no_grad()
def kl_log(start_generator, generator, sample, pad) -> dict:
    """KL terms of a validation batch: KL(G_start(.|Y*_<t, X) || G(.|Y*_<t, X)) per
    reference token, teacher-forced, both models without dropout, in float32.

    Args:
        start_generator: G as the adversarial stage found it (CSGANModel.start_generator).
        generator: G now.
        sample: fairseq sample, as for `peakiness_log`.
        pad: int, the target pad id.
    Returns:
        {"kl_sum": float >= 0 (up to rounding), the KL summed over the reference tokens,
        EOS included, in nats; "kl_n": int, their number}.
    """
    log_probs = []
    for model in (start_generator, generator):
        with eval_mode(model):
            log_probs.append(model.get_normalized_probs(model(**sample["net_input"]),
                                                        log_probs=True).float())
    kl = (log_probs[0].exp() * (log_probs[0] - log_probs[1])).sum(-1)
    mask = sample["target"].ne(pad)
    return {"kl_sum": float(kl[mask].sum()), "kl_n": int(mask.sum())}


@torch.no_grad()
def discriminator_log(criterion, model, sample, seed) -> dict:
    """D's accuracy terms on a validation batch: gold pairs (label 1) and pairs with G's
    translations (label 0, `criterion.negatives`: sampled or beam), both cut to random
    prefixes under partial-d, decided by logit > 0, D without dropout. The negatives and
    prefixes are drawn under `seed` in a forked RNG, so the training RNG is untouched.

    Args:
        criterion: the task's DiscriminatorCriterion.
        model: CSGANModel.
        sample: fairseq sample (net_input's src_tokens (B, S), src_lengths (B,); target
            (B, T)).
        seed: int, the torch seed of this batch's draws.
    Returns:
        {"d_valid_correct": int in [0, 2B], correct decisions; "d_valid_n": int, 2B}.
    """
    src = sample["net_input"]["src_tokens"]
    device = src.device
    with torch.random.fork_rng(devices=[device] if device.type == "cuda" else []):
        torch.manual_seed(seed)
        fake = criterion.negatives(model, src, sample["net_input"]["src_lengths"])
        tgt_dict = criterion.task.target_dictionary  # partial-d's prefixes draw here too
        src_pair, tgt_pair, labels = balanced_batch(src, sample["target"], fake,
                                                    tgt_dict.pad(), tgt_dict.eos(),
                                                    criterion.on_prefixes)
    with eval_mode(model.discriminator):
        predicted = (model.discriminator(src_pair, tgt_pair) > 0).float()
    return {"d_valid_correct": int((predicted == labels).sum()), "d_valid_n": labels.numel()}


def reduce_metrics(logging_outputs) -> None:
    """Log the validation diagnostics present in `logging_outputs` to fairseq's metrics:
    peakiness (mean top probability, in [0, 1]), kl_from_start (nats per reference
    token), d_valid_acc (in [0, 1]), and, where fairseq's --eval-bleu logged its BLEU
    meters, len_ratio (hypothesis / reference length), bp (in [0, 1]) and prec_1..prec_4
    (n-gram precisions in percent, [0, 100]). A diagnostic whose count is zero is skipped.

    Args:
        logging_outputs: list of dict, the logging outputs of the interval.
    Returns:
        None.
    """
    peak_n = sum_logs(logging_outputs, "peak_n")
    if peak_n:
        metrics.log_scalar("peakiness", sum_logs(logging_outputs, "peak_sum") / peak_n,
                           peak_n, round=4)
    kl_n = sum_logs(logging_outputs, "kl_n")
    if kl_n:
        metrics.log_scalar("kl_from_start", sum_logs(logging_outputs, "kl_sum") / kl_n, kl_n,
                           round=5)
    d_n = sum_logs(logging_outputs, "d_valid_n")
    if d_n:
        metrics.log_scalar("d_valid_acc", sum_logs(logging_outputs, "d_valid_correct") / d_n,
                           d_n, round=4)
    if sum_logs(logging_outputs, "_bleu_totals_0") > 0:  # fairseq logged the BLEU meters
        metrics.log_derived("len_ratio", _length_ratio)
        metrics.log_derived("bp", lambda meters: round(brevity_penalty(
            meters["_bleu_sys_len"].sum, meters["_bleu_ref_len"].sum), 4))
        for n in range(BLEU_ORDER):
            metrics.log_derived(f"prec_{n + 1}", _precision(n))


def brevity_penalty(sys_len, ref_len) -> float:
    """BLEU's brevity penalty, as sacreBLEU computes it: 1 if c >= r, else exp(1 - r / c),
    and 0 for c = 0 < r.

    Args:
        sys_len: number >= 0, c, total hypothesis length in tokens.
        ref_len: number >= 0, r, total reference length in tokens.
    Returns:
        float in [0, 1].

    Source: Papineni et al., ACL 2002 (BLEU); sacreBLEU (Post, 2018).
    """
    if sys_len >= ref_len:
        return 1.0
    return math.exp(1 - ref_len / sys_len) if sys_len > 0 else 0.0


def _length_ratio(meters):
    return round(float(meters["_bleu_sys_len"].sum) / max(float(meters["_bleu_ref_len"].sum),
                                                           1.0), 4)


def _precision(n):
    def precision(meters):
        total = float(meters["_bleu_totals"].sum[n])
        return round(100 * float(meters["_bleu_counts"].sum[n]) / total, 2) if total else 0.0
    return precision
