"""The schedule of CSGAN training, in one place (Yang et al., NAACL 2018).

Stages: mle -> discriminator (pretrain D until its held-out accuracy reaches xi) ->
adversarial. In the adversarial stage every fairseq update is one *phase* of a cycle:

    g_steps x (POLICY_GRADIENT, teacher_forcing_steps x MLE), then d_steps x DISCRIMINATOR

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


class Stage(IntEnum):
    MLE = 0
    DISCRIMINATOR = 1
    ADVERSARIAL = 2

    @property
    def label(self) -> str:
        return self.name.lower()


class Phase(IntEnum):
    """What one update trains (the value is what logging outputs carry)."""

    MLE = 0  # teacher forcing on gold targets with the user's --criterion
    DISCRIMINATOR = 1  # D on gold pairs vs G's translations
    POLICY_GRADIENT = 2  # G on its own samples weighted by Monte Carlo rewards


class DOutcome(IntEnum):
    """How D pretraining ended (saved in the checkpoint)."""

    PENDING = 0
    TARGET_REACHED = 1
    BUDGET_EXHAUSTED = 2


# exit status of a `--csgan-stage discriminator` run whose --d-max-updates ran out before
# D reached --d-target-accuracy (the recipes go on with that D)
EXIT_D_BUDGET_EXHAUSTED = 3


class Requested(str, Enum):
    """--csgan-stage: one stage, or all three in one run."""

    AUTO = "auto"
    MLE = "mle"
    DISCRIMINATOR = "discriminator"
    ADVERSARIAL = "adversarial"


class StageState:
    """View over the buffer [stage, update at which the stage began, D outcome]."""

    def __init__(self, buffer: torch.Tensor):
        self.buffer = buffer

    @staticmethod
    def initial_tensor():
        return torch.zeros(3, dtype=torch.long)

    @property
    def current(self) -> Stage:
        return Stage(int(self.buffer[0]))

    @property
    def start_update(self) -> int:
        return int(self.buffer[1])

    @property
    def d_outcome(self) -> DOutcome:
        return DOutcome(int(self.buffer[2]))

    def enter(self, stage: Stage, update_num: int):
        self.buffer[0] = int(stage)
        self.buffer[1] = update_num
        if stage == Stage.DISCRIMINATOR:
            self.buffer[2] = int(DOutcome.PENDING)

    def set_d_outcome(self, outcome: DOutcome):
        self.buffer[2] = int(outcome)

    def rebase(self, update_num: int) -> bool:
        """After a counter reset (--reset-optimizer restarts num_updates at 0), the current
        stage goes on from `update_num`: same stage, same D outcome. True if it rebased."""
        if update_num >= self.start_update:
            return False
        self.buffer[1] = update_num
        return True

    def updates_done(self, update_num: int) -> int:
        """Updates completed in the current stage before update `update_num` runs."""
        return update_num - self.start_update


@dataclass
class Schedule:
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
        return cls(**{name: getattr(cfg, name) for name in (
            "mle_updates", "g_steps", "teacher_forcing_steps", "d_steps", "d_eval_interval",
            "d_max_updates", "d_target_accuracy")}, requested=Requested(cfg.csgan_stage))

    # ---------------------------------------------------------------- stages
    def stage_to_enter(self, state: StageState, update_num: int) -> Optional[Stage]:
        """The stage to enter before update `update_num` runs, or None to stay (a state
        whose counters were reset is rebased first: StageState.rebase)."""
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
        """A `--csgan-stage discriminator` run whose checkpoint says D pretraining ended."""
        return (self.requested == Requested.DISCRIMINATOR
                and state.current == Stage.DISCRIMINATOR
                and state.d_outcome != DOutcome.PENDING)

    def pretrains_discriminator(self, state: StageState) -> bool:
        """Whether this run may still pretrain D (and so needs its held-out set)."""
        if self.requested == Requested.AUTO:
            return state.current == Stage.MLE or (state.current == Stage.DISCRIMINATOR
                                                  and state.d_outcome == DOutcome.PENDING)
        return self.requested == Requested.DISCRIMINATOR

    # ---------------------------------------------------------------- phases
    def cycle(self) -> List[Phase]:
        """One adversarial cycle, phase by phase."""
        g_block = [Phase.POLICY_GRADIENT] + [Phase.MLE] * self.teacher_forcing_steps
        return g_block * self.g_steps + [Phase.DISCRIMINATOR] * self.d_steps

    def phase(self, state: StageState, update_num: int) -> Phase:
        if state.current == Stage.MLE:
            return Phase.MLE
        if state.current == Stage.DISCRIMINATOR:
            return Phase.DISCRIMINATOR
        cycle = self.cycle()
        return cycle[state.updates_done(update_num) % len(cycle)]

    # ---------------------------------------------------------------- D pretraining
    def d_eval_due(self, d_updates_done: int) -> bool:
        """Measure held-out accuracy after this many D pretraining updates?"""
        return d_updates_done % self.d_eval_interval == 0 or d_updates_done >= self.d_max_updates

    def d_outcome(self, d_updates_done: int, heldout_accuracy: float) -> DOutcome:
        """What a held-out measurement after `d_updates_done` D updates decides."""
        if heldout_accuracy >= self.d_target_accuracy:
            return DOutcome.TARGET_REACHED
        if d_updates_done >= self.d_max_updates:
            return DOutcome.BUDGET_EXHAUSTED
        return DOutcome.PENDING

    def continues_after_pretraining(self) -> bool:
        """auto goes on to the adversarial stage; a staged D run stops."""
        return self.requested == Requested.AUTO
