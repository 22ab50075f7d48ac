"""csgan-self-train: reward-filtered self-training of G on your data (ReST, Gulcehre et al.,
2023; RAFT, Dong et al., 2023).

    csgan-self-train DATA --checkpoint CKPT --save-dir DIR [--grow-steps 1] [--keep best]
        [--thresholds 0] [--improve-updates 200] [--grow-beam 0] [--retrain-discriminator]
        -- --user-dir "$(csgan-user-dir)" --task csgan_nmt --arch ... [fairseq-train options]

Every Grow step samples K translations of every training source from G (the task's
--samples-per-source, the policy gradient's length caps --rollout-max-len*), optionally
with the best of a beam of --grow-beam, and scores them with the policy gradient's reward
(--reward-lambda, --reward-baseline, --unfinished-penalty: lambda > 0 asks the checkpoint's
D; --reward-type constant gives every candidate the same reward, so `best` keeps the first
sample of every source: self-training without a reward, the control). Every Improve step keeps the candidates whose reward reaches the next quantile of
--thresholds (`csgan_nmt.self_training.keep`), writes them as a second training shard beside
the references (DIR/growG/improveI/data: the data's files linked, the kept pairs as
`trainN`), and fine-tunes G by MLE for --improve-updates updates with fairseq-train
(`--csgan-stage mle`, the options after `--`: the criterion and label smoothing of your
start; Improve step n, counted from 0 over the whole run, runs with --seed plus n, so that
each step sees its own batch order). With --retrain-discriminator, D is pretrained again against the new G to its
--d-target-accuracy between Grow steps (`--csgan-stage discriminator`).

Everything is recorded in DIR/self_training.json (what each step kept: how many, the mean
reward of all candidates, of each source's best and of the kept; the checkpoints), written
after every step; a rerun skips the steps already done. The last checkpoint is the record's
"checkpoint".
"""

import argparse
import shutil
import time
import warnings
from pathlib import Path
from typing import Callable, List, Optional

from . import (CommandError, fairseq_options, fairseq_runs, refuse_as_one_line,
               split_at_dashes, write_json)
from .progress import Progress
from .self_train_steps import grow_step, write_improve_data

PROGRAM = "csgan-self-train"
RECORD = "self_training.json"
# options the command sets for each fairseq-train run; given after `--` they would be ignored
OWN_OPTIONS = ("--save-dir", "--restore-file", "--csgan-stage", "--max-update",
               *fairseq_options.FRESH_START)


def parse_args(argv=None):
    """The command's options and the fairseq-train options after `--`.

    Args:
        argv: list of str (None: sys.argv[1:]).
    Returns:
        argparse.Namespace with data, checkpoint, save_dir (Path), grow_steps, improve_updates,
        grow_beam, grow_max_tokens (int), keep (str), thresholds (list of float),
        retrain_discriminator (bool), fairseq (list of str).
    Raises:
        SystemExit: status 2 for a bad option (argparse).
        CommandError: a threshold outside [0, 1) or falling, a count below its minimum, an
            option after `--` that the command sets itself, or no --task csgan_nmt there.
    """
    ours, fairseq_argv = split_at_dashes(argv)
    p = argparse.ArgumentParser(prog=PROGRAM, description=__doc__.split("\n")[0],
                                epilog="fairseq-train options (model, criterion, --lr, "
                                "--max-tokens, --samples-per-source, --reward-lambda, ...) "
                                "follow `--`.")
    p.add_argument("data", type=Path, help="fairseq binarised data directory (train, valid)")
    p.add_argument("--checkpoint", type=Path, required=True,
                   help="csgan_nmt checkpoint to start from (with a pretrained D when "
                        "--reward-lambda > 0)")
    p.add_argument("--save-dir", type=Path, required=True)
    p.add_argument("--grow-steps", type=int, default=1, help="Grow steps (decodes of the "
                   "training sources), each followed by its Improve steps")
    p.add_argument("--keep", choices=["best", "all"], default="best",
                   help="best: each source's best candidate if it reaches the threshold; "
                        "all: every candidate that reaches it")
    p.add_argument("--thresholds", default="0",
                   help="comma-separated quantiles in [0, 1) of a Grow step's rewards, one "
                        "Improve step each, not falling (ReST's rising threshold); 0 keeps "
                        "every finished candidate")
    p.add_argument("--improve-updates", type=int, default=200,
                   help="MLE updates of every Improve step")
    p.add_argument("--grow-beam", type=int, default=0,
                   help="add the best of a beam search of this size to every source's "
                        "candidates (0: samples only)")
    p.add_argument("--grow-max-tokens", type=int, default=4000,
                   help="source tokens per Grow batch")
    p.add_argument("--retrain-discriminator", action="store_true",
                   help="pretrain D again against the new G between Grow steps")
    args = p.parse_args(ours)
    args.fairseq = fairseq_argv
    try:
        args.thresholds = [float(q) for q in args.thresholds.split(",")]
    except ValueError:
        raise CommandError(f"--thresholds {args.thresholds}: not a comma-separated list of "
                           "numbers") from None
    check_plan(args.thresholds, args.keep, grow_steps=args.grow_steps,
               improve_updates=args.improve_updates, grow_beam=args.grow_beam,
               grow_max_tokens=args.grow_max_tokens)
    check_fairseq_options(fairseq_argv)
    return args


