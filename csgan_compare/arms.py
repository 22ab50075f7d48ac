"""The arms of the comparison, and the fairseq-train options that make each one.

Every trained arm starts from the same MLE checkpoint (`start`) and makes the same number of
generator updates with the same learning rate and batch size. An adversarial cycle is one
policy-gradient update and one teacher-forcing (MLE) update of G, plus one D update where
the reward uses D (Yang et al., NAACL 2018, section 3.3); `control` makes that many plain
MLE updates. The controls follow Choshen et al. (ICLR 2020): `constant` keeps the
policy-gradient updates and throws the reward away (sharpening alone), `start_lenpen` only
retunes the decoder's length penalty on validation (a length fix alone).
"""

from dataclasses import dataclass
from enum import Enum
from typing import Optional, Tuple


class Arm(str, Enum):
    """An arm of the comparison (the comments below say what each is). The value is the
    arm's name in --arms, job names (ARM.SEED, ARM.SEED.test), WORK/ directories and logs,
    and results.json; `start` and `start_lenpen` are the MLE start itself, every other arm
    is trained from it (`TRAINED_ARMS`).

    Source: Yang et al., NAACL 2018 (brcsgan, csgan); Choshen et al., ICLR 2020 (the
    constant-reward and length-penalty controls); the estimator arms:
    Williams, 1992 (sequence), Rennie et al., CVPR 2017 (self_critical), Li et al., EMNLP
    2017 (partial_d, REGS), Che et al., 2017 (maligan), Kool et al., 2019 (rloo), Shen et
    al., ACL 2016 (risk, adversarial_risk).
    """

    START = "start"  # MLE to convergence (early stopping on validation loss)
    START_LENPEN = "start_lenpen"  # start, beam length penalty tuned on validation
    CONTROL = "control"  # continued MLE, same generator updates as the adversarial arms
    # continued MLE, as many updates as a paper-schedule PG arm's teacher-forcing updates:
    # "PG on top of the same MLE" (half of control's)
    CONTROL_TF = "control_tf"
    BRCSGAN = "brcsgan"  # lambda = 0.7: D and sentence BLEU
    CSGAN = "csgan"  # lambda = 1: D only
    BLEU_ONLY = "bleu_only"  # lambda = 0: REINFORCE with sentence BLEU, what D adds
    CONSTANT = "constant"  # policy gradient with a constant reward: the peakiness control
    # reward estimators and baselines, all with brcsgan's lambda = 0.7
    MC_ROLLOUT_MEAN = "mc_rollout_mean"  # Monte Carlo, minus the previous prefix's rollout mean
    SEQUENCE = "sequence"  # R(Y) for every token, no rollouts (REINFORCE)
    SELF_CRITICAL = "self_critical"  # sequence minus the greedy translation's reward
    PARTIAL_D = "partial_d"  # a D of prefixes scores every prefix (REGS)
    MALIGAN = "maligan"  # MaliGAN's normalised D/(1-D) weights over 4 samples per source
    # sequence-level objectives that raise their reward: one update of the mixed
    # objective, G's own Adam state for it, D trained along
    RLOO = "rloo"  # sequence reward, 4 samples per source, leave-one-out baseline, lambda 0.7
    RISK = "risk"  # minimum risk training over 4 samples, lambda 0 (sentence BLEU)
    ADVERSARIAL_RISK = "adversarial_risk"  # minimum risk training, lambda 0.7 (with D)
    # reward-filtered self-training: Grow (K samples scored), Improve (MLE on the
    # references plus the kept samples), csgan-self-train
    SELF_TRAINING = "self_training"  # lambda 0: the filter is sentence BLEU
    ADVERSARIAL_SELF_TRAINING = "adversarial_self_training"  # lambda 0.7: D filters too


@dataclass(frozen=True)
class SelfTrainingPlan:
    """How a self-training arm runs csgan-self-train: its G updates are MLE updates, split
    evenly over `grow_steps` Grow steps, each followed by one Improve step (validated every
    curve_every updates) on the candidates at or above the quantile.

    Attributes:
        keep: str, "best" or "all" (--keep).
        quantile: float in [0, 1), the threshold's quantile (--thresholds).
        grow_steps: int >= 1, Grow steps (decodes of the training sources).
        retrain_discriminator: bool, D pretrained again between Grow steps.
    """

    keep: str = "best"
    quantile: float = 0.0
    grow_steps: int = 1
    retrain_discriminator: bool = False


