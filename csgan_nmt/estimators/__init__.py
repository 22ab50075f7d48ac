"""The reward estimators of G's sequence-level update, one file each, registered by name
(--reward-estimator; base.py), with the baselines and the scaling of the advantages they
share. Importing the package registers every estimator."""

from . import maligan, minimum_risk, monte_carlo, regs, reinforce  # noqa: F401 (registration)
from .advantages import (RewardNormalize, normalise, normalise_per_source,
                         reward_normalize_value, source_spread)
from .base import (ESTIMATORS, Candidates, Estimate, Estimator, RewardEstimator,
                   build_estimator, policy_gradient_loss, register_estimator)
from .baselines import RewardBaselineMode, apply_baseline

__all__ = ["ESTIMATORS", "Candidates", "Estimate", "Estimator", "RewardBaselineMode",
           "RewardEstimator", "RewardNormalize", "apply_baseline", "build_estimator",
           "normalise", "normalise_per_source", "policy_gradient_loss", "register_estimator",
           "reward_normalize_value", "source_spread"]
