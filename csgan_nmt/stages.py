"""The schedule of CSGAN training, in one place (Yang et al., NAACL 2018).

Stages: mle -> discriminator (pretrain D until its held-out accuracy reaches xi) ->
adversarial. In the adversarial stage every fairseq update is one *phase* of a cycle:

    g_steps x (POLICY_GRADIENT, teacher_forcing_steps x TEACHER_FORCING),
    then d_steps x DISCRIMINATOR

`Schedule` answers every question the task asks (which stage to enter before an update,
which phase an update runs, when to measure D, what a measurement decides) from the
options and the saved `StageState`, so it can be tested without fairseq's trainer. The task
only acts on the answers.

The state is a small LongTensor buffer of the model (see CSGANModel.stage_state): fairseq's
trainer saves task state but never loads it back, while the model comes back on resume.
"""

from dataclasses import dataclass
from enum import Enum, IntEnum
from typing import List, Optional

import torch
from fairseq.dataclass import ChoiceEnum, FairseqDataclass

from .option_ranges import NON_NEGATIVE, POSITIVE, option


class Stage(IntEnum):
    """A training stage, in the order a full run goes through them (the value is what the
    stage buffer and the logging outputs carry): MLE (G by teacher forcing with the
    user's --criterion), DISCRIMINATOR (D pretraining), ADVERSARIAL (the phase cycle).

    Source: Yang et al., NAACL 2018 (G pretrained by MLE, then D, then adversarial
    training).
    """

    MLE = 0
    DISCRIMINATOR = 1
    ADVERSARIAL = 2

    @property
    def label(self) -> str:
        """The stage in log messages: 'mle', 'discriminator', 'adversarial'."""
        return self.name.lower()


class Phase(IntEnum):
    """What one update trains (the value is what logging outputs carry).

    Source: Yang et al., NAACL 2018 (G's policy-gradient updates with D's rewards,
    alternated with D's updates).
    """

    TEACHER_FORCING = 0  # MLE on gold targets (teacher forcing) with the user's --criterion:
    # every update of the mle stage, and the --teacher-forcing-steps after each PG update
    DISCRIMINATOR = 1  # D on gold pairs vs G's translations
    POLICY_GRADIENT = 2  # G on its own samples weighted by Monte Carlo rewards

    @property
    def label(self) -> str:
        """The phase in log messages: 'teacher forcing', 'discriminator', 'policy gradient'."""
        return self.name.lower().replace("_", " ")


class DOutcome(IntEnum):
    """How D pretraining ended (saved in the checkpoint's stage buffer): PENDING (not
    yet), TARGET_REACHED (held-out accuracy >= xi), BUDGET_EXHAUSTED (--d-max-updates ran
    out first)."""

    PENDING = 0
    TARGET_REACHED = 1
    BUDGET_EXHAUSTED = 2


# exit status of a `--csgan-stage discriminator` run whose --d-max-updates ran out before
# D reached --d-target-accuracy (the recipes go on with that D)
EXIT_D_BUDGET_EXHAUSTED = 3


class Requested(str, Enum):
    """--csgan-stage: one stage (mle, discriminator, adversarial), or all three in one run
    (auto); the value is the option's string."""

    AUTO = "auto"
    MLE = "mle"
    DISCRIMINATOR = "discriminator"
    ADVERSARIAL = "adversarial"


@dataclass
class ScheduleConfig(FairseqDataclass):
    """Which stage runs, where G starts, and the cycle of the adversarial stage.

    Attributes:
        csgan_stage: str, a Requested value.
        generator_checkpoint: str or None, a plain fairseq translation checkpoint G starts
            from (generator_checkpoint.py).
        mle_updates: int >= 0, auto: MLE updates before D pretraining.
        g_steps: int >= 1; teacher_forcing_steps, d_steps: int >= 0, the phases of one
            cycle (see the module's docstring).

    Source: Yang et al., NAACL 2018, section 3.3 (one G update, teacher forcing, D updates).
    """

    csgan_stage: ChoiceEnum([r.value for r in Requested]) = option(
        "auto", "stage to train; auto runs mle -> discriminator -> adversarial")
    generator_checkpoint: Optional[str] = option(
        None, "seed the generator from a plain fairseq translation checkpoint")
    mle_updates: int = option(
        1000, "auto: MLE updates before D pretraining (0 skips)", NON_NEGATIVE)
    g_steps: int = option(1, "policy-gradient updates per cycle", POSITIVE)
    teacher_forcing_steps: int = option(
        1, "MLE updates after each policy-gradient update", NON_NEGATIVE)
    d_steps: int = option(1, "D updates per cycle", NON_NEGATIVE)