def check_plan(thresholds, keep_mode, **counts):
    """Refuse a self-training plan before anything runs (the command's options, or
    `self_train`'s arguments from a recipe).

    Args:
        thresholds: sequence of float quantiles, one Improve step each.
        keep_mode: str, "best" or "all".
        **counts: grow_steps, improve_updates, grow_max_tokens (each >= 1) and grow_beam
            (>= 0), ints.
    Returns:
        None.
    Raises:
        CommandError: naming the first option out of range: a quantile outside [0, 1),
            thresholds that fall or are empty, an unknown --keep, a count below its minimum.
    """
    thresholds = list(thresholds)
    if not thresholds or any(not 0.0 <= q < 1.0 for q in thresholds):
        raise CommandError(f"--thresholds: every quantile must be in [0, 1), got {thresholds}")
    if thresholds != sorted(thresholds):
        raise CommandError(f"--thresholds must not fall from one Improve step to the next, "
                           f"got {thresholds}")
    if keep_mode not in ("best", "all"):
        raise CommandError(f"--keep must be best or all, got {keep_mode}")
    for name, value in counts.items():
        low = 0 if name == "grow_beam" else 1
        if value < low:
            raise CommandError(f"--{name.replace('_', '-')} must be >= {low}, got {value}")


def check_fairseq_options(fairseq_argv: List[str]):
    """Refuse fairseq-train options the command sets itself, and a task other than
    csgan_nmt.

    Args:
        fairseq_argv: list of str, the options after `--`.
    Returns:
        None.
    Raises:
        CommandError: naming the first option the command sets, or the missing task.
    """
    for arg in fairseq_argv:
        if arg.split("=")[0] in OWN_OPTIONS:
            raise CommandError(f"{arg.split('=')[0]} is set by {PROGRAM} for every run; leave "
                               "it out after `--`")
    if "--task" not in fairseq_argv or \
            fairseq_argv[fairseq_argv.index("--task") + 1:][:1] != ["csgan_nmt"]:
        raise CommandError("the fairseq-train options after `--` need --task csgan_nmt (and "
                           "--user-dir \"$(csgan-user-dir)\")")


def reward_settings(data: Path, fairseq_argv: List[str]):
    """The task's options that the Grow step reads, parsed from the fairseq-train options
    the way fairseq-train parses them.

    Args:
        data: the data directory.
        fairseq_argv: list of str, the options after `--`.
    Returns:
        the csgan_nmt task's config (CSGANConfig, validated when the task is set up):
        samples_per_source, reward_lambda, reward_baseline, unfinished_penalty,
        rollout_max_len*, seed.
    Raises:
        SystemExit: status 2 from fairseq's parser on a bad option.
    """
    from fairseq import options
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf

    args = options.parse_args_and_arch(options.get_training_parser(),
                                       input_args=[str(data), *fairseq_argv])
    return convert_namespace_to_omegaconf(args).task


