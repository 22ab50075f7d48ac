"""Checkpoints written by an earlier layout of the plugin still load. The fixture
(tests/data/before-restructure, see its README) is an adversarial-stage checkpoint of a tiny
G and D with optimiser state and the delayed rollout policy, written by csgan-nmt 0.1.0
before the plugin's modules were renamed and its options regrouped: it resumes training,
and it exports to a plain fairseq model that fairseq-generate decodes without the plugin."""

import shutil
from pathlib import Path

import torch

from helpers import logged, run_cli, train_args

FIXTURE = Path(__file__).resolve().parent / "data" / "before-restructure"
# the options it was trained with (its README), the budget 2 updates further
OPTIONS = ["--csgan-stage", "auto", "--mle-updates", "6", "--d-target-accuracy", "0.99",
           "--d-max-updates", "2", "--d-eval-interval", "2", "--d-heldout-size", "10",
           "--rollouts", "2", "--rollout-stride", "3", "--rollout-max-len", "25",
           "--max-tokens", "400", "--reward-lambda", "0.7", "--rollout-policy", "delayed",
           "--rollout-update-rate", "0.5", "--no-epoch-checkpoints"]


def test_a_checkpoint_from_before_resumes_its_adversarial_stage(tmp_path):
    shutil.copy(FIXTURE / "checkpoint_last.pt", tmp_path / "checkpoint_last.pt")
    proc = run_cli(train_args(FIXTURE / "bin", tmp_path, *OPTIONS, "--max-update", "14"))
    log = proc.stdout + proc.stderr
    assert "checkpoint_last.pt (epoch 1 @ 12 updates)" in log and "csgan: in stage 'adversarial' since update 8" in log
    assert logged(log, "num_updates")[-1] == 14
    assert logged(log, "pg_loss") and logged(log, "d_acc")
    before = torch.load(FIXTURE / "checkpoint_last.pt", weights_only=True)["model"]
    after = torch.load(tmp_path / "checkpoint_last.pt", weights_only=True)["model"]
    assert set(after) == set(before)  # G, D, the rollout policy and the stage state
    assert after["stage_state"].tolist()[:2] == [2, 8]


def test_a_checkpoint_from_before_exports_to_plain_fairseq(tmp_path):
    run_cli(["csgan-export", FIXTURE / "checkpoint_last.pt", tmp_path / "model.pt"])
    proc = run_cli(["fairseq-generate", FIXTURE / "bin", "--path", tmp_path / "model.pt",
                    "--gen-subset", "test", "--beam", "2", "--batch-size", "16",
                    "--required-batch-size-multiple", "1", "--num-workers", "0", "--cpu"])
    assert sum(line.startswith("H-") for line in proc.stdout.splitlines()) == 10
