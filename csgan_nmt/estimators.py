"""One interface for the reward estimators of G's sequence-level update (--reward-estimator).

An estimator is registered by name, as fairseq registers criteria (`register_estimator`),
and lives in a file named after it:

    monte-carlo   monte_carlo.py             N rollouts of every prefix (the paper; SeqGAN)
    sequence      sequence.py                R(Y) for every token (REINFORCE)
    partial-d     partial_discriminator.py   a D of prefixes scores every prefix (REGS)
    maligan       maligan.py                 normalised D/(1-D) weights per source (MaliGAN)
    risk          minimum_risk.py            expected risk over a candidate set (MRT)

What is the same for all of them lives here, in one place: the K candidates of every
source (`--samples-per-source`, rows k*K .. k*K+K-1 belong to source k), the baseline
(`--reward-baseline-mode`: constant, self-critical or leave-one-out; rollout-mean is Monte
Carlo's own), the scaling of the advantages per batch or per source (`--reward-normalize`)
and the penalty of translations cut at the length cap (`--unfinished-penalty`, applied by
the scorer, reward.py).
"""

from dataclasses import dataclass
from typing import Dict, Optional, Type

import torch

from .baselines import leave_one_out_values, self_critical_values
from .config import RISK_SHARPNESS, RewardBaselineMode
from .refusal import OptionError

ESTIMATORS: Dict[str, Type["RewardEstimator"]] = {}


def register_estimator(name: str):
    """Class decorator: make the estimator available as --reward-estimator NAME (as fairseq's
    register_criterion does); sets the class's `name`.

    Args:
        name: str, the --reward-estimator value.
    Returns:
        the decorator, which registers the class and returns it unchanged otherwise.
    Raises:
        ValueError: when the decorator is applied and NAME is already registered.
    """
    def register(cls):
        if name in ESTIMATORS:
            raise ValueError(f"reward estimator '{name}' is registered twice")
        cls.name = name
        ESTIMATORS[name] = cls
        return cls
    return register


@dataclass
class EstimatorOptions:
    """The options an estimator reads (the task's --rollouts, --rollout-stride, ...).

    Attributes:
        num_rollouts: int N >= 1, Monte Carlo rollouts per prefix (--rollouts).
        stride: int s >= 1, roll out every s-th prefix (--rollout-stride).
        risk_sharpness: float alpha > 0 of minimum risk's Q (--risk-sharpness).
        risk_beam: int M >= 0, beam n-best per source in the risk candidate set; 0: none
            (--risk-beam).
        risk_include_reference: add the reference to the risk candidate set
            (--risk-include-reference).
        risk_length_normalize: minimum risk's Q over length-normalised log-probabilities
            (--risk-length-normalize).
    """

    num_rollouts: int = 20
    stride: int = 1
    risk_sharpness: float = RISK_SHARPNESS
    risk_beam: int = 0
    risk_include_reference: bool = False
    risk_length_normalize: bool = False

    @classmethod
    def from_config(cls, cfg) -> "EstimatorOptions":
        """The options of the task's config.

        Args:
            cfg: the task's CSGANConfig (or any object with its rollouts, rollout_stride,
                risk_sharpness, risk_beam, risk_include_reference and
                risk_length_normalize attributes).
        Returns:
            EstimatorOptions.
        """
        return cls(num_rollouts=cfg.rollouts, stride=cfg.rollout_stride,
                   risk_sharpness=cfg.risk_sharpness, risk_beam=cfg.risk_beam,
                   risk_include_reference=cfg.risk_include_reference,
                   risk_length_normalize=cfg.risk_length_normalize)


@dataclass
class Candidates:
    """The translations an update learns from, grouped by source: rows k*K .. k*K+K-1
    belong to source k (K = `group`).

    Attributes:
        src_tokens: (N, S) int64 source ids, each source's row repeated K times
            (N = sources * K).
        src_lengths: (N,) int64 source lengths, repeated alike.
        refs: (N, R) int64 gold translations, repeated alike, EOS-ended, right-padded.
        tokens: (N, T) int64 candidates, right-padded with `pad`, EOS-ended unless cut at
            the length cap.
        group: int K >= 1, candidates per source.
        pad: int, the target padding id.
        duplicate: optional (N,) bool, True for a candidate equal to an earlier one of its
            group (None: not computed; the sampled estimators keep duplicates as draws).
    """

    src_tokens: torch.Tensor
    src_lengths: torch.Tensor
    refs: torch.Tensor
    tokens: torch.Tensor
    group: int
    pad: int
    duplicate: Optional[torch.Tensor] = None

    @property
    def sources(self) -> int:
        """int, the number of sources, N // K."""
        return self.tokens.size(0) // self.group


@dataclass
class Estimate:
    """What an estimator returns for the candidates of a batch.

    Attributes:
        rewards: (N, T) float32, Q_t of every candidate token, zero after EOS.
        returns: (N,) float32, R(Y) of every whole candidate (what the leave-one-out
            baseline and the logs use).
        baselined: the rewards already carry the estimator's own baseline (rollout-mean,
            MaliGAN's 1/K).
    """

    rewards: torch.Tensor
    returns: torch.Tensor
    baselined: bool = False