def self_train(data: Path, checkpoint: Path, save_dir: Path, fairseq_argv: List[str],
               grow_steps: int = 1, keep_mode: str = "best", thresholds=(0.0,),
               improve_updates: int = 200, grow_beam: int = 0, grow_max_tokens: int = 4000,
               retrain_discriminator: bool = False,
               train: Callable = fairseq_runs.train, show_progress: bool = True,
               say: Optional[Callable[[str], None]] = print) -> dict:
    """Grow and Improve, resumable: the steps recorded in SAVE_DIR/self_training.json are
    not run again.

    Args:
        data: the data directory (binarised; train and valid splits).
        checkpoint: csgan_nmt checkpoint to start from.
        save_dir: the run's directory (created).
        fairseq_argv: list of str, fairseq-train options of every run (model, criterion,
            optimizer, --lr, --max-tokens, the task's reward options).
        grow_steps: int >= 1.
        keep_mode: "best" or "all" (csgan_nmt.self_training.Keep).
        thresholds: sequence of float quantiles in [0, 1), not falling: one Improve step
            each.
        improve_updates: int >= 1, MLE updates per Improve step.
        grow_beam: int >= 0, the beam whose best joins every source's candidates (0: none).
        grow_max_tokens: int, source tokens per Grow batch.
        retrain_discriminator: bool, pretrain D again between Grow steps.
        train: callable (argv, log path) -> exit status, fairseq-train.
        show_progress: tqdm bars in the Grow steps.
        say: callable for one-line progress messages (None: silent).
    Returns:
        the record (also in SAVE_DIR/self_training.json): {"settings": {...}, "steps":
        [{"name", "kind" (grow, improve or discriminator), "checkpoint", "seconds", and for
        improve `write_improve_data`'s statistics}], "checkpoint": str, the last
        checkpoint}.
    Raises:
        TrainingError: (a CommandError) when a fairseq-train run fails (its log named).
    """
    import json

    fairseq_argv = [str(a) for a in fairseq_argv]
    check_plan(thresholds, keep_mode, grow_steps=grow_steps, improve_updates=improve_updates,
               grow_beam=grow_beam, grow_max_tokens=grow_max_tokens)
    check_fairseq_options(fairseq_argv)
    save_dir.mkdir(parents=True, exist_ok=True)
    record_path = save_dir / RECORD
    settings = {"data": str(data), "checkpoint": str(checkpoint), "grow_steps": grow_steps,
                "keep": keep_mode, "thresholds": list(thresholds),
                "improve_updates": improve_updates, "grow_beam": grow_beam,
                "retrain_discriminator": retrain_discriminator, "fairseq": list(fairseq_argv)}
    record = {"settings": settings, "steps": [], "checkpoint": str(checkpoint)}
    if record_path.exists():
        try:
            old = json.loads(record_path.read_text(encoding="utf-8"))
        except ValueError:
            old = None  # unreadable: start over
        if old and old.get("settings") == settings:
            record = old
        elif old:
            raise CommandError(f"{record_path} records another run's settings; give another "
                               "--save-dir or remove it")
    done = {step["name"]: step for step in record["steps"]}
    cfg = reward_settings(data, fairseq_argv)
    source_lang, target_lang = cfg.source_lang, cfg.target_lang
    if source_lang is None or target_lang is None:
        from fairseq.data import data_utils

        source_lang, target_lang = data_utils.infer_language_pair(str(data))
    current = Path(record["checkpoint"])
    say = say or (lambda _message: None)

    def finish(step):
        record["steps"].append(step)
        record["checkpoint"] = step["checkpoint"]
        write_json(record_path, record)
        return Path(step["checkpoint"])

    def run(name, argv_extra, d_pretraining=False, total=None):
        log = save_dir / "logs" / f"{name.replace('/', '.')}.log"
        log.parent.mkdir(exist_ok=True)
        log.unlink(missing_ok=True)
        shutil.rmtree(save_dir / name / "checkpoints", ignore_errors=True)
        argv = [*argv_extra[:1], *fairseq_argv, *argv_extra[1:],
                "--save-dir", save_dir / name / "checkpoints"]
        # live progress of the fairseq run (csgan_tools.progress) where `train` takes it
        status = (train(argv, log, Progress(f"{save_dir.name}/{name}", total)) if total
                  else train(argv, log))
        return fairseq_runs.check_status(name, status, log, d_pretraining), log

    for g in range(1, grow_steps + 1):
        name = f"grow{g}"
        if name not in done:
            say(f"[{PROGRAM}] {name}: {cfg.samples_per_source} samples"
                f"{f' + the best of beam {grow_beam}' if grow_beam else ''} of every "
                f"training source from {current}")
            t0 = time.time()
            log = save_dir / "logs" / f"{name}.log"
            log.parent.mkdir(exist_ok=True)
            with fairseq_runs.logging_to(log):  # fairseq's loading messages, off the screen
                path = grow_step(current, data, cfg, grow_beam, grow_max_tokens,
                                 save_dir / name, show_progress)
            finish({"name": name, "kind": "grow", "grown": str(path),
                    "checkpoint": str(current), "seconds": round(time.time() - t0, 1)})
        grown_path = Path(next(s for s in record["steps"] if s["name"] == name)["grown"])
        for i, quantile in enumerate(thresholds, 1):
            name = f"grow{g}/improve{i}"
            if name in done:
                continue
            t0 = time.time()
            stats = write_improve_data(data, grown_path, keep_mode, quantile,
                                       save_dir / name, source_lang, target_lang)
            say(f"[{PROGRAM}] {name}: kept {stats['kept']} of {stats['candidates']} "
                f"candidates ({stats['kept_sources']} of {stats['sources']} sources) at "
                f"reward >= {stats['tau']:.4f} (quantile {quantile}); mean reward "
                f"{stats['reward_mean']:.4f} -> kept {stats['reward_kept_mean']:.4f}; "
                f"{improve_updates} MLE updates")
            # fairseq 0.12's default --upsample-primary -1 breaks a training set of two
            # shards (numpy.tile of a negative count): the references count once unless the
            # options say otherwise
            upsample = ([] if "--upsample-primary" in fairseq_argv
                        else ["--upsample-primary", 1])
            # each Improve step its own batch order (fairseq shuffles by --seed and epoch,
            # and every step starts at epoch 1): --seed plus the step's index
            step_seed = cfg.seed + (g - 1) * len(thresholds) + (i - 1)
            status, log = run(name, [stats["data"], "--csgan-stage", "mle",
                                     *fairseq_options.fresh_start(current),
                                     "--max-update", improve_updates, *upsample,
                                     "--seed", step_seed], total=improve_updates)
            current = finish(dict(stats, name=name, kind="improve", log=str(log),
                                  checkpoint=str(save_dir / name / "checkpoints" / "checkpoint_last.pt"),
                                  seconds=round(time.time() - t0, 1)))
        name = f"grow{g}/discriminator"
        if retrain_discriminator and g < grow_steps and name not in done:
            say(f"[{PROGRAM}] {name}: D pretrained again against the new G")
            t0 = time.time()
            status, log = run(name, [data, "--csgan-stage", "discriminator",
                                     *fairseq_options.fresh_start(current),
                                     "--max-update", 100000000],
                              d_pretraining=True, total=cfg.d_max_updates)
            current = finish({"name": name, "kind": "discriminator", "log": str(log),
                              "target_reached": status == 0,
                              "checkpoint": str(save_dir / name / "checkpoints" /
                                                "checkpoint_last.pt"),
                              "seconds": round(time.time() - t0, 1)})
    say(f"[{PROGRAM}] done: {record['checkpoint']} (record: {record_path})")
    return record


@refuse_as_one_line(PROGRAM)
def main(argv=None):
    """The csgan-self-train command (`self_train` with the parsed options).

    Args:
        argv: list of str (None: sys.argv[1:]).
    Returns:
        None (exit status 0).
    Raises:
        SystemExit: status 1 after one line ``csgan-self-train: error: MESSAGE`` for a
            CommandError; status 2 for a bad option (argparse, fairseq's parser).
    """
    args = parse_args(argv)
    warnings.filterwarnings("ignore", category=UserWarning)  # hydra's deprecation notices
    if not args.checkpoint.is_file():
        raise CommandError(f"--checkpoint {args.checkpoint}: no such file")
    if not args.data.is_dir():
        raise CommandError(f"{args.data}: no such data directory")
    self_train(args.data, args.checkpoint, args.save_dir, args.fairseq, args.grow_steps,
               args.keep, args.thresholds, args.improve_updates, args.grow_beam,
               args.grow_max_tokens, args.retrain_discriminator)


if __name__ == "__main__":
    main()
