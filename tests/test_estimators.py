"""Reward estimators and baselines (--reward-estimator, --reward-baseline-mode).

Unbiasedness where it holds, against the exact gradient of E[R] enumerated on a tiny model
(as tests/test_policy_gradient.py does for Monte Carlo search): the rollout-mean and
self-critical baselines leave the expected gradient unchanged, and `sequence` agrees with
`monte-carlo` in expectation. The biased estimators are checked formula by formula: the
prefix D of REGS (`partial-d`, and D trained on prefixes with the right labels) and
MaliGAN's normalised weights. Then the options through the task."""

import math
import re

import pytest
import torch

from csgan_nmt.estimators.baselines import rollout_mean_values, self_critical_values
from csgan_nmt.estimators import RewardBaselineMode as Baseline, RewardEstimator as Estimator
from csgan_nmt.discriminator_loss import FAKE, REAL, balanced_batch
from csgan_nmt.estimators.maligan import maligan_rewards
from csgan_nmt.discriminator_loss import random_prefixes
from csgan_nmt.estimators.regs import partial_d_rewards
from csgan_nmt.objective import Objective
from csgan_nmt.policy_gradient import policy_gradient_step
from csgan_nmt.estimators.monte_carlo import monte_carlo_rewards, rollout_positions
from csgan_nmt.utils import eos_to_pad
from csgan_nmt.policy import Policy
from helpers import (EOS, PAD, VOCAB, A, B, C, batch, build_trainer, discriminator, lstm,
                     scorer, train_batches, training_config)
from test_policy_gradient import estimate_projections, exact_gradients, renormalised_log_prob

pytestmark = pytest.mark.usefixtures("one_thread")


# ---------------------------------------------------------------- unbiasedness, enumerated
@pytest.mark.parametrize("estimator, baseline, stride", [
    (Estimator.MONTE_CARLO, Baseline.ROLLOUT_MEAN, 1),
    (Estimator.MONTE_CARLO, Baseline.ROLLOUT_MEAN, 2),
    (Estimator.MONTE_CARLO, Baseline.SELF_CRITICAL, 1),
    (Estimator.SEQUENCE, Baseline.CONSTANT, 1),
    (Estimator.SEQUENCE, Baseline.SELF_CRITICAL, 1),
])
def test_estimator_and_baseline_keep_the_expected_gradient(estimator, baseline, stride):
    """E[-grad L] = grad E_{Y~G'}[R(Y)]: `sequence` agrees with Monte Carlo search in
    expectation, and neither baseline moves the expectation (z-test on 30 batches, projected
    on the exact gradient and 3 random directions)."""
    model, d = lstm(21, weight_std=1.0, dropout=0.3), discriminator(22)
    sc = scorer(d, 0.5)
    src, ref = torch.tensor([[A, C, B, EOS]]), torch.tensor([[A, B, EOS]])
    exact, _ = exact_gradients(model, sc, src, ref)
    mean, se, directions = estimate_projections(
        model, sc, src, ref, exact, seed=31, rollout_stride=stride, estimator=estimator,
        baseline=baseline)
    z = (mean - directions @ exact) / se
    assert z.abs().max() < 4.5, z
    # the exact gradient is far from zero: an estimator that zeroed it would fail
    assert (directions[0] @ exact) / se[0] > 10


def test_rollout_mean_baseline_is_the_last_rolled_out_prefix_before_each_token():
    # prefix lengths 0..5; rolled out at 0, 2 and 4 (stride 2); token t takes prefix <= t-1
    means = torch.tensor([[0.1, 9.0, 0.3, 9.0, 0.5, 9.0]])
    spawn_at = torch.tensor([[True, False, True, False, True, False]])
    values = rollout_mean_values(means, spawn_at)
    assert values[0].tolist() == pytest.approx([0.1, 0.1, 0.3, 0.3, 0.5])
    with pytest.raises(ValueError, match="empty prefix"):
        rollout_mean_values(means, spawn_at.roll(1, 1))


