"""The three stages of CSGAN training and the bookkeeping that survives a checkpoint.

mle -> discriminator (pretrain D until held-out accuracy >= xi) -> adversarial.
The state is a small LongTensor buffer of the model (see CSGANModel.stage_state), so it is
saved in checkpoint_last and comes back on resume together with the weights.
"""

import torch

STAGES = ("mle", "discriminator", "adversarial")

# outcome of D pretraining
D_PENDING, D_TARGET_REACHED, D_BUDGET_EXHAUSTED = 0, 1, 2


class StageState:
    """View over the buffer [stage index, update at which the stage began, D outcome]."""

    def __init__(self, buffer: torch.Tensor):
        self.buffer = buffer

    @staticmethod
    def initial_tensor():
        return torch.zeros(3, dtype=torch.long)

    @property
    def name(self) -> str:
        return STAGES[int(self.buffer[0])]

    @property
    def start_update(self) -> int:
        return int(self.buffer[1])

    @property
    def d_outcome(self) -> int:
        return int(self.buffer[2])

    def enter(self, name: str, update_num: int):
        self.buffer[0] = STAGES.index(name)
        self.buffer[1] = update_num
        if name == "discriminator":
            self.buffer[2] = D_PENDING

    def set_d_outcome(self, outcome: int):
        self.buffer[2] = outcome

    def updates_done(self, update_num: int) -> int:
        """Updates completed in the current stage before update `update_num` runs."""
        return update_num - self.start_update
