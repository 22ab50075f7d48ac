"""`--csgan-stage auto` through the fairseq CLI: all three stages in one run, phases of the
adversarial cycle, and kill -9 and the same command again inside every stage, with each
rollout policy."""

import re

import torch

from helpers import kill_after_checkpoint, logged, run_cli, train_args

# MLE for 6 updates, D for its budget of 2 updates (xi = 0.99 is out of reach: in auto mode
# the budget moves on to the adversarial stage), then adversarial with cheap rollouts.
AUTO = ["--csgan-stage", "auto", "--mle-updates", "6", "--d-target-accuracy", "0.99",
        "--d-max-updates", "2", "--d-eval-interval", "2", "--d-heldout-size", "20",
        "--rollouts", "2", "--rollout-stride", "3", "--rollout-max-len", "25",
        "--max-tokens", "400", "--reward-lambda", "0.7"]


def stage_entries(log):
    return [(m.group(1), int(m.group(2)))
            for m in re.finditer(r"entering stage '(\w+)' at update (\d+)", log)]


def test_auto_runs_all_three_stages_in_one_run(tiny_data, tmp_path):
    proc = run_cli(train_args(tiny_data / "bin", tmp_path, *AUTO, "--max-update", "16",
                              "--rollout-policy", "delayed", "--rollout-update-rate", "0.5"))
    log = proc.stdout + proc.stderr
    entries = stage_entries(log)
    assert "csgan: in stage 'mle' since update 0" in log
    assert entries == [("discriminator", 6), ("adversarial", 8)]  # --mle-updates, D budget
    assert logged(log, "csgan_stage")[:6] == [0] * 6
    assert "budget --d-max-updates 2 ran out" in log
    assert logged(log, "num_updates")[-1] == 16
    # the adversarial cycle (1 PG, 1 teacher forcing, 1 D) logged all of its metrics
    for key in ("pg_loss", "reward", "rollout_share", "d_acc", "nll_loss", "d_heldout_acc"):
        assert logged(log, key), f"{key} was not logged"
    state = torch.load(tmp_path / "checkpoint_last.pt", map_location="cpu", weights_only=False)
    assert state["model"]["stage_state"].tolist()[:2] == [2, 8]  # adversarial since update 8
    # the delayed rollout policy is saved with G and D (its update rule: tests/test_task.py)
    assert "rollout_policy.decoder.fc_out.weight" in state["model"]


def test_delayed_rollout_policy_update_rule():
    from argparse import Namespace

    from fairseq.data import Dictionary
    from fairseq.models.lstm import LSTMModel

    import csgan_nmt  # noqa: F401
    from csgan_nmt.model import CSGANModel
    from csgan_nmt.discriminator import CNNDiscriminator, DiscriminatorConfig
    from csgan_nmt.rnnsearch import rnnsearch

    d = Dictionary()
    for i in range(10):
        d.add_symbol(f"w{i}")
    args = Namespace(encoder_embed_dim=8, encoder_hidden_size=8, decoder_embed_dim=8,
                     decoder_hidden_size=8, decoder_out_embed_dim=8, criterion="x",
                     max_source_positions=64, max_target_positions=64)
    rnnsearch(args)
    task = Namespace(source_dictionary=d, target_dictionary=d)
    model = CSGANModel(LSTMModel.build_model(args, task),
                       CNNDiscriminator(DiscriminatorConfig(), d, d), keep_rollout_policy=True)
    assert all(not p.requires_grad for p in model.rollout_policy.parameters())
    old = [p.clone() for p in model.rollout_policy.parameters()]
    with torch.no_grad():
        for p in model.generator.parameters():
            p.add_(1.0)
    model.update_rollout_policy(0.8)
    for before, p_roll, p_gen in zip(old, model.rollout_policy.parameters(),
                                     model.generator.parameters()):
        assert torch.allclose(p_roll, 0.8 * before + 0.2 * p_gen)


def load(path):
    return torch.load(path, map_location="cpu", weights_only=False)


def assert_same_state(a, b, where=""):
    """Tensors bitwise equal, everything else equal, through nested dicts and lists."""
    if isinstance(a, torch.Tensor):
        assert isinstance(b, torch.Tensor) and torch.equal(a, b), where
    elif isinstance(a, dict):
        assert a.keys() == b.keys(), where
        for k in a:
            assert_same_state(a[k], b[k], f"{where}.{k}")
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b)):
            assert_same_state(x, y, f"{where}[{i}]")
    else:
        assert a == b, (where, a, b)


def assert_same_run_end(a, b):
    """G, D, the delayed policy, the stage, and the state of all three optimisers and the
    scheduler, bitwise."""
    assert_same_state(a["model"], b["model"], "model")
    assert_same_state(a["last_optimizer_state"], b["last_optimizer_state"], "optimizer")
    for key in ("num_updates", "lr_scheduler_state"):
        assert_same_state(a["optimizer_history"][-1][key], b["optimizer_history"][-1][key], key)


# MLE to update 6, D pretraining for 6 updates (to 12), then adversarial cycles; a checkpoint
# every 2 updates. Each kill lands at least 2 updates before its stage ends.
KILLS = [(0, 2), (1, 8), (2, 14)]  # (stage, kill after the checkpoint at >= this update)


def test_kill_9_in_every_stage_then_the_same_command_ends_like_an_uninterrupted_run(
        tiny_data, tmp_path):
    options = [*AUTO, "--d-max-updates", "6", "--rollout-policy", "delayed",
               "--rollout-update-rate", "0.5", "--save-interval-updates", "2",
               "--max-update", "18"]
    killed, straight = tmp_path / "killed", tmp_path / "straight"
    command = train_args(tiny_data / "bin", killed, *options)
    resumed_at = None
    for stage, min_updates in KILLS:
        log = kill_after_checkpoint(command, min_updates)  # the same command every time
        if resumed_at is not None:  # it went on from the last checkpoint, nothing earlier
            assert f"@ {resumed_at} updates" in log
            assert logged(log, "num_updates")[0] == resumed_at + 1
        saved = load(killed / "checkpoint_last.pt")
        resumed_at = saved["optimizer_history"][-1]["num_updates"]
        assert saved["model"]["stage_state"][0] == stage, (stage, resumed_at)
    log = run_cli(command).stdout
    assert f"@ {resumed_at} updates" in log and logged(log, "num_updates")[-1] == 18
    assert stage_entries(log) == [], "the resumed run restarted a stage instead of resuming"
    assert logged(log, "pg_loss")
    run_cli(train_args(tiny_data / "bin", straight, *options))
    a, b = load(killed / "checkpoint_last.pt"), load(straight / "checkpoint_last.pt")
    assert_same_run_end(a, b)
    d_adv = a["last_optimizer_state"]["discriminator_adversarial"]["state"]
    before = saved["last_optimizer_state"]["discriminator_adversarial"]["state"]
    before = int(before[0]["step"]) if before else 0  # D's first adversarial update may follow
    assert d_adv and int(d_adv[0]["step"]) > before  # RMSProp went on after the resume
