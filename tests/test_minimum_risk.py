"""Minimum risk training (--reward-estimator risk), formula by formula: Q renormalised over
the candidate set with sharpness alpha (or length-normalised), its spread, duplicates
counted once, the candidates (samples, beam n-best, the reference), and an update that moves
probability to the better candidates."""

import math

import pytest
import torch
from fairseq import metrics

from csgan_nmt.estimators import RewardBaselineMode as Baseline, build_estimator
from csgan_nmt.estimators.minimum_risk import (RISK_SHARPNESS, candidate_distribution,
                                               duplicates, expected_risk, spread)
from csgan_nmt.objective import Objective
from csgan_nmt.policy import Policy
from helpers import (EOS, PAD, VOCAB, A, B, C, batch, build_trainer, discriminator, lstm,
                     scorer, train_batches)

pytestmark = pytest.mark.usefixtures("one_thread")

# Summed log G'(Y | X) of 4 samples of the first five validation sources, drawn from the cpu
# size's start (the learning study's start checkpoint, 3,200 MLE updates;
# benchmarks/risk_spread.py, results/learning-cpu/risk_spread.json): a realistic candidate
# set, tens of nats apart (the median over all 433 sources: 56 nats).
REALISTIC_LOG_PROBS = [
    [-49.6, -82.4, -97.3, -117.8],
    [-69.0, -75.6, -91.4, -122.4],
    [-65.7, -67.0, -85.7, -92.7],
    [-143.7, -193.7, -249.9, -252.1],
    [-83.9, -117.9, -119.5, -140.0],
]


# ---------------------------------------------------------------- minimum risk
def test_expected_risk_renormalises_g_over_the_candidates_with_sharpness():
    lp = torch.log(torch.tensor([0.5, 0.3, 0.2, 0.1, 0.1, 0.8], dtype=torch.float64))
    r = torch.tensor([1.0, 0.0, 0.5, 0.2, 0.4, 0.0], dtype=torch.float64)
    assert float(expected_risk(lp, r, 3, 1.0)) == pytest.approx(
        -(0.5 * 1 + 0.2 * 0.5) - (0.1 * 0.2 + 0.1 * 0.4 + 0.8 * 0) / 1.0)
    q = torch.tensor([0.25, 0.09, 0.04]) / 0.38  # alpha = 2: G^2 renormalised
    assert float(expected_risk(lp[:3], r[:3], 3, 2.0)) == pytest.approx(
        -float((q * torch.tensor([1.0, 0.0, 0.5])).sum()))
    # a duplicate counts once: candidate 2 is left out, Q over {0, 1}
    dup = torch.tensor([False, False, True])
    assert float(expected_risk(lp[:3], r[:3], 3, 1.0, dup)) == pytest.approx(-0.5 / 0.8)


def test_length_normalised_q_divides_each_log_probability_by_its_length():
    lp = torch.tensor([-6.0, -4.0, -9.0], dtype=torch.float64)
    lengths = torch.tensor([3, 1, 9])  # per token: -2, -4, -1
    q = candidate_distribution(lp, 3, 0.5, lengths=lengths)
    expected = torch.softmax(torch.tensor([-1.0, -2.0, -0.5], dtype=torch.float64), 0)
    torch.testing.assert_close(q.view(-1), expected)
    # and the loss uses it: the expected risk under that Q
    r = torch.tensor([1.0, 0.0, 0.5], dtype=torch.float64)
    assert float(expected_risk(lp, r, 3, 0.5, lengths=lengths)) == pytest.approx(
        -float((expected * r).sum()))


def test_spread_is_the_effective_number_of_candidates_and_the_largest_weight():
    q = torch.tensor([[0.25, 0.25, 0.25, 0.25], [1.0, 0.0, 0.0, 0.0], [0.5, 0.5, 0.0, 0.0],
                      [0.7, 0.1, 0.1, 0.1]])
    effective, largest = spread(q)
    h = -(0.7 * math.log(0.7) + 3 * 0.1 * math.log(0.1))
    assert effective.tolist() == pytest.approx([4.0, 1.0, 2.0, math.exp(h)], rel=1e-5)
    assert largest.tolist() == pytest.approx([0.25, 1.0, 0.5, 0.7])


