"""The csgan_nmt task in-process, with fairseq's own Trainer: options refused when the task is
built, what each phase of an adversarial cycle trains and clips, D's labels and held-out set,
the delayed rollout policy, stage changes on resume, and the logging outputs."""

import logging

import numpy as np
import pytest
import torch
from fairseq import metrics, tasks
from fairseq.data import LanguagePairDataset

from csgan_nmt.optimizer import D_ADVERSARIAL, D_PRETRAIN, GENERATOR
from csgan_nmt.discriminator_loss import FAKE, REAL, balanced_batch
from csgan_nmt.logging_outputs import phase_of, stage_of, tags
from csgan_nmt.utils import eos_to_pad
from csgan_nmt.policy import Policy
from csgan_nmt.stages import DOutcome, Phase, Stage
from helpers import build_trainer, run_cli, train_args, train_batches, training_config

pytestmark = pytest.mark.usefixtures("one_thread")

CHEAP_ROLLOUTS = ["--rollouts", "2", "--rollout-stride", "3", "--rollout-max-len", "25",
                  "--max-tokens", "400"]


def snapshot(module):
    return {k: v.detach().clone() for k, v in module.state_dict().items()}


def changed(before, module):
    return [k for k, v in module.state_dict().items() if not torch.equal(before[k], v)]


def save(trainer, path):
    trainer.consolidate_optimizer()  # as checkpoint_utils.save_checkpoint does first
    trainer.save_checkpoint(str(path), {})


# ---------------------------------------------------------------- options, checked at once
@pytest.mark.parametrize("option, value, message", [
    ("--reward-lambda", "1.5", "--reward-lambda must be in [0.0, 1.0], got 1.5"),
    ("--reward-lambda", "-0.1", "--reward-lambda must be in [0.0, 1.0], got -0.1"),
    ("--reward-baseline", "nan", "--reward-baseline must be in (-inf, inf), got nan"),
    ("--rollout-update-rate", "1.2", "--rollout-update-rate must be in [0.0, 1.0], got 1.2"),
    ("--teacher-forcing-steps", "-1", "--teacher-forcing-steps must be in [0, inf), got -1"),
    ("--mle-updates", "-5", "--mle-updates must be in [0, inf), got -5"),
    ("--rollouts", "0", "--rollouts must be in [1, inf), got 0"),
    ("--rollout-max-len", "0", "--rollout-max-len must be in [1, inf), got 0"),
    ("--d-negative-beam", "0", "--d-negative-beam must be in [1, inf), got 0"),
    ("--d-target-accuracy", "0", "--d-target-accuracy must be in (0.0, 1.0], got 0.0"),
    ("--d-clip-value", "0", "--d-clip-value must be in (0.0, inf), got 0.0"),
    ("--d-dropout", "1", "--d-dropout must be in [0.0, 1.0), got 1.0"),
    ("--d-kernel-sizes", "1,2", "--d-kernel-sizes (1,2) and --d-num-filters"),
    ("--d-embed-dim", "0", "--d-embed-dim must be in [1, inf), got 0"),
    ("--d-steps", "-1", "--d-steps must be in [0, inf), got -1"),
    ("--reward-constant", "inf", "--reward-constant must be in (-inf, inf), got inf"),
    ("--max-nonfinite-updates", "0", "--max-nonfinite-updates must be in [1, inf), got 0"),
    ("--amp", None, "--amp is not supported"),
    ("--memory-efficient-fp16", None, "train in fp32 (the default), --fp16 or --bf16"),
    ("--memory-efficient-bf16", None, "--memory-efficient-bf16 is not supported"),
    ("--ddp-backend", "pytorch_ddp --distributed-world-size 2",
     "--ddp-backend pytorch_ddp with 2 workers would not all-reduce"),
])
def test_every_option_is_checked_when_the_task_is_built(tiny_data, tmp_path, option, value,
                                                        message):
    values = value.split() if value is not None else []
    cfg = training_config(tiny_data / "bin", tmp_path, "--csgan-stage", "auto", option, *values)
    with pytest.raises(ValueError) as error:
        tasks.setup_task(cfg.task)
    assert message in str(error.value)


def test_stages_beyond_mle_need_the_csgan_optimizer(tiny_data, tmp_path):
    for stage in ("auto", "discriminator", "adversarial"):
        cfg = training_config(tiny_data / "bin", tmp_path, "--csgan-stage", stage,
                              optimizer="adam")
        with pytest.raises(ValueError, match=f"--csgan-stage {stage} needs --optimizer csgan"):
            tasks.setup_task(cfg.task)
    tasks.setup_task(training_config(tiny_data / "bin", tmp_path, "--csgan-stage", "mle",
                                     optimizer="adam").task)  # any optimiser for MLE


