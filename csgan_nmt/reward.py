"""The BR-CSGAN reward of complete translations (Yang et al., 2018, section 3.3):

    R(Y) = lambda * (D(X, Y) - b) + (1 - lambda) * sentence-BLEU(Y, Y*)  [- P if Y was cut]

RewardScorer computes it for many rows at once; every estimator (estimators/) turns it
into token rewards Q_t its own way (Monte Carlo search: estimators/monte_carlo.py).
"""

from dataclasses import dataclass
from enum import Enum

import torch
from fairseq.dataclass import ChoiceEnum, FairseqDataclass

from .option_ranges import ANY_FINITE, FRACTION, NON_NEGATIVE, option
from .sentence_bleu import sentence_bleu
from .utils import eos_to_pad, eval_mode


class RewardType(str, Enum):
    """--reward-type: what a sampled token's reward Q_t is; a member's value is the option's
    string.

    Attributes:
        BRCSGAN: "brcsgan", Q_t estimated from the BR-CSGAN reward
            lambda * (D(X, Y) - b) + (1 - lambda) * sentence-BLEU(Y, Y*) by the
            --reward-estimator (Monte Carlo search by default).
        CONSTANT: "constant", --reward-constant on every sampled token up to EOS, no rollouts,
            D or BLEU: the control for sharpening alone.

    Source: Yang et al., NAACL 2018, section 3.3 (BR-CSGAN reward); Choshen et al., ICLR
    2020 (the constant-reward control).
    """

    BRCSGAN = "brcsgan"  # Monte Carlo lambda * (D - b) + (1 - lambda) * sentence BLEU
    CONSTANT = "constant"  # --reward-constant on every token: the peakiness control


@dataclass
class RewardConfig(FairseqDataclass):
    """What a sampled translation's reward is: lambda * (D - b) + (1 - lambda) *
    sentence-BLEU, minus a penalty for a translation cut at the length cap, or a constant.

    Attributes:
        reward_type: str, a RewardType value.
        reward_lambda: float in [0, 1]; reward_baseline, reward_constant: finite float;
            unfinished_penalty: float >= 0.

    Source: Yang et al., NAACL 2018, section 3.3 (lambda = 0.7 and b = 0.5).
    """

    reward_type: ChoiceEnum([r.value for r in RewardType]) = option(
        "brcsgan", "brcsgan: Monte Carlo BR-CSGAN reward; constant: --reward-constant on every "
                   "token, no rollouts (the control for sharpening alone)")
    reward_lambda: float = option(
        0.7, "lambda: weight of D in the reward (1 = pure CSGAN)", FRACTION)
    reward_baseline: float = option(0.5, "baseline b of D's reward", ANY_FINITE)
    reward_constant: float = option(
        1.0, "the reward of every token under --reward-type constant", ANY_FINITE)
    unfinished_penalty: float = option(
        0.0, "subtracted from the reward of a translation cut at the length cap without EOS",
        NON_NEGATIVE)


