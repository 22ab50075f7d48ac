"""G's sequence-level objective, resolved once from the options.

A policy-gradient update draws K candidates of every source, gives every token a reward Q_t
by the registered estimator (estimators/), subtracts a baseline, may scale the advantages,
and may mix in the MLE loss of the same batch. `ObjectiveConfig` holds the options that
choose this; `Objective.from_config` reads them with the estimators' own (rollouts, risk,
MaliGAN), checks that they fit together and decides K, once. The policy-gradient criterion
and `policy_gradient.policy_gradient_step` take the `Objective`, nothing else.

Source: Williams, 1992 (REINFORCE); Yang et al., NAACL 2018, section 3.3; Wu et al., 2016
and Edunov et al., NAACL 2018 (the MLE term of a sequence-level update).
"""

from dataclasses import dataclass
from typing import Optional

from fairseq.dataclass import ChoiceEnum, FairseqDataclass

from .estimators import RewardBaselineMode, RewardEstimator, RewardNormalize
from .estimators.advantages import reward_normalize_value
from .estimators.minimum_risk import RISK_SHARPNESS
from .option_ranges import POSITIVE, Range, option
from .refusal import OptionError
from .reward import RewardType


@dataclass
class ObjectiveConfig(FairseqDataclass):
    """How the reward becomes each token's Q_t, what is subtracted, how the advantages are
    scaled, and the MLE term of a policy-gradient update.

    Attributes:
        reward_estimator: str, a RewardEstimator value.
        reward_baseline_mode: str, a RewardBaselineMode value.
        samples_per_source: int K >= 1.
        reward_normalize: str, a RewardNormalize value (a str, not a ChoiceEnum:
            checkpoints saved when the option was a flag hold a bool here, read by
            `reward_normalize_value`).
        mle_weight: float w in [0, 1).
    """

    reward_estimator: ChoiceEnum([e.value for e in RewardEstimator]) = option(
        "monte-carlo", "monte-carlo: N rollouts per prefix (paper); sequence: R(Y) for every "
                       "token; partial-d: a prefix D scores every prefix (REGS); maligan: "
                       "normalised D/(1-D) over --maligan-samples per source; risk: minimum "
                       "risk training over a candidate set")
    reward_baseline_mode: ChoiceEnum([m.value for m in RewardBaselineMode]) = option(
        "constant", "constant: b in lambda*(D-b) (paper); rollout-mean: minus the mean of the "
                    "previous prefix's rollouts (monte-carlo only); self-critical: minus the "
                    "reward of G's greedy translation; leave-one-out: minus the mean reward of "
                    "the source's other samples (needs --samples-per-source >= 2)")
    samples_per_source: int = option(
        1, "K: translations sampled from G for every source of a batch (every estimator; "
           "maligan: its group)", POSITIVE)
    reward_normalize: str = option(
        "none", "scale the advantages: none; batch: by their standard deviation over the "
                "batch; source: by the standard deviation of the source's K returns, no "
                "gradient from a source whose returns are all equal (needs >= 2 candidates "
                "per source)")
    mle_weight: float = option(
        0.0, "policy-gradient updates minimise (1-w)*L_seq + w*L_MLE on the same batch, one "
             "update", Range(0.0, 1.0, high_open=True))


