"""Faults refused before training starts (unreadable, unsafe or mismatched checkpoints, data
without a target side) and numerical faults during training (non-finite losses and rewards
skipped, counted, and stopping a run that keeps producing them)."""

import os
import shutil

import pytest
import torch
from fairseq import metrics, tasks

from csgan_nmt.checkpoint_check import CheckpointError, check_checkpoint
from csgan_nmt.nonfinite import NonFiniteTraining
from helpers import build_trainer, train_batches, training_config
from test_task import CHEAP_ROLLOUTS, changed, save, snapshot

pytestmark = pytest.mark.usefixtures("one_thread")


@pytest.fixture(scope="module")
def good_checkpoint(tiny_data, tmp_path_factory):
    path = tmp_path_factory.mktemp("good") / "checkpoint_last.pt"
    _, _, trainer = build_trainer(tiny_data / "bin", path.parent, "--csgan-stage", "mle")
    save(trainer, path)
    return path


def damaged(good, dest, how):
    data = bytearray(good.read_bytes())
    if how == "truncated":
        data = data[: len(data) // 2]
    else:  # bytes flipped in the middle of the tensor data
        for i in range(len(data) // 2, len(data) // 2 + 64):
            data[i] ^= 0xFF
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(bytes(data))
    return dest


class RunsAShellCommand:
    """Unpickling this runs `touch <marker>`: what an unsafe loader would execute."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


# ---------------------------------------------------------------- checkpoints
@pytest.mark.parametrize("how, message", [("truncated", "truncated or corrupted"),
                                          ("corrupted", "fails its CRC check")])
def test_damaged_checkpoint_to_resume_from_is_refused_when_the_task_is_built(
        good_checkpoint, tiny_data, tmp_path, how, message):
    damaged(good_checkpoint, tmp_path / "save" / "checkpoint_last.pt", how)
    cfg = training_config(tiny_data / "bin", tmp_path / "save", "--csgan-stage", "auto")
    with pytest.raises(CheckpointError, match=message) as error:
        tasks.setup_task(cfg.task)
    assert str(tmp_path / "save" / "checkpoint_last.pt") in str(error.value)


def test_checkpoint_last_cut_short_by_a_kill_is_repaired_from_the_newest_intact_one(
        good_checkpoint, tiny_data, tmp_path, caplog):
    # fairseq saves checkpoint_1_4.pt atomically, then copies it to checkpoint_last.pt: a
    # kill during the copy leaves the copy truncated
    save_dir = tmp_path / "save"
    save_dir.mkdir()
    shutil.copy(good_checkpoint, save_dir / "checkpoint_1_4.pt")
    damaged(good_checkpoint, save_dir / "checkpoint_last.pt", "truncated")
    cfg = training_config(tiny_data / "bin", save_dir, "--csgan-stage", "auto")
    tasks.setup_task(cfg.task)
    assert (save_dir / "checkpoint_last.pt").read_bytes() == good_checkpoint.read_bytes()
    assert "Resuming from the newest intact checkpoint" in caplog.text
    # several workers would race on the file: they refuse, naming the intact one
    damaged(good_checkpoint, save_dir / "checkpoint_last.pt", "truncated")
    cfg = training_config(tiny_data / "bin", save_dir, "--csgan-stage", "auto",
                          "--distributed-world-size", "2", "--ddp-backend", "legacy_ddp")
    with pytest.raises(CheckpointError, match="the newest intact checkpoint is .*checkpoint_1_4"):
        tasks.setup_task(cfg.task)


def test_missing_restore_file_is_refused_not_trained_from_scratch(tiny_data, tmp_path):
    cfg = training_config(tiny_data / "bin", tmp_path, "--restore-file", tmp_path / "none.pt")
    with pytest.raises(CheckpointError, match="--restore-file .*none.pt: no such file"):
        tasks.setup_task(cfg.task)


@pytest.mark.parametrize("how", ["truncated", "corrupted"])
def test_damaged_generator_checkpoint_is_refused_before_training(good_checkpoint, tiny_data,
                                                                 tmp_path, how):
    bad = damaged(good_checkpoint, tmp_path / "g.pt", how)
    with pytest.raises(CheckpointError, match=f"--generator-checkpoint {bad}"):
        build_trainer(tiny_data / "bin", tmp_path / "save", "--generator-checkpoint", bad)


def test_checkpoint_pickling_an_unexpected_global_is_refused_and_never_run(
        good_checkpoint, tiny_data, tmp_path):
    marker = tmp_path / "code-ran"
    state = torch.load(good_checkpoint, map_location="cpu", weights_only=True)
    state["extra_state"] = {"payload": RunsAShellCommand(marker)}
    (tmp_path / "save").mkdir()
    torch.save(state, tmp_path / "save" / "checkpoint_last.pt")
    shutil.copy(good_checkpoint, tmp_path / "save" / "checkpoint_1_2.pt")
    unsafe = (tmp_path / "save" / "checkpoint_last.pt").read_bytes()
    cfg = training_config(tiny_data / "bin", tmp_path / "save", "--csgan-stage", "auto")
    with pytest.raises(CheckpointError, match="pickles posix.system, which weights-only "
                                              "loading refuses"):
        tasks.setup_task(cfg.task)
    with pytest.raises(CheckpointError, match="--generator-checkpoint .* pickles posix.system"):
        build_trainer(tiny_data / "bin", tmp_path / "other", "--generator-checkpoint",
                      tmp_path / "save" / "checkpoint_last.pt")
    # importing csgan_nmt extended the allowlist narrowly; torch.load still refuses it
    with pytest.raises(Exception, match="GLOBAL posix.system"):
        torch.load(tmp_path / "save" / "checkpoint_last.pt", weights_only=True)
    assert not marker.exists()
    # an unsafe file is refused, not "repaired" from the intact checkpoint beside it
    assert (tmp_path / "save" / "checkpoint_last.pt").read_bytes() == unsafe
    check_checkpoint(str(good_checkpoint), "--restore-file")  # a sound one passes


def test_generator_checkpoint_trained_on_other_dictionaries_is_refused(tiny_data, tmp_path):
    other = tmp_path / "other-bin"
    shutil.copytree(tiny_data / "bin", other)
    lines = (other / "dict.en.txt").read_text().splitlines(keepends=True)
    lines[4], lines[5] = lines[5], lines[4]  # same size, two symbols swapped
    (other / "dict.en.txt").write_text("".join(lines))
    (other / "dict.es.txt").write_text("".join(lines))
    (tmp_path / "g").mkdir()
    (tmp_path / "g2").mkdir()
    _, _, trainer = build_trainer(other, tmp_path / "g", "--csgan-stage", "mle")
    save(trainer, tmp_path / "g" / "checkpoint_last.pt")
    with pytest.raises(ValueError, match=r"dict\.es\.txt\), whose line 5 is .* where the "
                                         r"data's .*dict\.es\.txt has"):
        build_trainer(tiny_data / "bin", tmp_path / "save", "--generator-checkpoint",
                      tmp_path / "g" / "checkpoint_last.pt")

    # the generator's data is gone: the embedding sizes are still compared
    (other / "dict.en.txt").write_text("".join(lines) + "extra-symbol 1\n")
    (other / "dict.es.txt").write_text("".join(lines) + "extra-symbol 1\n")
    _, _, trainer = build_trainer(other, tmp_path / "g2", "--csgan-stage", "mle")
    save(trainer, tmp_path / "g2" / "checkpoint_last.pt")
    shutil.rmtree(other)
    # ... of a checkpoint without the recorded dictionaries (a plain fairseq one)
    state = torch.load(tmp_path / "g2" / "checkpoint_last.pt", weights_only=True)
    state["task_state"] = {}
    torch.save(state, tmp_path / "g2" / "checkpoint_last.pt")
    with pytest.raises(ValueError, match="has a source vocabulary of 601 symbols, the data's "
                                         r".*dict\.es\.txt gives 600"):
        build_trainer(tiny_data / "bin", tmp_path / "save2", "--generator-checkpoint",
                      tmp_path / "g2" / "checkpoint_last.pt")


def test_generator_checkpoint_from_another_project_is_checked_by_the_dictionaries_it_recorded(
        tiny_data, tmp_path, monkeypatch, caplog):
    # project A trains G with the relative data path prep/bin; project B's prep/bin has
    # dictionaries of the same size in another order. Resolved in B, the saved path named
    # B's own dictionaries, and the check compared them with themselves.
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(tiny_data / "bin", a / "prep" / "bin")
    shutil.copytree(tiny_data / "bin", b / "prep" / "bin")
    lines = (b / "prep" / "bin" / "dict.en.txt").read_text().splitlines(keepends=True)
    lines[7], lines[8] = lines[8], lines[7]
    for lang in ("en", "es"):
        (b / "prep" / "bin" / f"dict.{lang}.txt").write_text("".join(lines))
    monkeypatch.chdir(a)
    (a / "g").mkdir()
    _, _, trainer = build_trainer("prep/bin", "g", "--csgan-stage", "mle")
    save(trainer, a / "g" / "checkpoint_last.pt")
    generator = a / "g" / "checkpoint_last.pt"

    monkeypatch.chdir(b)
    with pytest.raises(ValueError, match=r"trained with its source dictionary \(.*a/prep/bin/"
                                         r"dict\.es\.txt\), whose line 8 is .* where the "
                                         r"data's prep/bin/dict\.es\.txt has"):
        build_trainer("prep/bin", "save", "--generator-checkpoint", generator)
    monkeypatch.chdir(a)  # the same data: accepted
    build_trainer("prep/bin", "save", "--generator-checkpoint", generator)

    # a checkpoint without the record (plain fairseq) and a relative data path: not
    # comparable, said plainly; only the sizes are checked
    state = torch.load(generator, map_location="cpu", weights_only=True)
    state["task_state"] = {}
    torch.save(state, tmp_path / "plain.pt")
    monkeypatch.chdir(b)
    with caplog.at_level("WARNING", logger="csgan_nmt.generator_checkpoint"):
        build_trainer("prep/bin", "save2", "--generator-checkpoint", tmp_path / "plain.pt")
    warned = [r.getMessage() for r in caplog.records if "cannot be compared" in r.getMessage()]
    assert len(warned) == 2 and "relative data path 'prep/bin'" in warned[0]
    assert "only its size (600 symbols) was checked" in warned[0]


def test_data_without_a_target_side_is_refused_before_training(tiny_data, tmp_path):
    data = tmp_path / "bin"
    shutil.copytree(tiny_data / "bin", data)
    (data / "train.es-en.en.bin").unlink()
    (data / "train.es-en.en.idx").unlink()
    _, task, _ = build_trainer(data, tmp_path / "save")
    with pytest.raises(FileNotFoundError, match=r"split 'train' of .* has no target side: "
                                                r"train\.es-en\.en\.bin/\.idx are missing"):
        task.load_dataset("train")
    (data / "valid.es-en.es.bin").unlink()  # a missing split: fairseq's own message
    with pytest.raises(FileNotFoundError, match="Dataset not found: valid"):
        task.load_dataset("valid")


# ---------------------------------------------------------------- numerical faults
def test_nonfinite_rewards_and_losses_are_skipped_counted_and_stop_the_run(tiny_data,
                                                                          tmp_path):
    _, task, trainer = build_trainer(tiny_data / "bin", tmp_path, "--csgan-stage",
                                     "adversarial", *CHEAP_ROLLOUTS,
                                     "--max-nonfinite-updates", "2")
    model = trainer.get_model()
    with torch.no_grad():  # D's logit is NaN: the reward, and D's own loss, are NaN
        model.discriminator.output.bias.fill_(float("nan"))
    batches = train_batches(task, trainer)
    inner = trainer.optimizer  # CSGANOptimizer
    steps, step = [], inner.step
    inner.step = lambda *args, **kwargs: (steps.append(kwargs.get("groups")),
                                          step(*args, **kwargs))
    g_before = snapshot(model.generator)

    log = trainer.train_step([next(batches)])  # update 0: policy gradient, reward NaN
    assert log["nonfinite"] == 1
    assert not changed(g_before, model.generator)
    # no step at all: with zero-filled gradients (legacy_ddp) Adam's momentum would move G
    assert steps == [] and not inner.optimizers["generator"].optimizer.state
    assert trainer.get_num_updates() == 1

    log = trainer.train_step([next(batches)])  # update 1: teacher forcing, finite
    assert "nonfinite" not in log and changed(g_before, model.generator)
    assert steps == [["generator"]]
    assert task._nonfinite.in_a_row == 0

    d_before = snapshot(model.discriminator)
    log = trainer.train_step([next(batches)])  # update 2: D, loss NaN
    assert log["nonfinite"] == 1
    assert all(torch.allclose(v, d_before[k], rtol=0, atol=0, equal_nan=True)  # NaN != NaN
               for k, v in model.discriminator.state_dict().items())
    assert not inner.optimizers["discriminator_adversarial"].optimizer.state
    assert steps == [["generator"]]
    with pytest.raises(NonFiniteTraining, match="2 updates in a row had a non-finite loss or "
                                                "reward .* update 3, in the policy gradient"):
        trainer.train_step([next(batches)])  # update 3: policy gradient again


def test_nonfinite_mle_loss_is_skipped_without_touching_the_weights(tiny_data, tmp_path):
    _, task, trainer = build_trainer(tiny_data / "bin", tmp_path, "--csgan-stage", "mle")
    model, criterion = trainer.get_model(), trainer.get_criterion()
    forward = criterion.forward

    def poisoned(model, sample, reduce=True):
        loss, sample_size, log = forward(model, sample, reduce)
        return loss * float("inf"), sample_size, log

    batches = train_batches(task, trainer)
    before = snapshot(model)
    criterion.forward = poisoned
    with metrics.aggregate() as agg:
        trainer.train_step([next(batches)])
    assert agg["nonfinite"].sum == 1
    assert not changed(before, model)
    criterion.forward = forward
    trainer.train_step([next(batches)])
    assert changed(before, model) and task._nonfinite.in_a_row == 0
