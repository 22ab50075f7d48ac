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
Carlo's own), the per-batch scaling (`--reward-normalize`) and the penalty of translations cut
at the length cap (`--unfinished-penalty`, applied by the scorer, reward.py).
"""

from dataclasses import dataclass
from typing import Dict, Optional, Type

import torch

from .baselines import leave_one_out_values, self_critical_values
from .csgan_config import RewardBaselineMode
from .refusal import OptionError

ESTIMATORS: Dict[str, Type["RewardEstimator"]] = {}


def register_estimator(name: str):
    """Class decorator: make the estimator available as --reward-estimator NAME.

    Raises ValueError if NAME is taken."""
    def register(cls):
        if name in ESTIMATORS:
            raise ValueError(f"reward estimator '{name}' is registered twice")
        cls.name = name
        ESTIMATORS[name] = cls
        return cls
    return register


@dataclass
class EstimatorOptions:
    """The options an estimator reads (the task's --rollouts, --rollout-stride, ...)."""

    num_rollouts: int = 20
    stride: int = 1
    risk_sharpness: float = 1.0
    risk_beam: int = 0
    risk_include_reference: bool = False

    @classmethod
    def from_config(cls, cfg) -> "EstimatorOptions":
        return cls(num_rollouts=cfg.rollouts, stride=cfg.rollout_stride,
                   risk_sharpness=cfg.risk_sharpness, risk_beam=cfg.risk_beam,
                   risk_include_reference=cfg.risk_include_reference)


@dataclass
class Candidates:
    """The translations an update learns from, grouped by source.

    src_tokens (N, S), src_lengths (N,), refs (N, R): each source's row repeated `group`
    times (N = sources * group); tokens (N, T) int64 candidates, right-padded with `pad`,
    EOS-ended unless
    cut at the length cap; `duplicate` (N,) bool marks a candidate equal to an earlier one of
    its group (None: not computed, the sampled estimators keep duplicates as draws)."""

    src_tokens: torch.Tensor
    src_lengths: torch.Tensor
    refs: torch.Tensor
    tokens: torch.Tensor
    group: int
    pad: int
    duplicate: Optional[torch.Tensor] = None

    @property
    def sources(self) -> int:
        return self.tokens.size(0) // self.group


@dataclass
class Estimate:
    """rewards (N, T) float: Q_t of every candidate token, zero after EOS; returns (N,) float:
    R(Y) of every whole candidate (what the baselines and the logs use); `baselined`: the
    rewards already carry the estimator's own baseline (rollout-mean, MaliGAN's 1/K)."""

    rewards: torch.Tensor
    returns: torch.Tensor
    baselined: bool = False


class RewardEstimator:
    """Base of the registered estimators. A subclass implements `estimate`; it may override
    `candidates` (what is scored) and `loss` (default: the policy gradient
    -sum_t log G'(y_t | Y_<t, X) * A_t, summed)."""

    name = "?"
    baselines = frozenset({RewardBaselineMode.CONSTANT, RewardBaselineMode.SELF_CRITICAL,
                           RewardBaselineMode.LEAVE_ONE_OUT})

    def __init__(self, options: EstimatorOptions):
        self.options = options

    def candidates(self, sampler, src_tokens, src_lengths, refs, group) -> Candidates:
        """`group` samples Y ~ G' of every source (B sources give B * group rows)."""
        src_tokens, src_lengths, refs = (t.repeat_interleave(group, 0)
                                         for t in (src_tokens, src_lengths, refs))
        return Candidates(src_tokens, src_lengths, refs,
                          sampler.sample(src_tokens, src_lengths), group, sampler.pad)

    def estimate(self, rollout_engine, scorer, candidates: Candidates,
                 baseline_mode: RewardBaselineMode) -> Estimate:
        raise NotImplementedError

    def loss(self, candidates: Candidates, advantages, token_log_probs):
        """(loss, sample size): the policy-gradient loss, summed over the candidates' tokens,
        and the number of those tokens (fairseq's trainer divides the gradient by it)."""
        return (policy_gradient_loss(token_log_probs, advantages),
                int(candidates.tokens.ne(candidates.pad).sum()))


def policy_gradient_loss(token_log_probs, rewards):
    """-sum_t log G'(y_t | Y_<t, X) * Q_t (a scalar); both (N, T) inputs are zero after EOS and
    Q is a constant (no gradient flows into the reward)."""
    return -(token_log_probs * rewards.detach()).sum()


def build_estimator(name: str, options: EstimatorOptions) -> RewardEstimator:
    """The registered estimator `name`. Raises ValueError naming the known ones."""
    if name not in ESTIMATORS:
        raise OptionError(f"--reward-estimator {name} is not registered; known: "
                         f"{', '.join(sorted(ESTIMATORS))}")
    return ESTIMATORS[name](options)


def apply_baseline(estimate: Estimate, mode: RewardBaselineMode, candidates: Candidates,
                   sampler, scorer, mask):
    """Advantages (N, T): the estimate's rewards minus the baseline `mode` names, zero after
    EOS (`mask`, (N, T) float). constant: unchanged (b sits inside the D term);
    self-critical: minus the reward of G's greedy translation of the same source (one decode
    per source, not per candidate); leave-one-out: minus the mean return of the other K-1
    candidates of the same source (Kool et al., ICLR 2019 workshop; Ahmadian et al., ACL
    2024). Neither depends on the candidate it is subtracted from, so the expected gradient
    is unchanged. Raises ValueError for leave-one-out with one candidate per source."""
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


def normalise(advantages, mask):
    """--reward-normalize: advantages divided by their standard deviation over the batch's
    candidate tokens (a batch whose advantages are all equal is left as it is). Scales the
    step, not its direction; computed per worker."""
    values = advantages[mask.bool()]
    if values.numel() < 2:
        return advantages
    sd = values.std()
    return advantages / sd if float(sd) > 1e-6 else advantages
