"""Break the code on purpose, once per formula and decision, and check that a test fails.

    python tools/mutation_check.py [--drop-in | --learning | --statistics | --inputs |
        --preprocess | --long | --twins | --docs]
        [--only ID ...] [--out FILE.md]

Each mutation replaces one snippet of csgan_nmt/, csgan_tools/, csgan_compare/ or preprocess/
(a swap, a dropped term, an off-by-one, a removed call) in a scratch copy of the repository
(the working tree is never touched), runs the fast in-process test files there with
`pytest -x`, and records the first test that FAILED (errors at collection do not count).
The unmutated copy must pass first. A mutation that no test catches is reported as SURVIVED
and makes the script exit 1. Run it inside the environment; it takes about 15 minutes (one
pytest run per mutation, stopped at the first failure).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# the mutations, set by set, and the tests each set runs (tools/mutations.py)
sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutations import MUTATIONS, SETS, TESTS  # noqa: E402


def run_tests(root, tests):
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONDONTWRITEBYTECODE="1",
               CSGAN_CODE_UNDER_TEST=str(root))  # the installed commands run this copy
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:warnings",
                           "-p", "no:cacheprovider", *tests], cwd=root, env=env,
                          capture_output=True, text=True)
    # a failing test, or an error in a test's fixture (a 2-worker run that crashed), but
    # not an error at collection (a mutation that does not even import)
    failed = re.findall(r"^(?:FAILED (\S+)|ERROR (\S+::\S+))", proc.stdout, re.M)
    failed = [a or b for a, b in failed]
    return proc.returncode, failed[:1], time.perf_counter() - started


def scratch_copy(dest):
    """The files the tests need (pytest.ini puts this copy first on sys.path, ahead of the
    editable install's finder, which maps the package names to the working tree)."""
    for name in ("pytest.ini", "csgan_nmt", "csgan_compare", "tests", "benchmarks", "csgan_tools",
                 "preprocess", "data", "recipes", "setup.py", "constraints.txt", "README.md",
                 "CHANGELOG.md", "docs", "results"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, dest / name)
    # preprocess/ is installed as csgan_preprocess (setup.py's package_dir): under that name
    # the copy must be found first on sys.path, or the finder would import the working tree's
    (dest / "csgan_preprocess").symlink_to("preprocess", target_is_directory=True)


def snippet_problems(groups):
    """The mutations (of any group) whose file is missing or whose snippet does not occur
    exactly once in the working tree: one line each."""
    problems = []
    for mutations in groups:
        for mid, _, name, original, _ in mutations:
            path = REPO / (name if "/" in name else f"csgan_nmt/{name}")
            count = path.read_text().count(original) if path.is_file() else None
            if count != 1:
                problems.append(f"{mid}: {name} " + ("is missing" if count is None else
                                                     f"holds the snippet {count} times"))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", help="mutation ids to run (default: all)")
    parser.add_argument("--tests", nargs="*", default=TESTS,
                        help="pytest node ids to run (default: the fast in-process files)")
    parser.add_argument("--out", help="write a Markdown table here")
    for name, (_, _, help_text) in SETS.items():
        parser.add_argument("--" + name.replace("_", "-"), action="store_true", help=help_text)
    parser.add_argument("--snippets", action="store_true",
                        help="only check that every mutation of every set names a file whose "
                             "snippet occurs exactly once (no tests run)")
    args = parser.parse_args()
    sets = SETS
    if args.snippets:
        stale = snippet_problems([MUTATIONS, *(muts for muts, _, _ in sets.values())])
        print("\n".join(stale) or "every snippet occurs exactly once")
        sys.exit(1 if stale else 0)
    chosen = [name for name in sets if getattr(args, name)]
    if len(chosen) > 1:
        raise SystemExit("choose one of " + ", ".join("--" + n.replace("_", "-") for n in sets))
    mutations = sets[chosen[0]][0] if chosen else MUTATIONS
    if args.tests == TESTS and chosen:
        args.tests = sets[chosen[0]][1]
    rows, survived = [], []
    with tempfile.TemporaryDirectory(prefix="csgan-mutations-") as tmp:
        root = Path(tmp)
        scratch_copy(root)
        code, failed, seconds = run_tests(root, args.tests)
        if code != 0:
            raise SystemExit(f"the unmutated tests fail ({failed}); fix them first")
        print(f"{'(no mutation)':22s} all tests pass ({seconds:.0f} s)", flush=True)
        for mid, what, name, original, mutated in mutations:
            if args.only and mid not in args.only:
                continue
            path = root / (name if "/" in name else f"csgan_nmt/{name}")
            text = path.read_text()
            if text.count(original) != 1:
                raise SystemExit(f"{mid}: the snippet occurs {text.count(original)} times "
                                 f"in {name}")
            path.write_text(text.replace(original, mutated))
            code, failed, seconds = run_tests(root, args.tests)
            path.write_text(text)
            caught = code != 0 and failed
            if not caught:
                survived.append(mid)
            rows.append((mid, what, name, failed[0] if caught else "SURVIVED"))
            print(f"{mid:22s} {'caught by ' + failed[0] if caught else 'SURVIVED'} "
                  f"({seconds:.0f} s)", flush=True)
    if args.out:
        lines = ["| mutation | what it breaks | file | first failing test |",
                 "| --- | --- | --- | --- |"]
        lines += [f"| `{m}` | {w} | `{f}` | `{t}` |" for m, w, f, t in rows]
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text("\n".join(lines) + "\n")
    if survived:
        print(f"survived: {', '.join(survived)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