class RewardEstimator:
    """Base of the registered estimators. A subclass implements `estimate`; it may override
    `candidates` (what is scored) and `loss` (default: the policy gradient
    -sum_t log G'(y_t | Y_<t, X) * A_t, summed).

    Args:
        options: EstimatorOptions, kept as `self.options`.
    Attributes:
        name: str, the --reward-estimator value (set by register_estimator; "?" unset).
        baselines: frozenset of the RewardBaselineMode values the estimator accepts
            (default: constant, self-critical, leave-one-out).
        options: EstimatorOptions.

    Source: Williams, 1992 (REINFORCE), for the default loss.
    """

    name = "?"
    baselines = frozenset({RewardBaselineMode.CONSTANT, RewardBaselineMode.SELF_CRITICAL,
                           RewardBaselineMode.LEAVE_ONE_OUT})

    def __init__(self, options: EstimatorOptions):
        self.options = options

    def candidates(self, sampler, src_tokens, src_lengths, refs, group) -> Candidates:
        """K = `group` samples Y ~ G' of every source.

        Args:
            sampler: RolloutEngine of G (eval mode, pad and bos banned: G').
            src_tokens: (B, S) int64 source ids.
            src_lengths: (B,) int64 source lengths.
            refs: (B, R) int64 gold translations, EOS-ended, right-padded.
            group: int K >= 1, samples per source.
        Returns:
            Candidates of N = B * K rows, rows k*K .. k*K+K-1 of source k; tokens (N, T)
            int64; duplicate None.
        """
        src_tokens, src_lengths, refs = (t.repeat_interleave(group, 0)
                                         for t in (src_tokens, src_lengths, refs))
        return Candidates(src_tokens, src_lengths, refs,
                          sampler.sample(src_tokens, src_lengths), group, sampler.pad)

    def estimate(self, rollout_engine, scorer, candidates: Candidates,
                 baseline_mode: RewardBaselineMode) -> Estimate:
        """The token rewards Q_t of the candidates (implemented by every subclass).

        Args:
            rollout_engine: RolloutEngine of the rollout policy (Monte Carlo search only).
            scorer: RewardScorer, the reward R.
            candidates: Candidates, N rows.
            baseline_mode: RewardBaselineMode or its value, one of `baselines`.
        Returns:
            Estimate: rewards (N, T) float32, returns (N,) float32.
        Raises:
            NotImplementedError: always, here in the base class.
        """
        raise NotImplementedError

    def loss(self, candidates: Candidates, advantages, token_log_probs):
        """The policy-gradient loss of the batch (policy_gradient_loss).

        Args:
            candidates: Candidates, N rows.
            advantages: (N, T) float A_t, zero after EOS; treated as a constant.
            token_log_probs: (N, T) float log G'(y_t | Y_<t, X), 0 at padding, with gradient.
        Returns:
            (loss, sample size): the loss summed over the candidates' tokens (0-dim tensor)
            and the int number of those tokens, EOS included (fairseq's trainer divides the
            gradient by it).

        Source: Williams, 1992 (REINFORCE).
        """
        return (policy_gradient_loss(token_log_probs, advantages),
                int(candidates.tokens.ne(candidates.pad).sum()))

    def weights(self, candidates: Candidates, token_log_probs):
        """The distribution the loss puts over every source's candidates, where it has one
        (minimum risk's Q); the sampled estimators weigh every draw alike.

        Args:
            candidates: Candidates, N rows.
            token_log_probs: (N, T) float log G'(y_t | Y_<t, X), 0 at padding.
        Returns:
            None here; a subclass may return (sources, group) float32 rows summing to 1.
        """
        return None


def policy_gradient_loss(token_log_probs, rewards):
    """The REINFORCE loss -sum_{n,t} log G'(y_t | Y_<t, X) * Q_t, summed over all tokens.

    Args:
        token_log_probs: (N, T) float log-probabilities (nats), with gradient, 0 after EOS.
        rewards: (N, T) float Q_t (or advantages), 0 after EOS; detached, so no gradient
            flows into the reward.
    Returns:
        0-dim tensor, differentiable w.r.t. token_log_probs.

    Source: Williams, 1992 (REINFORCE); Yang et al., NAACL 2018, section 3.3.
    """
    return -(token_log_probs * rewards.detach()).sum()


def build_estimator(name: str, options: EstimatorOptions) -> RewardEstimator:
    """An instance of the registered estimator `name`.

    Args:
        name: str, a --reward-estimator value.
        options: EstimatorOptions passed to its constructor.
    Returns:
        RewardEstimator (the registered subclass).
    Raises:
        OptionError: (a ValueError) when `name` is not registered; the message names the
            known ones.
    """
    if name not in ESTIMATORS:
        raise OptionError(f"--reward-estimator {name} is not registered; known: "
                         f"{', '.join(sorted(ESTIMATORS))}")
    return ESTIMATORS[name](options)


