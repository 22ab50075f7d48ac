"""The sequence-level objectives, formula by formula: K samples per source and the
leave-one-out baseline (exactly unbiased, by enumeration), per-batch normalisation, the
penalty of cut translations, per-source scaling, the MLE mix in one update, one Adam state per phase, and the metrics that show
learning. That the updates raise their reward is tests/test_learning.py."""

import itertools
import math

import pytest
import torch
from fairseq import metrics
from fairseq.data import data_utils

from csgan_nmt.estimators.baselines import leave_one_out_values
from csgan_nmt.estimators import RewardBaselineMode as Baseline, RewardEstimator as Estimator
from csgan_nmt.optimizer import GENERATOR, GENERATOR_PG
from csgan_nmt.estimators import ESTIMATORS, build_estimator
from csgan_nmt.estimators import normalise_per_source
from csgan_nmt.objective import Objective
from csgan_nmt.policy_gradient import policy_gradient_step
from csgan_nmt.policy import Policy
from csgan_nmt.stages import Phase
from helpers import (ALLOWED, EOS, PAD, VOCAB, A, B, C, batch, build_trainer, discriminator,
                     lstm, scorer, train_batches)
from test_policy_gradient import _flat, all_sequences

pytestmark = pytest.mark.usefixtures("one_thread")


def test_every_estimator_is_registered_by_its_option_value():
    assert set(ESTIMATORS) == {e.value for e in Estimator}
    with pytest.raises(ValueError, match="not registered; known: maligan, monte-carlo"):
        build_estimator("nope", Objective())


def test_the_objective_resolves_k_once_and_refuses_in_the_options_order():
    maligan = Objective(Estimator.MALIGAN)
    assert maligan.samples == 4 and maligan.candidate_set_size == 4  # --maligan-samples
    assert Objective(Estimator.MALIGAN, samples_per_source=6, maligan_samples=6).samples == 6
    assert Objective(Estimator.SEQUENCE, samples_per_source=3).samples == 3
    assert Objective(Estimator.RISK, samples_per_source=2, risk_beam=3,
                     risk_include_reference=True).candidate_set_size == 6
    # two faults at once: the first in the order of `check` is the one named
    both = Objective(Estimator.MALIGAN, Baseline.ROLLOUT_MEAN, samples_per_source=3)
    with pytest.raises(ValueError, match="rollout-mean averages Monte Carlo"):
        both.check(reward_lambda=0.0)
    with pytest.raises(ValueError, match="is a way to use D"):
        Objective(Estimator.MALIGAN, samples_per_source=3).check(reward_lambda=0.0)
    with pytest.raises(ValueError, match="disagree"):
        Objective(Estimator.MALIGAN, samples_per_source=3).check(reward_lambda=0.7)


# ---------------------------------------------------------------- leave-one-out
def test_leave_one_out_value_is_the_mean_of_the_other_samples_of_the_source():
    returns = torch.tensor([1.0, 2.0, 3.0, 6.0, 0.0, 0.0, 4.0, 4.0])
    assert leave_one_out_values(returns, 4).tolist() == pytest.approx(
        [11 / 3, 10 / 3, 3.0, 2.0, 8 / 3, 8 / 3, 4 / 3, 4 / 3])
    with pytest.raises(ValueError, match="--samples-per-source >= 2"):
        leave_one_out_values(returns, 1)