def test_bad_option_stops_fairseq_train_before_anything_is_loaded_or_written(tiny_data, tmp_path):
    proc = run_cli(train_args(tiny_data / "bin", tmp_path / "save", "--csgan-stage", "auto",
                              "--rollout-update-rate", "1.5", "--max-update", "5"), check=False)
    assert proc.returncode != 0
    assert "--rollout-update-rate must be in [0.0, 1.0], got 1.5" in proc.stderr
    assert "examples from" not in proc.stdout + proc.stderr  # no data was loaded
    assert not (tmp_path / "save").exists() or not any((tmp_path / "save").iterdir())


def test_empty_validation_split_is_refused_before_d_pretraining(tiny_data, tmp_path):
    for stage, refused in (("discriminator", True), ("auto", True), ("adversarial", False)):
        _, task, trainer = build_trainer(tiny_data / "bin", tmp_path, "--csgan-stage", stage)
        # an empty split (fairseq's mmap loader cannot even open an empty binarised one)
        task.datasets["valid"] = LanguagePairDataset(
            [], np.zeros(0, dtype=np.int64), task.src_dict, [], np.zeros(0, dtype=np.int64),
            task.tgt_dict)
        if refused:
            with pytest.raises(ValueError, match="validation split 'valid' is empty"):
                task.begin_epoch(1, trainer.get_model())
        else:  # nothing to measure D on in this run
            task.begin_epoch(1, trainer.get_model())


# ---------------------------------------------------------------- D: labels, held-out set, clip
def test_balanced_batch_labels_gold_real_and_translations_fake():
    src = torch.tensor([[4, 5, 2], [6, 7, 2]])
    gold = torch.tensor([[8, 9, 2], [10, 2, 1]])
    fake = torch.tensor([[11, 2], [12, 13]])
    pairs, tgt, labels = balanced_batch(src, gold, fake, pad=1, eos=2)
    assert (REAL, FAKE) == (1.0, 0.0)
    assert labels.tolist() == [1.0, 1.0, 0.0, 0.0]
    assert tgt.tolist() == [[8, 9, 1], [10, 1, 1], [11, 1, 1], [12, 13, 1]]  # EOS -> pad
    assert torch.equal(pairs, torch.cat([src, src]))


def test_d_trained_by_the_task_learns_that_gold_pairs_are_human(tiny_data, tmp_path):
    """The reward reads D's probability as 'human': after D updates through the task, D must
    score gold pairs above G's translations of the same sources, on batches it has not seen.
    (A global label swap would still give a high accuracy against the same swapped labels;
    not this.)"""
    _, task, trainer = build_trainer(tiny_data / "bin", tmp_path, "--csgan-stage",
                                     "discriminator", "--d-lr", "0.01", "--max-tokens", "600",
                                     "--d-eval-interval", "1000")
    batches = train_batches(task, trainer)
    for _ in range(20):
        trainer.train_step([next(batches)])
    model = trainer.get_model()
    pad, eos = task.target_dictionary.pad(), task.target_dictionary.eos()
    model.discriminator.eval()
    gold_p, fake_p = [], []
    torch.manual_seed(0)
    for _ in range(4):  # unseen batches; fresh translations by the untrained G
        sample = next(batches)
        src, lengths = sample["net_input"]["src_tokens"], sample["net_input"]["src_lengths"]
        fake = Policy.from_config(model.generator, task.target_dictionary,
                                         task.cfg).sample(src, lengths)
        with torch.no_grad():
            gold_p.append(torch.sigmoid(model.discriminator(
                src, eos_to_pad(sample["target"], eos, pad))))
            fake_p.append(torch.sigmoid(model.discriminator(src, eos_to_pad(fake, eos, pad))))
    gold_p, fake_p = torch.cat(gold_p), torch.cat(fake_p)
    above = (gold_p > fake_p).float().mean()
    print(f"\nD(gold) {gold_p.mean():.3f}, D(G's translation) {fake_p.mean():.3f}, "
          f"gold above translation for {above:.2f} of {len(gold_p)} sources")
    assert gold_p.mean() > 0.5 > fake_p.mean()
    assert above > 0.8


