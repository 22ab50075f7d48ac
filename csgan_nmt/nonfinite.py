"""Updates with a non-finite loss or reward are skipped, counted, and stop a run that keeps
producing them.

fairseq's trainer raises on a NaN gradient and ends the run; a GAN's reward can turn NaN for
one batch (D's logit overflowing, say) and recover. So a micro-batch whose loss or reward is
NaN or infinite is never back-propagated (it contributes no gradient and no sample size); an
update none of whose micro-batches, on any worker, was finite takes no optimiser step at all
(an Adam step on zero gradients would still move the weights by its momentum). The count
is all-reduced, so every worker skips the same updates. --max-nonfinite-updates such
updates in a row stop the run with a message; checkpoint_last.pt then holds the last
weights, none of them written from a non-finite value.
"""

import logging
from dataclasses import dataclass

import torch
from fairseq.dataclass import FairseqDataclass

from .distributed import all_reduce_sum
from .option_ranges import POSITIVE, option
from .refusal import Refusal

logger = logging.getLogger(__name__)


@dataclass
class NonFiniteConfig(FairseqDataclass):
    """When a run that keeps producing non-finite losses or rewards stops.

    Attributes:
        max_nonfinite_updates: int >= 1, skipped updates in a row that stop the run.
    """

    max_nonfinite_updates: int = option(
        10, "stop after this many updates in a row were skipped for a NaN/inf loss or reward",
        POSITIVE)


class NonFiniteTraining(Refusal, RuntimeError):
    """Raised (by `NonFiniteGuard.should_step`) when --max-nonfinite-updates updates in a
    row were skipped for a non-finite loss or reward; a Refusal, so it prints as one line."""


def is_finite(loss) -> bool:
    """Whether a micro-batch's loss is finite. A NaN or infinite reward always reaches the
    policy-gradient loss, -sum log p * Q (0 * inf is NaN too), so the loss tells for both.

    Args:
        loss: float tensor of any shape (a scalar from the criteria), any device.
    Returns:
        bool, True when every element is finite (no NaN, no +-inf).
    """
    return bool(torch.isfinite(loss.detach()).all())


def skipped_log(logging_output) -> dict:
    """What a skipped micro-batch logs: the keys of its phase (logging outputs are summed
    over workers key by key, so every worker's must have the same keys), every value zero,
    its tags, and that it was skipped.

    Args:
        logging_output: dict of the micro-batch's logging output, already tagged
            (`logging_outputs.tags`).
    Returns:
        A new dict with the same keys: `csgan_*` tags unchanged, tensors replaced by zero
        tensors of the same shape, dtype and device, other values by 0, and
        "nonfinite" = 1.
    """
    log = {k: v if k.startswith("csgan_") else torch.zeros_like(v) if torch.is_tensor(v) else 0
           for k, v in logging_output.items()}  # tensors stay tensors: fairseq reduces them
    log["nonfinite"] = 1                          # apart from plain numbers
    return log


class NonFiniteGuard:
    """Counts the finite and skipped micro-batches of an update and decides whether it
    takes its optimiser step; stops the run after `limit` skipped updates in a row.

    Args:
        limit: int >= 1, --max-nonfinite-updates.
    Attributes:
        limit: int, as given.
        in_a_row: int >= 0, skipped updates since the last one that stepped.
    """

    def __init__(self, limit: int):
        self.limit = limit
        self.in_a_row = 0
        self._finite = self._skipped = 0

    def new_step(self):
        """A trainer step begins: forget counts of one that never reached its optimiser
        step (an fp16 overflow, an out-of-memory batch). `in_a_row` is kept.

        Returns:
            None.
        """
        self._finite = self._skipped = 0

    def record(self, finite: bool):
        """Count one micro-batch of the current step as finite or skipped.

        Args:
            finite: bool, `is_finite` of its loss.
        Returns:
            None.
        """
        if finite:
            self._finite += 1
        else:
            self._skipped += 1

    def should_step(self, update_num: int, phase_name: str, device) -> bool:
        """Decide, on counts summed over the workers (a collective: every worker calls
        it), whether this update takes its optimiser step, and reset the counts.

        It steps when any micro-batch on any worker was finite, or when none was recorded;
        otherwise the update is skipped, logged with a warning, and `in_a_row` grows.

        Args:
            update_num: int, the update's number, for the messages.
            phase_name: str, the phase's label, for the messages.
            device: torch device of the all-reduce buffer (`all_reduce_sum`).
        Returns:
            bool, True to step.
        Raises:
            NonFiniteTraining: when this skip makes `limit` skipped updates in a row.
        """
        finite, skipped = all_reduce_sum([self._finite, self._skipped], device)
        self._finite = self._skipped = 0
        if finite > 0 or skipped == 0:
            self.in_a_row = 0
            return True
        self.in_a_row += 1
        logger.warning(f"csgan: update {update_num} ({phase_name}) skipped: non-finite loss "
                       f"or reward ({self.in_a_row} in a row, limit {self.limit})")
        if self.in_a_row >= self.limit:
            raise NonFiniteTraining(
                f"csgan: {self.in_a_row} updates in a row had a non-finite loss or reward (the "
                f"last, update {update_num}, in the {phase_name} phase); stopping. No "
                "non-finite value was written into the weights: checkpoint_last.pt holds the "
                "last saved state. Lower --lr or --d-lr, check the data, or raise "
                "--max-nonfinite-updates.")
        return False