@pytest.mark.parametrize("K", [2, 3])
def test_leave_one_out_gradient_is_exactly_the_gradient_of_the_expected_reward(K):
    """E over K independent samples of (R_1 - mean_{j>1} R_j) grad log G'(Y_1) equals
    grad E_{Y~G'}[R(Y)], summed exactly over every K-tuple of the 21 possible sequences."""
    model, d = lstm(21, weight_std=1.0), discriminator(22)
    sc = scorer(d, 0.5)
    src, ref = torch.tensor([[A, C, B, EOS]]), torch.tensor([[A, B, EOS]])
    seqs = all_sequences()
    n = len(seqs)
    ys = data_utils.collate_tokens([torch.tensor(y) for y in seqs], PAD)
    srcs, lengths = src.expand(n, -1), torch.full((n,), src.size(1))
    rewards = sc(srcs, ys, ref.expand(n, -1)).double()
    log_pi = Policy(model, VOCAB).log_probs(srcs, lengths, ys).sum(1)
    params = list(model.parameters())
    exact = _flat(torch.autograd.grad((log_pi.exp() * rewards).sum(), params,
                                      retain_graph=True))
    pi = log_pi.exp().detach()
    tuples = torch.tensor(list(itertools.product(range(n), repeat=K)))  # (n^K, K)
    advantage = rewards[tuples[:, 0]] - leave_one_out_values(
        rewards[tuples].reshape(-1), K).view(-1, K)[:, 0]
    weight = pi[tuples].prod(1)  # probability of the K-tuple
    # fairseq's log-softmax runs in float32: exact up to its rounding
    assert float(weight.sum()) == pytest.approx(1.0, abs=1e-6)
    estimate = _flat(torch.autograd.grad((weight * advantage * log_pi[tuples[:, 0]]).sum(),
                                         params))
    torch.testing.assert_close(estimate, exact, rtol=1e-4, atol=1e-6)
    assert exact.norm() > 1e-2  # and the gradient is not trivially zero


def test_k_samples_per_source_are_grouped_and_baselined_by_the_others(one_thread):
    model, d = lstm(3, weight_std=0.7), discriminator(2)
    sc = scorer(d, 0.5)
    src, src_lengths, _, refs = batch(srcs=[[A, B, C, EOS], [C, A, EOS]], ys=[[A], [A]],
                                      refs=[[A, B, EOS], [C, EOS]])
    engine = Policy(model, VOCAB, max_len_a=0, max_len_b=5)
    torch.manual_seed(4)
    out = policy_gradient_step(engine, engine, sc, src, src_lengths, refs, Objective(
        Estimator.SEQUENCE, Baseline.LEAVE_ONE_OUT, samples_per_source=3, rollouts=2))
    assert out.tokens.size(0) == 6 and out.group == 3
    rows = torch.tensor([0, 0, 0, 1, 1, 1])  # rows k*K .. k*K+K-1 belong to source k
    r = sc(src[rows], out.tokens, refs[rows])
    torch.testing.assert_close(out.returns, r)
    others = (r.view(2, 3).sum(1, keepdim=True) - r.view(2, 3)) / 2
    mask = out.tokens.ne(PAD).float()
    torch.testing.assert_close(out.rewards, (r - others.view(-1)).unsqueeze(1) * mask)
    assert out.sample_size == int(mask.sum())
    # the log-probabilities are those of each row's own source
    lp = engine.log_probs(src[rows], src_lengths[rows], out.tokens)
    torch.testing.assert_close(out.token_log_probs, lp)


@pytest.mark.parametrize("normalize", ["batch", "source"])
def test_reward_normalize_divides_the_advantages_by_the_batch_or_source_sd(normalize):
    model, d = lstm(3, weight_std=0.7), discriminator(2)
    sc = scorer(d, 0.5)
    src, src_lengths, _, refs = batch(srcs=[[A, B, C, EOS], [C, A, EOS]], ys=[[A], [A]],
                                      refs=[[A, B, EOS], [C, EOS]])
    engine = Policy(model, VOCAB, max_len_a=0, max_len_b=5)
    outs = []
    for mode in ("none", normalize):
        torch.manual_seed(6)
        outs.append(policy_gradient_step(engine, engine, sc, src, src_lengths, refs, Objective(
            Estimator.SEQUENCE, Baseline.LEAVE_ONE_OUT, mode, samples_per_source=4,
            rollouts=2)))
    plain, scaled = outs
    assert torch.equal(plain.tokens, scaled.tokens)
    live = plain.tokens.ne(PAD)
    if normalize == "batch":
        sd = plain.rewards[live].std()
        assert abs(float(sd) - 1) > 0.1  # a real rescaling
        torch.testing.assert_close(scaled.rewards, plain.rewards / sd)
        assert float(scaled.rewards[live].std()) == pytest.approx(1.0)
    else:  # each source's rows by the sd of its own 4 returns
        sd = plain.returns.view(2, 4).std(1)
        assert (sd > 1e-3).all() and abs(float(sd[0] / sd[1]) - 1) > 0.1  # two scales
        torch.testing.assert_close(scaled.rewards,
                                   plain.rewards / sd.repeat_interleave(4)[:, None])
    assert scaled.flat_sources.tolist() == plain.flat_sources.tolist() == [False, False]


