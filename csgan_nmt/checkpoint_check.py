"""Refuse an unreadable or unsafe checkpoint before training starts, naming the file.

Checked: the checkpoint a training run resumes from (checkpoint_last.pt in --save-dir, or
--restore-file) and --generator-checkpoint. A truncated file (a copy cut short, a full disk)
has no zip directory; a damaged one fails the CRC of one of its entries; a file that pickles
a global outside torch's weights-only allowlist (extended by serialization.py with exactly
argparse.Namespace and numpy scalars) is refused, since unpickling it could run code.
Weights-only loading is never turned off. A damaged checkpoint_last.pt beside an intact
checkpoint_E_U.pt (a kill while fairseq copied one to the other) is repaired from it.
"""

import glob
import logging
import os
import pickle
import re
import shutil
import zipfile

import torch

from .refusal import InputError


logger = logging.getLogger(__name__)


class CheckpointError(InputError):
    """A checkpoint that cannot be used: unreadable, truncated, corrupted, unsafe, or
    missing (a --restore-file); a Refusal, printed as one line.

    Args:
        message: str, one line naming the option, the file and what to do.
        damaged: bool, True for a truncated or corrupted file (which
            `check_or_repair_last` may repair), False for an unsafe one.
    Attributes:
        damaged: bool, as given.
    """

    def __init__(self, message, damaged=True):
        super().__init__(message)
        self.damaged = damaged  # truncated or corrupted, not unsafe


def check_checkpoint(path: str, option: str):
    """Refuse a checkpoint file unless it is complete, undamaged and loadable with
    weights-only unpickling (torch's allowlist, extended by serialization.py).

    A zip checkpoint is read through (every entry's CRC checked) and then loaded with
    mmap, so the check costs little more than reading the file once.

    Args:
        path: str, the checkpoint file (a missing one is refused as unreadable).
        option: str, where the path came from (e.g. "--generator-checkpoint"), for the
            message.
    Returns:
        None.
    Raises:
        CheckpointError: damaged=True for a truncated, corrupted or otherwise unreadable
        file; damaged=False for one that pickles a global outside the allowlist.
    """
    where = f"{option} {path}"
    is_zip = zipfile.is_zipfile(path)
    if is_zip:
        try:
            with zipfile.ZipFile(path) as archive:
                damaged = archive.testzip()  # reads every entry and checks its CRC
        except (zipfile.BadZipFile, OSError, EOFError) as e:
            raise CheckpointError(f"{where} cannot be read, truncated or corrupted "
                                  f"({_first_line(e)}); {_REMEDY}") from None
        if damaged is not None:
            raise CheckpointError(f"{where} is corrupted: its entry {damaged} fails its CRC "
                                  f"check (a damaged copy?); {_REMEDY}")
    try:
        # mmap: the storages are mapped, not read, so checking costs little beyond testzip
        torch.load(path, map_location="cpu", weights_only=True, mmap=is_zip)
    except pickle.UnpicklingError as e:
        unsafe = re.search(r"GLOBAL (\S+)", str(e))
        if unsafe:
            raise CheckpointError(
                f"{where} pickles {unsafe.group(1)}, which weights-only loading refuses "
                "(unpickling it could run arbitrary code); csgan_nmt loads fairseq "
                "checkpoints (tensors, numbers, argparse.Namespace) and never turns "
                "weights-only loading off", damaged=False) from None
        raise CheckpointError(f"{where} cannot be read ({_first_line(e)}); {_REMEDY}") from None
    except (RuntimeError, EOFError, OSError, ValueError) as e:
        raise CheckpointError(f"{where} cannot be read, truncated or corrupted "
                              f"({_first_line(e)}); {_REMEDY}") from None


_REMEDY = ("remove it, or pass --restore-file with an earlier checkpoint (a path relative to "
           "the working directory, not --save-dir), or retrain the generator checkpoint")


def _first_line(error) -> str:
    return str(error).strip().splitlines()[0][:200]


