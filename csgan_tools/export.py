"""csgan-export: the generator of a csgan_nmt checkpoint as a plain fairseq translation
checkpoint, which fairseq-generate, fairseq-interactive and fairseq's hub interface load
without `--user-dir`.

    csgan-export IN.pt OUT.pt [--average N]

What changes against IN (a checkpoint of any stage of `--task csgan_nmt`):
- the model is G alone: `generator.*` weights with the prefix stripped; D, the delayed
  rollout policy and the stage buffer are dropped;
- task `translation` with the options fairseq's translation task has (data, languages,
  padding, positions, --eval-bleu ...); the csgan options are dropped;
- the architecture is G's own, as fairseq registers it: `rnnsearch` (registered by the
  plugin) becomes fairseq's `lstm` with the same resolved sizes, so G is rebuilt identically;
- no optimiser state, no `--optimizer csgan`, no `--user-dir`, no training metrics;
- nothing that torch >= 2.6's weights-only loader refuses (the model options are stored as a
  plain dict rather than fairseq's argparse.Namespace), so plain fairseq loads it with
  torch's default `weights_only=True` and no allowlist.

`--average N` first averages G's weights over N checkpoints (fairseq's
scripts/average_checkpoints.py, which is not installed with fairseq, for G alone): IN and
the N-1 checkpoints before it in IN's directory, numbered as fairseq numbers them
(`checkpoint_E_U.pt` by update, or `checkpointE.pt` by epoch); IN may also be the directory
(its N newest numbered checkpoints).

Every input is checked before anything is written (exists, complete, undamaged, weights-only
loadable, a csgan_nmt checkpoint, averaged checkpoints of the same G); the output is written
to a temporary file in OUT's directory and renamed onto OUT, so OUT is either the complete
export or untouched.
"""

import argparse
import os
import re
import tempfile
from collections import OrderedDict
from pathlib import Path

from . import CommandError, refuse_as_one_line

CSGAN_TASK = "csgan_nmt"
# architectures the plugin registers -> the fairseq model arch they configure
PLUGIN_ARCHS = {"rnnsearch": "lstm"}
# the plugin's options that fairseq's translation task and G's model do not have
_CSGAN_ONLY_PREFIXES = ("d_", "rmsprop_")
# the stage buffer's values (csgan_nmt.stages.Stage), by name
STAGE_NAMES = {0: "mle", 1: "discriminator", 2: "adversarial"}
_NUMBERED = [(re.compile(r"^checkpoint_(\d+)_(\d+)\.pt$"), "update"),
             (re.compile(r"^checkpoint(\d+)\.pt$"), "epoch")]


class ExportError(CommandError):
    """csgan-export's refusal of a bad input or output; the message names the file or
    option. A CommandError: printed as one line by `refuse_as_one_line` (exit status 1)."""


# ------------------------------------------------------------------ which checkpoints
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


# ------------------------------------------------------------------ reading
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


# ------------------------------------------------------------------ the plain config
def _plain(value):
    """The model options as a dict (fairseq pickles them as argparse.Namespace, which
    torch's weights-only loader refuses without an allowlist)."""
    return dict(vars(value)) if isinstance(value, argparse.Namespace) else dict(value)


def translation_cfg(cfg):
    """`cfg` of a plain fairseq translation run of G.

    The task becomes `translation` with only the options fairseq's TranslationConfig has
    (eval_bleu off, the language pair named when the data directory tells it); the model is
    G's (`rnnsearch` -> fairseq's `lstm`, the csgan options dropped), with an RNN's
    --max-*-positions raised to 100,000 on model and task; no user_dir, optimizer or
    lr_scheduler.

    Args:
        cfg: dict, the csgan_nmt checkpoint's "cfg" (with "task", "model" and "common";
            "model" a dict or an argparse.Namespace).
    Returns:
        dict, a new top-level config ("task", "model", "common" new dicts; the other
        sections those of `cfg`); the model options a dict, not a Namespace, so torch's
        weights-only loader accepts it.
    """
    from fairseq.tasks.translation import TranslationConfig
    from dataclasses import fields

    translation_fields = {f.name for f in fields(TranslationConfig)}
    plain = {key: value for key, value in cfg.items()}
    plain["task"] = {**{k: v for k, v in cfg["task"].items() if k in translation_fields},
                     "_name": "translation",
                     # validation BLEU is a training matter; left on, the hub would build its
                     # generator and detokeniser (moses needs sacremoses) at every load
                     "eval_bleu": False}
    _fill_language_pair(plain["task"])
    plain["model"] = _generator_model_cfg(_plain(cfg["model"]), translation_fields)
    _lift_positions(plain)
    plain["common"] = {**cfg["common"], "user_dir": None}
    plain["optimizer"] = None
    plain["lr_scheduler"] = None
    return plain


