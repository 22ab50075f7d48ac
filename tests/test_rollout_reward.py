"""Rollout engine and Monte Carlo rewards on tiny real fairseq generators.

The engine must reproduce the authors' decode-from-scratch scheme token for token (same
noise) and never draw pad or bos; its reward estimates must converge to the exact
expectation (enumerated); the reward of a hand-built case must be lambda * (D - b) +
(1 - lambda) * BLEU number for number; and the reward plumbing (last token, padding,
stride, lambda) must do what the paper says.
"""

import math

import pytest
import torch
from fairseq.data import data_utils

from benchmarks.reference_rollout import reference_rewards, reference_rollout
from csgan_nmt import reward as reward_module
from csgan_nmt.estimators.monte_carlo import monte_carlo_rewards, rollout_positions
from csgan_nmt.policy import Policy
from csgan_nmt.reward import RewardScorer
from helpers import (ALLOWED, BOS, EOS, PAD, UNK, VOCAB, A, B, C, batch, discriminator,
                     lstm, scorer, transformer)


pytestmark = pytest.mark.usefixtures("one_thread")


# four sentences of different lengths; Y ends at EOS or is cut at its cap (src_len + 1)
MIXED = batch(
    srcs=[[A, B, C, A, B, C, EOS], [C, C, B, A, EOS], [A, B, C, EOS], [B, EOS]],
    ys=[[A, B, C, A, C, A, EOS], [B, B, A, C, C, A], [C, EOS], [A, A, C]],
    refs=[[A, B, C, A, EOS], [B, A, C, EOS], [C, A, EOS], [A, C, EOS]],
)


def mixed_engine(model, **kw):
    return Policy(model, VOCAB, max_len_a=1, max_len_b=1, **kw)


# ---------------------------------------------------------------- engine == reference
@pytest.mark.parametrize("build", [lstm, transformer])
def test_engine_equals_reference_loop(build):
    model, d = build(1), discriminator(2)
    src, src_lengths, ys, refs = MIXED
    N = 3
    for stride in (1, 2):
        spawn_at = rollout_positions(ys, PAD, stride)
        for max_rows in (8192, 12):
            engine = mixed_engine(model, max_rows=max_rows)
            caps = engine.length_caps(src)
            chunks = list(engine._chunks(spawn_at, N))
            assert (len(chunks) > 1) == (max_rows == 12)  # the small cap really splits
            torch.manual_seed(3)
            noise = torch.rand(len(ys), ys.size(1) + 1, N, int(caps.max()), dtype=torch.float64)
            got = engine.rollout(src, src_lengths, ys, N, spawn_at, noise)
            want = reference_rollout(model, VOCAB, src, src_lengths, ys, N, spawn_at, noise, caps)
            assert torch.equal(got, want), (stride, max_rows)
        # rollouts really stop both at EOS and at the caps, and really sample (not constant)
        rolled = got[spawn_at]
        assert rolled.eq(EOS).any() and rolled[..., -1].ne(PAD).any()
        assert not torch.equal(rolled[:, 0], rolled[:, 1])

        q = monte_carlo_rewards(engine, scorer(d), src, src_lengths, ys, refs, N, stride, noise)
        q_ref = reference_rewards(model, VOCAB, scorer(d), src, src_lengths, ys, refs, N,
                                  stride, noise, caps)
        # D sees differently composed batches: float32 rounding only
        torch.testing.assert_close(q, q_ref, rtol=0, atol=1e-6)


