"""Checkpoint averaging of G (csgan-export --average N, and the comparison's rule that judges
a run at G averaged over its last checkpoints): which checkpoints, and their mean.

Source: fairseq's scripts/average_checkpoints.py (for G alone), which is not installed with
fairseq.
"""

import re
from collections import OrderedDict
from pathlib import Path

from .checkpoints import ExportError, read_csgan_checkpoint, write_atomically

_NUMBERED = [(re.compile(r"^checkpoint_(\d+)_(\d+)\.pt$"), "update"),
             (re.compile(r"^checkpoint(\d+)\.pt$"), "epoch")]


def checkpoint_number(path: Path):
    """(kind, number) of a numbered fairseq checkpoint, or None."""
    for pattern, kind in _NUMBERED:
        match = pattern.match(path.name)
        if match:
            return kind, int(match.groups()[-1])
    return None


def checkpoints_to_average(path: Path, n: int):
    """The N checkpoints `--average N` averages, oldest first.

    A file: it and the N-1 checkpoints numbered before it in its directory, of the same
    numbering (`checkpoint_E_U.pt` by update U, or `checkpointE.pt` by epoch E); with
    N = 1 the file alone, numbered or not. A directory: its N highest-numbered
    checkpoints, by update where any is numbered so, else by epoch.

    Args:
        path: Path of a checkpoint file or of a save directory.
        n: int, the number of checkpoints (--average).
    Returns:
        List[Path] of n checkpoints, in increasing number (the last is the newest).
    Raises:
        ExportError: when n < 1, the file does not exist, a file is not numbered (n > 1),
            or fewer than n numbered checkpoints are found.
    """
    if n < 1:
        raise ExportError(f"--average must be >= 1, got {n}")
    if path.is_dir():
        numbered = [(checkpoint_number(p), p) for p in path.iterdir()
                    if checkpoint_number(p)]
        kinds = {kind for (kind, _), _ in numbered}
        kind = "update" if "update" in kinds else "epoch"
        last = None
    else:
        if not path.is_file():
            raise ExportError(f"{path} does not exist")
        if n == 1:
            return [path]
        number = checkpoint_number(path)
        if number is None:
            raise ExportError(
                f"--average {n}: {path} is not a numbered checkpoint (checkpoint_E_U.pt or "
                "checkpointE.pt), so 'the checkpoints before it' is undefined; give a "
                "numbered checkpoint or the directory")
        kind, last = number
        numbered = [(checkpoint_number(p), p) for p in path.parent.iterdir()
                    if checkpoint_number(p)]
    chosen = sorted((num, p) for (k, num), p in numbered
                    if k == kind and (last is None or num <= last))[-n:]
    if len(chosen) < n:
        found = ", ".join(p.name for _, p in chosen) or "none"
        raise ExportError(f"--average {n}: only {len(chosen)} {kind}-numbered checkpoint(s) "
                          f"up to {path} ({found}); save more with --save-interval-updates "
                          "and --keep-interval-updates, or average fewer")
    return [p for _, p in chosen]


def average(paths, weights):
    """The element-wise mean of G's weights (computed in float64, stored in each weight's
    own dtype); every checkpoint must hold the same G.

    Args:
        paths: list of Path, the checkpoints (for the messages), as many as `weights`.
        weights: list of mappings name -> tensor, G's weights of each checkpoint
            (`generator_weights`), oldest first.
    Returns:
        OrderedDict name -> tensor in the first checkpoint's order and each weight's shape
        and dtype: the mean for floating-point tensors, the newest (last) checkpoint's
        tensor for integer ones.
    Raises:
        ExportError: when two checkpoints differ in weight names or in a weight's shape.

    Source: fairseq's scripts/average_checkpoints.py (for G alone).
    """
    first_path, first = paths[0], weights[0]
    for path, w in zip(paths[1:], weights[1:]):
        if w.keys() != first.keys():
            missing = sorted(set(first) ^ set(w))[:3]
            raise ExportError(f"--average: {path} holds another generator than {first_path} "
                              f"(weights {missing} differ)")
        for name, tensor in w.items():
            if tensor.shape != first[name].shape:
                raise ExportError(f"--average: {name} is {tuple(tensor.shape)} in {path} "
                                  f"but {tuple(first[name].shape)} in {first_path}")
    averaged = OrderedDict()
    for name, tensor in first.items():
        if tensor.is_floating_point():
            mean = sum(w[name].double() for w in weights) / len(weights)
            averaged[name] = mean.to(tensor.dtype)
        else:  # integer buffers (none in fairseq's translation models): the newest
            averaged[name] = weights[-1][name]
    return averaged


def read_generators(inputs):
    """G's weights and stage of each checkpoint to average, read one whole checkpoint (with
    D and optimiser states) at a time.

    Args:
        inputs: list of Path, csgan_nmt checkpoints, oldest first.
    Returns:
        (weights, stages, newest): G's weights of each (`generator_weights`), each one's
        stage buffer (int: 0 MLE, 1 D, 2 adversarial), and the last one's whole state.
    Raises:
        ExportError: a refused checkpoint (`read_csgan_checkpoint`), or checkpoints of
            different stages.
    """
    from csgan_nmt.model import generator_weights

    weights, stages = [], []
    for path in inputs:
        newest = read_csgan_checkpoint(path)
        weights.append(generator_weights(newest["model"]))
        stages.append(int(newest["model"]["stage_state"][0]))
    if len(set(stages)) > 1:
        raise ExportError(f"--average: the checkpoints come from different stages "
                          f"({dict(zip((p.name for p in inputs), stages))}; 0 MLE, 1 D, "
                          "2 adversarial): average checkpoints of one stage")
    return weights, stages, newest


def average_generator(directory: Path, n: int, out: Path):
    """A csgan_nmt checkpoint whose G is averaged over the last `n` numbered checkpoints of
    a save directory (fewer when fewer are there): the newest one's state (D, options,
    stage, update count) with its `generator.*` weights replaced by the mean (`average`).
    What the comparison's checkpoint-averaging rule decodes; csgan-export --average makes
    the plain fairseq equivalent.

    Args:
        directory: Path of a save directory (checkpoint_E_U.pt files).
        n: int >= 2, the most checkpoints averaged.
        out: Path of the checkpoint to write (written whole, then renamed onto it).
    Returns:
        List[Path] of the checkpoints averaged, oldest first; [] (nothing written) when the
        directory holds fewer than two numbered checkpoints.
    Raises:
        ExportError: a damaged or foreign checkpoint, or checkpoints of different Gs or
            stages (`read_csgan_checkpoint`, `average`).
    """
    from csgan_nmt.model import GENERATOR_PREFIX

    numbered = sorted((checkpoint_number(p)[1], p) for p in Path(directory).iterdir()
                      if checkpoint_number(p) and checkpoint_number(p)[0] == "update")
    inputs = [p for _, p in numbered[-n:]]
    if len(inputs) < 2:
        return []
    weights, stages, newest = read_generators(inputs)
    averaged = average(inputs, weights)
    newest["model"] = OrderedDict(
        (k, averaged[k[len(GENERATOR_PREFIX):]] if k.startswith(GENERATOR_PREFIX) else v)
        for k, v in newest["model"].items())
    newest["extra_state"] = {**(newest.get("extra_state") or {}),
                             "averaged_from": [p.name for p in inputs]}
    try:
        write_atomically(newest, out)
    except OSError as e:  # full disk or quota: nothing written
        raise ExportError(f"cannot write {out}: {e.strerror or e}; nothing was written "
                          "(free space or write elsewhere)") from None
    return inputs
