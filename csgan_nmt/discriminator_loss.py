"""Training and measuring D (Yang et al., NAACL 2018, section 3.2).

D(X, Y) is the probability that Y is a human translation of X. Each D update sees a balanced
batch: the gold pairs of a training batch, labelled 1, and the same sources with G's current
translations (fresh negatives), labelled 0; the loss is binary cross-entropy. D pretraining
stops when D's accuracy on a held-out set of *validation* pairs (gold and G's) reaches xi
(discriminator_pretraining.py). Under --reward-estimator partial-d, D sees random prefixes
of both instead (REGS).
"""

from argparse import Namespace

import torch
import torch.nn.functional as F
from fairseq import metrics
from fairseq.criterions import FairseqCriterion
from fairseq.data import data_utils

from .estimators import RewardEstimator
from .logging_outputs import sum_logs
from .policy import Policy
from .utils import eos_to_pad, eval_mode

REAL, FAKE = 1.0, 0.0  # D's labels: gold pair, G's translation


def random_prefixes(tokens: torch.Tensor, pad: int) -> torch.Tensor:
    """The prefix D's training data: every row cut after a length drawn uniformly from
    1..its length, with torch's global RNG (--reward-estimator partial-d).

    Args:
        tokens: (R, L) integer ids, words only (EOS already replaced by pad), right-padded
            with pad, the words of a row contiguous from column 0.
        pad: int, the target padding id.
    Returns:
        (R, L) tensor of the tokens' dtype and device: row r keeps its first k_r tokens,
        k_r uniform in [1, length_r], later columns set to pad; an empty row stays empty.

    Source: Li et al., EMNLP 2017 (REGS: a discriminator of partially decoded sequences).
    """
    lengths = tokens.ne(pad).sum(1, keepdim=True)
    keep = (torch.rand(lengths.shape, device=tokens.device) * lengths).long() + 1
    columns = torch.arange(tokens.size(1), device=tokens.device).unsqueeze(0)
    return tokens.masked_fill(columns >= keep, pad)


def balanced_batch(src, gold, fake, pad, eos, prefixes=False):
    """D's balanced batch: the B gold pairs labelled REAL (1), then the same B sources with
    G's translations labelled FAKE (0).

    D judges the words only: EOS is replaced by pad in both halves. With `prefixes`
    (--reward-estimator partial-d), every translation is then cut at a random length
    (`random_prefixes`, torch's global RNG).

    Args:
        src: (B, S) int64 source ids (either padding side).
        gold: (B, R) int64 gold translations, EOS-ended, right-padded with pad.
        fake: (B, L) integer ids, G's translation of source row i in row i, EOS-ended unless
            cut at the length cap, right-padded with pad.
        pad: int, the target padding id.
        eos: int, the target EOS id.
        prefixes: bool, cut gold and fake rows to random prefixes.
    Returns:
        (src2, tgt, labels): src2 (2B, S), `src` twice; tgt (2B, max(R, L)) of gold's dtype,
        gold rows then fake rows, EOS as pad, right-padded with pad; labels (2B,) float32,
        B ones then B zeros, on src's device.

    Source: Yang et al., NAACL 2018, section 3.2 (D trained on gold pairs vs G's
    translations).
    """
    gold, fake = eos_to_pad(gold, eos, pad), eos_to_pad(fake, eos, pad)
    if prefixes:
        gold, fake = random_prefixes(gold, pad), random_prefixes(fake, pad)
    tgt = data_utils.collate_tokens(list(gold) + list(fake), pad)
    labels = torch.cat([torch.full((gold.size(0),), REAL), torch.full((fake.size(0),), FAKE)])
    return torch.cat([src, src]), tgt, labels.to(src.device)