@dataclass(frozen=True)
class TrainedArm:
    """How one trained arm is made: its fairseq-train options and its update schedule.

    A policy-gradient arm runs `--csgan-stage adversarial` in cycles of one PG update, a
    teacher-forcing (MLE) update unless `teacher_forcing` is False, and one D update when
    it uses D; an MLE arm makes plain MLE updates. Every arm gets the same number of G
    updates (`fairseq_updates`), except control_tf.

    Attributes:
        arm: the Arm.
        policy_gradient: bool, G makes policy-gradient updates (else MLE only).
        uses_discriminator: bool, D is in the reward and trained along (one D update per
            cycle).
        options: tuple of str, the arm's fairseq-train options: its stage (ADVERSARIAL for
            a policy-gradient arm, --csgan-stage mle for an MLE arm; a self-training arm's
            are csgan-self-train's) and its own.
        prefix_discriminator: bool, its D is pretrained on prefixes (partial-d).
        teacher_forcing: bool, a teacher-forcing update after each PG update.
        teacher_forcing_share: bool, MLE only, as many updates as a paper-schedule PG
            arm's teacher-forcing updates (control_tf).
        self_training: SelfTrainingPlan or None: MLE updates on the references plus
            reward-filtered samples (csgan-self-train), not plain MLE.
        lr: float or None, the arm's own --lr (chosen on validation by the learning study);
            None: the size's arm_lr.
    """

    arm: Arm
    policy_gradient: bool
    uses_discriminator: bool
    options: Tuple[str, ...] = ()
    prefix_discriminator: bool = False  # its D is pretrained on prefixes (partial-d)
    teacher_forcing: bool = True  # a teacher-forcing update after each PG update
    # MLE only, as many updates as a paper-schedule PG arm makes teacher-forcing updates
    teacher_forcing_share: bool = False
    self_training: Optional[SelfTrainingPlan] = None
    lr: Optional[float] = None

    @property
    def cycle_length(self) -> int:
        """fairseq updates per cycle: PG (+ MLE) (+ D).

        Returns:
            int in {1, 2, 3}; 1 for an MLE arm.
        """
        if not self.policy_gradient:
            return 1
        return self.generator_updates_per_cycle + int(self.uses_discriminator)

    @property
    def generator_updates_per_cycle(self) -> int:
        """G updates per cycle: PG (+ teacher forcing).

        Returns:
            int, 2 for a PG arm with teacher forcing, else 1.
        """
        return 1 + int(self.policy_gradient and self.teacher_forcing)

    def fairseq_updates(self, generator_updates: int) -> int:
        """fairseq updates (--max-update) that make `generator_updates` updates of G (for
        control_tf: the teacher-forcing updates among a paper-schedule arm's
        `generator_updates`).

        Args:
            generator_updates: int >= 0, G updates (PG + teacher forcing, or MLE).
        Returns:
            int, fairseq updates: whole cycles times `cycle_length`; half of
            `generator_updates` for control_tf.
        Raises:
            ValueError: when `generator_updates` is not a whole number of cycles (for
                control_tf: odd).
        """
        if self.teacher_forcing_share:
            if generator_updates % 2:
                raise ValueError(f"{self.arm.value}: {generator_updates} generator updates "
                                 "is not a whole number of PG + teacher-forcing cycles")
            return generator_updates // 2
        cycles, rest = divmod(generator_updates, self.generator_updates_per_cycle)
        if rest:
            raise ValueError(f"{self.arm.value}: {generator_updates} generator updates is not "
                             f"a whole number of cycles of {self.generator_updates_per_cycle}")
        return cycles * self.cycle_length

    def generator_updates(self, fairseq_updates: int) -> float:
        """G updates made by `fairseq_updates` fairseq updates (curves' x axis); control_tf's
        are placed where a paper-schedule arm has made as many teacher-forcing updates.

        Args:
            fairseq_updates: int or float, fairseq's update number.
        Returns:
            a number of G updates (fractional inside a cycle).
        """
        if self.teacher_forcing_share:
            return 2 * fairseq_updates
        return fairseq_updates * self.generator_updates_per_cycle / self.cycle_length