def test_rollout_mean_rolls_out_the_empty_prefix_too():
    ys = torch.tensor([[A, B, C, EOS], [A, EOS, PAD, PAD]])
    assert rollout_positions(ys, PAD, 2, from_empty=True).tolist() == [
        [True, False, True, False, False], [True, False, False, False, False]]
    assert rollout_positions(ys, PAD, 2).tolist() == [
        [False, False, True, False, False], [False] * 5]


def test_monte_carlo_batch_with_nothing_to_roll_out():
    """Every Y no longer than the stride: no prefix is rolled out, and none is scored."""
    model, d = lstm(1), discriminator(2)
    sc = scorer(d, 0.7)
    src, src_lengths, ys, refs = batch(srcs=[[A, B, EOS], [C, EOS]], ys=[[A, EOS], [EOS]],
                                       refs=[[A, EOS], [C, EOS]])
    engine = Policy(model, VOCAB, max_len_a=1, max_len_b=1)
    q = monte_carlo_rewards(engine, sc, src, src_lengths, ys, refs, 3, stride=4)
    full = sc(src, ys, refs)
    assert q[0].tolist() == pytest.approx([float(full[0])] * 2)  # the gap takes Y's own
    assert q[1].tolist() == pytest.approx([float(full[1]), 0.0])


# ---------------------------------------------------------------- greedy translations
def test_greedy_translation_takes_the_most_probable_token_and_draws_nothing():
    model = lstm(3, weight_std=0.7)
    src, src_lengths, _, _ = batch(srcs=[[A, B, C, EOS], [C, A, EOS]], ys=[[A], [A]],
                                   refs=[[A], [A]])
    engine = Policy(model, VOCAB, max_len_a=0, max_len_b=5)
    state = torch.get_rng_state()
    greedy = engine.sample(src, src_lengths, greedy=True)
    assert torch.equal(torch.get_rng_state(), state)  # the training RNG is untouched
    for b in range(len(src)):
        s = src[b][src[b].ne(PAD)].unsqueeze(0)
        prefix = []
        while len(prefix) < 5 and (not prefix or prefix[-1] != EOS):
            scores = torch.stack([renormalised_log_prob(model, s, prefix, v)
                                  for v in range(len(VOCAB))])
            prefix.append(int(scores.argmax()))
        assert greedy[b][greedy[b].ne(PAD)].tolist() == prefix
    assert not torch.equal(engine.sample(src, src_lengths), greedy)  # sampling differs


def test_self_critical_step_subtracts_the_greedy_reward_from_every_token():
    model, d = lstm(3, weight_std=0.7), discriminator(2)
    sc = scorer(d, 0.5)
    src, src_lengths, _, refs = batch(srcs=[[A, B, C, EOS], [C, A, EOS]], ys=[[A], [A]],
                                      refs=[[A, B, EOS], [C, EOS]])
    engine = Policy(model, VOCAB, max_len_a=0, max_len_b=5)
    torch.manual_seed(8)
    out = policy_gradient_step(engine, engine, sc, src, src_lengths, refs,
                               Objective(Estimator.SEQUENCE, Baseline.SELF_CRITICAL, rollouts=2))
    greedy = self_critical_values(engine, sc, src, src_lengths, refs)
    mask = out.tokens.ne(PAD).float()
    want = (sc(src, out.tokens, refs).unsqueeze(1) - greedy) * mask
    torch.testing.assert_close(out.rewards, want)
    assert greedy.abs().min() > 1e-3  # the baseline is not zero: its absence would show


def test_self_critical_baseline_is_the_reward_of_the_greedy_translation():
    model, d = lstm(3, weight_std=0.7), discriminator(2)
    sc = scorer(d, 0.5)
    src, src_lengths, _, refs = batch(srcs=[[A, B, C, EOS], [C, A, EOS]], ys=[[A], [A]],
                                      refs=[[A, B, EOS], [C, EOS]])
    engine = Policy(model, VOCAB, max_len_a=0, max_len_b=5)
    want = sc(src, engine.sample(src, src_lengths, greedy=True), refs)
    for _ in range(3):  # the same every time: no draw involved
        got = self_critical_values(engine, sc, src, src_lengths, refs)
        assert got.shape == (2, 1) and torch.equal(got[:, 0], want)


