"""Shared fixtures: a tiny real-data binarisation and helpers to run the fairseq CLIs."""

import gzip
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "data" / "bible-kjv-rv1909"
BIN_DIR = Path(sys.executable).parent

# A CPU-sized generator and discriminator: fast enough for the suite, real enough to learn.
TINY_GENERATOR = [
    "--arch", "rnnsearch", "--encoder-embed-dim", "32", "--encoder-hidden-size", "32",
    "--decoder-embed-dim", "32", "--decoder-hidden-size", "32",
    "--decoder-out-embed-dim", "32", "--dropout", "0.0",
]
TINY_DISCRIMINATOR = ["--d-embed-dim", "16", "--d-kernel-sizes", "1,2,3",
                      "--d-num-filters", "16,16,16", "--d-dropout", "0.0"]


def cli_env():
    env = dict(os.environ)
    env["PATH"] = f"{BIN_DIR}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = f"{REPO}{os.pathsep}{env.get('PYTHONPATH', '')}"
    # tiny models: one thread per process; two threads on a busy 2-core box ran 10-30x slower
    env["OMP_NUM_THREADS"] = "1"
    return env


def run_cli(args, check=True, timeout=600):
    """Run a fairseq console script from this environment; return the CompletedProcess."""
    proc = subprocess.run(
        [str(BIN_DIR / args[0]), *map(str, args[1:])], cwd=REPO, env=cli_env(),
        capture_output=True, text=True, timeout=timeout,
    )
    if check and proc.returncode != 0:
        raise AssertionError(
            f"{args[0]} exited {proc.returncode}\n--- stdout\n{proc.stdout[-4000:]}"
            f"\n--- stderr\n{proc.stderr[-4000:]}"
        )
    return proc


def train_args(data_bin, save_dir, *extra, generator=TINY_GENERATOR, optimizer="csgan"):
    """fairseq-train arguments for the tiny csgan_nmt setup (callers add stage options)."""
    return [
        "fairseq-train", data_bin, "--user-dir", REPO / "csgan_nmt", "--task", "csgan_nmt",
        *generator, *TINY_DISCRIMINATOR, "--optimizer", optimizer, "--lr", "0.005",
        "--criterion", "label_smoothed_cross_entropy", "--label-smoothing", "0.1",
        "--max-tokens", "1500", "--save-dir", save_dir, "--cpu", "--seed", "1",
        "--log-format", "simple", "--log-interval", "1", "--no-progress-bar",
        "--num-workers", "0", "--required-batch-size-multiple", "1", *extra,
    ]


def logged(text, key):
    """Values of `key=...` (train_inner) or `| key value` (epoch / valid lines) in a log."""
    pattern = rf"(?:\b{key}=|\| {key} )(-?[0-9.]+(?:e-?\d+)?)"
    return [float(v) for v in re.findall(pattern, text)]


def write_slice(dest, sizes):
    """The first N lines of each bundled split, gzipped like the original."""
    dest.mkdir(parents=True, exist_ok=True)
    for split, n in sizes.items():
        for lang in ("es", "en"):
            with gzip.open(BUNDLED / f"{split}.{lang}.gz", "rt", encoding="utf-8") as fh:
                lines = [line for _, line in zip(range(n), fh)]
            with gzip.open(dest / f"{split}.{lang}.gz", "wt", encoding="utf-8") as fh:
                fh.writelines(lines)
    return dest


@pytest.fixture
def one_thread():
    """In-process tiny models: one intra-op thread is faster, and ~10x faster on a busy CPU."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="session")
def tiny_data(tmp_path_factory):
    """Real es->en slice (1200 train, 80 valid, 60 test pairs), sentencepiece 600, binarised."""
    from preprocess.prepare import main as prepare

    root = tmp_path_factory.mktemp("tiny")
    raw = write_slice(root / "raw", {"train": 1200, "valid": 80, "test": 60})
    dest = root / "prepared"
    assert prepare([str(a) for a in (
        "--source-lang", "es", "--target-lang", "en", "--trainpref", raw / "train",
        "--validpref", raw / "valid", "--testpref", raw / "test", "--destdir", dest,
        "--vocab-size", "600", "--joined-dictionary", "--workers", "1",
    )]) == 0
    return dest