class DiscriminatorCriterion(FairseqCriterion):
    """D's loss on gold pairs vs G's translations, with its metrics (CSGAN-NMT). Built by
    the csgan_nmt task for its D updates (pretraining and adversarial), not registered for
    --criterion. G's translator (sampler or beam search) is built at the first batch of a
    stage and kept until the task enters another (`forget`).

    Args:
        task: the CSGANTranslationTask (options, target dictionary, build_generator).
    Attributes:
        cfg: the task's CSGANConfig (reads d_negatives, d_negative_beam, reward_estimator
            and the rollout length caps).

    Source: Yang et al., NAACL 2018, section 3.2 (D's binary cross-entropy on gold and
    generated pairs).
    """

    def __init__(self, task):
        super().__init__(task)
        self.cfg = task.cfg
        self._translator = None  # (model, its G's translator) of this stage

    def forget(self):
        """Drop the translator of G's translations: the next batch builds it anew.

        Returns:
            None.
        """
        self._translator = None

    @property
    def on_prefixes(self) -> bool:
        """bool: True under --reward-estimator partial-d, where D is trained (and measured)
        on random prefixes of gold and generated translations for the REGS reward."""
        return RewardEstimator(self.cfg.reward_estimator) == RewardEstimator.PARTIAL_D

    def forward(self, model, sample):
        """D's loss on one batch: its B gold pairs vs the same sources with G's fresh
        translations (`negatives`), 2B rows (`balanced_batch`), D in the model's mode (the
        task trains it with dropout).

        Args:
            model: CSGANModel (its generator translates, its discriminator is trained).
            sample: fairseq's LanguagePairDataset batch: net_input's src_tokens (B, S) int64
                and src_lengths (B,) int64; target (B, T) int64, EOS-ended, right-padded;
                ntokens int.
        Returns:
            (loss, sample_size, logging_output): loss a 0-dim float tensor, the binary
            cross-entropy with logits summed over the 2B rows (nats), differentiable w.r.t.
            D only; sample_size int 2B; logging_output dict of sums: d_loss (float),
            d_correct, d_pred_real, d_true_real, d_pred_fake, d_true_fake (int counts, a
            logit > 0 predicting REAL), ntokens (the gold target tokens), nsentences and
            sample_size (2B).

        Source: Yang et al., NAACL 2018, section 3.2.
        """
        src = sample["net_input"]["src_tokens"]
        fake = self.negatives(model, src, sample["net_input"]["src_lengths"])
        tgt_dict = self.task.target_dictionary
        src_pair, tgt_pair, labels = balanced_batch(src, sample["target"], fake,
                                                    tgt_dict.pad(), tgt_dict.eos(),
                                                    self.on_prefixes)
        logits = model.discriminator(src_pair, tgt_pair)
        loss = F.binary_cross_entropy_with_logits(logits, labels, reduction="sum")
        return loss, labels.numel(), _classification_log(loss, logits, labels, sample)

    @torch.no_grad()
    def negatives(self, model, src_tokens, src_lengths):
        """G's translations of a batch, the negatives of D; no gradient.

        --d-negatives sample: one sample Y ~ G' per source (Policy.sample of
        model.generator, eval mode, pad and bos banned, the --rollout-max-len* caps);
        beam: the best hypothesis of fairseq's beam search of size --d-negative-beam (G in
        eval mode; at most int(a*S + b) tokens before EOS, a and b from
        --rollout-max-len-a/-b, S the batch's padded source width).

        Args:
            model: CSGANModel.
            src_tokens: (B, S) int64 source ids.
            src_lengths: (B,) int64 source lengths.
        Returns:
            (B, L) int64 on src_tokens' device, row i the translation of source i,
            right-padded with pad, EOS-ended unless a sample was cut at its length cap.
        """
        translator = self._translator_of(model)
        if self.cfg.d_negatives == "sample":
            return translator.sample(src_tokens, src_lengths)
        with eval_mode(model.generator):
            hypos = translator.generate([model.generator], {
                "net_input": {"src_tokens": src_tokens, "src_lengths": src_lengths}
            })
        return data_utils.collate_tokens([h[0]["tokens"] for h in hypos],
                                         self.task.target_dictionary.pad())

    def _translator_of(self, model):
        """G's translator for --d-negatives, built once per model and stage: a
        Policy (sample) or fairseq's SequenceGenerator (beam)."""
        if self._translator is None or self._translator[0] is not model:
            if self.cfg.d_negatives == "sample":
                translator = Policy.from_config(model.generator,
                                                       self.task.target_dictionary, self.cfg)
            else:
                translator = self.task.build_generator([model.generator], Namespace(
                    beam=self.cfg.d_negative_beam, max_len_a=self.cfg.rollout_max_len_a,
                    max_len_b=self.cfg.rollout_max_len_b))
            self._translator = (model, translator)
        return self._translator[1]

    @staticmethod
    def reduce_metrics(logging_outputs) -> None:
        """Log D's metrics of the D updates' logging outputs to fairseq's metrics, weighted
        by rows: d_loss (mean binary cross-entropy per row, nats), d_acc (in [0, 1]), and
        d_precision_real / d_precision_fake (in [0, 1]; each only when D predicted some row
        of that class).

        Args:
            logging_outputs: list of dict, `forward`'s logging outputs (summed or not).
        Returns:
            None.
        """
        n = sum_logs(logging_outputs, "nsentences")
        metrics.log_scalar("d_loss", sum_logs(logging_outputs, "d_loss") / max(n, 1), n, round=4)
        metrics.log_scalar("d_acc", sum_logs(logging_outputs, "d_correct") / max(n, 1), n, round=4)
        for side in ("real", "fake"):
            predicted = sum_logs(logging_outputs, f"d_pred_{side}")
            if predicted:  # precision is undefined when D predicted no row of this class
                metrics.log_scalar(f"d_precision_{side}",
                                   sum_logs(logging_outputs, f"d_true_{side}") / predicted,
                                   predicted, round=4)


def _classification_log(loss, logits, labels, sample):
    predicted = (logits.detach() > 0).float()
    return {
        "d_loss": loss.detach().item(),
        "d_correct": int((predicted == labels).sum()),
        "d_pred_real": int(predicted.sum()),
        "d_true_real": int((predicted * labels).sum()),
        "d_pred_fake": int((1 - predicted).sum()),
        "d_true_fake": int(((1 - predicted) * (1 - labels)).sum()),
        "ntokens": sample["ntokens"],
        "nsentences": labels.numel(),
        "sample_size": labels.numel(),
    }
