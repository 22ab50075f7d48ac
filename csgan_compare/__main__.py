"""csgan-compare (= python -m csgan_compare) --size {tiny,quickstart,cpu,gpu} [--prepared DIR] [--out DIR]"""

import argparse
import sys
import warnings
from dataclasses import replace
from pathlib import Path

from .arms import TRAINED_ARMS, Arm
from .recipe import CORPUS, ROOT, Recipe
from .sizes import SIZES


def parse_args(argv=None):
    p = argparse.ArgumentParser(
        prog="csgan-compare",
        description="Train the start (MLE to convergence), continued-MLE control and the "
                    "adversarial arms from it, score them on the test set with sacreBLEU, "
                    "paired bootstrap against start and control, and draw the curves.")
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
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    # fairseq 0.12 / hydra / torch deprecation notices would bury the progress lines; every
    # run's full log (warnings included) is in WORK/logs
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", category=UserWarning)
    size = SIZES[args.size]
    if args.seeds is not None:
        if args.seeds < 1:
            sys.exit(f"error: --seeds must be >= 1, got {args.seeds}")
        size = replace(size, seeds=args.seeds)
    if args.arms:
        names = [a.strip() for a in args.arms.split(",") if a.strip()]
        bad = [a for a in names if a not in {arm.value for arm in TRAINED_ARMS}]
        if bad or not names:
            sys.exit(f"error: --arms: unknown arm(s) {bad}; choose from "
                     + ",".join(a.value for a in TRAINED_ARMS))
        size = replace(size, arms=tuple(Arm(a) for a in names))
    if args.prepared is not None and not (args.prepared / "prepare.json").is_file():
        sys.exit(f"error: --prepared {args.prepared}: no prepare.json there "
                 "(expected a `csgan-prepare` output)")
    # in a checkout, results/ and work/ are the repository's; installed, the current directory's
    base = ROOT if CORPUS.is_dir() else Path.cwd()
    if args.prepared is None and not CORPUS.is_dir():
        sys.exit(f"error: the bundled corpus ({CORPUS}) comes with a checkout of csgan-nmt, "
                 "not with the installed package: give --prepared DIR (a csgan-prepare output)")
    recipe = Recipe(size, out=args.out or base / "results" / f"compare-{size.name}",
                    work=args.work or base / "work" / f"compare-{size.name}",
                    prepared=args.prepared)
    recipe.run()


if __name__ == "__main__":
    main()
