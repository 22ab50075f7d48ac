"""Data-parallel CSGAN training on fairseq's `legacy_ddp` wrapper.

The D and policy-gradient phases run D and G directly (`model.discriminator`, rollouts of
`model.generator`), not through the DDP wrapper's forward. fairseq's `legacy_ddp` (alias
`no_c10d`) all-reduces every parameter's gradient explicitly after backward, whichever
module computed it, and treats the parameters a phase left without a gradient as zeros;
PyTorch's DDP (`pytorch_ddp`, alias `c10d`) only reduces gradients of a forward that passed
through its wrapper, and fails on the parameters a phase leaves unused. So a run with more
than one worker must use legacy_ddp (`check_backend`).

What else makes every worker take the same step:
- each micro-batch of each worker draws its samples, rollouts and dropout from its own
  random stream (`WorkerSeeds`), numbered like the micro-batches of a 1-worker run with
  --update-freq = workers, so both runs draw the same numbers;
- decisions (D's held-out accuracy, whether an update is skipped for a non-finite loss) are
  taken on figures all-reduced over the workers (`all_reduce_sum`);
- D's weight clipping acts on the all-reduced, identically updated weights.
"""

from typing import List, Sequence

import torch
from fairseq import utils
from fairseq.distributed import utils as distributed_utils

from .refusal import OptionError

SUPPORTED_BACKENDS = ("legacy_ddp", "no_c10d")
# Distance between the seeds of two micro-batches of one update: a prime larger than any
# run's number of updates, so no micro-batch reuses another update's seed.
SEED_STRIDE = 1_000_003


def check_backend(world_size: int, ddp_backend: str):
    """Refuse a multi-worker run on a DDP backend that would not all-reduce D's and the
    policy-gradient phase's gradients.

    Args:
        world_size: int >= 1, the number of workers (--distributed-world-size).
        ddp_backend: str, --ddp-backend; legacy_ddp or no_c10d pass with several workers.
    Returns:
        None.
    Raises:
        OptionError: when world_size > 1 and the backend is another (c10d, pytorch_ddp,
        fully_sharded, ...).
    """
    if world_size > 1 and ddp_backend not in SUPPORTED_BACKENDS:
        raise OptionError(
            f"csgan_nmt: --ddp-backend {ddp_backend} with {world_size} workers would not "
            "all-reduce the gradients of the D and policy-gradient phases (they call D and G "
            "directly, not through the DDP wrapper's forward): use --ddp-backend legacy_ddp, "
            "which all-reduces every parameter's gradient after backward")


def load_checkpoints_on_every_worker(root_cfg):
    """Make every worker of a multi-worker run read the checkpoint it resumes or restores
    from itself (fairseq's --load-checkpoint-on-all-dp-ranks) instead of receiving it from
    rank 0.

    fairseq otherwise loads it on rank 0 and broadcasts the whole state with torch.save /
    torch.load, and under torch >= 2.6's weights-only loading the other ranks refuse its
    omegaconf config (UnpicklingError: Unsupported global omegaconf.dictconfig.DictConfig),
    so resuming with several workers died. Reading the file on each rank goes through the
    same checked, weights-only load as a one-worker run and widens no allowlist. Every
    worker must see the checkpoint file (one machine, or a shared file system), as fairseq
    requires for this option.

    Args:
        root_cfg: the run's root config (DictConfig with `checkpoint` and
            `distributed_training`); with more than one worker, its
            checkpoint.load_checkpoint_on_all_dp_ranks is set True in place.
    Returns:
        None.

    Source: fairseq's checkpoint_utils / trainer.load_checkpoint
    (--load-checkpoint-on-all-dp-ranks).
    """
    checkpoint = root_cfg.checkpoint
    if (root_cfg.distributed_training.distributed_world_size > 1
            and not checkpoint.load_checkpoint_on_all_dp_ranks):
        checkpoint.load_checkpoint_on_all_dp_ranks = True


def world():
    """The data-parallel world of this process.

    Returns:
        (workers, rank): int >= 1 and int in [0, workers), from fairseq's distributed
        utils; (1, 0) when torch.distributed is not initialised.
    """
    if not torch.distributed.is_initialized():  # fairseq's get_rank would raise
        return 1, 0
    return (distributed_utils.get_data_parallel_world_size(),
            distributed_utils.get_data_parallel_rank())


def all_reduce_sum(values: Sequence[float], device) -> List[float]:
    """Sums of `values` over the data-parallel workers (a collective: every worker must
    call it with the same number of values).

    Args:
        values: sequence of numbers (counts, accuracies' numerators and denominators).
        device: torch device of the all-reduce buffer (the model's: CUDA under NCCL).
    Returns:
        List[float] of the same length, each the sum over the workers, computed in float64;
        with one worker, `list(values)` unchanged (ints stay ints).
    """
    workers, _ = world()
    if workers == 1:
        return list(values)
    buffer = torch.tensor(values, dtype=torch.float64, device=device)
    distributed_utils.all_reduce(buffer, group=distributed_utils.get_data_parallel_group())
    return buffer.tolist()


class WorkerSeeds:
    """Seeds every micro-batch of every worker with its own stream.

    fairseq's trainer seeds each update with seed + update number, the same on every worker,
    so without this all workers would draw the same sampling noise for different sentences,
    and a delayed update's micro-batches would continue one stream. Micro-batch k of worker r
    gets global index g = k * workers + r and seed + update + g * SEED_STRIDE; g = 0 keeps
    fairseq's own seed, so a 1-worker run without --update-freq is unchanged, and 2 workers
    draw exactly what 1 worker with --update-freq 2 draws.

    Args:
        seed: int, the run's --seed.
    Attributes:
        seed: int, the run's --seed.
    """

    def __init__(self, seed: int):
        self.seed = seed
        self._micro_batch = -1

    def index(self, new_step: bool) -> int:
        """Advance the micro-batch counter and return the global index of the micro-batch
        about to run.

        Args:
            new_step: bool, True for the first micro-batch of a trainer step (resets the
                counter to 0), False for the next one of the same step.
        Returns:
            int >= 0, g = k * workers + rank for this worker's k-th micro-batch of the step.
        """
        self._micro_batch = 0 if new_step else self._micro_batch + 1
        workers, rank = world()
        return self._micro_batch * workers + rank

    def reseed(self, update_num: int, new_step: bool):
        """Seed torch (CPU and CUDA, fairseq's utils.set_torch_seed) for the micro-batch
        about to run: seed + update_num + g * SEED_STRIDE, g = `index(new_step)`; g = 0
        leaves fairseq's own seed + update_num in place.

        Args:
            update_num: int >= 0, the trainer's update number.
            new_step: bool, as for `index`.
        Returns:
            None.
        """
        index = self.index(new_step)
        if index:  # index 0 already has fairseq's seed + update_num
            utils.set_torch_seed(self.seed + update_num + index * SEED_STRIDE)
