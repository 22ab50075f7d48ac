"""Two CPU workers (gloo, fairseq's manual launch) run `--csgan-stage auto` through every stage
and phase: both end bitwise identical, switch stages at the same update, and match one worker
with --update-freq 2 (the same total batch). Killed and started again, they resume from
checkpoint_last.pt and end as the uninterrupted run; a staged run restores with
--restore-file --reset-optimizer."""

import re
import signal
import socket
import subprocess
import sys

import pytest
import torch

from helpers import REPO, cli_env, logged, train_args
from test_adversarial import AUTO, stage_entries

DUMP = REPO / "tests" / "train_and_dump.py"
# Every stage and phase: 6 MLE updates, D pretraining to its budget (2), then adversarial
# cycles (policy gradient, teacher forcing, D) with the delayed rollout policy.
OPTIONS = [*AUTO, "--rollout-policy", "delayed", "--rollout-update-rate", "0.5",
           "--max-update", "14", "--disable-validation"]
# The 1-worker run sees the same micro-batches with the same random streams; only float
# summation order may differ. Measured here: max |difference| = 0 (bitwise equal).
TOLERANCE = 1e-6


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch(args, dump_dir, *extra, poison=None):
    env = cli_env()
    env["CSGAN_DUMP_DIR"] = str(dump_dir)
    if poison:
        env["CSGAN_POISON"] = poison
    dump_dir.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen([sys.executable, str(DUMP), *map(str, [*args[1:], *extra])], cwd=REPO,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finish(proc, timeout=600):
    out, _ = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, out[-5000:]
    return out


def start_two_workers(args, dump_dir, poison=None):
    port = free_port()
    return [launch(args, dump_dir, "--distributed-world-size", "2",
                   "--distributed-backend", "gloo", "--distributed-no-spawn",
                   "--distributed-init-method", f"tcp://127.0.0.1:{port}",
                   "--ddp-backend", "legacy_ddp", "--distributed-rank", rank, poison=poison)
            for rank in (0, 1)]


def two_workers(args, dump_dir, poison=None):
    return [finish(proc) for proc in start_two_workers(args, dump_dir, poison)]


def kill_two_workers_after_checkpoint(args, dump_dir, min_updates):
    """Start two workers and SIGKILL both right after rank 0 saved a checkpoint at >=
    min_updates (as a node failure would); return rank 0's log."""
    workers = start_two_workers(args, dump_dir)
    seen = []
    try:
        for line in workers[0].stdout:
            seen.append(line)
            saved_at = re.search(r"Saved checkpoint .* @ (\d+) updates", line)
            if saved_at and int(saved_at.group(1)) >= min_updates:
                break
    finally:
        for proc in workers:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=60)
    assert workers[0].returncode == -signal.SIGKILL, "".join(seen[-30:])
    return "".join(seen)


def load(path):
    return torch.load(path, map_location="cpu", weights_only=True)


@pytest.fixture(scope="module")
def runs(tiny_data, tmp_path_factory):
    root = tmp_path_factory.mktemp("ddp")
    logs = two_workers(train_args(tiny_data / "bin", root / "save", *OPTIONS), root / "two")
    single = finish(launch(train_args(tiny_data / "bin", root / "single", *OPTIONS),
                           root / "one", "--update-freq", "2"))
    return logs, single, [load(root / "two" / f"rank{r}.pt") for r in (0, 1)], \
        load(root / "one" / "rank0.pt")


def test_two_workers_end_bitwise_identical_after_every_stage(runs):
    logs, _, (rank0, rank1), _ = runs
    assert "training on 2 devices" in logs[0]
    assert rank0.keys() == rank1.keys()
    assert any(k.startswith("discriminator.") for k in rank0)
    assert any(k.startswith("rollout_policy.") for k in rank0)
    for key in rank0:
        assert torch.equal(rank0[key], rank1[key]), key
    assert rank0["stage_state"].tolist()[:2] == [2, 8]  # adversarial since update 8