def test_default_q_is_neither_one_hot_nor_uniform_on_a_realistic_candidate_set():
    lp = torch.tensor(REALISTIC_LOG_PROBS).view(-1)
    effective, largest = spread(candidate_distribution(lp, 4, RISK_SHARPNESS))
    assert 1.5 < float(effective.median()) < 3.5, effective  # of 4
    assert 0.4 < float(largest.median()) < 0.85, largest
    # what the check is for: alpha = 1 is one-hot here, Shen et al.'s 5e-3 nearly uniform
    one_hot, _ = spread(candidate_distribution(lp, 4, 1.0))
    flat, _ = spread(candidate_distribution(lp, 4, 0.005))
    assert float(one_hot.median()) < 1.01 and float(flat.median()) > 3.8


def test_a_risk_update_logs_the_spread_of_q(tiny_data, tmp_path):
    _, task, trainer = build_trainer(
        tiny_data / "bin", tmp_path, "--csgan-stage", "adversarial", "--d-steps", "0",
        "--reward-lambda", "0", "--reward-estimator", "risk", "--samples-per-source", "3",
        "--max-tokens", "400", "--rollout-max-len", "25", "--teacher-forcing-steps", "0")
    with metrics.aggregate() as agg:
        trainer.train_step([next(train_batches(task, trainer))])
    values = agg.get_smoothed_values()
    # not one-hot at the default sharpness: the tiny model's samples are close in log G
    assert values["q_effective"] > 1.2 and values["q_max"] < 0.95, values
    assert "flat_sources" in values  # 3 candidates per source: counted


def test_duplicates_mark_later_copies_within_a_source_only():
    t = torch.tensor([[[A, EOS], [B, EOS], [A, EOS]], [[B, EOS], [A, EOS], [C, EOS]]])
    assert duplicates(t).tolist() == [False, False, True, False, False, False]


def test_risk_candidates_are_samples_beam_n_best_and_the_reference():
    from fairseq.sequence_generator import SequenceGenerator

    model, d = lstm(3, weight_std=0.7), discriminator(2)
    src, src_lengths, _, refs = batch(srcs=[[A, B, C, EOS], [C, A, EOS]], ys=[[A], [A]],
                                      refs=[[A, B, EOS], [C, EOS]])
    engine = Policy(model, VOCAB, max_len_a=0, max_len_b=5)
    risk = build_estimator("risk", Objective(risk_beam=2, risk_include_reference=True))
    torch.manual_seed(3)
    c = risk.candidates(engine, src, src_lengths, refs, 2)
    assert c.group == 5 and c.tokens.size(0) == 10 and c.pad == PAD
    hypos = SequenceGenerator([model], VOCAB, beam_size=2, max_len_a=0, max_len_b=5).generate(
        [model], {"net_input": {"src_tokens": src, "src_lengths": src_lengths}})
    for s in range(2):
        rows = c.tokens[s * 5:(s + 1) * 5]
        strip = [r[r.ne(PAD)].tolist() for r in rows]
        assert strip[2:4] == [h["tokens"].tolist() for h in hypos[s][:2]]  # the n-best
        assert strip[4] == refs[s][refs[s].ne(PAD)].tolist()  # the reference
        assert torch.equal(c.src_tokens[s * 5:(s + 1) * 5], src[s].expand(5, -1))
        assert all(t[-1] == EOS or len(t) == 5 for t in strip[:2])  # samples, capped
    assert c.duplicate.tolist() == duplicates(c.tokens.view(2, 5, -1)).tolist()


def test_risk_update_moves_probability_to_the_better_candidates():
    model = lstm(9, weight_std=0.7)
    src, src_lengths, _, refs = batch(srcs=[[A, B, EOS]], ys=[[A]], refs=[[A, B, EOS]])
    engine = Policy(model, VOCAB, max_len_a=0, max_len_b=4)
    sc = scorer(discriminator(2), 0.0)  # sentence BLEU
    risk = build_estimator("risk", Objective(risk_include_reference=True))
    torch.manual_seed(1)
    c = risk.candidates(engine, src, src_lengths, refs, 5)
    est = risk.estimate(engine, sc, c, Baseline.CONSTANT)
    keep = ~c.duplicate
    assert est.returns[keep].unique().numel() > 1  # something to prefer

    def q():  # Q at the estimator's own (default) sharpness
        lp = engine.log_probs(c.src_tokens, c.src_lengths, c.tokens).sum(1)
        return torch.softmax((RISK_SHARPNESS * lp).masked_fill(c.duplicate, float("-inf")),
                             0).detach()

    before = q()
    loss, size = risk.loss(c, est.rewards, engine.log_probs(c.src_tokens, c.src_lengths,
                                                            c.tokens))
    assert size == 1
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p -= 0.5 * p.grad
    after = q()
    assert float((after * est.returns).sum()) > float((before * est.returns).sum())