# ---------------------------------------------------------------- the engine's memory
def test_rollout_chunks_hold_at_most_max_rows_int32_completions():
    model = lstm(1)
    src, src_lengths, ys, _ = batch(srcs=[[A, B, C, A, EOS], [C, C, B, EOS], [A, B, EOS]],
                                    ys=[[A, B, C, A, EOS], [B, B, EOS], [C, A, EOS]],
                                    refs=[[A], [A], [A]])
    spawn_at = rollout_positions(ys, PAD, 1)
    engine = Policy(model, VOCAB, max_len_a=1, max_len_b=1, max_rows=10)
    chunks = list(engine.rollout_chunks(src, src_lengths, ys, 3, spawn_at))
    # rows 4*3+1, 2*3+1, 2*3+1: sentence 0 alone is over max_rows, so its 4 prefixes are
    # split 3 + 1 (each decode: its rollouts and the sentence's trunk row)
    assert [(c.sentence.tolist(), c.prefix.tolist()) for c in chunks] == [
        ([0, 0, 0], [1, 2, 3]), ([0], [4]), ([1, 1], [1, 2]), ([2, 2], [1, 2])]
    for c in chunks:
        assert c.completions.dtype == torch.int32
        assert c.completions.size(0) * 3 + len(set(c.sentence.tolist())) <= 10
    # with the same noise, the chunks hold exactly what one unchunked decode draws
    torch.manual_seed(4)
    noise = torch.rand(3, ys.size(1) + 1, 3, 8, dtype=torch.float64)
    unchunked = Policy(model, VOCAB, max_len_a=1, max_len_b=1, max_rows=10_000)
    full = unchunked.rollout(src, src_lengths, ys, 3, spawn_at, noise)
    for c in engine.rollout_chunks(src, src_lengths, ys, 3, spawn_at, noise):
        width = c.completions.size(-1)
        assert torch.equal(full[c.sentence, c.prefix, :, :width], c.completions.long())


# ---------------------------------------------------------------- partial-d (REGS)
def test_random_prefixes_are_prefixes_of_uniform_length():
    tokens = torch.tensor([[5, 6, 7, 8], [9, 10, PAD, PAD], [PAD] * 4])
    torch.manual_seed(0)
    counts = torch.zeros(5)
    for _ in range(2000):
        cut = random_prefixes(tokens, PAD)
        lengths = cut.ne(PAD).sum(1)
        for row, n in zip(range(3), lengths.tolist()):  # a prefix: the first n tokens kept
            assert cut[row, :n].tolist() == tokens[row, :n].tolist()
        assert 1 <= lengths[1] <= 2 and lengths[2] == 0
        counts[lengths[0]] += 1
    assert counts[0] == 0
    assert (counts[1:] - 500).abs().max() < 4 * math.sqrt(2000 * 0.25 * 0.75)


def test_balanced_batch_of_prefixes_labels_gold_real_and_translations_fake():
    src = torch.tensor([[4, 5, 2], [6, 7, 2]])
    gold = torch.tensor([[8, 9, 10, 11, 2], [12, 13, 2, PAD, PAD]])
    fake = torch.tensor([[14, 15, 16, 2], [17, 2, PAD, PAD]])
    torch.manual_seed(1)
    seen = set()
    for _ in range(50):
        pairs, tgt, labels = balanced_batch(src, gold, fake, PAD, 2, prefixes=True)
        assert labels.tolist() == [REAL, REAL, FAKE, FAKE]
        for row, whole in zip(tgt, list(eos_to_pad(gold, 2, PAD)) + list(eos_to_pad(fake, 2, PAD))):
            n = int(row.ne(PAD).sum())
            assert 1 <= n <= int(whole.ne(PAD).sum())
            assert row[:n].tolist() == whole[:n].tolist()
        seen.add((int(tgt[0].ne(PAD).sum()), int(tgt[2].ne(PAD).sum())))
    assert {g for g, _ in seen} == {1, 2, 3, 4}  # gold row 0 is cut at every length
    assert {f for _, f in seen} == {1, 2, 3}  # and so is the translation of row 0


