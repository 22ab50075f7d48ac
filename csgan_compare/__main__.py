"""csgan-compare (= python -m csgan_compare) --size {tiny,quickstart,cpu,gpu-short,gpu}
[--prepared DIR] [--out DIR] [--jobs N] [--bf16]"""

import argparse
import os
import warnings
from dataclasses import replace
from pathlib import Path

from csgan_tools import CommandError, add_tokenize_option, refuse_as_one_line

from .arms import TRAINED_ARMS, Arm
from .corpus import CORPUS, ROOT
from .recipe import Recipe
from .sizes import SIZES


def parse_args(argv=None):
    p = argparse.ArgumentParser(
        prog="csgan-compare",
        description="Train the start (MLE to convergence), the continued-MLE controls and the "
                    "adversarial arms from it over several seeds, score each at its best "
                    "validation checkpoint and validation-chosen length penalty with "
                    "sacreBLEU, compare arms at the seed level (mean difference, 95% "
                    "interval, paired t-test over seeds, Holm) and draw the curves.")
    p.add_argument("--size", choices=sorted(SIZES), default="cpu")
    p.add_argument("--prepared", type=Path,
                   help="a `csgan-prepare` output (default: prepare the "
                        "bundled es-en Bible corpus at the size's settings)")
    p.add_argument("--out", type=Path, help="results.json, table.md, figures "
                                            "(default: results/compare-SIZE)")
    p.add_argument("--work", type=Path, help="data, checkpoints, logs "
                                             "(default: work/compare-SIZE)")
    p.add_argument("--seeds", type=int, help="training seeds per arm (default: the size's)")
    p.add_argument("--arms", help="comma-separated trained arms (default: the size's): "
                                  + ",".join(a.value for a in TRAINED_ARMS))
    p.add_argument("--jobs", type=int, default=1,
                   help="independent jobs (arms x seeds, decodes) run at once as separate "
                        "processes, sharing the GPU(s) round-robin; on a CPU at most the "
                        "cores available, the size's threads divided among them (default 1)")
    add_tokenize_option(p)
    p.add_argument("--bf16", action="store_true",
                   help="train and decode in bfloat16 (fairseq's --bf16; GPUs only)")
    return p.parse_args(argv)


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


@refuse_as_one_line("csgan-compare")
def main(argv=None):
    args = parse_args(argv)
    # fairseq 0.12 / hydra / torch deprecation notices would bury the progress lines; every
    # run's full log (warnings included) is in WORK/logs
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", category=UserWarning)
    size = SIZES[args.size]
    if args.seeds is not None:
        if args.seeds < 1:
            raise CommandError(f"--seeds must be >= 1, got {args.seeds}")
        size = replace(size, seeds=args.seeds)
    if args.arms:
        names = [a.strip() for a in args.arms.split(",") if a.strip()]
        bad = [a for a in names if a not in {arm.value for arm in TRAINED_ARMS}]
        if bad or not names:
            raise CommandError(f"--arms: unknown arm(s) {bad}; choose from "
                    + ",".join(a.value for a in TRAINED_ARMS))
        size = replace(size, arms=tuple(Arm(a) for a in names))
    import torch

    gpu = torch.cuda.is_available()
    if gpu and args.jobs < 1:
        raise CommandError(f"--jobs {args.jobs}: must be at least 1")
    if not gpu and not 1 <= args.jobs <= cores():
        raise CommandError(f"--jobs {args.jobs}: must be between 1 and the {cores()} CPU cores "
                "available (no GPU here; more processes than cores only slow each other)")
    if args.bf16 and not gpu:
        raise CommandError("--bf16 needs a GPU (none is visible here)")
    if args.prepared is not None and not (args.prepared / "prepare.json").is_file():
        raise CommandError(f"--prepared {args.prepared}: no prepare.json there "
                "(expected a `csgan-prepare` output)")
    # in a checkout, results/ and work/ are the repository's; installed, the current directory's
    base = ROOT if CORPUS.is_dir() else Path.cwd()
    if args.prepared is None and not CORPUS.is_dir():
        raise CommandError(f"the bundled corpus ({CORPUS}) comes with a checkout of csgan-nmt, "
                "not with the installed package: give --prepared DIR (a csgan-prepare output)")
    recipe = Recipe(size, out=args.out or base / "results" / f"compare-{size.name}",
                    work=args.work or base / "work" / f"compare-{size.name}",
                    prepared=args.prepared, precision=("--bf16",) if args.bf16 else (),
                    tokenize=args.tokenize)
    # refused before training, not after
    import csgan_nmt.bleu_tokenize as bleu_tokenize

    bleu_tokenize.choose(recipe.corpus().target_lang if args.prepared else "en", args.tokenize)
    if args.prepared:
        bleu_tokenize.check_references(recipe.references("valid"), recipe.corpus().target_lang,
                                       args.tokenize)
    recipe.run(jobs=args.jobs)


if __name__ == "__main__":
    main()