@dataclass(frozen=True)
class Objective:
    """G's sequence-level objective, every choice resolved (`from_config`).

    Attributes:
        estimator: RewardEstimator (--reward-estimator).
        baseline: RewardBaselineMode, one the estimator takes (--reward-baseline-mode).
        normalize: RewardNormalize (--reward-normalize).
        samples_per_source: int >= 1, --samples-per-source.
        maligan_samples: int >= 2, --maligan-samples (MaliGAN's K when samples_per_source
            is 1; `samples`).
        constant_reward: None, or float, the reward of every sampled token
            (--reward-type constant: no estimator, baseline or scaling).
        mle_weight: float w in [0, 1), the MLE term's weight (--mle-weight).
        rollouts: int N >= 1, Monte Carlo rollouts per prefix (--rollouts).
        rollout_stride: int s >= 1, roll out every s-th prefix (--rollout-stride).
        risk_sharpness: float alpha > 0 of minimum risk's Q (--risk-sharpness).
        risk_length_normalize: bool (--risk-length-normalize).
        risk_beam: int M >= 0, beam n-best per source in the risk candidate set
            (--risk-beam).
        risk_include_reference: bool (--risk-include-reference).
    """

    estimator: RewardEstimator = RewardEstimator.MONTE_CARLO
    baseline: RewardBaselineMode = RewardBaselineMode.CONSTANT
    normalize: RewardNormalize = RewardNormalize.NONE
    samples_per_source: int = 1
    maligan_samples: int = 4
    constant_reward: Optional[float] = None
    mle_weight: float = 0.0
    rollouts: int = 20
    rollout_stride: int = 1
    risk_sharpness: float = RISK_SHARPNESS
    risk_length_normalize: bool = False
    risk_beam: int = 0
    risk_include_reference: bool = False

    def __post_init__(self):  # the values of the options are accepted as well as members
        object.__setattr__(self, "estimator", RewardEstimator(self.estimator))
        object.__setattr__(self, "baseline", RewardBaselineMode(self.baseline))
        object.__setattr__(self, "normalize", RewardNormalize(self.normalize))

    @classmethod
    def from_config(cls, cfg) -> "Objective":
        """The objective of the task's options, checked (`check`).

        Args:
            cfg: the task's config (CSGANConfig, which composes ObjectiveConfig, RewardConfig,
                MonteCarloConfig, MinimumRiskConfig and MaliganConfig).
        Returns:
            Objective.
        Raises:
            OptionError: (a ValueError) for an unknown --reward-normalize value or a
                combination `check` refuses.
        """
        constant = RewardType(cfg.reward_type) == RewardType.CONSTANT
        objective = cls(
            cfg.reward_estimator, cfg.reward_baseline_mode,
            reward_normalize_value(cfg.reward_normalize), cfg.samples_per_source,
            cfg.maligan_samples, cfg.reward_constant if constant else None, cfg.mle_weight,
            cfg.rollouts, cfg.rollout_stride, cfg.risk_sharpness, cfg.risk_length_normalize,
            cfg.risk_beam, cfg.risk_include_reference)
        objective.check(cfg.reward_lambda)
        return objective

    @property
    def samples(self) -> int:
        """int K >= 1, the samples of G every source's update draws: --maligan-samples under
        --reward-estimator maligan with --samples-per-source 1, else --samples-per-source.
        Risk's beam n-best and reference come on top (`candidate_set_size`)."""
        if self.estimator == RewardEstimator.MALIGAN and self.samples_per_source == 1:
            return self.maligan_samples
        return self.samples_per_source

    @property
    def candidate_set_size(self) -> int:
        """int, every source's candidates under risk: K + M (+ 1 with the reference),
        duplicates not removed; K (`samples`) elsewhere."""
        if self.estimator != RewardEstimator.RISK:
            return self.samples
        return self.samples + self.risk_beam + int(self.risk_include_reference)

    def check(self, reward_lambda: Optional[float] = None):
        """Refuse the combinations that would silently mean something else, in this order.

        Args:
            reward_lambda: float or None, the reward's lambda (--reward-lambda), for the
                estimators that exist to use D; None: not checked.
        Returns:
            None.
        Raises:
            OptionError: (a ValueError) for --reward-type constant with another estimator
                than monte-carlo or another baseline than constant; rollout-mean without
                monte-carlo; partial-d or maligan with lambda 0; maligan or risk with
                another baseline than constant; maligan with --samples-per-source > 1
                other than --maligan-samples; risk with fewer than 2 candidates per source;
                leave-one-out with one sample per source; --reward-normalize source with
                fewer than 2 candidates per source.
        """
        estimator, baseline = self.estimator, self.baseline
        if self.constant_reward is not None and (
                estimator != RewardEstimator.MONTE_CARLO or baseline != RewardBaselineMode.CONSTANT):
            raise OptionError("--reward-type constant gives every token --reward-constant: it "
                              "takes no --reward-estimator or --reward-baseline-mode")
        if baseline == RewardBaselineMode.ROLLOUT_MEAN and estimator != RewardEstimator.MONTE_CARLO:
            raise OptionError(f"--reward-baseline-mode rollout-mean averages Monte Carlo "
                              f"rollouts: it needs --reward-estimator monte-carlo, got "
                              f"{estimator.value}")
        if estimator in (RewardEstimator.PARTIAL_D, RewardEstimator.MALIGAN) and (
                reward_lambda == 0):
            raise OptionError(f"--reward-estimator {estimator.value} is a way to use D: it "
                              "needs --reward-lambda > 0 (with 0, use --reward-estimator "
                              "sequence)")
        if estimator == RewardEstimator.MALIGAN and baseline != RewardBaselineMode.CONSTANT:
            raise OptionError("--reward-estimator maligan has its own baseline (the mean "
                              "weight 1/K); it takes --reward-baseline-mode constant, got "
                              f"{baseline.value}")
        if (estimator == RewardEstimator.MALIGAN and self.samples_per_source > 1
                and self.samples_per_source != self.maligan_samples):
            raise OptionError(f"--reward-estimator maligan: --samples-per-source "
                              f"{self.samples_per_source} and --maligan-samples "
                              f"{self.maligan_samples} disagree (give one of them)")
        if estimator == RewardEstimator.RISK and baseline != RewardBaselineMode.CONSTANT:
            raise OptionError("--reward-estimator risk needs no baseline (the expected risk "
                              "over the candidates is its own); it takes "
                              f"--reward-baseline-mode constant, got {baseline.value}")
        if estimator == RewardEstimator.RISK and self.candidate_set_size < 2:
            raise OptionError("--reward-estimator risk needs at least 2 candidates per "
                              "source: --samples-per-source K plus --risk-beam M plus "
                              f"--risk-include-reference, got {self.candidate_set_size}")
        if baseline == RewardBaselineMode.LEAVE_ONE_OUT and self.samples_per_source < 2:
            raise OptionError("--reward-baseline-mode leave-one-out averages the other samples "
                              "of a source: it needs --samples-per-source >= 2, got "
                              f"{self.samples_per_source}")
        if self.normalize == RewardNormalize.SOURCE and self.candidate_set_size < 2:
            raise OptionError("--reward-normalize source divides by the standard deviation of "
                              "a source's returns: it needs at least 2 candidates per source "
                              f"(--samples-per-source), got {self.candidate_set_size}")
