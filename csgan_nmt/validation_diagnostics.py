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

import torch
from fairseq import metrics

from .discriminator_loss import balanced_batch
from .logging_outputs import sum_logs
from .utils import eval_mode

BLEU_ORDER = 4


@torch.no_grad()
def peakiness_log(generator, sample, pad) -> dict:
    """Sum and count of max_v G(v | Y*_<t, X) over the reference tokens of a batch."""
    with eval_mode(generator):
        net_output = generator(**sample["net_input"])
        probs = generator.get_normalized_probs(net_output, log_probs=False)
    mask = sample["target"].ne(pad)
    top = probs.max(-1).values.float()
    return {"peak_sum": float(top[mask].sum()), "peak_n": int(mask.sum())}


@torch.no_grad()
def kl_log(start_generator, generator, sample, pad) -> dict:
    """Sum and count of KL(G_start(.|Y*_<t, X) || G(.|Y*_<t, X)) over the reference tokens of
    a batch (nats), both without dropout."""
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
    """Correct D decisions on (gold, G's sample) pairs of a validation batch."""
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
    """Log the diagnostics present in `logging_outputs` (validation ones only)."""
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
    """BLEU's brevity penalty (Papineni et al., 2002), as sacrebleu computes it."""
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