class StageState:
    """View over the stage buffer [stage, update at which the stage began, D outcome];
    reads and writes go to the buffer (CSGANModel.stage_state), so they are saved.

    Args:
        buffer: (3,) int64 tensor, [Stage value, update number, DOutcome value].
    Attributes:
        buffer: the tensor given (not a copy).
    """

    def __init__(self, buffer: torch.Tensor):
        self.buffer = buffer

    @staticmethod
    def initial_tensor():
        """The buffer of a fresh run: (3,) int64 zeros on the CPU (stage MLE from update 0,
        D outcome PENDING)."""
        return torch.zeros(3, dtype=torch.long)

    @property
    def current(self) -> Stage:
        """The stage the run is in."""
        return Stage(int(self.buffer[0]))

    @property
    def start_update(self) -> int:
        """int >= 0, the update number at which the current stage began."""
        return int(self.buffer[1])

    @property
    def d_outcome(self) -> DOutcome:
        """How D pretraining ended (PENDING while it runs or before it began)."""
        return DOutcome(int(self.buffer[2]))

    def enter(self, stage: Stage, update_num: int):
        """Record that `stage` begins at update `update_num`; entering DISCRIMINATOR resets
        the D outcome to PENDING.

        Args:
            stage: the stage entered.
            update_num: int >= 0, the update it begins at.
        Returns:
            None.
        """
        self.buffer[0] = int(stage)
        self.buffer[1] = update_num
        if stage == Stage.DISCRIMINATOR:
            self.buffer[2] = int(DOutcome.PENDING)

    def set_d_outcome(self, outcome: DOutcome):
        """Record how D pretraining ended.

        Args:
            outcome: DOutcome.
        Returns:
            None.
        """
        self.buffer[2] = int(outcome)

    def rebase(self, update_num: int) -> bool:
        """After a counter reset (--reset-optimizer restarts num_updates at 0), the current
        stage goes on from `update_num`: same stage, same D outcome.

        Args:
            update_num: int >= 0, the update about to run.
        Returns:
            bool, True if `update_num` < start_update and the start was moved to it.
        """
        if update_num >= self.start_update:
            return False
        self.buffer[1] = update_num
        return True

    def updates_done(self, update_num: int) -> int:
        """Updates completed in the current stage before update `update_num` runs.

        Args:
            update_num: int, the update about to run.
        Returns:
            int, update_num - start_update (>= 0 once `rebase` was applied).
        """
        return update_num - self.start_update