def _lift_positions(plain):
    """An RNN's --max-*-positions only filter sentences: the export raises them (model and
    task) to fairseq's lstm default, so that the hub translates a line of any length and
    fairseq-interactive one up to its own --max-source-positions / --max-target-positions
    (`csgan_nmt.positions`). Other architectures keep what they were trained with."""
    from csgan_nmt.positions import UNLIMITED_POSITIONS, positions_only_filter

    if positions_only_filter(plain["model"]):
        for part in ("model", "task"):
            for key in ("max_source_positions", "max_target_positions"):
                plain[part][key] = UNLIMITED_POSITIONS


def _fill_language_pair(task):
    """Name the languages, which fairseq otherwise infers from the training data's file
    names: so the hub and fairseq-interactive load the export from a directory holding only
    the model and its dictionaries. Left unset when the data directory is gone, or recorded
    as a relative path (it would name whatever lies there from this working directory)."""
    from fairseq.data import data_utils

    if task.get("source_lang") and task.get("target_lang"):
        return
    data = str(task.get("data") or "").split(":")[0]
    if data and Path(data).is_absolute() and Path(data).is_dir():
        src, tgt = data_utils.infer_language_pair(data)
        if src and tgt:
            task["source_lang"], task["target_lang"] = src, tgt


def _generator_model_cfg(model, translation_fields):
    from csgan_nmt.config import CSGANConfig
    from dataclasses import fields

    csgan_only = {f.name for f in fields(CSGANConfig)} - translation_fields
    arch = model.get("arch") or model.get("_name")
    arch = PLUGIN_ARCHS.get(arch, arch)
    kept = {k: v for k, v in model.items()
            if k not in csgan_only and not k.startswith(_CSGAN_ONLY_PREFIXES)}
    kept.update(_name=arch, arch=arch, task="translation", user_dir=None, optimizer=None,
                lr_scheduler=None)
    return kept