def test_partial_d_reward_is_d_of_each_prefix_plus_the_sentence_bleu():
    d = discriminator(2)
    sc = scorer(d, 0.6)
    src, _, ys, refs = batch(srcs=[[A, B, C, EOS], [C, A, EOS]],
                             ys=[[A, B, EOS], [C, A, C, B, EOS]], refs=[[A, B, EOS], [C, EOS]])
    q = partial_d_rewards(sc, src, ys, refs)
    for b in range(2):
        words = eos_to_pad(ys[b:b + 1], EOS, PAD)
        bleu = float(sc.bleu(words, refs[b:b + 1]))
        length = int(ys[b].ne(PAD).sum())
        for t in range(ys.size(1)):
            if t >= length:
                assert q[b, t] == 0
                continue
            prefix = words.clone()
            prefix[:, t + 1:] = PAD
            dp = float(sc.d_probability(src[b:b + 1], prefix, torch.tensor([0])))
            assert float(q[b, t]) == pytest.approx(0.6 * (dp - 0.5) + 0.4 * bleu, abs=1e-6)
    assert q[1, :4].unique().numel() > 1  # prefixes really are scored apart


def test_d_criterion_trains_on_random_prefixes_under_partial_d(tiny_data, tmp_path):
    _, task, trainer = build_trainer(tiny_data / "bin", tmp_path, "--csgan-stage",
                                     "discriminator", "--reward-estimator", "partial-d")
    model = trainer.get_model()
    sample = next(train_batches(task, trainer))
    fake = sample["target"].flip(0)  # stand-in translations, known to the test
    criterion = task.discriminator_criterion
    criterion.negatives = lambda *args: fake
    seen = {}

    def spy(src, tgt, **kw):
        seen["tgt"] = tgt
        return real_forward(src, tgt, **kw)

    real_forward, model.discriminator.forward = model.discriminator.forward, spy
    torch.manual_seed(3)
    loss, n, _ = criterion(model, sample)
    B = sample["target"].size(0)
    wholes = list(eos_to_pad(sample["target"], 2, 1)) + list(eos_to_pad(fake, 2, 1))
    cut = 0
    for row, whole in zip(seen["tgt"], wholes):
        k, full = int(row.ne(1).sum()), int(whole.ne(1).sum())
        assert 1 <= k <= full and row[:k].tolist() == whole[:k].tolist()
        cut += k < full
    assert cut > B // 2  # most rows really are cut
    logits = real_forward(sample["net_input"]["src_tokens"].repeat(2, 1), seen["tgt"])
    labels = torch.tensor([REAL] * B + [FAKE] * B)
    want = torch.nn.functional.binary_cross_entropy_with_logits(logits, labels, reduction="sum")
    assert n == 2 * B and loss.item() == pytest.approx(want.item(), rel=1e-5)


# ---------------------------------------------------------------- MaliGAN
def test_maligan_weights_are_normalised_within_each_source():
    d = discriminator(2)
    sc = scorer(d, 0.7)
    K = 3
    src, _, ys, refs = batch(srcs=[[A, B, C, EOS]] * 3 + [[C, A, EOS]] * 3,
                             ys=[[A, B, EOS], [B, EOS], [C, C, A, EOS],
                                 [C, EOS], [A, A, EOS], [B, C, EOS]],
                             refs=[[A, B, EOS]] * 3 + [[C, EOS]] * 3)
    q = maligan_rewards(sc, src, ys, refs, K)
    words = eos_to_pad(ys, EOS, PAD)
    logits = sc.d_logit(src, words, torch.arange(6))
    bleu = sc.bleu(words, refs)
    mask = ys.ne(PAD).float()
    for g in range(2):
        rows = slice(g * K, g * K + K)
        r = torch.exp(logits[rows])  # D / (1 - D)
        want = 0.7 * (K * r / r.sum() - 1) + 0.3 * bleu[rows]
        torch.testing.assert_close(q[rows], want.unsqueeze(1) * mask[rows], rtol=1e-5, atol=1e-6)
        assert float(((q[rows, 0] - 0.3 * bleu[rows]) / 0.7).sum()) == pytest.approx(0, abs=1e-5)