def test_unfinished_penalty_only_hits_translations_without_eos():
    d = discriminator(2)
    plain, penalised = scorer(d, 0.5), scorer(d, 0.5)
    penalised.unfinished_penalty = 0.25
    src = torch.tensor([[A, B, EOS], [A, B, EOS]])
    hyps = torch.tensor([[A, B, EOS], [A, B, C]])  # the second was cut at the cap
    refs = torch.tensor([[A, B, EOS], [A, B, EOS]])
    diff = plain(src, hyps, refs) - penalised(src, hyps, refs)
    assert diff.tolist() == pytest.approx([0.0, 0.25])


def test_unfinished_penalty_reaches_the_task_update(tiny_data, tmp_path):
    """--unfinished-penalty P: the same samples, P less for every cut one (an option that is
    accepted must reach the scorer)."""
    logs = {}
    for penalty in ("0", "0.5"):
        _, task, trainer = build_trainer(
            tiny_data / "bin", tmp_path / penalty, "--csgan-stage", "adversarial",
            "--d-steps", "0", "--reward-estimator", "sequence", "--max-tokens", "400",
            "--rollout-max-len", "3", "--unfinished-penalty", penalty)
        sample, _ = trainer._prepare_sample(next(train_batches(task, trainer)))
        torch.manual_seed(3)
        _, _, logs[penalty] = task._adversarial_criteria[Phase.POLICY_GRADIENT](
            trainer.model, sample)
    plain, penalised = logs["0"], logs["0.5"]
    assert plain["unfinished"] == penalised["unfinished"] > 0  # the same samples, some cut
    assert plain["return_sum"] - penalised["return_sum"] == pytest.approx(
        0.5 * plain["unfinished"], abs=1e-4)


def test_engines_and_scorer_are_built_once_per_stage(tiny_data, tmp_path, monkeypatch):
    built = []
    original = Policy.from_config.__func__
    monkeypatch.setattr(Policy, "from_config", classmethod(
        lambda cls, *a: built.append(a[0]) or original(cls, *a)))
    _, task, trainer = build_trainer(
        tiny_data / "bin", tmp_path, "--csgan-stage", "adversarial", "--d-steps", "0",
        "--reward-estimator", "sequence", "--max-tokens", "400", "--rollout-max-len", "5")
    model, criterion = trainer.model, task._adversarial_criteria[Phase.POLICY_GRADIENT]
    sample, _ = trainer._prepare_sample(next(train_batches(task, trainer)))
    criterion(model, sample)
    scorer_of_stage = criterion.parts(model)[2]
    criterion(model, sample)
    assert len(built) == 2 and built[0] is model.generator  # G and the rollout policy, once
    assert criterion.parts(model)[2] is scorer_of_stage
    task._enter(model, model.stage.current, 1)  # a new stage: built anew
    criterion(model, sample)
    assert len(built) == 4 and criterion.parts(model)[2] is not scorer_of_stage