# ------------------------------------------------------------------ writing
def check_output(out: Path, inputs):
    """Refuse an output path csgan-export cannot or must not write, before anything is read.

    Args:
        out: Path of the checkpoint file to write.
        inputs: iterable of Path, the checkpoints read.
    Returns:
        None.
    Raises:
        ExportError: when `out` is a directory or one of `inputs`, or its directory does
            not exist or is not writable.
    """
    if out.is_dir():
        raise ExportError(f"output {out} is a directory; give the checkpoint file to write")
    if any(out.resolve() == p.resolve() for p in inputs):
        raise ExportError(f"output {out} is one of the checkpoints read; write elsewhere")
    parent = out.parent
    if not parent.is_dir():
        raise ExportError(f"output directory {parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportError(f"output directory {parent} is not writable")


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


def export(source: Path, out: Path, average_last: int = 1):
    """Write the plain checkpoint of G; returns a one-line summary.

    Every input is read and checked before `out` is written (`check_output`,
    `read_csgan_checkpoint`, `average`); `out` is written whole or not at all
    (`write_atomically`). The config, task state (the dictionaries' record that
    --generator-checkpoint compares) and update count come from the newest input.

    Args:
        source: Path of a csgan_nmt checkpoint, or of a save directory (its newest
            numbered checkpoints).
        out: Path of the plain fairseq checkpoint to write.
        average_last: int >= 1, the number of checkpoints G is averaged over (--average).
    Returns:
        str, "csgan-export: wrote OUT: G (ARCH, P parameters, update U[, averaged over N
        checkpoints], stage S) as a fairseq 'translation' checkpoint", with a NOTE when
        the run was --csgan-stage auto and stopped before the adversarial stage.
    Raises:
        ExportError: a bad input or output (see `checkpoints_to_average`, `check_output`,
            `read_csgan_checkpoint`, `average`, `write_atomically`), or averaged
            checkpoints from different stages (0 MLE, 1 D, 2 adversarial).
    """
    from csgan_nmt.generator_checkpoint import RECORD_KEY

    inputs = checkpoints_to_average(source, average_last) if average_last != 1 or \
        source.is_dir() else [source]
    check_output(out, inputs)
    weights, stages, newest = read_generators(inputs)
    model = average(inputs, weights) if len(inputs) > 1 else weights[0]
    history = newest.get("optimizer_history") or [{}]
    num_updates = history[-1].get("num_updates", 0)
    plain = {
        "args": None,
        "cfg": translation_cfg(newest["cfg"]),
        "model": model,
        "criterion": None,
        "optimizer_history": [{"criterion_name": history[-1].get("criterion_name", ""),
                               "optimizer_name": "none (exported by csgan-export)",
                               "lr_scheduler_state": {}, "num_updates": num_updates}],
        # the dictionaries' content, which --generator-checkpoint compares (fairseq's
        # translation task merges task_state into its state container and ignores it)
        "task_state": {k: v for k, v in (newest.get("task_state") or {}).items()
                       if k == RECORD_KEY},
        "extra_state": {"csgan_export": {
            "from": [str(p) for p in inputs], "num_updates": num_updates,
            "stage": STAGE_NAMES.get(stages[-1], str(stages[-1])),
            "csgan_stage": ((newest.get("cfg") or {}).get("task") or {}).get("csgan_stage")}},
        "last_optimizer_state": None,
    }
    try:
        write_atomically(plain, out)
    except OSError as e:  # a full disk, a quota, a vanished directory: nothing written
        raise ExportError(f"cannot write {out}: {e.strerror or e}; nothing was written "
                          f"(free space or write elsewhere)") from None
    arch = plain["cfg"]["model"]["arch"]
    params = sum(t.numel() for t in model.values())
    averaged = f", averaged over {len(inputs)} checkpoints" if len(inputs) > 1 else ""
    stage = STAGE_NAMES.get(stages[-1], str(stages[-1]))
    requested = ((newest.get("cfg") or {}).get("task") or {}).get("csgan_stage")
    note = (f"; NOTE: its run (--csgan-stage auto) stopped in stage {stage}, before any "
            "adversarial update: this is not an adversarial model"
            if requested == "auto" and stage != "adversarial" else "")
    return (f"csgan-export: wrote {out}: G ({arch}, {params:,} parameters, update "
            f"{num_updates}{averaged}, stage {stage}) as a fairseq 'translation' "
            f"checkpoint{note}")


def parse_args(argv=None):
    """csgan-export's command line.

    Args:
        argv: list of str, the arguments (None: sys.argv[1:]).
    Returns:
        argparse.Namespace: input, output (Path), average (int, default 1).
    Raises:
        SystemExit: status 2 with argparse's usage message on a bad option; 0 for -h.
    """
    p = argparse.ArgumentParser(
        prog="csgan-export",
        description="Write the generator of a csgan_nmt checkpoint as a plain fairseq "
                    "translation checkpoint (no discriminator, no optimiser state) that "
                    "fairseq-generate, fairseq-interactive and fairseq's hub interface load "
                    "without --user-dir.")
    p.add_argument("input", type=Path, help="a csgan_nmt checkpoint (any stage); with "
                                            "--average also its save directory")
    p.add_argument("output", type=Path, help="the plain checkpoint to write (e.g. model.pt)")
    p.add_argument("--average", type=int, default=1, metavar="N",
                   help="average G over the last N checkpoints, ending at INPUT "
                        "(checkpoint_E_U.pt or checkpointE.pt numbering)")
    return p.parse_args(argv)


@refuse_as_one_line("csgan-export")
def main(argv=None):
    """The csgan-export command: write G of a csgan_nmt checkpoint as a plain fairseq
    translation checkpoint (`export`) and print the one-line summary.

    Args:
        argv: list of str, the arguments (None: sys.argv[1:]).
    Returns:
        None (exit status 0).
    Raises:
        SystemExit: status 1 after one line ``csgan-export: error: MESSAGE`` on stderr for
            an ExportError (any CommandError); status 2 for a bad option (argparse).
    """
    args = parse_args(argv)
    print(export(args.input, args.output, args.average))


if __name__ == "__main__":
    main()
