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

from .csgan_config import RewardEstimator
from .logging_outputs import sum_logs
from .rollout import RolloutEngine
from .utils import eos_to_pad, eval_mode

REAL, FAKE = 1.0, 0.0  # D's labels: gold pair, G's translation


def random_prefixes(tokens: torch.Tensor, pad: int) -> torch.Tensor:
    """The prefix D's training data (REGS, Li et al., 2017): each row of `tokens` (R, L
    integer ids, words only, right-padded) cut after a length drawn uniformly from
    1..its length (torch's global RNG), later columns set to `pad`; (R, L), same dtype.
    Empty rows stay empty."""
    lengths = tokens.ne(pad).sum(1, keepdim=True)
    keep = (torch.rand(lengths.shape, device=tokens.device) * lengths).long() + 1
    columns = torch.arange(tokens.size(1), device=tokens.device).unsqueeze(0)
    return tokens.masked_fill(columns >= keep, pad)


def balanced_batch(src, gold, fake, pad, eos, prefixes=False):
    """(src, tgt, labels): (src, gold) labelled REAL, then (src, G's translation) FAKE.
    With `prefixes` (--reward-estimator partial-d), every translation is cut at a random
    length first (`random_prefixes`)."""
    gold, fake = eos_to_pad(gold, eos, pad), eos_to_pad(fake, eos, pad)
    if prefixes:
        gold, fake = random_prefixes(gold, pad), random_prefixes(fake, pad)
    tgt = data_utils.collate_tokens(list(gold) + list(fake), pad)
    labels = torch.cat([torch.full((gold.size(0),), REAL), torch.full((fake.size(0),), FAKE)])
    return torch.cat([src, src]), tgt, labels.to(src.device)


class DiscriminatorCriterion(FairseqCriterion):
    """D's loss on gold pairs vs G's translations, with its metrics (CSGAN-NMT, Yang et al.,
    2018). Built by the csgan_nmt task, not registered for --criterion."""

    def __init__(self, task):
        super().__init__(task)
        self.cfg = task.cfg
        self._beam_search = None
        self._sampler = None  # (model, RolloutEngine of its G) of this stage

    def forget(self):
        """Drop the sampler of G's translations: the next batch builds it anew."""
        self._sampler = None

    @property
    def on_prefixes(self) -> bool:
        """D is trained (and measured) on random prefixes for the REGS reward."""
        return RewardEstimator(self.cfg.reward_estimator) == RewardEstimator.PARTIAL_D

    def forward(self, model, sample):
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
        """G's translations of a batch, right-padded: sampled, or the best beam."""
        if self.cfg.d_negatives == "sample":
            if self._sampler is None or self._sampler[0] is not model:
                self._sampler = (model, RolloutEngine.from_config(
                    model.generator, self.task.target_dictionary, self.cfg))
            return self._sampler[1].sample(src_tokens, src_lengths)
        with eval_mode(model.generator):
            hypos = self._beam(model).generate([model.generator], {
                "net_input": {"src_tokens": src_tokens, "src_lengths": src_lengths}
            })
        return data_utils.collate_tokens([h[0]["tokens"] for h in hypos],
                                         self.task.target_dictionary.pad())

    def _beam(self, model):
        if self._beam_search is None:
            self._beam_search = self.task.build_generator(
                [model.generator],
                Namespace(beam=self.cfg.d_negative_beam, max_len_a=self.cfg.rollout_max_len_a,
                          max_len_b=self.cfg.rollout_max_len_b),
            )
        return self._beam_search

    @staticmethod
    def reduce_metrics(logging_outputs) -> None:
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