# ---------------------------------------------------------------- per-source scaling
def test_per_source_normalisation_divides_by_each_sources_sd_and_drops_flat_sources():
    returns = torch.tensor([1.0, 2.0, 3.0, 6.0,  0.5, 0.5, 0.5, 0.5,  0.0, 0.0, 0.0, 4.0])
    advantages = (returns - leave_one_out_values(returns, 4)).unsqueeze(1).repeat(1, 3)
    advantages[:, 2] = 0  # after EOS
    out, flat = normalise_per_source(advantages, returns, 4)
    sds = [torch.tensor([1.0, 2.0, 3.0, 6.0]).std(), None, torch.tensor([0.0, 0, 0, 4]).std()]
    assert flat.tolist() == [False, True, False]
    for k, sd in enumerate(sds):
        rows = slice(4 * k, 4 * k + 4)
        if sd is None:
            assert torch.equal(out[rows], torch.zeros(4, 3))  # no signal, no gradient
        else:
            torch.testing.assert_close(out[rows], advantages[rows] / sd)
    # with leave-one-out: K / (K - 1) times GRPO's (R - mean) / sd
    grpo = (returns[:4] - returns[:4].mean()) / returns[:4].std()
    torch.testing.assert_close(out[:4, 0], grpo * 4 / 3)
    # with the constant baseline a flat source's advantages are not 0 (R itself): dropped
    plain = returns.unsqueeze(1).repeat(1, 2)
    out, flat = normalise_per_source(plain, returns, 4)
    assert torch.equal(out[4:8], torch.zeros(4, 2)) and flat.tolist() == [False, True, False]
    torch.testing.assert_close(out[8:], plain[8:] / sds[2])
    with pytest.raises(ValueError, match="at least 2 candidates"):
        normalise_per_source(advantages, returns, 1)


def test_per_source_normalisation_needs_two_candidates_per_source(tiny_data, tmp_path):
    with pytest.raises(ValueError, match="--reward-normalize source .* got 1"):
        build_trainer(tiny_data / "bin", tmp_path, "--csgan-stage", "adversarial",
                      "--reward-estimator", "sequence", "--reward-normalize", "source")


def test_reward_normalize_takes_a_choice_and_reads_old_checkpoints_bool(tiny_data, tmp_path):
    from fairseq import checkpoint_utils

    from csgan_nmt.estimators import reward_normalize_value

    assert [reward_normalize_value(v) for v in (True, False, "True", "source", "none")] == \
        ["batch", "none", "batch", "source", "none"]
    with pytest.raises(ValueError, match="--reward-normalize must be one of none, batch, "
                                         "source, got sideways"):
        build_trainer(tiny_data / "bin", tmp_path, "--reward-normalize", "sideways")
    # a checkpoint saved when the option was a flag (its config holds a bool) still loads
    _, _, trainer = build_trainer(tiny_data / "bin", tmp_path, "--csgan-stage", "mle")
    trainer.consolidate_optimizer()
    trainer.save_checkpoint(str(tmp_path / "old.pt"), {})
    state = torch.load(tmp_path / "old.pt", weights_only=False)
    state["cfg"]["task"]["reward_normalize"] = True
    torch.save(state, tmp_path / "old.pt")
    _, _, task = checkpoint_utils.load_model_ensemble_and_task([str(tmp_path / "old.pt")])
    assert task.cfg.reward_normalize == "batch"


def test_entropy_is_that_of_the_renormalised_sampling_distribution():
    model = lstm(3, weight_std=0.7)
    src, src_lengths, ys, _ = batch(srcs=[[A, B, C, EOS]], ys=[[A, B, EOS]], refs=[[A]])
    engine = Policy(model, VOCAB)
    _, h = engine.log_probs(src, src_lengths, ys, entropy=True)
    prev = torch.cat([ys.new_full((1, 1), EOS), ys[:, :-1]], 1)
    p = model.get_normalized_probs(model(src, src_lengths, prev), log_probs=False)[0]
    p = p[:, ALLOWED] / p[:, ALLOWED].sum(-1, keepdim=True)
    torch.testing.assert_close(h[0], -(p * p.log()).sum(-1))


# ---------------------------------------------------------------- through the task
# (their options' refusals are in tests/test_estimators.py, with the other estimators')
def _adam_steps(optimizer, name):
    state = optimizer.optimizers[name].optimizer.state
    return sorted({int(s["step"]) for s in state.values()}) if state else []


