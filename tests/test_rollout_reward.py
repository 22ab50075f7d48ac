"""Rollout engine and Monte Carlo rewards on tiny real fairseq generators.

The engine must reproduce the authors' decode-from-scratch scheme token for token (same
noise), its reward estimates must converge to the exact expectation (enumerated), and the
reward plumbing (last token, padding, stride, lambda, policy gradient) must do what the
paper says.
"""

import math
from argparse import Namespace

import pytest
import torch
from fairseq.data import Dictionary, data_utils
from fairseq.models.lstm import LSTMModel, base_architecture as lstm_arch
from fairseq.models.transformer import TransformerModel, base_architecture as transformer_arch

from benchmarks.reference_rollout import reference_rewards, reference_rollout
from csgan_nmt import reward as reward_module
from csgan_nmt.discriminator import CNNDiscriminator, DiscriminatorConfig
from csgan_nmt.reward import (SequenceScorer, monte_carlo_rewards, policy_gradient_loss,
                              rollout_positions)
from csgan_nmt.rollout import RolloutEngine


VOCAB = Dictionary()
for _sym in "abc":
    VOCAB.add_symbol(_sym)
BOS, PAD, EOS, UNK = VOCAB.bos(), VOCAB.pad(), VOCAB.eos(), VOCAB.unk()
A, B, C = (VOCAB.index(s) for s in "abc")
ALLOWED = [EOS, UNK, A, B, C]  # what the rollout policy may draw (pad and bos banned)
TASK = Namespace(source_dictionary=VOCAB, target_dictionary=VOCAB)


pytestmark = pytest.mark.usefixtures("one_thread")


def lstm(seed, weight_std=None):
    """Tiny bidirectional-LSTM generator. fairseq's init gives near-uniform outputs that
    hardly depend on the model; `weight_std` re-draws every weight from N(0, std^2) so the
    distributions are peaked and differ from model to model."""
    torch.manual_seed(seed)
    args = Namespace(encoder_embed_dim=8, encoder_hidden_size=8, encoder_bidirectional=True,
                     decoder_embed_dim=8, decoder_hidden_size=8, decoder_out_embed_dim=8,
                     dropout=0.0, criterion="cross_entropy")
    lstm_arch(args)
    model = LSTMModel.build_model(args, TASK).double().eval()
    if weight_std is not None:
        for p in model.parameters():
            torch.nn.init.normal_(p, std=weight_std)
    return model


def transformer(seed):
    torch.manual_seed(seed)
    args = Namespace(encoder_embed_dim=8, encoder_ffn_embed_dim=16, encoder_layers=1,
                     encoder_attention_heads=2, decoder_embed_dim=8, decoder_ffn_embed_dim=16,
                     decoder_layers=2, decoder_attention_heads=2, dropout=0.0,
                     max_source_positions=64, max_target_positions=64)
    transformer_arch(args)
    return TransformerModel.build_model(args, TASK).double().eval()


def discriminator(seed):
    torch.manual_seed(seed)
    cfg = DiscriminatorConfig(d_embed_dim=8, d_kernel_sizes="1,2", d_num_filters="4,4",
                              d_dropout=0.0)
    d = CNNDiscriminator(cfg, VOCAB, VOCAB).eval()
    with torch.no_grad():  # a D whose opinion varies, so that lambda matters
        d.output.weight.mul_(20)
    return d


def scorer(d, reward_lambda=0.5):
    return SequenceScorer(d, PAD, EOS, reward_lambda, baseline=0.5)


def batch(srcs, ys, refs):
    """Sources left-padded and sorted longest first (as fairseq collates); Y, refs right-padded."""
    t = [torch.tensor(s) for s in srcs]
    src = data_utils.collate_tokens(t, PAD, left_pad=True)
    src_lengths = torch.tensor([len(s) for s in srcs])
    assert src_lengths.tolist() == sorted(src_lengths.tolist(), reverse=True)
    ys = data_utils.collate_tokens([torch.tensor(y) for y in ys], PAD)
    refs = data_utils.collate_tokens([torch.tensor(r) for r in refs], PAD)
    return src, src_lengths, ys, refs


# four sentences of different lengths; Y ends at EOS or is cut at its cap (src_len + 1)
MIXED = batch(
    srcs=[[A, B, C, A, B, C, EOS], [C, C, B, A, EOS], [A, B, C, EOS], [B, EOS]],
    ys=[[A, B, C, A, C, A, EOS], [B, B, A, C, C, A], [C, EOS], [A, A, C]],
    refs=[[A, B, C, A, EOS], [B, A, C, EOS], [C, A, EOS], [A, C, EOS]],
)


def mixed_engine(model, **kw):
    return RolloutEngine(model, VOCAB, max_len_a=1, max_len_b=1, **kw)


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
            chunks = list(engine._sentence_chunks(spawn_at, N))
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
    engine = RolloutEngine(model, VOCAB, max_len_a=0, max_len_b=CAP)
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


# ---------------------------------------------------------------- policy gradient
def test_policy_gradient_step_moves_log_likelihoods():
    model = lstm(9)
    src, src_lengths, ys, _ = batch(srcs=[[A, B, EOS], [A, B, EOS]],
                                    ys=[[A, B, EOS], [C, C, A, EOS]], refs=[[A], [A]])
    prev = torch.cat([ys.new_full((2, 1), EOS), ys[:, :-1]], 1)
    mask = ys.ne(PAD).double()

    def log_g():
        lp = model.get_normalized_probs(model(src, src_lengths, prev), log_probs=True)
        return (lp.gather(-1, ys.unsqueeze(-1)).squeeze(-1) * mask).sum(1)

    rewards = torch.tensor([[1.0] * 4, [-1.0] * 4]) * mask  # + for sample A, - for B
    model.train()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    before = log_g().detach()
    lprobs = model.get_normalized_probs(model(src, src_lengths, prev), log_probs=True)
    policy_gradient_loss(lprobs, ys, rewards, PAD).backward()
    optimizer.step()
    after = log_g().detach()
    assert after[0] > before[0] and after[1] < before[1]

    # no gradient reaches the logits at padding (= after EOS), whatever reward sits there
    with torch.no_grad():
        logits = model(src, src_lengths, prev)[0]
    grads, losses = [], []
    for junk in (0.0, 100.0):
        x = logits.clone().requires_grad_()
        lp = model.get_normalized_probs((x, None), log_probs=True)
        loss = policy_gradient_loss(lp, ys, rewards + junk * (1 - mask), PAD)
        loss.backward()
        grads.append(x.grad)
        losses.append(loss.detach())
    assert torch.equal(losses[0], losses[1]) and torch.equal(grads[0], grads[1])
    assert grads[0][0, 3].eq(0).all() and grads[0][mask.bool()].ne(0).any(-1).all()


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
    engine = RolloutEngine(model, VOCAB, max_len_a=0, max_len_b=1)
    torch.manual_seed(12)
    first = engine.sample(src.expand(R, -1), torch.full((R,), 4))[:, 0]
    counts = torch.tensor([float(first.eq(tok).sum()) for tok in ALLOWED], dtype=torch.float64)
    assert counts.sum() == R  # never pad or bos

    def chi2(q):
        return float(((counts - R * q) ** 2 / (R * q)).sum())

    assert (R * p).min() > 20  # enough expected counts for the chi-square approximation
    assert chi2(p) < 18.47  # the 0.999 quantile of chi-square with 4 degrees of freedom
    assert chi2(torch.full_like(p, 0.2)) > 18.47  # while a uniform draw would be rejected