@dataclass
class Schedule:
    """The decisions of CSGAN's schedule, from the options alone (no fairseq trainer).

    Attributes:
        requested: Requested, --csgan-stage.
        mle_updates: int >= 0, auto: MLE updates before D pretraining.
        g_steps: int >= 1, policy-gradient updates per adversarial cycle.
        teacher_forcing_steps: int >= 0, teacher-forcing (MLE) updates after each
            policy-gradient update.
        d_steps: int >= 0, D updates per cycle.
        d_eval_interval: int >= 1, D pretraining updates between held-out measurements.
        d_max_updates: int >= 1, the budget of D pretraining updates.
        d_target_accuracy: float in (0, 1], xi, the held-out accuracy that ends D
            pretraining.

    Source: Yang et al., NAACL 2018 (D pretrained until its accuracy reaches xi, then G
    and D trained alternately).
    """

    requested: Requested = Requested.AUTO
    mle_updates: int = 1000
    g_steps: int = 1
    teacher_forcing_steps: int = 1
    d_steps: int = 1
    d_eval_interval: int = 10
    d_max_updates: int = 1000
    d_target_accuracy: float = 0.82

    @classmethod
    def from_config(cls, cfg) -> "Schedule":
        """The schedule of the csgan_nmt task's config.

        Args:
            cfg: the task's config (its fields of the same names, and csgan_stage).
        Returns:
            Schedule.
        Raises:
            ValueError: for a csgan_stage that is not a Requested value.
        """
        return cls(**{name: getattr(cfg, name) for name in (
            "mle_updates", "g_steps", "teacher_forcing_steps", "d_steps", "d_eval_interval",
            "d_max_updates", "d_target_accuracy")}, requested=Requested(cfg.csgan_stage))

    # ---------------------------------------------------------------- stages
    def stage_to_enter(self, state: StageState, update_num: int) -> Optional[Stage]:
        """The stage to enter before update `update_num` runs (a state whose counters
        were reset is rebased first: StageState.rebase).

        A single requested stage is entered if the run is not in it. auto goes
        MLE -> DISCRIMINATOR after `mle_updates` updates, and DISCRIMINATOR -> ADVERSARIAL
        once the D outcome is no longer PENDING.

        Args:
            state: the saved StageState.
            update_num: int, the update about to run.
        Returns:
            Stage to enter, or None to stay.
        """
        single = self._single_stage()
        if single is not None:
            return single if state.current != single else None
        if state.current == Stage.MLE and state.updates_done(update_num) >= self.mle_updates:
            return Stage.DISCRIMINATOR
        if state.current == Stage.DISCRIMINATOR and state.d_outcome != DOutcome.PENDING:
            return Stage.ADVERSARIAL  # D pretraining ended earlier (resume, staged D run)
        return None

    def _single_stage(self) -> Optional[Stage]:
        if self.requested == Requested.AUTO:
            return None
        return Stage[self.requested.name]

    def finished_pretraining_rerun(self, state: StageState) -> bool:
        """Whether this is a `--csgan-stage discriminator` run whose checkpoint says D
        pretraining already ended (nothing left to do).

        Args:
            state: the saved StageState.
        Returns:
            bool.
        """
        return (self.requested == Requested.DISCRIMINATOR
                and state.current == Stage.DISCRIMINATOR
                and state.d_outcome != DOutcome.PENDING)

    def pretrains_discriminator(self, state: StageState) -> bool:
        """Whether this run may still pretrain D (and so needs its held-out set).

        Args:
            state: the saved StageState.
        Returns:
            bool: under auto, True in stage MLE or in a DISCRIMINATOR stage still PENDING;
            otherwise True exactly for --csgan-stage discriminator.
        """
        if self.requested == Requested.AUTO:
            return state.current == Stage.MLE or (state.current == Stage.DISCRIMINATOR
                                                  and state.d_outcome == DOutcome.PENDING)
        return self.requested == Requested.DISCRIMINATOR

    # ---------------------------------------------------------------- phases
    def cycle(self) -> List[Phase]:
        """One adversarial cycle, phase by phase: g_steps x (POLICY_GRADIENT,
        teacher_forcing_steps x TEACHER_FORCING), then d_steps x DISCRIMINATOR.

        Returns:
            List[Phase] of length g_steps * (1 + teacher_forcing_steps) + d_steps.
        """
        g_block = [Phase.POLICY_GRADIENT] + [Phase.TEACHER_FORCING] * self.teacher_forcing_steps
        return g_block * self.g_steps + [Phase.DISCRIMINATOR] * self.d_steps

    def phase(self, state: StageState, update_num: int) -> Phase:
        """The phase update `update_num` runs: TEACHER_FORCING in stage MLE, DISCRIMINATOR
        in stage DISCRIMINATOR, and in the adversarial stage the entry of `cycle` at
        (updates done in the stage) mod (cycle length).

        Args:
            state: the current StageState (after any stage change for this update).
            update_num: int, the update about to run.
        Returns:
            Phase.
        """
        if state.current == Stage.MLE:
            return Phase.TEACHER_FORCING
        if state.current == Stage.DISCRIMINATOR:
            return Phase.DISCRIMINATOR
        cycle = self.cycle()
        return cycle[state.updates_done(update_num) % len(cycle)]

    # ---------------------------------------------------------------- D pretraining
    def d_eval_due(self, d_updates_done: int) -> bool:
        """Whether to measure D's held-out accuracy after this many D pretraining updates:
        every `d_eval_interval` updates, and always once the budget is spent.

        Args:
            d_updates_done: int >= 1, D pretraining updates completed, this one included.
        Returns:
            bool.
        """
        return d_updates_done % self.d_eval_interval == 0 or d_updates_done >= self.d_max_updates

    def d_outcome(self, d_updates_done: int, heldout_accuracy: float) -> DOutcome:
        """What a held-out measurement after `d_updates_done` D updates decides.

        Args:
            d_updates_done: int >= 1, D pretraining updates completed.
            heldout_accuracy: float in [0, 1], D's accuracy on the held-out pairs.
        Returns:
            TARGET_REACHED if the accuracy >= xi (d_target_accuracy), else
            BUDGET_EXHAUSTED if d_updates_done >= d_max_updates, else PENDING.

        Source: Yang et al., NAACL 2018 (D pretrained until its accuracy reaches xi).
        """
        if heldout_accuracy >= self.d_target_accuracy:
            return DOutcome.TARGET_REACHED
        if d_updates_done >= self.d_max_updates:
            return DOutcome.BUDGET_EXHAUSTED
        return DOutcome.PENDING

    def continues_after_pretraining(self) -> bool:
        """Whether the run goes on after D pretraining ended: auto goes on to the
        adversarial stage; a staged D run (--csgan-stage discriminator) stops.

        Returns:
            bool, True under auto.
        """
        return self.requested == Requested.AUTO