def test_heldout_set_is_the_validation_split_gold_and_translated(tiny_data, tmp_path):
    _, task, trainer = build_trainer(tiny_data / "bin", tmp_path, "--csgan-stage",
                                     "discriminator", "--d-heldout-size", "30")
    model = trainer.get_model()
    accuracy = task.d_pretraining.accuracy(model)
    batches = task.d_pretraining.heldout.batches
    src = torch.cat([s for s, _, _ in batches])
    labels = torch.cat([lab for _, _, lab in batches])
    tgt_rows = [row for _, t, _ in batches for row in t]
    assert len(labels) == 60 and labels.sum() == 30  # 30 gold, 30 translated
    valid = task.dataset("valid")
    pad, eos = task.target_dictionary.pad(), task.target_dictionary.eos()

    def words(row):
        return [t for t in row.tolist() if t not in (pad, eos)]

    # the collater sorts each batch by source length: compare (source, target) pairs as sets
    real = sorted((words(s), words(t)) for s, t, lab in zip(src, tgt_rows, labels) if lab == REAL)
    assert real == sorted((words(valid[i]["source"]), words(valid[i]["target"]))
                          for i in range(30))
    fake = sorted((words(s), words(t)) for s, t, lab in zip(src, tgt_rows, labels) if lab == FAKE)
    assert [s for s, _ in fake] == [s for s, _ in real]  # the same 30 sources...
    assert sum(f != g for (_, f), (_, g) in zip(fake, real)) > 25  # ...with G's translations
    assert task.d_pretraining.accuracy(model) == accuracy  # built once, measured again


def test_d_clip_below_one_starts_d_inside_the_bound(tiny_data, tmp_path, caplog):
    with caplog.at_level(logging.WARNING):
        _, _, trainer = build_trainer(tiny_data / "bin", tmp_path, "--d-clip-value", "0.5")
    d = trainer.get_model().discriminator
    assert all(p.abs().max() <= 0.5 for p in d.parameters())
    assert torch.all(d.highway.gate.bias == -0.5)
    assert "--d-clip-value 0.5 < 1" in caplog.text
    _, _, trainer = build_trainer(tiny_data / "bin", tmp_path)  # c = 1: the paper's init
    assert torch.all(trainer.get_model().discriminator.highway.gate.bias == -1.0)


def test_adversarial_cycle_trains_each_part_in_turn_and_clips_d_after_rmsprop(
        tiny_data, tmp_path):
    clip = 0.05
    _, task, trainer = build_trainer(
        tiny_data / "bin", tmp_path, "--csgan-stage", "adversarial", "--g-steps", "1",
        "--teacher-forcing-steps", "1", "--d-steps", "2", "--d-clip-value", str(clip),
        "--d-adversarial-lr", "0.01", *CHEAP_ROLLOUTS)
    model = trainer.get_model()
    batches = train_batches(task, trainer)
    optimizers = trainer.optimizer.optimizers

    def d_steps(name):
        state = optimizers[name].optimizer.state
        return sorted({int(s["step"]) for s in state.values()}) if state else []

    expected = [("pg_loss", "G"), ("nll_loss", "G"), ("d_loss", "D"), ("d_loss", "D"),
                ("pg_loss", "G")]
    for update, (metric, trained) in enumerate(expected):
        g_before, d_before = snapshot(model.generator), snapshot(model.discriminator)
        log = trainer.train_step([next(batches)])
        assert metric in log, (update, log)
        assert int(log["csgan_stage"]) == Stage.ADVERSARIAL
        if trained == "G":
            assert changed(g_before, model.generator) and not changed(d_before, model.discriminator)
            continue
        assert changed(d_before, model.discriminator) and not changed(g_before, model.generator)
        assert d_steps(D_ADVERSARIAL) == [update - 1] and d_steps(D_PRETRAIN) == []
        # every D weight is the RMSProp step from where it was, then clipped to [-c, c]
        unclipped_beyond = 0
        rmsprop = optimizers[D_ADVERSARIAL].optimizer
        for name, p in model.discriminator.named_parameters():
            step = 0.01 * p.grad / (rmsprop.state[p]["square_avg"].sqrt() + 1e-8)
            unclipped = d_before[name] - step
            unclipped_beyond += int((unclipped.abs() > clip).sum())
            torch.testing.assert_close(p.detach(), unclipped.clamp(-clip, clip), rtol=0,
                                       atol=1e-6, msg=name)
        assert unclipped_beyond > 100  # the bound binds (a step of ~0.1 > c = 0.05)
    assert d_steps(GENERATOR)[-1] == 3  # two PG and one teacher-forcing update of G


