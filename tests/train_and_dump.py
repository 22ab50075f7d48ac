"""fairseq-train (same arguments), then this worker's final G and D saved to
$CSGAN_DUMP_DIR/rank<R>.pt: only rank 0 writes checkpoints, and the 2-worker test needs
every worker's weights to compare them."""

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


if __name__ == "__main__":
    train.Trainer = RecordingTrainer
    sys.argv[0] = "fairseq-train"
    train.cli_main()
    trainer = trainers[-1]
    dump = os.path.join(os.environ["CSGAN_DUMP_DIR"], f"rank{trainer.data_parallel_rank}.pt")
    torch.save(trainer.get_model().state_dict(), dump)
