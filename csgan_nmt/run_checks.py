"""What a csgan_nmt training run would only trip over later, checked when fairseq sets up the
task and loads the data: the run's configuration (the DDP backend, the precision, the
optimizer's options, the checkpoint to resume from), an auto run whose budget ends in the
MLE stage, validation sentences longer than the positions or the batch limit, training
pairs fairseq would skip. `TrainingRunChecks` is a base of the task (task.py), which calls
them; the messages name the option, split, sentence and length.
"""

import atexit
import logging
import sys

import numpy as np

from . import mixed_precision
from .checkpoint_check import check_or_repair_last, resume_checkpoint, saved_stage
from .distributed import check_backend, load_checkpoints_on_every_worker
from .optimizer import check_optimizer_options
from .positions import first_longer
from .refusal import InputError, OptionError
from .stages import Requested, Stage

logger = logging.getLogger(__name__)


_AUTO_RUN = {"task": None}  # the process's latest --csgan-stage auto training run


def _say_at_exit(task):
    """Say at exit which stage the process's latest --csgan-stage auto run stopped in (one
    handler per process, however many tasks it built)."""
    if _AUTO_RUN["task"] is None:
        atexit.register(lambda: _AUTO_RUN["task"]._say_final_stage())
    _AUTO_RUN["task"] = task


