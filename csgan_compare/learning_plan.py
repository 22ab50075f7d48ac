"""What the learning study trains (python -m csgan_compare.learning): the runs, and the
options it chooses on validation before the long runs.

Every sequence-level objective starts from the comparison's start and pretrained D. The new
objectives make one update of the mixed objective (1 - w) * L_seq + w * L_MLE with G's own
Adam state, warmed up over 20 updates; self-training makes MLE updates on the references plus
the kept samples (csgan-self-train). The options are chosen stage by stage (`SELECTION`),
each stage from the options before it, by `learning.choose` on held-out *validation*
sources; nothing is chosen on test.

Sources of the grids: Shen et al., ACL 2016 (alpha = 5e-3), Edunov et al., NAACL 2018
(length-normalised scores, 0.5 token loss), Wu et al., EMNLP 2018 (Adam 1e-4), Kiegeland and
Kreutzer, NAACL 2021 (Adam 1e-5, 5 samples), Shao et al., 2024 (GRPO: per-source
normalisation), Gulcehre et al., 2023 (ReST: best samples, rising thresholds).
"""

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

from .arms import mixed_objective


@dataclass(frozen=True)
class Run:
    """One training run of the study.

    Attributes:
        name: str, the run's name (its WORK/ directory, log and marker).
        label: str, the objective in words, for the table.
        options: tuple of str, its fairseq-train options.
        lr: float or None, its --lr (None: the size's arm_lr).
        teacher_forcing_steps: int, teacher-forcing updates after each PG update.
        d_steps: int, D updates per cycle (0: D neither asked nor trained).
        reward_lambda: float in [0, 1], the weight of D in the reward it is judged by.
        mle: bool, plain MLE updates (the continued-MLE control), no PG.
        self_training: None, or {"keep": "best"|"all", "quantile": float,
            "retrain_discriminator": bool}: a csgan-self-train run, one Grow and one
            Improve step per judged checkpoint.
    """

    name: str
    label: str
    options: Tuple[str, ...]
    lr: Optional[float] = None
    teacher_forcing_steps: int = 0
    d_steps: int = 1
    reward_lambda: float = 0.7
    mle: bool = False
    self_training: Optional[dict] = field(default=None, hash=False, compare=False)

    @property
    def cycle(self) -> int:
        """fairseq updates per sequence-level update: 1 + teacher forcing + D updates (1
        for MLE and self-training)."""
        if self.mle or self.self_training is not None:
            return 1
        return 1 + self.teacher_forcing_steps + self.d_steps


def mixed(lr: float, mle_weight: float, k: int, normalize: str = "batch") -> Tuple[str, ...]:
    """The mixed objective's options (arms.mixed_objective), warmed up to `lr`."""
    return mixed_objective(mle_weight, k, normalize, lr)


def risk(name: str, lr=5e-4, mle_weight=0.5, k=4, alpha=0.05, length_normalize=False,
         reward_lambda=0.0) -> Run:
    """Minimum risk training over K samples (adversarial with reward_lambda > 0)."""
    q = ("--risk-sharpness", str(alpha)) + (("--risk-length-normalize",)
                                             if length_normalize else ())
    what = "adversarial minimum risk" if reward_lambda else "minimum risk"
    return Run(name, f"{what}, K {k}, alpha {alpha}{' per token' if length_normalize else ''}"
               f", lr {lr}, w {mle_weight}, lambda {reward_lambda}",
               ("--reward-lambda", str(reward_lambda), "--reward-estimator", "risk", *q,
                *mixed(lr, mle_weight, k)),
               lr=lr, d_steps=1 if reward_lambda else 0, reward_lambda=reward_lambda)


def rloo(name: str, lr=5e-4, mle_weight=0.5, k=4, normalize="batch") -> Run:
    """REINFORCE with K samples and the leave-one-out baseline, lambda 0.7."""
    return Run(name, f"leave-one-out, K {k}, normalised per {normalize}, lr {lr}, "
                     f"w {mle_weight}, lambda 0.7",
               ("--reward-lambda", "0.7", "--reward-estimator", "sequence",
                "--reward-baseline-mode", "leave-one-out", *mixed(lr, mle_weight, k, normalize)),
               lr=lr)


def self_training(name: str, lr=5e-4, keep="best", quantile=0.0, reward_lambda=0.0, k=4,
                  retrain_discriminator=False) -> Run:
    """Reward-filtered self-training (csgan-self-train), K samples per source."""
    what = "adversarial self-training" if reward_lambda else "self-training"
    return Run(name, f"{what}, keep {keep} >= q{quantile}, K {k}, lr {lr}, "
                     f"lambda {reward_lambda}",
               ("--reward-lambda", str(reward_lambda), "--samples-per-source", str(k)),
               lr=lr, d_steps=0, reward_lambda=reward_lambda,
               self_training={"keep": keep, "quantile": quantile,
                              "retrain_discriminator": retrain_discriminator})