@pytest.mark.parametrize("mode", ["shared", "per-phase"])
def test_policy_gradient_updates_keep_their_own_adam_state_per_phase(tiny_data, tmp_path,
                                                                     mode):
    _, task, trainer = build_trainer(
        tiny_data / "bin", tmp_path, "--csgan-stage", "adversarial", "--d-steps", "0",
        "--reward-estimator", "sequence", "--max-tokens", "400", "--rollout-max-len", "25",
        "--g-optimizer-state", mode, "--lr-scheduler", "inverse_sqrt", "--warmup-updates", "4")
    batches = train_batches(task, trainer)
    trainer.train_step([next(batches)])  # update 0: policy gradient
    opt = trainer.optimizer
    if mode == "per-phase":
        assert _adam_steps(opt, GENERATOR_PG) == [1] and _adam_steps(opt, GENERATOR) == []
    else:
        assert GENERATOR_PG not in opt.optimizers and _adam_steps(opt, GENERATOR) == [1]
    trainer.train_step([next(batches)])  # update 1: teacher forcing
    if mode == "per-phase":
        assert _adam_steps(opt, GENERATOR_PG) == [1] and _adam_steps(opt, GENERATOR) == [1]
        # the lr scheduler (warm-up) drives both of G's optimisers
        lrs = {n: opt.optimizers[n].get_lr() for n in (GENERATOR, GENERATOR_PG)}
        assert lrs[GENERATOR] == lrs[GENERATOR_PG] == trainer.get_lr() < 0.005
        # and both are saved and restored
        state = opt.state_dict()
        assert set(state) >= {GENERATOR, GENERATOR_PG}
        opt.load_state_dict(state)
        assert _adam_steps(opt, GENERATOR_PG) == [1]
    else:
        assert _adam_steps(opt, GENERATOR) == [2]


def test_mix_mle_weighs_each_loss_by_its_own_sample_size():
    from csgan_nmt.policy_gradient import mix_mle

    seq = torch.tensor(6.0, requires_grad=True)
    mle = torch.tensor(10.0, requires_grad=True)
    loss, size, log = mix_mle(0.25, seq, 3, {"pg_loss": 6.0, "ntokens": 3, "sample_size": 3},
                              (mle, 5, {"loss": 10.0, "nll_loss": 9.0, "ntokens": 5}))
    assert loss.item() == pytest.approx(0.75 * 6 / 3 + 0.25 * 10 / 5)
    loss.backward()
    assert seq.grad == pytest.approx(0.75 / 3) and mle.grad == pytest.approx(0.25 / 5)
    assert size == 1 and log["sample_size"] == 1 and log["pg_loss"] == pytest.approx(2.0)
    assert log["mix_nll_loss"] == 9.0 and log["mix_ntokens"] == 5


def test_mle_weight_mixes_both_losses_in_one_update(tiny_data, tmp_path):
    """A policy-gradient update under --mle-weight 0.25: the criterion mixes the trainer's
    MLE criterion's loss of the same batch into its own, one backward pass for both."""
    _, task, trainer = build_trainer(
        tiny_data / "bin", tmp_path, "--csgan-stage", "adversarial", "--d-steps", "0",
        "--teacher-forcing-steps", "0", "--mle-weight", "0.25", "--max-tokens", "400",
        "--reward-estimator", "sequence", "--rollout-max-len", "5")
    model = trainer.get_model()
    sample, _ = trainer._prepare_sample(next(train_batches(task, trainer)))

    class Fixed:
        def __init__(self, loss, size, log):
            self.loss, self.size, self.log = loss, size, log

        def __call__(self, model, sample):
            return self.loss, self.size, dict(self.log)

    mle = torch.tensor(10.0, requires_grad=True)
    criterion = Fixed(mle, 5, {"loss": 10.0, "nll_loss": 9.0, "ntokens": 5, "sample_size": 5})
    model.stage.enter(model.stage.current, 0)
    loss, size, log = task.train_step(sample, model, criterion, trainer.optimizer, 0)
    assert task._phase == Phase.POLICY_GRADIENT
    # pg_loss is logged per sample-size unit: the mixed loss is 0.75 of it plus 0.25 * 10 / 5
    assert loss.item() == pytest.approx(0.75 * log["pg_loss"] + 0.25 * 10 / 5, abs=1e-5)
    assert mle.grad == pytest.approx(0.25 / 5)
    assert any(p.grad is not None and p.grad.abs().sum() > 0
               for p in model.generator.parameters())
    assert size == 1 and log["mix_nll_loss"] == 9.0 and log["mix_ntokens"] == 5