class RewardScorer:
    """The BR-CSGAN reward of complete translations, for many rows at once:
    lambda * (D(X, Y) - b) + (1 - lambda) * sentence-BLEU(Y, Y*), minus `unfinished_penalty`
    for a translation cut at the length cap (no EOS).

    The options are checked once, when the task is built (config.validate), not again
    here.

    Args:
        discriminator: D (CNNDiscriminator, returns logits), or None where lambda = 0.
        pad: target padding id.
        eos: target EOS id.
        reward_lambda: float in [0, 1], the weight of D in the reward (1: pure CSGAN,
            no BLEU; 0: no D).
        baseline: float b (finite), subtracted from D's probability.
        batch_rows: int >= 1, rows per D / BLEU chunk (bounds memory).
        unfinished_penalty: float P >= 0, subtracted from the reward of a cut translation.
    Attributes:
        discriminator, pad, eos, reward_lambda, baseline, batch_rows, unfinished_penalty:
            the constructor's arguments, read by the estimators.

    Source: Yang et al., NAACL 2018, section 3.3 (BR-CSGAN reward).
    """

    @classmethod
    def from_config(cls, discriminator, tgt_dict, cfg):
        """The scorer of the task's reward options.

        Args:
            discriminator: D, or None where lambda = 0.
            tgt_dict: fairseq Dictionary of the target language (pad and eos).
            cfg: RewardConfig (or the task's config); reads reward_lambda, reward_baseline
                and unfinished_penalty.
        Returns:
            RewardScorer.
        """
        return cls(discriminator, tgt_dict.pad(), tgt_dict.eos(), cfg.reward_lambda,
                   cfg.reward_baseline, unfinished_penalty=cfg.unfinished_penalty)

    def __init__(self, discriminator, pad, eos, reward_lambda, baseline, batch_rows=1024,
                 unfinished_penalty=0.0):
        self.discriminator = discriminator
        self.pad, self.eos = pad, eos
        self.reward_lambda, self.baseline = reward_lambda, baseline
        self.batch_rows = batch_rows
        self.unfinished_penalty = unfinished_penalty

    @torch.no_grad()
    def __call__(self, src_tokens, hyps, refs, src_index=None):
        """The reward R(Y) of every row of `hyps`; no gradient.

        D is not asked when lambda = 0, BLEU not computed when lambda = 1.

        Args:
            src_tokens: (B, S) int64 source ids (any padding side).
            hyps: (M, L) int32 or int64 translations, EOS-ended unless cut at the length
                cap, right-padded with pad.
            refs: (M, R) int64 gold translations, row i the reference of hyps row i,
                EOS-ended, right-padded.
            src_index: optional (M,) int64, row i translates src_tokens[src_index[i]]
                (default: row i, M = B).
        Returns:
            (M,) float32 on the hyps' device, in
            [-lambda * b - P, lambda * (1 - b) + 1 - lambda].
        """
        if src_index is None:
            src_index = torch.arange(hyps.size(0), device=hyps.device)
        score = -self.penalty(hyps)
        hyps = eos_to_pad(hyps.long(), self.eos, self.pad)  # rollouts come as int32
        if self.reward_lambda > 0:  # lambda = 0 never asks D
            d = self.d_probability(src_tokens, hyps, src_index)
            score += self.reward_lambda * (d - self.baseline)
        if self.reward_lambda < 1:  # lambda = 1 (pure CSGAN) never computes BLEU
            score += (1 - self.reward_lambda) * self.bleu(hyps, refs)
        return score

    def penalty(self, hyps):
        """The unfinished penalty of every row: P where the row has no EOS (cut), else 0.

        Args:
            hyps: (M, L) integer ids with EOS still in (not yet replaced by pad).
        Returns:
            (M,) float32 in {0, P} on the hyps' device.
        """
        cut = ~hyps.eq(self.eos).any(1)
        return cut.float() * self.unfinished_penalty

    def bleu(self, hyps, refs):
        """Smoothed sentence BLEU of every row, in chunks of batch_rows.

        Args:
            hyps: (M, L) integer ids, EOS already replaced by pad.
            refs: (M, R) integer ids, EOS-ended or not (EOS is replaced by pad here).
        Returns:
            (M,) float32 in [0, 1] (not [0, 100]) on the inputs' device.

        Source: sentence_bleu.sentence_bleu (sacrebleu's sentence BLEU / 100).
        """
        return sentence_bleu(hyps, eos_to_pad(refs, self.eos, self.pad), self.pad,
                             chunk_size=self.batch_rows).float()

    def d_probability(self, src_tokens, hyps, src_index):
        """D(X, Y), the probability that Y is a human translation of X, in eval mode (no
        dropout); no gradient.

        Args:
            src_tokens: (B, S) int64 source ids.
            hyps: (M, L) int64 target words only (EOS as pad), right-padded.
            src_index: (M,) int64, row i of hyps is paired with src_tokens[src_index[i]].
        Returns:
            (M,) float32 in [0, 1] (the sigmoid of d_logit) on the hyps' device.
        """
        return torch.sigmoid(self.d_logit(src_tokens, hyps, src_index))

    @torch.no_grad()
    def d_logit(self, src_tokens, hyps, src_index):
        """D's logit of (X, Y), in eval mode (no dropout); no gradient.

        Rows go through D in chunks of batch_rows, each distinct source of a chunk encoded
        once; chunks of ~1k rows were fastest on CPU (benchmarks/rollout_benchmark.py).

        Args:
            src_tokens: (B, S) int64 source ids.
            hyps: (M, L) int64 target words only (EOS as pad), right-padded.
            src_index: (M,) int64, row i of hyps is paired with src_tokens[src_index[i]].
        Returns:
            (M,) float32 logits (real line) on the hyps' device; (0,) when M = 0.
        """
        out = [hyps.new_zeros(0, dtype=torch.float)]  # no rows: no logits
        with eval_mode(self.discriminator):
            for i in range(0, hyps.size(0), self.batch_rows):
                index = src_index[i:i + self.batch_rows]
                sources = index.unique()  # encode each source of the chunk once
                logits = self.discriminator(src_tokens[sources], hyps[i:i + self.batch_rows],
                                            src_index=torch.searchsorted(sources, index))
                out.append(logits.float())
        return torch.cat(out)


def constant_rewards(tokens, pad, value):
    """Q_t = `value` for every sampled token up to EOS, zero after it (--reward-type constant).

    The control of Choshen et al.: a policy-gradient update with a reward that says nothing
    about the translation still sharpens G's distribution (a positive constant raises the
    probability of whatever G sampled). If this arm matches BR-CSGAN, the gain did not come
    from D or BLEU.

    Args:
        tokens: (N, T) integer ids, right-padded with pad.
        pad: the padding id.
        value: float, the reward of every token (--reward-constant).
    Returns:
        (N, T) float32 on the tokens' device: `value` at non-pad positions (EOS included),
        0 at padding.

    Source: Choshen et al., ICLR 2020, "On the weaknesses of reinforcement learning for
    NMT".
    """
    return tokens.ne(pad).float() * value
