"""The options of the csgan_nmt task: fairseq's TranslationConfig and the plugin's option
groups, each declared beside the code that reads it, and their validation.

Every option is checked when the task is built, before fairseq-train loads data or trains:
an `auto` run must not find a bad --reward-lambda hours later, when it reaches the
adversarial stage.
"""

from dataclasses import dataclass
from typing import Optional

from fairseq.tasks.translation import TranslationConfig
from omegaconf import II

from .discriminator import DiscriminatorConfig, layer_sizes
from .discriminator_pretraining import DiscriminatorTrainingConfig
from .estimators import RewardNormalize
from .estimators.maligan import MaliganConfig
from .estimators.minimum_risk import MinimumRiskConfig
from .estimators.monte_carlo import MonteCarloConfig
from .nonfinite import NonFiniteConfig
from .objective import Objective, ObjectiveConfig
from .option_ranges import flag, ranges
from .refusal import OptionError
from .reward import RewardConfig
from .policy import RolloutConfig
from .stages import Requested, ScheduleConfig
from .validation_diagnostics import ValidationConfig

# The option groups of the task, in the order of the options reference (csgan-options):
# (title, what the options control, the config dataclass that declares them)
GROUPS = [
    ("Schedule", "which stage runs and the cycle of the adversarial stage "
     "(Yang et al., NAACL 2018, section 3.3)", ScheduleConfig),
    ("Discriminator", "D's CNN over (source, target)", DiscriminatorConfig),
    ("Discriminator training", "D's pretraining to xi, its negatives, its clipped weights",
     DiscriminatorTrainingConfig),
    ("Reward", "what a sampled translation's reward is: lambda * (D - b) + (1 - lambda) * "
     "sentence-BLEU, or a constant", RewardConfig),
    ("Objective", "how the reward becomes each token's Q_t, what is subtracted, how the "
     "advantages are scaled, the MLE term of a policy-gradient update", ObjectiveConfig),
    ("Monte Carlo search", "the rollouts of --reward-estimator monte-carlo (N, stride, "
     "policy)", MonteCarloConfig),
    ("Rollout engine", "the length and row caps of sampling and rollouts", RolloutConfig),
    ("Minimum risk", "--reward-estimator risk's candidate set and Q", MinimumRiskConfig),
    ("MaliGAN", "--reward-estimator maligan's group", MaliganConfig),
    ("Validation", "what validation measures besides fairseq's loss and BLEU",
     ValidationConfig),
    ("Faults", "when training stops on non-finite updates", NonFiniteConfig),
]


@dataclass
class CSGANConfig(TranslationConfig, ScheduleConfig, DiscriminatorConfig,
                  DiscriminatorTrainingConfig, RewardConfig, ObjectiveConfig,
                  MonteCarloConfig, RolloutConfig, MinimumRiskConfig, MaliganConfig,
                  ValidationConfig, NonFiniteConfig):
    """The options of --task csgan_nmt: fairseq's TranslationConfig and the groups of
    `GROUPS`, each dataclass beside its owner (its docstring gives the ranges, which
    `validate` checks).

    Attributes:
        seed, valid_subset, skip_invalid_size_inputs_valid_test, disable_validation: the
            run's --seed, --valid-subset, ... (interpolated from the root config, not
            options of the task).

    Source: Yang et al., NAACL 2018 (the defaults xi = 0.82, N = 20 rollouts, lambda = 0.7
    and b = 0.5 are the paper's).
    """

    # The run's options the task reads, interpolated from the root config as fairseq's
    # TranslationConfig does for train_subset: without a help text, fairseq adds no command-line
    # option for them (the root's own --seed, --valid-subset, ... set them).
    seed: int = II("common.seed")
    valid_subset: str = II("dataset.valid_subset")
    skip_invalid_size_inputs_valid_test: bool = II("dataset.skip_invalid_size_inputs_valid_test")
    disable_validation: bool = II("dataset.disable_validation")


# options whose value is a string checked against a list (not a ChoiceEnum, so that older
# checkpoints' values still load): their choices, for the options reference
TEXT_CHOICES = {"reward_normalize": [m.value for m in RewardNormalize]}
# the range of every numeric option of the task, in the order of GROUPS: checked by
# `validate` in this order and listed by the options reference
RANGES = {name: interval for _, _, group in GROUPS for name, interval in ranges(group).items()}


def validate(cfg: CSGANConfig, optimizer_name: Optional[str]):
    """Check every option of the task, when it is built (before data is loaded): the ranges
    declared by the option groups (RANGES), the objective's combinations
    (`objective.Objective.from_config`), D's layer sizes
    (discriminator.layer_sizes), and that a stage other than mle runs with --optimizer csgan.

    Args:
        cfg: CSGANConfig.
        optimizer_name: str, the run's --optimizer, or None when nothing is trained (e.g.
            fairseq-generate; then no optimizer is required).
    Returns:
        None.
    Raises:
        OptionError: (a ValueError) for the first option out of range, a refused
            combination, malformed --d-kernel-sizes / --d-num-filters, or
            --csgan-stage other than mle with an --optimizer other than csgan.
    """
    for name, interval in RANGES.items():
        interval.check(flag(name), getattr(cfg, name))
    objective = Objective.from_config(cfg)
    cfg.reward_normalize = objective.normalize.value
    layer_sizes(cfg)
    if (optimizer_name is not None and optimizer_name != "csgan"
            and Requested(cfg.csgan_stage) != Requested.MLE):
        raise OptionError(
            f"--csgan-stage {cfg.csgan_stage} needs --optimizer csgan (separate G and D "
            f"optimisers); got --optimizer {optimizer_name}, which only --csgan-stage mle takes"
        )