# ---------------------------------------------------------------- the delayed rollout policy
def assert_policy_is(model, expected):
    for (name, p), e in zip(model.rollout_policy.named_parameters(), expected):
        torch.testing.assert_close(p, e, rtol=0, atol=1e-6, msg=name)


def params(module):
    return [p.detach().clone() for p in module.parameters()]


def test_delayed_policy_starts_from_g_when_a_staged_adversarial_run_begins(tiny_data, tmp_path):
    # an auto run stopped in D pretraining: its delayed policy is still the copy made when the
    # model was built, before the MLE updates
    _, task, trainer = build_trainer(
        tiny_data / "bin", tmp_path / "auto", "--csgan-stage", "auto", "--mle-updates", "2",
        "--d-target-accuracy", "1.0", "--d-eval-interval", "100", "--rollout-policy",
        "delayed", "--lr", "0.01")
    batches = train_batches(task, trainer)
    for _ in range(3):  # MLE, MLE, D
        trainer.train_step([next(batches)])
    model = trainer.get_model()
    assert model.stage.current == Stage.DISCRIMINATOR
    assert any(not torch.equal(a, b) for a, b in zip(params(model.rollout_policy),
                                                     params(model.generator)))
    in_d_stage = tmp_path / "d.pt"
    save(trainer, in_d_stage)
    # and a plain MLE checkpoint, without rollout_policy.* at all
    _, task, trainer = build_trainer(tiny_data / "bin", tmp_path / "mle", "--csgan-stage",
                                     "mle", "--lr", "0.01")
    batches = train_batches(task, trainer)
    for _ in range(3):
        trainer.train_step([next(batches)])
    mle = tmp_path / "mle.pt"
    save(trainer, mle)

    delayed = ["--csgan-stage", "adversarial", "--rollout-policy", "delayed",
               "--rollout-update-rate", "0.5", "--teacher-forcing-steps", "1", *CHEAP_ROLLOUTS]
    for checkpoint in (in_d_stage, mle):
        _, task, trainer = build_trainer(tiny_data / "bin", tmp_path / "adv", *delayed)
        trainer.load_checkpoint(str(checkpoint), reset_optimizer=True, reset_lr_scheduler=True,
                                reset_meters=True)  # strict, with or without rollout_policy.*
        model = trainer.get_model()
        g0 = params(model.generator)
        log = trainer.train_step([next(train_batches(task, trainer))])  # enters; a PG update
        assert "pg_loss" in log
        g1 = params(model.generator)
        assert any(not torch.equal(a, b) for a, b in zip(g0, g1))
        assert_policy_is(model, [0.5 * a + 0.5 * b for a, b in zip(g0, g1)])
    adv = tmp_path / "adv.pt"
    save(trainer, adv)
    policy = params(model.rollout_policy)

    # resuming inside the stage keeps the policy (it is not reset to G)
    _, task, trainer = build_trainer(tiny_data / "bin", tmp_path / "adv", *delayed)
    trainer.load_checkpoint(str(adv))
    model = trainer.get_model()
    assert_policy_is(model, policy)
    log = trainer.train_step([next(train_batches(task, trainer))])  # teacher forcing
    assert "nll_loss" in log
    assert_policy_is(model, policy)

    # a run with the current policy (or fairseq-generate) loads it too: the copy is dropped
    current = [a for a in delayed if a not in ("delayed", "--rollout-policy")]
    _, _, trainer = build_trainer(tiny_data / "bin", tmp_path / "cur", *current)
    trainer.load_checkpoint(str(adv))
    assert trainer.get_model().rollout_policy is None


def test_delayed_policy_starts_from_g_when_auto_enters_the_adversarial_stage(tiny_data, tmp_path):
    _, task, trainer = build_trainer(
        tiny_data / "bin", tmp_path, "--csgan-stage", "auto", "--mle-updates", "2",
        "--d-target-accuracy", "0.01", "--d-eval-interval", "1", "--d-heldout-size", "8",
        "--rollout-policy", "delayed", "--rollout-update-rate", "0.25", *CHEAP_ROLLOUTS)
    model = trainer.get_model()
    batches = train_batches(task, trainer)
    for _ in range(3):  # MLE, MLE, D (reaches 0.01 at once)
        trainer.train_step([next(batches)])
    assert model.stage.current == Stage.DISCRIMINATOR
    assert model.stage.d_outcome == DOutcome.TARGET_REACHED
    g0 = params(model.generator)
    assert "pg_loss" in trainer.train_step([next(batches)])
    assert model.stage.current == Stage.ADVERSARIAL and model.stage.start_update == 3
    g1 = params(model.generator)
    assert_policy_is(model, [0.25 * a + 0.75 * b for a, b in zip(g0, g1)])


