"""Refuse an unreadable or unsafe checkpoint before training starts, naming the file.

Checked: the checkpoint a training run resumes from (checkpoint_last.pt in --save-dir, or
--restore-file) and --generator-checkpoint. A truncated file (a copy cut short, a full disk)
has no zip directory; a damaged one fails the CRC of one of its entries; a file that pickles
a global outside torch's weights-only allowlist (extended by serialization.py with exactly
argparse.Namespace and numpy scalars) is refused, since unpickling it could run code.
Weights-only loading is never turned off.
"""

import os
import pickle
import re
import zipfile

import torch


class CheckpointError(ValueError):
    pass


def check_checkpoint(path: str, option: str):
    """Raise CheckpointError unless `path` is a complete, undamaged, weights-only loadable
    torch checkpoint. `option` names where the path came from, for the message."""
    where = f"{option} {path}"
    is_zip = zipfile.is_zipfile(path)
    if is_zip:
        with zipfile.ZipFile(path) as archive:
            damaged = archive.testzip()  # reads every entry and checks its CRC
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
                "weights-only loading off") from None
        raise CheckpointError(f"{where} cannot be read ({_first_line(e)}); {_REMEDY}") from None
    except (RuntimeError, EOFError, OSError, ValueError) as e:
        raise CheckpointError(f"{where} cannot be read, truncated or corrupted "
                              f"({_first_line(e)}); {_REMEDY}") from None


_REMEDY = ("remove it, or pass --restore-file with an earlier checkpoint_E_U.pt, or retrain "
           "the generator checkpoint")


def _first_line(error) -> str:
    return str(error).strip().splitlines()[0][:200]


def resume_checkpoint(checkpoint_cfg):
    """(path, what it is) of the checkpoint fairseq-train will resume from, or None: fairseq's
    rule (checkpoint_utils.load_checkpoint), model-parallel shard suffixes aside."""
    suffix = checkpoint_cfg.get("checkpoint_suffix", "") or ""
    restore_file = checkpoint_cfg.restore_file
    if restore_file == "checkpoint_last.pt":
        path = os.path.join(checkpoint_cfg.save_dir, f"checkpoint_last{suffix}.pt")
        what = "the checkpoint to resume from (--save-dir)"
    else:
        path = restore_file.replace(".pt", suffix + ".pt") if suffix else restore_file
        what = "--restore-file"
    return (path, what) if os.path.isfile(path) else None