def test_two_workers_switch_stages_at_the_same_update(runs):
    logs, single, (rank0, rank1), _ = runs
    # fairseq logs INFO on rank 0 only; rank 1's stage record is in its weights
    assert stage_entries(logs[0]) == stage_entries(single) == [("discriminator", 6),
                                                               ("adversarial", 8)]
    assert rank0["stage_state"].tolist() == rank1["stage_state"].tolist()
    # D's held-out accuracy is summed over the workers: the figure the 1-worker run measured
    accuracy = [[line.split("accuracy ")[1].split()[0] for line in log.splitlines()
                 if "D held-out accuracy" in line] for log in (logs[0], single)]
    assert accuracy[0] and accuracy[0] == accuracy[1]


def test_two_workers_match_one_worker_with_the_same_total_batch(runs):
    _, _, (rank0, _), single = runs
    worst = max(float((rank0[k].double() - single[k].double()).abs().max())
                for k in rank0 if rank0[k].is_floating_point())
    print(f"\nmax |2 workers - 1 worker, --update-freq 2| = {worst:.3g}")
    assert worst < TOLERANCE


def test_a_nonfinite_loss_on_one_worker_is_skipped_there_and_the_workers_stay_identical(
        tiny_data, tmp_path):
    # update 2: rank 1's MLE loss is infinite (its micro-batch is dropped, rank 0's steps);
    # update 4: both are (no step anywhere, counted as a skipped update)
    args = train_args(tiny_data / "bin", tmp_path / "save", "--csgan-stage", "mle",
                      "--max-update", "6", "--disable-validation")
    logs = two_workers(args, tmp_path / "dump", poison="1:2,0:4,1:4")
    rank0, rank1 = (load(tmp_path / "dump" / f"rank{r}.pt") for r in (0, 1))
    for key in rank0:
        assert torch.equal(rank0[key], rank1[key]), key
        assert torch.isfinite(rank0[key].float()).all(), key
    skips = [line for line in logs[0].splitlines() if "skipped: non-finite" in line]
    assert len(skips) == 1 and "update 4 (teacher forcing)" in skips[0]
    # per update: rank 1's micro-batch at update 2, both at update 4; then the epoch's sum
    assert logged(logs[0], "nonfinite") == [1, 0, 2, 0, 3]
    assert logged(logs[0], "num_updates")[-1] == 6


def test_two_workers_killed_and_resumed_end_bitwise_as_the_uninterrupted_run(runs, tiny_data,
                                                                            tmp_path):
    # fairseq loads a checkpoint on rank 0 and broadcasts it, and rank 1's weights-only
    # unpickling refused the omegaconf config in it: the task makes every rank read it
    args = train_args(tiny_data / "bin", tmp_path / "save", *OPTIONS,
                      "--save-interval-updates", "5")
    first = kill_two_workers_after_checkpoint(args, tmp_path / "killed", min_updates=10)
    assert "training on 2 devices" in first
    logs = two_workers(args, tmp_path / "resumed")
    assert re.search(r"Loaded checkpoint .*checkpoint_last\.pt \(epoch \d+ @ 10 updates\)",
                     logs[0]), logs[0][-3000:]
    uninterrupted = runs[2][0]
    resumed = [load(tmp_path / "resumed" / f"rank{r}.pt") for r in (0, 1)]
    for key in uninterrupted:
        assert torch.equal(resumed[0][key], uninterrupted[key]), key
        assert torch.equal(resumed[1][key], uninterrupted[key]), key

    # the staged run's next stage: --restore-file --reset-optimizer on two workers
    staged = train_args(tiny_data / "bin", tmp_path / "staged", *AUTO, "--max-update", "2",
                        "--disable-validation", "--restore-file",
                        tmp_path / "save" / "checkpoint_last.pt", "--reset-optimizer")
    two_workers(staged, tmp_path / "restored")
    rank0, rank1 = (load(tmp_path / "restored" / f"rank{r}.pt") for r in (0, 1))
    for key in rank0:
        assert torch.equal(rank0[key], rank1[key]), key
    assert any(not torch.equal(rank0[key], uninterrupted[key]) for key in rank0)