# ---------------------------------------------------------------- stages on resume
def test_auto_goes_adversarial_from_a_finished_d_stage_without_more_d_updates(tiny_data,
                                                                             tmp_path):
    _, task, trainer = build_trainer(tiny_data / "bin", tmp_path, "--csgan-stage", "auto",
                                     *CHEAP_ROLLOUTS)
    model = trainer.get_model()
    model.stage.enter(Stage.DISCRIMINATOR, 0)  # as restored from a finished D stage
    model.stage.set_d_outcome(DOutcome.BUDGET_EXHAUSTED)
    d_before = snapshot(model.discriminator)
    log = trainer.train_step([next(train_batches(task, trainer))])
    assert "pg_loss" in log and int(log["csgan_stage"]) == Stage.ADVERSARIAL
    assert not changed(d_before, model.discriminator)


def test_a_counter_reset_keeps_the_stage_its_d_outcome_and_the_delayed_policy(tiny_data,
                                                                             tmp_path):
    """--reset-optimizer restarts fairseq's update counter at 0: the stage goes on from
    there; neither D pretraining nor the delayed policy starts over."""
    options = ["--csgan-stage", "auto", "--rollout-policy", "delayed",
               "--rollout-update-rate", "0.5", *CHEAP_ROLLOUTS]
    _, task, trainer = build_trainer(tiny_data / "bin", tmp_path, *options)
    model = trainer.get_model()
    model.stage.enter(Stage.DISCRIMINATOR, 40)  # D pretraining ended at update 45
    model.stage.set_d_outcome(DOutcome.TARGET_REACHED)
    d_before = snapshot(model.discriminator)
    assert "pg_loss" in trainer.train_step([next(train_batches(task, trainer))])  # update 0
    assert not changed(d_before, model.discriminator)
    assert model.stage.current == Stage.ADVERSARIAL and model.stage.start_update == 0

    _, task, trainer = build_trainer(tiny_data / "bin", tmp_path, *options)
    model = trainer.get_model()
    model.stage.enter(Stage.ADVERSARIAL, 40)
    with torch.no_grad():  # a policy that trails G, as a saved one does
        for p, g in zip(model.rollout_policy.parameters(), model.generator.parameters()):
            p.copy_(g + 0.01)
    policy = params(model.rollout_policy)
    assert "pg_loss" in trainer.train_step([next(train_batches(task, trainer))])
    g1 = params(model.generator)
    assert_policy_is(model, [0.5 * p + 0.5 * b for p, b in zip(policy, g1)])  # not reset to G
    assert model.stage.start_update == 0


# ---------------------------------------------------------------- logging outputs
def test_logging_outputs_summed_over_workers_keep_their_phase_and_stage(tiny_data, tmp_path):
    _, task, trainer = build_trainer(tiny_data / "bin", tmp_path)
    criterion = trainer.get_criterion()
    # the trainer asks the task's class, and sums everything key by key when it says yes
    # (fairseq's only way on CPU workers: gathering them as lists needs CUDA)
    assert type(task).logging_outputs_can_be_summed(criterion) is True
    workers = [  # one PG update on each of two workers
        {**tags(Phase.POLICY_GRADIENT, Stage.ADVERSARIAL), "pg_loss": 6.0,
         "reward_sum": 3.0, "ntokens": 10, "sample_size": 10},
        {**tags(Phase.POLICY_GRADIENT, Stage.ADVERSARIAL), "pg_loss": 2.0,
         "reward_sum": -1.0, "ntokens": 30, "sample_size": 30},
    ]
    summed = {k: workers[0][k] + workers[1][k] for k in workers[0]}  # what fairseq does
    for logs in (workers, [summed]):
        with metrics.aggregate() as agg:
            task.reduce_metrics(logs, criterion)
        assert agg["pg_loss"].avg == pytest.approx(8.0 / 40)
        assert agg["reward"].avg == pytest.approx(2.0 / 40)
        assert agg["csgan_stage"].avg == 2
        assert "d_loss" not in agg.keys() and "nll_loss" not in agg.keys()
    assert phase_of(summed) == Phase.POLICY_GRADIENT and stage_of(summed) == Stage.ADVERSARIAL