def test_reward_structure_last_token_padding_and_stride():
    model, d = lstm(1), discriminator(2)
    src, src_lengths, ys, refs = MIXED
    engine, sc, N = mixed_engine(model), scorer(d), 4
    caps = engine.length_caps(src)
    noise = torch.rand(len(ys), ys.size(1) + 1, N, int(caps.max()), dtype=torch.float64)
    lengths = ys.ne(PAD).sum(1)
    full = sc(src, ys, refs)
    q1 = monte_carlo_rewards(engine, sc, src, src_lengths, ys, refs, N, 1, noise)
    for b, n in enumerate(lengths.tolist()):
        assert q1[b, n - 1] == full[b]  # the last token is judged on the complete Y
        assert q1[b, n:].eq(0).all()  # nothing after EOS / in the padding
    for stride in (2, 3):
        qs = monte_carlo_rewards(engine, sc, src, src_lengths, ys, refs, N, stride, noise)
        for b, n in enumerate(lengths.tolist()):
            assert qs[b, n:].eq(0).all() and qs[b, n - 1] == full[b]
            for t in range(1, n):  # prefix t scores token y_t, i.e. column t - 1
                if t % stride == 0:  # rolled out: same noise, same rollouts as stride 1
                    assert abs(qs[b, t - 1] - q1[b, t - 1]) < 1e-6
                else:  # no rollout: the next rolled-out prefix (or Y itself)
                    nxt = min(n, (t // stride + 1) * stride)
                    assert qs[b, t - 1] == qs[b, nxt - 1]


# ---------------------------------------------------------------- Monte Carlo convergence
CAP = 4
ENUM = batch(srcs=[[A, B, C, EOS], [C, A, EOS]], ys=[[A, B, A, EOS], [C, UNK, B, A]],
             refs=[[A, B, EOS], [C, B, A, EOS]])


def exact_rewards(model, sc):
    """E[score(Yhat)] and its sd for every rolled-out prefix of ENUM's Y, by enumerating
    all completions under the rollout policy's rules (pad/bos banned, stop at EOS, cut at
    CAP) with probabilities from teacher-forced (non-incremental) forward passes."""
    src, _, ys, refs = ENUM

    def completions(s, seq, prob):
        prev = torch.tensor([[EOS] + seq])
        out = model(s, torch.tensor([s.size(1)]), prev)
        p = model.get_normalized_probs(out, log_probs=True)[0, -1].double().exp()
        p = p / p[ALLOWED].sum()  # the engine's inverse CDF renormalises over the allowed
        for tok in ALLOWED:
            if tok == EOS or len(seq) + 1 >= CAP:
                yield seq + [tok], prob * p[tok]
            else:
                yield from completions(s, seq + [tok], prob * p[tok])

    mean, sd = {}, {}
    with torch.no_grad():
        for b in range(len(ys)):
            s = src[b][src[b].ne(PAD)].unsqueeze(0)
            for t in range(1, int(ys[b].ne(PAD).sum())):
                seqs, probs = zip(*completions(s, ys[b, :t].tolist(), 1.0))
                probs = torch.stack(probs)
                assert abs(probs.sum() - 1) < 1e-9
                hyps = data_utils.collate_tokens([torch.tensor(x) for x in seqs], PAD)
                scores = sc(src[b].expand(len(seqs), -1), hyps,
                            refs[b].expand(len(seqs), -1)).double()
                mean[b, t] = (probs * scores).sum()
                sd[b, t] = ((probs * scores ** 2).sum() - mean[b, t] ** 2).clamp(min=0).sqrt()
    return mean, sd


def test_monte_carlo_estimate_converges_to_exact_expectation():
    model, other, d = lstm(5, weight_std=1), lstm(6, weight_std=1), discriminator(7)
    sc, N = scorer(d, 0.5), 2000
    src, src_lengths, ys, refs = ENUM
    engine = Policy(model, VOCAB, max_len_a=0, max_len_b=CAP)
    assert engine.length_caps(src).tolist() == [CAP, CAP]
    mean, sd = exact_rewards(model, sc)
    wrong, _ = exact_rewards(other, sc)
    torch.manual_seed(8)
    q = monte_carlo_rewards(engine, sc, src, src_lengths, ys, refs, N)
    # The estimate is a mean of N i.i.d. scores with the exact sd computed above (never
    # more than range/2 = 0.5 here, Popoviciu); by the CLT a deviation beyond 4 sd/sqrt(N)
    # has probability ~6e-5 per position, and the seed is fixed anyway.
    tol = {k: 4 * float(v) / math.sqrt(N) + 1e-6 for k, v in sd.items()}
    for (b, t), m in mean.items():
        assert abs(float(q[b, t - 1]) - float(m)) <= tol[b, t], (b, t, float(q[b, t - 1]), m)
    # the check has teeth: another model's expectation is off by far more than tol
    assert max(abs(float(q[b, t - 1]) - float(wrong[b, t])) / tol[b, t] for b, t in wrong) > 3


# ---------------------------------------------------------------- lambda
def test_lambda_one_ignores_bleu_and_lambda_zero_ignores_d(monkeypatch):
    model, d = lstm(1), discriminator(2)
    src, src_lengths, ys, refs = MIXED
    other_refs = refs.flip(0)
    engine, N = mixed_engine(model), 3
    noise = torch.rand(len(ys), ys.size(1) + 1, N, int(engine.length_caps(src).max()),
                       dtype=torch.float64)

    def rewards(sc, r):
        return monte_carlo_rewards(engine, sc, src, src_lengths, ys, r, N, 1, noise)

    mixed = rewards(scorer(d, 0.5), refs)
    assert not torch.equal(mixed, rewards(scorer(d, 0.5), other_refs))  # BLEU matters...
    d_other = discriminator(3)
    assert not torch.equal(mixed, rewards(scorer(d_other, 0.5), refs))  # ...and so does D

    def forbidden(*args, **kwargs):
        raise AssertionError("must not be called")

    with monkeypatch.context() as m:
        m.setattr(reward_module, "sentence_bleu", forbidden)
        assert torch.equal(rewards(scorer(d, 1.0), refs), rewards(scorer(d, 1.0), other_refs))
    with monkeypatch.context() as m:
        pure_bleu = rewards(scorer(d_other, 0.0), refs)
        m.setattr(d, "forward", forbidden)
        assert torch.equal(rewards(scorer(d, 0.0), refs), pure_bleu)


# ---------------------------------------------------------------- sampling
def test_first_token_frequencies_match_the_softmax():
    model = lstm(11, weight_std=0.5)
    src = torch.tensor([[A, C, B, EOS]])
    with torch.no_grad():
        lp = model.get_normalized_probs(model(src, torch.tensor([4]), src.new_full((1, 1), EOS)),
                                        log_probs=True)[0, 0].double()
    p = lp.exp()[ALLOWED]
    p = p / p.sum()
    R = 4000
    engine = Policy(model, VOCAB, max_len_a=0, max_len_b=1)
    torch.manual_seed(12)
    first = engine.sample(src.expand(R, -1), torch.full((R,), 4))[:, 0]
    counts = torch.tensor([float(first.eq(tok).sum()) for tok in ALLOWED], dtype=torch.float64)
    assert counts.sum() == R  # never pad or bos

    def chi2(q):
        return float(((counts - R * q) ** 2 / (R * q)).sum())

    assert (R * p).min() > 20  # enough expected counts for the chi-square approximation
    assert chi2(p) < 18.47  # the 0.999 quantile of chi-square with 4 degrees of freedom
    assert chi2(torch.full_like(p, 0.2)) > 18.47  # while a uniform draw would be rejected


def test_pad_and_bos_are_never_drawn_whatever_the_uniform():
    from csgan_nmt.policy import _inverse_cdf

    # u = 0 is a value torch.rand returns; u just below 1 is the other end
    lowest, highest = 0.0, 1.0 - 2.0 ** -24
    # the first two (bos, pad) and the last token have probability zero
    for dtype in (torch.float32, torch.float64):
        probs = torch.tensor([[0.0, 0.0, 0.2, 0.5, 0.3, 0.0]], dtype=dtype)
        cdf = probs.cumsum(1)
        u = torch.tensor([[lowest, 0.2 - 1e-7, 0.2, 0.7, highest]], dtype=dtype)
        assert _inverse_cdf(cdf, u).tolist() == [[2, 2, 3, 4, 4]]
    # through the engine: every uniform 0 (first allowed token after bos/pad) and every
    # uniform at the top end (last allowed token) on a real model
    model = lstm(11, weight_std=0.5)
    src, src_lengths = torch.tensor([[A, C, B, EOS]]), torch.tensor([4])
    engine = Policy(model, VOCAB, max_len_a=0, max_len_b=3)
    for u in (lowest, highest):
        y = engine.sample(src, src_lengths, noise=torch.full((1, 1, 1, 3), u, dtype=torch.float64))
        assert not y.eq(BOS).any() and (y.eq(PAD).sum() == 0 or y[0, 0] == EOS), y
        assert y[0, 0] == (ALLOWED[0] if u == lowest else ALLOWED[-1])


# ---------------------------------------------------------------- the reward, number for number
class StubDiscriminator(torch.nn.Module):
    """D whose probability is fixed by the first word of the hypothesis; records the pairs
    it was shown."""

    PROBABILITY = {A: 0.9, B: 0.2, C: 0.6}

    def __init__(self):
        super().__init__()
        self.seen = []

    def forward(self, src_tokens, tgt_tokens, src_index=None):
        sources = src_tokens if src_index is None else src_tokens[src_index]
        self.seen += list(zip(sources.tolist(), tgt_tokens.tolist()))
        p = torch.tensor([self.PROBABILITY[int(row[0])] for row in tgt_tokens])
        return torch.logit(p)


def test_reward_of_a_hand_built_case_is_lambda_d_minus_b_plus_bleu():
    import sacrebleu

    src = torch.tensor([[A, EOS], [B, EOS], [C, EOS]])
    hyps = data_utils.collate_tokens([torch.tensor(h) for h in (
        [A, B, C, A, EOS], [B, B, A, C, EOS], [C, A])], PAD)  # the last one was cut: no EOS
    refs = data_utils.collate_tokens([torch.tensor(r) for r in (
        [A, B, C, A, B, EOS], [C, A, B, EOS], [C, A, EOS])], PAD)
    d_prob = [0.9, 0.2, 0.6]
    # sentence BLEU on the words (EOS and padding dropped), as sacrebleu computes it
    words = [[str(t) for t in row if t not in (PAD, EOS)] for row in hyps.tolist()]
    ref_words = [[str(t) for t in row if t not in (PAD, EOS)] for row in refs.tolist()]
    bleu = [sacrebleu.sentence_bleu(" ".join(h), [" ".join(r)], tokenize="none").score / 100
            for h, r in zip(words, ref_words)]
    assert 0 < bleu[1] < bleu[0] < 1 and bleu[2] == pytest.approx(1.0)  # three BLEUs
    for lam, b in ((0.7, 0.5), (0.25, 0.1)):
        d = StubDiscriminator()
        got = RewardScorer(d, PAD, EOS, lam, b)(src, hyps, refs).tolist()
        want = [lam * (p - b) + (1 - lam) * s for p, s in zip(d_prob, bleu)]
        assert got == pytest.approx(want, abs=1e-6), (lam, b)
        if lam == 0.7:  # the exact match, written out: 0.7 * (0.6 - 0.5) + 0.3 * 1
            assert got[2] == pytest.approx(0.37, abs=1e-6)
        # D judged each hypothesis with its own source, EOS removed
        assert [(s[0], [t for t in h if t != PAD]) for s, h in d.seen] == [
            (A, [A, B, C, A]), (B, [B, B, A, C]), (C, [C, A])]
