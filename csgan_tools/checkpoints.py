"""Reading and writing csgan_nmt checkpoints for the commands: the checks made before a
checkpoint is read (complete, undamaged, weights-only loadable, a csgan_nmt one), the stage
it records, and a write that leaves either the whole file or nothing.
"""

import os
import tempfile
from pathlib import Path

from . import CommandError

CSGAN_TASK = "csgan_nmt"
# the stage buffer's values (csgan_nmt.stages.Stage), by name
STAGE_NAMES = {0: "mle", 1: "discriminator", 2: "adversarial"}


class ExportError(CommandError):
    """csgan-export's refusal of a bad input or output; the message names the file or
    option. A CommandError: printed as one line by `refuse_as_one_line` (exit status 1)."""


def training_stage(state):
    """The stage a checkpoint's run stopped in, and the --csgan-stage it was asked for.

    Args:
        state: dict, a loaded checkpoint: a csgan_nmt one (its stage buffer and task
            config) or one csgan-export wrote (its extra_state record); any other.
    Returns:
        (stage, requested): str "mle", "discriminator" or "adversarial", or None when the
        checkpoint records none (a plain fairseq model); str --csgan-stage or None.
    """
    exported = (state.get("extra_state") or {}).get("csgan_export") or {}
    if "stage" in exported:
        return exported["stage"], exported.get("csgan_stage")
    buffer = (state.get("model") or {}).get("stage_state")
    if buffer is None:
        return None, None
    requested = ((state.get("cfg") or {}).get("task") or {}).get("csgan_stage")
    return STAGE_NAMES.get(int(buffer[0]), str(int(buffer[0]))), requested


def read_csgan_checkpoint(path: Path):
    """IN's state, after checking that it is a complete, safe csgan_nmt checkpoint.

    Args:
        path: Path of the checkpoint file.
    Returns:
        dict, the checkpoint as torch.load returns it (weights only, on the CPU): "cfg",
        "model" (CSGANModel state dict, `generator.*` weights among them), ...
    Raises:
        ExportError: when `path` does not exist or is a directory; when `check_checkpoint`
            refuses it (truncated, corrupted, or pickling a global outside the allowlist);
            when its task is not csgan_nmt or it holds no generator weights (with a hint
            for a plain fairseq translation checkpoint).
    """
    from csgan_nmt.checkpoint_check import CheckpointError, check_checkpoint
    import torch

    if not path.exists():
        raise ExportError(f"{path} does not exist")
    if path.is_dir():
        raise ExportError(f"{path} is a directory (a checkpoint file is needed; a "
                          "directory is accepted with --average N)")
    try:
        check_checkpoint(str(path), "csgan-export")
    except CheckpointError as e:
        raise ExportError(str(e)) from None
    state = torch.load(path, map_location="cpu", weights_only=True)
    from csgan_nmt.model import GENERATOR_PREFIX

    task = task_name(state)
    generator = [k for k in state.get("model", {}) if k.startswith(GENERATOR_PREFIX)]
    if task != CSGAN_TASK or not generator:
        hint = (" (it is a plain fairseq checkpoint already: fairseq loads it as it is)"
                if task == "translation" else "")
        raise ExportError(f"{path} is not a csgan_nmt checkpoint: its task is {task!r} "
                          f"and it holds {len(generator)} generator weights{hint}")
    return state


def task_name(state):
    """The task a loaded fairseq checkpoint was trained with (hydra cfg or legacy args).

    Args:
        state: dict, a checkpoint as torch.load returns it.
    Returns:
        str, the task's name (cfg["task"]["_name"], or the legacy args' `task`), or None
        when the checkpoint records none.
    """
    cfg = state.get("cfg")
    if cfg is not None:
        return (cfg.get("task") or {}).get("_name")
    return getattr(state.get("args"), "task", None)


def write_atomically(state, out: Path):
    """torch.save `state` to `out` atomically: to a temporary file in out's directory
    (flushed and fsync'ed), checked for globals torch's weights-only loader would refuse
    (torch >= 2.5), given the permissions open() would give, then renamed onto `out`. On
    any failure the temporary file is removed and `out` is left untouched.

    Args:
        state: dict, the checkpoint to write.
        out: Path of the file to write (its directory must exist).
    Returns:
        None.
    Raises:
        ExportError: when `state` would pickle a global outside the weights-only allowlist
            (nothing is written).
        OSError: from writing or renaming, let through.
    """
    import torch

    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            torch.save(state, fh)
            fh.flush()
            os.fsync(fh.fileno())
        # (torch < 2.5 has no such check, and does not load weights-only by default either)
        check = getattr(torch.serialization, "get_unsafe_globals_in_checkpoint", None)
        unsafe = check(tmp) if check else []
        if unsafe:  # a bug of ours: fairseq without the plugin could not load it
            raise ExportError(f"the export would pickle {unsafe}; nothing written")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 -> what open() would have given
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