def apply_baseline(estimate: Estimate, mode: RewardBaselineMode, candidates: Candidates,
                   sampler, scorer, mask):
    """The advantages: the estimate's rewards minus the baseline `mode` names.

    constant: unchanged (b sits inside the D term); rollout-mean: unchanged (Monte Carlo
    subtracted it already); self-critical: minus the reward of G's greedy translation of
    the same source (one decode per source, not per candidate); leave-one-out: minus the
    mean return of the other K-1 candidates of the same source. Neither depends on the
    candidate it is subtracted from, so the expected gradient is unchanged.

    Args:
        estimate: Estimate, rewards (N, T) and returns (N,).
        mode: RewardBaselineMode or its value.
        candidates: Candidates, N = sources * K rows.
        sampler: RolloutEngine of G, decodes the greedy translations (self-critical).
        scorer: RewardScorer, their reward.
        mask: (N, T) float, 1 at candidate tokens (EOS included), 0 at padding.
    Returns:
        (N, T) float32, zero after EOS (constant and rollout-mean: `estimate.rewards`
        itself, not a copy).
    Raises:
        ValueError: for leave-one-out with one candidate per source
            (baselines.leave_one_out_values).

    Source: Rennie et al., CVPR 2017 (self-critical); Kool et al., ICLR 2019 workshop, and
    Ahmadian et al., ACL 2024 (leave-one-out).
    """
    mode = RewardBaselineMode(mode)
    if mode in (RewardBaselineMode.CONSTANT, RewardBaselineMode.ROLLOUT_MEAN):
        return estimate.rewards
    K = candidates.group
    if mode == RewardBaselineMode.SELF_CRITICAL:
        first = slice(None, None, K)  # one row per source
        values = self_critical_values(sampler, scorer, candidates.src_tokens[first],
                                      candidates.src_lengths[first], candidates.refs[first])
        values = values.repeat_interleave(K, 0)
    else:
        values = leave_one_out_values(estimate.returns, K).unsqueeze(1)
    return (estimate.rewards - values) * mask


FLAT = 1e-6  # a standard deviation at most this is zero: the rewards are all equal


def normalise(advantages, mask):
    """--reward-normalize batch: advantages divided by their standard deviation over the
    batch's candidate tokens. Scales the step, not its direction (no centring); computed per
    worker, not across workers.

    Args:
        advantages: (N, T) float, zero after EOS.
        mask: (N, T) float or bool, nonzero at candidate tokens.
    Returns:
        (N, T) tensor like `advantages`, divided by the unbiased standard deviation of its
        masked entries; `advantages` itself when fewer than 2 tokens or the deviation is
        <= 1e-6 (all equal).
    """
    values = advantages[mask.bool()]
    if values.numel() < 2:
        return advantages
    sd = values.std()
    return advantages / sd if float(sd) > FLAT else advantages


def normalise_per_source(advantages, returns, group):
    """--reward-normalize source: every candidate's advantages divided by the standard
    deviation of its source's K returns; a source whose K returns are all equal (sd <= 1e-6)
    gets advantages 0, so no gradient.

    With the leave-one-out baseline, A_i = (R_i - mean_{j != i} R_j) / sd(R) is
    K / (K - 1) times GRPO's group-normalised advantage (R_i - mean R) / sd(R).

    Args:
        advantages: (N, T) float, zero after EOS; N = sources * K, rows k*K .. k*K+K-1 of
            source k.
        returns: (N,) float R(Y) of every candidate, before baselines.
        group: int K >= 2, candidates per source.
    Returns:
        (normalised, flat): (N, T) tensor like `advantages`; (sources,) bool, True for the
        sources whose returns are all equal.
    Raises:
        ValueError: when K < 2 (a standard deviation needs two returns).

    Source: Shao et al., 2024 (GRPO, group-normalised advantages); Donato et al., 2022
    (MAD: per-source normalisation and dropping sources without a signal).
    """
    if group < 2:
        raise ValueError("--reward-normalize source needs at least 2 candidates per source")
    sd, flat = source_spread(returns, group)
    scale = torch.where(flat, torch.zeros_like(sd), 1.0 / sd.clamp_min(FLAT))
    return advantages * scale.repeat_interleave(group).unsqueeze(1).to(advantages.dtype), flat


def source_spread(returns, group):
    """The standard deviation of every source's K returns, and which sources have none.

    Args:
        returns: (N,) float R(Y), N = sources * K, rows k*K .. k*K+K-1 of source k.
        group: int K >= 2.
    Returns:
        (sd, flat): (sources,) float32 unbiased standard deviations (as the batch's in
        `normalise`), (sources,) bool sd <= 1e-6 (all returns equal).
    """
    sd = returns.detach().float().view(-1, group).std(1)
    return sd, sd <= FLAT