# the stage of every policy-gradient arm: adversarial, G's KL from the start logged at every
# validation
ADVERSARIAL = ("--csgan-stage", "adversarial", "--kl-from-start")
TRAINED_ARMS = {
    Arm.CONTROL: TrainedArm(Arm.CONTROL, policy_gradient=False, uses_discriminator=False,
                            options=("--csgan-stage", "mle")),
    Arm.CONTROL_TF: TrainedArm(Arm.CONTROL_TF, policy_gradient=False, uses_discriminator=False,
                               options=("--csgan-stage", "mle"), teacher_forcing_share=True),
    Arm.BRCSGAN: TrainedArm(Arm.BRCSGAN, True, True, (*ADVERSARIAL, "--reward-lambda", "0.7")),
    Arm.CSGAN: TrainedArm(Arm.CSGAN, True, True, (*ADVERSARIAL, "--reward-lambda", "1.0")),
    # no D in the reward: D is neither asked nor trained (--d-steps 0)
    Arm.BLEU_ONLY: TrainedArm(Arm.BLEU_ONLY, True, False,
                              (*ADVERSARIAL, "--reward-lambda", "0.0", "--d-steps", "0")),
    Arm.CONSTANT: TrainedArm(Arm.CONSTANT, True, False,
                             (*ADVERSARIAL, "--reward-type", "constant", "--d-steps", "0")),
    Arm.MC_ROLLOUT_MEAN: TrainedArm(Arm.MC_ROLLOUT_MEAN, True, True, (*ADVERSARIAL,
        "--reward-lambda", "0.7", "--reward-baseline-mode", "rollout-mean")),
    Arm.SEQUENCE: TrainedArm(Arm.SEQUENCE, True, True, (*ADVERSARIAL,
        "--reward-lambda", "0.7", "--reward-estimator", "sequence")),
    Arm.SELF_CRITICAL: TrainedArm(Arm.SELF_CRITICAL, True, True, (*ADVERSARIAL,
        "--reward-lambda", "0.7", "--reward-estimator", "sequence",
        "--reward-baseline-mode", "self-critical")),
    Arm.PARTIAL_D: TrainedArm(Arm.PARTIAL_D, True, True, (*ADVERSARIAL,
        "--reward-lambda", "0.7", "--reward-estimator", "partial-d"), prefix_discriminator=True),
    Arm.MALIGAN: TrainedArm(Arm.MALIGAN, True, True, (*ADVERSARIAL,
        "--reward-lambda", "0.7", "--reward-estimator", "maligan", "--maligan-samples", "4")),
}

def mixed_objective(mle_weight: float, k: int, normalize: str = "batch",
                    lr: Optional[float] = None) -> Tuple[str, ...]:
    """The fairseq-train options of the mixed objective: one update of
    (1 - w) * L_seq + w * L_MLE with G's own Adam state, K samples per source, the advantages
    scaled by `normalize`, the fresh Adam state warmed up over 20 updates (fairseq's
    polynomial_decay; its decay over 10^6 updates is negligible here) to `lr`.

    Args:
        mle_weight: float w in [0, 1).
        k: int K >= 1, samples per source.
        normalize: str, --reward-normalize.
        lr: float or None, the rate after the warm-up (--end-learning-rate); None: fairseq's
            default end rate (0, reached after 10^6 updates).
    Returns:
        tuple of str.
    """
    return ("--teacher-forcing-steps", "0", "--mle-weight", str(mle_weight),
            "--g-optimizer-state", "per-phase", "--samples-per-source", str(k),
            "--reward-normalize", normalize, "--lr-scheduler", "polynomial_decay",
            "--warmup-updates", "20", "--total-num-update", "1000000",
            *(("--end-learning-rate", str(lr)) if lr else ()))


