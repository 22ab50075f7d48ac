"""fairseq-train (same arguments), then this worker's final G and D saved to
$CSGAN_DUMP_DIR/rank<R>.pt: only rank 0 writes checkpoints, and the 2-worker test needs
every worker's weights to compare them. $CSGAN_POISON ("rank:update,...") makes the MLE
loss infinite on that worker at that update, to test the non-finite skip across workers."""

import os
import sys

import torch
from fairseq.trainer import Trainer

import fairseq_cli.train as train

trainers = []


class RecordingTrainer(Trainer):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        trainers.append(self)


def poison_mle_loss(spec):
    """Multiply label_smoothed_cross_entropy's loss by inf at the (rank, update) listed."""
    from fairseq.criterions.label_smoothed_cross_entropy import (
        LabelSmoothedCrossEntropyCriterion as Criterion)

    targets = {tuple(int(v) for v in item.split(":")) for item in spec.split(",")}
    forward = Criterion.forward

    def poisoned(self, model, sample, reduce=True):
        loss, sample_size, log = forward(self, model, sample, reduce)
        trainer = trainers[-1]
        if (trainer.data_parallel_rank, trainer.get_num_updates()) in targets:
            loss = loss * float("inf")
        return loss, sample_size, log

    Criterion.forward = poisoned


if __name__ == "__main__":
    train.Trainer = RecordingTrainer
    if os.environ.get("CSGAN_POISON"):
        poison_mle_loss(os.environ["CSGAN_POISON"])
    sys.argv[0] = "fairseq-train"
    train.cli_main()
    trainer = trainers[-1]
    dump = os.path.join(os.environ["CSGAN_DUMP_DIR"], f"rank{trainer.data_parallel_rank}.pt")
    torch.save(trainer.get_model().state_dict(), dump)