def resume_checkpoint(checkpoint_cfg):
    """The checkpoint fairseq-train will resume from, by fairseq's rule
    (checkpoint_utils.load_checkpoint), model-parallel shard suffixes and
    --finetune-from-model aside.

    Args:
        checkpoint_cfg: the run's `checkpoint` config (restore_file, save_dir,
            checkpoint_suffix).
    Returns:
        (path, what): str path and str description (LAST for checkpoint_last.pt in
        --save-dir, "--restore-file" for another --restore-file); None when the default
        checkpoint_last.pt does not exist (a fresh run).
    Raises:
        CheckpointError: when a --restore-file other than the default does not exist
        (fairseq would silently train from scratch).
    """
    suffix = checkpoint_cfg.get("checkpoint_suffix", "") or ""
    restore_file = checkpoint_cfg.restore_file
    if restore_file == "checkpoint_last.pt":
        path = os.path.join(checkpoint_cfg.save_dir, f"checkpoint_last{suffix}.pt")
        return (path, LAST) if os.path.isfile(path) else None
    path = restore_file.replace(".pt", suffix + ".pt") if suffix else restore_file
    if not os.path.isfile(path):
        raise CheckpointError(f"--restore-file {path}: no such file (the path is relative to "
                              "the working directory, not --save-dir)")
    return path, "--restore-file"


LAST = "the checkpoint to resume from (--save-dir)"


def check_or_repair_last(path, what, save_dir, may_repair=True):
    """Check the checkpoint to resume from. A damaged (not an unsafe) checkpoint_last.pt is
    replaced by the newest intact checkpoint of --save-dir where `may_repair` (one worker:
    several would race on the file): fairseq writes checkpoint_E_U.pt atomically and then
    *copies* it to checkpoint_last.pt, so a kill during that copy leaves a truncated
    checkpoint_last.pt beside an intact file with the same content.

    "Newest" is by modification time among --save-dir's checkpoint*.pt; the repair copies
    it over `path` atomically and logs a warning.

    Args:
        path: str, the checkpoint to check (`resume_checkpoint`'s path).
        what: str, its description (`resume_checkpoint`'s); only LAST may be repaired.
        save_dir: str, --save-dir, where a replacement is looked for.
        may_repair: bool, False with several workers: then the newest intact checkpoint
            is only named in the error.
    Returns:
        None.
    Raises:
        CheckpointError: when the checkpoint is unsafe, is not LAST, has no intact
        replacement, or may not be repaired.
    """
    try:
        check_checkpoint(path, what)
        return
    except CheckpointError as error:
        if what != LAST or not error.damaged:
            raise
        candidate = _newest_intact(save_dir, path)
        if candidate is None:
            raise
        if not may_repair:
            raise CheckpointError(f"{error}; the newest intact checkpoint is {candidate}: "
                                  f"copy it to {path}") from None
        logger.warning(f"csgan: {error}. Resuming from the newest intact checkpoint, "
                       f"{candidate}, copied to {path}")
        shutil.copyfile(candidate, path + ".tmp")
        os.replace(path + ".tmp", path)  # atomic: never a half-written checkpoint_last.pt


def _newest_intact(save_dir, damaged_path):
    for candidate in sorted(glob.glob(os.path.join(save_dir, "checkpoint*.pt")),
                            key=os.path.getmtime, reverse=True):
        if os.path.samefile(candidate, damaged_path):
            continue
        try:
            check_checkpoint(candidate, "a candidate")
        except CheckpointError:
            continue
        return candidate
    return None


def saved_stage(path):
    """The training stage a csgan_nmt checkpoint was saved in (its model's stage buffer).

    Args:
        path: str, a checkpoint file (already checked, or checked by the caller later).
    Returns:
        stages.Stage, or None when the file cannot be read or holds no stage buffer (a plain
        fairseq checkpoint).
    """
    from .stages import Stage

    try:
        state = torch.load(path, map_location="cpu", weights_only=True, mmap=True)
    except Exception:  # damaged or unsafe: the resume check names it
        return None
    buffer = (state.get("model") or {}).get("stage_state")
    return Stage(int(buffer[0])) if buffer is not None else None