def test_a_policy_gradient_update_logs_what_shows_learning(tiny_data, tmp_path):
    _, task, trainer = build_trainer(
        tiny_data / "bin", tmp_path, "--csgan-stage", "adversarial", "--d-steps", "0",
        "--reward-estimator", "sequence", "--samples-per-source", "2",
        "--reward-baseline-mode", "leave-one-out", "--max-tokens", "400",
        "--rollout-max-len", "25", "--mle-weight", "0.5", "--teacher-forcing-steps", "0")
    with metrics.aggregate() as agg:
        trainer.train_step([next(train_batches(task, trainer))])
    values = agg.get_smoothed_values()
    for key in ("seq_reward", "seq_reward_sd", "advantage_sd", "entropy", "unfinished",
                "pg_gnorm", "mix_nll_loss", "reward", "pg_loss"):
        assert key in values and math.isfinite(values[key]), key
    assert values["seq_reward_sd"] > 0 and values["advantage_sd"] > 0
    assert 0 < values["entropy"] < math.log(len(task.target_dictionary))
    assert values["pg_gnorm"] > 0 and "tf_gnorm" not in values
    assert values["reward"] == pytest.approx(0, abs=1e-3)  # leave-one-out: mean advantage ~0


def test_kl_from_start_is_zero_at_the_stage_start_and_grows_with_the_updates(tiny_data,
                                                                            tmp_path):
    from csgan_nmt.validation_diagnostics import kl_log

    _, task, trainer = build_trainer(
        tiny_data / "bin", tmp_path, "--csgan-stage", "adversarial", "--d-steps", "0",
        "--reward-estimator", "sequence", "--max-tokens", "400", "--rollout-max-len", "25",
        "--kl-from-start", "--teacher-forcing-steps", "0", "--lr", "0.01")
    model = trainer.get_model()
    assert model.start_generator is not None
    assert not any(p.requires_grad for p in model.start_generator.parameters())
    with torch.no_grad():  # a placeholder that differs from G until the stage begins
        for p in model.start_generator.parameters():
            p.add_(0.1)
    batches = train_batches(task, trainer)
    task.load_dataset("valid")
    valid = task.dataset("valid")
    sample = valid.collater([valid[i] for i in range(8)])
    g0 = [p.detach().clone() for p in model.generator.parameters()]
    trainer.train_step([next(batches)])  # enters the stage (the copy := G), then updates G
    assert all(torch.equal(a, b) for a, b in zip(model.start_generator.parameters(), g0))
    first = kl_log(model.start_generator, model.generator, sample, task.target_dictionary.pad())
    for _ in range(3):
        trainer.train_step([next(batches)])
    later = kl_log(model.start_generator, model.generator, sample, task.target_dictionary.pad())
    assert 0 < first["kl_sum"] / first["kl_n"] < later["kl_sum"] / later["kl_n"]
    # against a from-scratch KL(start || G) per reference token
    lp = [m.eval().get_normalized_probs(m(**sample["net_input"]), log_probs=True)
          for m in (model.start_generator, model.generator)]
    mask = sample["target"].ne(task.target_dictionary.pad())
    want = torch.nn.functional.kl_div(lp[1][mask], lp[0][mask], log_target=True,
                                      reduction="sum")
    assert later["kl_sum"] == pytest.approx(want.item(), rel=1e-4)
    # and validation logs it through fairseq's metrics
    with metrics.aggregate() as agg:
        trainer.valid_step(sample)
    assert agg.get_smoothed_values()["kl_from_start"] > 0