def test_maligan_step_draws_k_samples_of_every_source():
    model, d = lstm(4, weight_std=0.7), discriminator(2)
    src, src_lengths, _, refs = batch(srcs=[[A, B, C, EOS], [C, A, EOS]], ys=[[A], [A]],
                                      refs=[[A, B, EOS], [C, EOS]])
    engine = Policy(model, VOCAB, max_len_a=0, max_len_b=4)
    torch.manual_seed(5)
    out = policy_gradient_step(engine, engine, scorer(d), src, src_lengths, refs,
                               Objective(Estimator.MALIGAN, samples_per_source=4, rollouts=3))
    assert out.tokens.size(0) == 8
    srcs = src.repeat_interleave(4, 0)
    torch.testing.assert_close(out.token_log_probs, engine.log_probs(
        srcs, src_lengths.repeat_interleave(4), out.tokens))
    torch.testing.assert_close(out.rewards, maligan_rewards(
        scorer(d), srcs, out.tokens, refs.repeat_interleave(4, 0), 4))


# ---------------------------------------------------------------- through the task
@pytest.mark.parametrize("options, message", [
    (["--reward-baseline-mode", "rollout-mean", "--reward-estimator", "sequence"],
     "rollout-mean averages Monte Carlo rollouts"),
    (["--reward-estimator", "maligan", "--reward-baseline-mode", "self-critical"],
     "maligan has its own baseline"),
    (["--reward-estimator", "partial-d", "--reward-lambda", "0"], "needs --reward-lambda > 0"),
    (["--reward-type", "constant", "--reward-estimator", "sequence"],
     "--reward-type constant gives every token"),
    (["--maligan-samples", "1"], "--maligan-samples must be in [2, inf), got 1"),
    # the sequence-level objectives
    (["--reward-baseline-mode", "leave-one-out"], "needs --samples-per-source >= 2, got 1"),
    (["--reward-estimator", "risk", "--samples-per-source", "4",
      "--reward-baseline-mode", "self-critical"], "risk needs no baseline"),
    (["--reward-estimator", "risk"], "at least 2 candidates per source"),
    (["--reward-estimator", "maligan", "--samples-per-source", "3", "--maligan-samples", "4"],
     "--samples-per-source 3 and --maligan-samples 4 disagree"),
    (["--mle-weight", "1"], "--mle-weight must be in [0.0, 1.0), got 1.0"),
    (["--risk-sharpness", "0"], "--risk-sharpness must be in (0.0, inf), got 0.0"),
    (["--samples-per-source", "0"], "--samples-per-source must be in [1, inf), got 0"),
    (["--unfinished-penalty", "-1"], "--unfinished-penalty must be in [0, inf), got -1.0"),
])
def test_contradictory_reward_options_are_refused_when_the_task_is_built(
        tiny_data, tmp_path, options, message):
    from fairseq import tasks

    cfg = training_config(tiny_data / "bin", tmp_path, "--csgan-stage", "auto", *options)
    with pytest.raises(ValueError, match=re.escape(message)):
        tasks.setup_task(cfg.task)


@pytest.mark.parametrize("options", [
    ["--reward-estimator", "sequence", "--reward-baseline-mode", "self-critical"],
    ["--reward-baseline-mode", "rollout-mean"],
    ["--reward-estimator", "partial-d"],
    ["--reward-estimator", "maligan", "--maligan-samples", "2"],
])
def test_each_estimator_makes_a_policy_gradient_update_of_g(tiny_data, tmp_path, options):
    _, task, trainer = build_trainer(
        tiny_data / "bin", tmp_path, "--csgan-stage", "adversarial", "--rollouts", "2",
        "--rollout-stride", "3", "--rollout-max-len", "25", "--max-tokens", "400", *options)
    model = trainer.get_model()
    before = [p.detach().clone() for p in model.generator.parameters()]
    log = trainer.train_step([next(train_batches(task, trainer))])
    assert "pg_loss" in log and math.isfinite(log["pg_loss"])
    assert any(not torch.equal(b, p) for b, p in zip(before, model.generator.parameters()))
