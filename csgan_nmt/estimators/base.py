"""The registry of the reward estimators of G's sequence-level update (--reward-estimator)
and what they share.

An estimator is registered by name, as fairseq registers criteria (`register_estimator`),
and lives in a file of this package named after it:

    monte-carlo   monte_carlo.py    N rollouts of every prefix (the paper; SeqGAN)
    sequence      reinforce.py      R(Y) for every token (REINFORCE)
    partial-d     regs.py           a D of prefixes scores every prefix (REGS)
    maligan       maligan.py        normalised D/(1-D) weights per source (MaliGAN)
    risk          minimum_risk.py   expected risk over a candidate set (MRT)

Here: the K candidates of every source (rows k*K .. k*K+K-1 belong to source k), what an
estimate is, and the REINFORCE loss. The baseline is baselines.py's, the scaling of the
advantages advantages.py's; the penalty of translations cut at the length cap is the
scorer's (reward.py).
"""

from dataclasses import dataclass
from enum import Enum
from typing import Dict, Optional, Type

import torch

from ..refusal import OptionError
from .baselines import RewardBaselineMode


class RewardEstimator(str, Enum):
    """--reward-estimator: how the BR-CSGAN reward of a whole translation becomes Q_t; a
    member's value is the option's string, the name its `Estimator` is registered under.

    Attributes:
        MONTE_CARLO: "monte-carlo", the mean reward of N rollouts of every prefix
            (monte_carlo.py).
        SEQUENCE: "sequence", R(Y) of the whole translation on every token (reinforce.py).
        PARTIAL_D: "partial-d", a D trained on prefixes scores every prefix (regs.py).
        MALIGAN: "maligan", normalised D/(1-D) weights of K samples per source (maligan.py).
        RISK: "risk", the expected -R over a candidate set per source (minimum_risk.py).

    Source: Yang et al., NAACL 2018, section 3.3, and Yu et al., AAAI 2017 (Monte Carlo
    search); Williams, 1992 (REINFORCE); Li et al., EMNLP 2017 (REGS); Che et al., 2017
    (MaliGAN); Shen et al., ACL 2016 (minimum risk training).
    """

    MONTE_CARLO = "monte-carlo"  # N rollouts of every prefix (the paper; SeqGAN)
    SEQUENCE = "sequence"  # R(Y) for every token: REINFORCE, no rollouts
    PARTIAL_D = "partial-d"  # D trained on prefixes scores every prefix (REGS, Li et al. 2017)
    MALIGAN = "maligan"  # normalised D/(1-D) weights of K samples per source (Che et al. 2017)
    RISK = "risk"  # expected -R over a candidate set (minimum risk training, Shen et al. 2016)


ESTIMATORS: Dict[str, Type["Estimator"]] = {}


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


class Estimator:
    """Base of the registered estimators. A subclass implements `estimate`; it may override
    `candidates` (what is scored) and `loss` (default: the policy gradient
    -sum_t log G'(y_t | Y_<t, X) * A_t, summed).

    Args:
        objective: objective.Objective, the update's resolved options, kept as
            `self.objective` (an estimator reads its own: N and s, the risk options).
    Attributes:
        name: str, the --reward-estimator value (set by register_estimator; "?" unset).
        baselines: frozenset of the RewardBaselineMode values the estimator accepts
            (default: constant, self-critical, leave-one-out).
        objective: objective.Objective.

    Source: Williams, 1992 (REINFORCE), for the default loss.
    """

    name = "?"
    baselines = frozenset({RewardBaselineMode.CONSTANT, RewardBaselineMode.SELF_CRITICAL,
                           RewardBaselineMode.LEAVE_ONE_OUT})

    def __init__(self, objective):
        self.objective = objective

    def candidates(self, sampler, src_tokens, src_lengths, refs, group) -> Candidates:
        """K = `group` samples Y ~ G' of every source.

        Args:
            sampler: Policy of G (eval mode, pad and bos banned: G').
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
            rollout_engine: Policy of the rollout policy (Monte Carlo search only).
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


def build_estimator(name: str, objective) -> Estimator:
    """An instance of the registered estimator `name`.

    Args:
        name: str, a --reward-estimator value.
        objective: objective.Objective passed to its constructor.
    Returns:
        Estimator (the registered subclass).
    Raises:
        OptionError: (a ValueError) when `name` is not registered; the message names the
            known ones.
    """
    if name not in ESTIMATORS:
        raise OptionError(f"--reward-estimator {name} is not registered; known: "
                         f"{', '.join(sorted(ESTIMATORS))}")
    return ESTIMATORS[name](objective)