class TrainingRunChecks:
    """The task's checks before training (a base of CSGANTranslationTask; reads its `cfg`,
    `schedule` and `datasets`)."""

    def _run_config(self):
        """The run's root config (the task config is a child of it), or None."""
        return self.cfg.__dict__.get("_parent")

    def _optimizer_name(self):
        """--optimizer of a training run; None where nothing is trained (fairseq-generate)."""
        root = self._run_config()
        optimizer = root.get("optimizer") if root is not None else None
        return optimizer.get("_name") if optimizer else None

    @staticmethod
    def _check_training_run(root):
        """What fairseq-train would only trip over later: a DDP backend that would not
        all-reduce the adversarial phases, an unsupported precision, an unreadable or unsafe
        checkpoint to resume from."""
        distributed = root.distributed_training
        check_backend(distributed.distributed_world_size, distributed.ddp_backend)
        load_checkpoints_on_every_worker(root)
        if (root.get("optimizer") or {}).get("_name") == "csgan":
            check_optimizer_options(root.optimizer)
        mixed_precision.check_precision(root.common)
        mixed_precision.keep_bf16_on_gpu(root.common)
        mixed_precision.refuse_fp16_without_cuda(root.common)
        mixed_precision.prepare(root.common)
        resume = resume_checkpoint(root.checkpoint)
        if resume is not None:
            check_or_repair_last(*resume, root.checkpoint.save_dir,
                                 may_repair=distributed.distributed_world_size == 1)

    def _required_run_config(self):
        root = self._run_config()
        if root is None or "optimization" not in root:
            raise RuntimeError("csgan: cannot reach the run configuration")
        return root

    def _check_auto_budget(self, root):
        """--csgan-stage auto with --max-update reached before --mle-updates would exit 0
        with an MLE model (no D, no adversarial update): refuse it now. (--max-epoch is
        checked when the training split is loaded, `_check_auto_epochs`.) Under auto, also
        say at the end of the run which stage it stopped in (`_say_final_stage`)."""
        if self.schedule.requested != Requested.AUTO:
            return
        if int(root.distributed_training.get("distributed_rank") or 0) == 0:
            _say_at_exit(self)
        max_update = int(root.optimization.get("max_update") or 0)
        if self._restored_past_mle(root):
            return  # a run restored past MLE goes on in its stage (a staged run)
        if 0 < max_update <= self.cfg.mle_updates:
            raise OptionError(
                f"csgan_nmt: --csgan-stage auto with --max-update {max_update} ends the run "
                f"in the MLE stage (D pretraining starts after --mle-updates "
                f"{self.cfg.mle_updates}): it would save an MLE model and no adversarial "
                "update; raise --max-update above --mle-updates, lower --mle-updates, or "
                "train MLE alone with --csgan-stage mle")

    @staticmethod
    def _restored_past_mle(root) -> bool:
        """Whether the run resumes or restores a checkpoint saved after the MLE stage."""
        resume = resume_checkpoint(root.checkpoint)
        return resume is not None and saved_stage(resume[0]) not in (None, Stage.MLE)

    def _check_auto_epochs(self, split):
        """--csgan-stage auto with --max-epoch: refuse when the epochs end within
        --mle-updates (updates per epoch counted as fairseq batches the split: --max-tokens,
        --batch-size, --required-batch-size-multiple, --update-freq, workers)."""
        root = self._run_config()
        max_epoch = int(root.optimization.get("max_epoch") or 0)
        if self.schedule.requested != Requested.AUTO or max_epoch <= 0:
            return
        if self._restored_past_mle(root):
            return  # restored past MLE: its epochs are not MLE updates
        dataset_cfg, dataset = root.dataset, self.datasets[split]
        indices = dataset.ordered_indices()
        if dataset.tgt_sizes is not None:  # the pairs fairseq keeps (as its iterator filters)
            over, _ = self._skipped_training_pairs(dataset)
            indices = indices[~over[indices]]
        if len(indices) == 0:
            return  # refused by _say_skipped_training_pairs
        batches = dataset.batch_by_size(
            indices, max_tokens=dataset_cfg.get("max_tokens"),
            max_sentences=dataset_cfg.get("batch_size"),
            required_batch_size_multiple=dataset_cfg.get("required_batch_size_multiple", 8))
        update_freq = int((root.optimization.get("update_freq") or [1])[0])
        workers = max(1, int(root.distributed_training.get("distributed_world_size") or 1))
        per_epoch = -(-len(batches) // (update_freq * workers))
        if max_epoch * per_epoch <= self.cfg.mle_updates:
            raise OptionError(
                f"csgan_nmt: --csgan-stage auto with --max-epoch {max_epoch} ends the run in "
                f"the MLE stage: {max_epoch} epoch(s) of split '{split}' are about "
                f"{max_epoch * per_epoch} updates ({per_epoch} per epoch), not more than "
                f"--mle-updates {self.cfg.mle_updates}; it would save an MLE model and no "
                "adversarial update; raise --max-epoch, lower --mle-updates, or train MLE "
                "alone with --csgan-stage mle")

    def _say_final_stage(self):
        """At the end of an auto run (atexit): one csgan line naming the stage it stopped
        in; a warning unless it reached the adversarial stage. The stage is also in every
        checkpoint (the model's stage buffer), which csgan-export and csgan-evaluate read."""
        stage = self.__dict__.get("_last_stage")
        if stage is None:  # refused, or nothing trained
            return
        line = (f"csgan: --csgan-stage auto stopped in stage {stage.name.lower()}"
                + ("" if stage == Stage.ADVERSARIAL else
                   " (it never reached the adversarial stage: the checkpoints hold "
                   + ("an MLE model" if stage == Stage.MLE else "G as MLE left it, with D")
                   + ")"))
        try:  # at exit: the logging handlers may be closed already
            sys.stderr.write(line + "\n")
            sys.stderr.flush()
        except (ValueError, OSError):
            pass

    def _batch_limits(self, valid):
        """(max tokens per batch or None, the option that sets it) of training batches
        (`valid` False) or validation batches (fairseq: --max-tokens-valid, defaulting to
        --max-tokens)."""
        dataset_cfg = self._run_config().get("dataset") or {}
        limit = dataset_cfg.get("max_tokens")
        limit = int(limit) if limit is not None else None
        valid_limit = dataset_cfg.get("max_tokens_valid")
        # (fairseq sets --max-tokens-valid to --max-tokens when it is not given)
        if valid and valid_limit is not None and int(valid_limit) != limit:
            return int(valid_limit), "--max-tokens-valid"
        return limit, "--max-tokens"

    def _check_validation_batch_limit(self, split):
        """fairseq batches a validation sentence of more tokens than the batch limit into no
        batch, and stops at its first validation (`AssertionError: Sentences lengths should
        not exceed max_tokens`, naming nothing): refuse it now, naming it."""
        limit, option = self._batch_limits(valid=True)
        if limit is None:
            return
        dataset = self.datasets[split]
        sizes = (np.maximum(dataset.src_sizes, dataset.tgt_sizes)
                 if dataset.tgt_sizes is not None else dataset.src_sizes)
        index = first_longer(sizes, limit)
        if index is not None:
            raise InputError(
                f"csgan: validation split '{split}' of {self.cfg.data}, sentence {index + 1}, "
                f"has {int(sizes[index])} tokens (with EOS, the longer side), more than "
                f"{option} {limit} tokens per batch: fairseq-train would stop on it at the "
                "first validation (--skip-invalid-size-inputs-valid-test does not leave it out: "
                "fairseq filters validation by positions only); raise --max-tokens-valid")

    def _skipped_training_pairs(self, dataset):
        """(mask of the training pairs fairseq-train leaves out: longer than --max-tokens or
        the positions, as its training iterator filters them; the reasons in words)."""
        limit, option = self._batch_limits(valid=False)
        limits = [(self.cfg.max_source_positions, "--max-source-positions", dataset.src_sizes),
                  (self.cfg.max_target_positions, "--max-target-positions", dataset.tgt_sizes)]
        if limit is not None:
            limits.append((limit, option, np.maximum(dataset.src_sizes, dataset.tgt_sizes)))
        over = np.zeros(len(dataset), dtype=bool)
        reasons = []
        for bound, name, sizes in limits:
            longer = np.asarray(sizes) > bound
            if longer.any():
                reasons.append(f"{int(longer.sum())} longer than {name} {bound}")
            over |= longer
        return over, reasons

    def _say_skipped_training_pairs(self, split):
        """fairseq-train leaves out every training pair longer than --max-tokens or the
        positions behind one warning of its own: say in one csgan line how many, and why;
        refuse when none would be left."""
        _, option = self._batch_limits(valid=False)
        dataset = self.datasets[split]
        if dataset.tgt_sizes is None:
            return
        over, reasons = self._skipped_training_pairs(dataset)
        skipped = int(over.sum())
        if skipped == len(dataset) and skipped:
            raise InputError(
                f"csgan: every one of the {skipped} pairs of split '{split}' of "
                f"{self.cfg.data} would be skipped ({'; '.join(reasons)} tokens with EOS): "
                f"raise {option} or the positions")
        if skipped:
            logger.warning(
                f"csgan: {skipped} of {len(dataset)} training pairs of split '{split}' "
                f"({100 * skipped / len(dataset):.1f}%) will be skipped by fairseq "
                f"({'; '.join(reasons)} tokens with EOS); raise {option} or the positions to "
                "train on them")

    def _check_validation_lengths(self, split):
        """fairseq-train stops at its first validation on a sentence longer than
        --max-source-positions / --max-target-positions: refuse it now, naming it."""
        dataset = self.datasets[split]
        for side, sizes, limit in (("source", dataset.src_sizes, self.cfg.max_source_positions),
                                   ("target", dataset.tgt_sizes, self.cfg.max_target_positions)):
            index = first_longer(sizes, limit)
            if index is not None:
                option = f"--max-{side}-positions"
                raise InputError(
                    f"csgan: validation split '{split}' of {self.cfg.data}, sentence "
                    f"{index + 1}, has {int(sizes[index])} {side} tokens (with EOS), "
                    f"more than {option} {limit}: fairseq-train would stop on it at the first "
                    f"validation; raise {option} (an RNN has no limit of its own), or pass "
                    "--skip-invalid-size-inputs-valid-test to leave such sentences out")