def control(lr=None) -> Run:
    """Continued MLE from the start: the updates every objective must beat."""
    return Run("control", "continued MLE", ("--csgan-stage", "mle"), lr=lr, d_steps=0,
               reward_lambda=0.0, mle=True)


def monte_carlo(lr=None) -> Run:
    """The comparison's brcsgan arm: Monte Carlo search, the paper's schedule."""
    return Run("monte_carlo", "Monte Carlo, lambda 0.7 (the brcsgan arm)",
               ("--reward-lambda", "0.7"), lr=lr, teacher_forcing_steps=1)


def _slug(option: dict) -> str:
    return "_".join(f"{k}{v}" for k, v in option.items())


@dataclass(frozen=True)
class Stage:
    """One stage of the selection: candidate options, and how each becomes a Run.

    Attributes:
        name: str, the stage's name (its runs are select_NAME_OPTION).
        options: function (chosen so far: {stage: option dict}) -> list of option dicts.
        make: function (name, chosen so far, option dict) -> Run.
    """

    name: str
    options: Callable[[Dict[str, dict]], List[dict]]
    make: Callable[[str, Dict[str, dict], dict], Run]

    def runs(self, chosen: Dict[str, dict]) -> List[Tuple[dict, Run]]:
        """(option, Run) of every candidate of the stage."""
        return [(o, self.make(f"select_{self.name}_{_slug(o)}", chosen, o))
                for o in self.options(chosen)]


LRS = (1e-5, 1e-4, 5e-4)  # down to Kiegeland and Kreutzer's 1e-5; 5e-4 the comparison's
WEIGHTS = (0.0, 0.5)  # --mle-weight: none, and Edunov et al.'s 0.5 token loss


def _risk(chosen):
    return {**chosen.get("risk_q", {}), **chosen.get("risk_lr", {}), **chosen.get("risk_k", {})}


def _rloo(chosen):
    return {**chosen.get("rloo_norm", {}), **chosen.get("rloo_lr", {}),
            **chosen.get("rloo_k", {})}


# The stages, in order: minimum risk's Q (alpha, length normalisation) at the comparison's lr
# and w, then its lr and w; the leave-one-out objective's normalisation, then lr and w; K for
# both; then self-training's filter and lr.
SELECTION = [
    Stage("risk_q", lambda c: [dict(alpha=a, length_normalize=False)
                               for a in (1.0, 0.05, 0.005)]
          + [dict(alpha=2.0, length_normalize=True)],
          lambda n, c, o: risk(n, **o)),
    Stage("risk_lr", lambda c: [dict(lr=lr, mle_weight=w) for lr in LRS for w in WEIGHTS],
          lambda n, c, o: risk(n, **{**_risk(c), **o})),
    Stage("rloo_norm", lambda c: [dict(normalize=m) for m in ("batch", "source")],
          lambda n, c, o: rloo(n, **o)),
    Stage("rloo_lr", lambda c: [dict(lr=lr, mle_weight=w) for lr in LRS for w in WEIGHTS],
          lambda n, c, o: rloo(n, **{**_rloo(c), **o})),
    Stage("risk_k", lambda c: [dict(k=k) for k in (4, 8)],
          lambda n, c, o: risk(n, **{**_risk(c), **o})),
    Stage("rloo_k", lambda c: [dict(k=k) for k in (4, 8)],
          lambda n, c, o: rloo(n, **{**_rloo(c), **o})),
    Stage("self_training", lambda c: [dict(lr=lr, keep=keep, quantile=q) for lr in (1e-4, 5e-4)
                                      for keep, q in (("best", 0.0), ("all", 0.5))],
          lambda n, c, o: self_training(n, **o)),
]


def main_runs(chosen: Dict[str, dict], arm_lr: float) -> List[Run]:
    """The long runs at the chosen options, in the order they run (the cheaper and newer
    first): continued MLE, minimum risk (lambda 0), self-training (lambda 0, and 0.7 with D
    pretrained again between Grow steps), leave-one-out, adversarial minimum risk (lambda
    0.7), Monte Carlo (the paper's schedule, the slowest).

    Args:
        chosen: {stage name: chosen option dict}, every stage of SELECTION.
        arm_lr: float, the size's arm_lr (the control's and Monte Carlo's --lr).
    Returns:
        list of Run.
    """
    r, st = _risk(chosen), chosen["self_training"]
    return [control(arm_lr), risk("risk", **r), self_training("self_training", **st),
            self_training("adversarial_self_training", **st, reward_lambda=0.7,
                          retrain_discriminator=True),
            rloo("rloo", **_rloo(chosen)),
            risk("adversarial_risk", **{**r, "reward_lambda": 0.7}), monte_carlo(arm_lr)]