# The options the learning study chose on validation (results/learning-cpu; the
# rule: the highest held-out reward among the options that kept the start's greedy
# validation BLEU, else the best BLEU). Minimum risk: Q over length-normalised
# log-probabilities at alpha 2 (2.9 of 4 effective candidates), lr 1e-4, no MLE term, K 4;
# leave-one-out: per-batch scaling, lr 1e-5, no MLE term, K 8 (no option kept the start's
# BLEU in 40 updates: the smallest lr lost least).
# Adversarial minimum risk keeps the MLE term (w 0.5): at the options chosen for lambda 0
# (w 0) its 500-update validation run fooled D (D of samples 0.18 -> 0.47) and greedy
# validation BLEU fell from 10.82 to 7.20.
RISK_LR, RLOO_LR, SELF_TRAINING_LR = 1e-4, 1e-5, 1e-4
RISK_Q = ("--reward-estimator", "risk", "--risk-sharpness", "2.0", "--risk-length-normalize")
RISK_OPTIONS = (*RISK_Q, *mixed_objective(0.0, 4, "batch", RISK_LR))
ADVERSARIAL_RISK_OPTIONS = (*RISK_Q, *mixed_objective(0.5, 4, "batch", RISK_LR))
TRAINED_ARMS.update({
    Arm.RLOO: TrainedArm(Arm.RLOO, True, True, (*ADVERSARIAL,
        "--reward-lambda", "0.7", "--reward-estimator", "sequence",
        "--reward-baseline-mode", "leave-one-out", *mixed_objective(0.0, 8, "batch", RLOO_LR)),
        teacher_forcing=False, lr=RLOO_LR),
    Arm.RISK: TrainedArm(Arm.RISK, True, False, (*ADVERSARIAL,
        "--reward-lambda", "0", "--d-steps", "0", *RISK_OPTIONS), teacher_forcing=False,
        lr=RISK_LR),
    Arm.ADVERSARIAL_RISK: TrainedArm(Arm.ADVERSARIAL_RISK, True, True, (*ADVERSARIAL,
        "--reward-lambda", "0.7", *ADVERSARIAL_RISK_OPTIONS), teacher_forcing=False,
        lr=RISK_LR),
})

# self-training, K = 4, one Grow step, each source's best finished sample kept (quantile 0),
# lr 1e-4 (chosen on validation with lambda 0, as minimum risk's; none of the four options
# kept the start's BLEU in 40 updates, this one lost least); lambda 0.7: D (pretrained,
# fixed) filters too
SELF_TRAINING_OPTIONS = ("--samples-per-source", "4")
TRAINED_ARMS.update({
    Arm.SELF_TRAINING: TrainedArm(
        Arm.SELF_TRAINING, False, False, ("--reward-lambda", "0", *SELF_TRAINING_OPTIONS),
        self_training=SelfTrainingPlan(keep="best", quantile=0.0), lr=SELF_TRAINING_LR),
    Arm.ADVERSARIAL_SELF_TRAINING: TrainedArm(
        Arm.ADVERSARIAL_SELF_TRAINING, False, True,
        ("--reward-lambda", "0.7", *SELF_TRAINING_OPTIONS),
        self_training=SelfTrainingPlan(keep="best", quantile=0.0), lr=SELF_TRAINING_LR),
})

# the arms of the paper's comparison, and the estimator arms judged against
# brcsgan, the paper's Monte Carlo estimator with the same lambda
PAPER_ARMS = (Arm.CONTROL, Arm.CONTROL_TF, Arm.BRCSGAN, Arm.CSGAN, Arm.BLEU_ONLY,
              Arm.CONSTANT)
# the comparison declared primary (results.json "primary"): brcsgan against control, test
# BLEU, mean difference over seeds; these arms get the size's full number of seeds, every
# other arm `secondary_seeds`
PRIMARY = (Arm.BRCSGAN, Arm.CONTROL)
PRIMARY_ARMS = (Arm.CONTROL, Arm.CONTROL_TF, Arm.BRCSGAN)
ESTIMATOR_ARMS = (Arm.MC_ROLLOUT_MEAN, Arm.SEQUENCE, Arm.SELF_CRITICAL, Arm.PARTIAL_D,
                  Arm.MALIGAN, Arm.RLOO, Arm.RISK, Arm.ADVERSARIAL_RISK)
# reward-filtered self-training: MLE updates, compared with the controls
SELF_TRAINING_ARMS = (Arm.SELF_TRAINING, Arm.ADVERSARIAL_SELF_TRAINING)

# the sequence-level arms (policy gradient, minimum risk, self-training; not the
# constant-reward control): the candidates of the declared family "the best sequence-level
# arm, chosen on validation, against continued MLE" (report.declared_family)
SEQUENCE_LEVEL_ARMS = tuple(a for a, spec in TRAINED_ARMS.items() if a != Arm.CONSTANT
                            and (spec.policy_gradient or spec.self_training is not None))

# arms compared with start and control in the table, in this order
REPORTED = [Arm.START, Arm.START_LENPEN, *PAPER_ARMS, *ESTIMATOR_ARMS, *SELF_TRAINING_ARMS]
