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
from pathlib import Path

from . import refuse_as_one_line
from .averaging import average, checkpoints_to_average, read_generators
from .checkpoints import STAGE_NAMES, ExportError, write_atomically

# architectures the plugin registers -> the fairseq model arch they configure
PLUGIN_ARCHS = {"rnnsearch": "lstm"}
# the plugin's options that fairseq's translation task and G's model do not have
_CSGAN_ONLY_PREFIXES = ("d_", "rmsprop_")
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
