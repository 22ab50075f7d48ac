"""The policy-gradient update (csgan_nmt/policy_gradient.py), as the task, the benchmark and
these tests all call it: alignment of log-probabilities with the tokens and rewards, the
network the log-probabilities come from (dropout!), padding, and an unbiasedness check
against the exact gradient of the expected reward, enumerated on a tiny model."""

import math

import pytest
import torch
from fairseq.data import data_utils

from csgan_nmt.objective import Objective
from csgan_nmt.policy_gradient import policy_gradient_loss, policy_gradient_step
from csgan_nmt.policy import Policy
from helpers import ALLOWED, EOS, PAD, VOCAB, A, B, C, batch, discriminator, lstm, scorer

pytestmark = pytest.mark.usefixtures("one_thread")


def renormalised_log_prob(model, src, y_prefix, token):
    """log G'(token | y_prefix, X) from scratch: one non-incremental forward of the prefix,
    in eval mode, pad and bos banned and the rest renormalised (the sampler's policy)."""
    was_training = model.training
    model.eval()
    prev = torch.tensor([[EOS] + y_prefix])
    out = model(src, torch.tensor([src.size(1)]), prev)
    p = model.get_normalized_probs(out, log_probs=False)[0, -1]
    model.train(was_training)
    return torch.log(p[token] / p[ALLOWED].sum())


def test_token_log_probs_align_with_prefixes_in_eval_mode():
    model = lstm(3, weight_std=0.7, dropout=0.5).train()  # train mode, as in the trainer
    src, src_lengths, ys, _ = batch(srcs=[[A, B, C, EOS], [C, A, EOS]],
                                    ys=[[A, B, A, EOS], [C, EOS]], refs=[[A], [A]])
    engine = Policy(model, VOCAB)
    got = engine.log_probs(src, src_lengths, ys)
    assert model.training  # the mode is restored
    for b in range(len(ys)):
        s = src[b][src[b].ne(PAD)].unsqueeze(0)
        length = int(ys[b].ne(PAD).sum())
        for t in range(ys.size(1)):
            if t < length:  # log G'(y_t | y_<t, X), y_t at column t
                want = renormalised_log_prob(model, s, ys[b, :t].tolist(), int(ys[b, t]))
                assert got[b, t].item() == pytest.approx(want.item(), abs=1e-5), (b, t)
            else:
                assert got[b, t] == 0  # padding after EOS
    # without the renormalisation this would be fairseq's plain log-softmax, which differs
    plain = model.eval().get_normalized_probs(
        model(src, src_lengths, torch.cat([ys.new_full((2, 1), EOS), ys[:, :-1]], 1)),
        log_probs=True).gather(-1, ys.unsqueeze(-1)).squeeze(-1)
    assert (plain - got)[ys.ne(PAD)].abs().min() > 1e-3


def test_policy_gradient_step_takes_log_probs_from_the_sampling_network():
    """G has dropout 0.5 and is in train mode, as the trainer leaves it, so dropout is live;
    the step's log-probabilities must still be those of the eval network that drew Y."""
    model, d = lstm(4, weight_std=0.7, dropout=0.5), discriminator(2)
    model.train()
    src, src_lengths, _, refs = batch(srcs=[[A, B, C, EOS], [C, A, EOS]], ys=[[A], [A]],
                                      refs=[[A, B, EOS], [C, EOS]])
    engine = Policy(model, VOCAB, max_len_a=0, max_len_b=4)
    torch.manual_seed(5)
    out = policy_gradient_step(engine, engine, scorer(d), src, src_lengths, refs,
                               Objective(rollouts=3))
    assert model.training  # back in train mode for the teacher-forcing updates
    prev = torch.cat([out.tokens.new_full((2, 1), EOS), out.tokens[:, :-1]], 1)
    assert not torch.equal(model(src, src_lengths, prev)[0], model(src, src_lengths, prev)[0])
    # the loss is built from the returned log-probabilities and rewards...
    assert out.loss.item() == pytest.approx(
        float(policy_gradient_loss(out.token_log_probs, out.rewards).detach()), abs=1e-5)
    # ...and those are the eval network's, prefix by prefix, computed from scratch
    for b in range(len(out.tokens)):
        s = src[b][src[b].ne(PAD)].unsqueeze(0)
        y = out.tokens[b][out.tokens[b].ne(PAD)].tolist()
        for t, tok in enumerate(y):
            assert out.token_log_probs[b, t].item() == pytest.approx(
                float(renormalised_log_prob(model, s, y[:t], tok).detach()), abs=1e-5)


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_log_probs_backpropagate_through_a_cuda_lstm_in_eval_mode():
    """cuDNN refuses the backward of an RNN run in eval mode; log_probs must not use it."""
    model = lstm(4, dropout=0.3).cuda().train()
    src, src_lengths, ys, _ = batch(srcs=[[A, B, C, EOS], [C, A, EOS]],
                                    ys=[[A, B, A, EOS], [C, EOS]], refs=[[A], [A]])
    engine = Policy(model, VOCAB)
    lp = engine.log_probs(src.cuda(), src_lengths.cuda(), ys.cuda())
    lp.sum().backward()  # raised "cudnn RNN backward can only be called in training mode"
    assert any(p.grad is not None and p.grad.abs().sum() > 0 for p in model.parameters())


def test_policy_gradient_loss_sums_minus_log_prob_times_reward():
    lp = torch.tensor([[-0.5, -1.0, -2.0], [-0.1, 0.0, 0.0]], requires_grad=True)
    q = torch.tensor([[0.3, -0.2, 0.5], [2.0, 0.0, 0.0]], requires_grad=True)
    loss = policy_gradient_loss(lp, q)
    assert loss.item() == pytest.approx(-(-0.15 + 0.2 - 1.0 - 0.2))
    loss.backward()
    assert torch.equal(lp.grad, -q.detach()) and q.grad is None  # Q is a constant


def test_update_raises_rewarded_and_lowers_penalised_samples_and_ignores_padding():
    model = lstm(9)
    src, src_lengths, ys, _ = batch(srcs=[[A, B, EOS], [A, B, EOS]],
                                    ys=[[A, B, EOS], [C, C, A, EOS]], refs=[[A], [A]])
    engine = Policy(model, VOCAB)
    mask = ys.ne(PAD)
    rewards = torch.tensor([[1.0] * 4, [-1.0] * 4]) * mask  # + for sample A, - for B
    before = engine.log_probs(src, src_lengths, ys).sum(1).detach()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    policy_gradient_loss(engine.log_probs(src, src_lengths, ys), rewards).backward()
    optimizer.step()
    after = engine.log_probs(src, src_lengths, ys).sum(1).detach()
    assert after[0] > before[0] and after[1] < before[1]

    # whatever reward sits at padding (after EOS) changes neither the loss nor the gradient
    results = []
    for junk in (0.0, 100.0):
        model.zero_grad()
        loss = policy_gradient_loss(engine.log_probs(src, src_lengths, ys),
                                    rewards + junk * (~mask))
        loss.backward()
        results.append((loss.detach(), [p.grad.clone() for p in model.parameters()]))
    assert torch.equal(results[0][0], results[1][0])
    assert all(torch.equal(g0, g1) for g0, g1 in zip(results[0][1], results[1][1]))


# ---------------------------------------------------------------- unbiasedness, enumerated
CAP = 2  # Y has at most two tokens: 1 + 4 * 5 = 21 possible sequences


def all_sequences():
    """Every Y the policy can produce under the cap: EOS, or a non-EOS token and anything."""
    seqs = [[EOS]]
    for first in ALLOWED:
        if first != EOS:
            seqs += [[first, second] for second in ALLOWED]
    return seqs


def exact_gradients(model, sc, src, ref):
    """(grad of E_{Y~G'}[R(Y)], the expectation of a WRONG estimator that uses fairseq's
    plain log-softmax instead of the renormalised G'), by enumerating every Y."""
    seqs = all_sequences()
    n = len(seqs)
    ys = data_utils.collate_tokens([torch.tensor(y) for y in seqs], PAD)
    srcs, lengths = src.expand(n, -1), torch.full((n,), src.size(1))
    rewards = sc(srcs, ys, ref.expand(n, -1)).double()
    lp = Policy(model, VOCAB).log_probs(srcs, lengths, ys)  # (n, CAP), 0 at pad
    log_pi = lp.sum(1)
    params = [p for p in model.parameters()]
    exact = torch.autograd.grad((log_pi.exp() * rewards).sum(), params)
    # Q(y_<=t) exactly: R(Y) for the last token; for the first of two, E[R | y_1]
    pi = log_pi.exp().detach()
    q = torch.zeros(n, CAP, dtype=torch.float64)
    for i, y in enumerate(seqs):
        q[i, len(y) - 1] = rewards[i]
        if len(y) == 2:
            same = [j for j, z in enumerate(seqs) if z[0] == y[0]]
            q[i, 0] = (pi[same] * rewards[same]).sum() / pi[same].sum()
    prev = torch.cat([ys.new_full((n, 1), EOS), ys[:, :-1]], 1)
    model.eval()
    plain = model.get_normalized_probs(model(srcs, lengths, prev), log_probs=True)
    plain = plain.gather(-1, ys.unsqueeze(-1)).squeeze(-1).masked_fill(ys.eq(PAD), 0)
    wrong = torch.autograd.grad((pi.unsqueeze(1) * plain * q).sum(), params)
    return _flat(exact), _flat(wrong)


def _flat(grads):
    return torch.cat([g.reshape(-1) for g in grads])


def estimate_projections(model, sc, src, ref, exact, seed, batches=30, rows=400, N=2,
                         **step_options):
    """Mean and standard error, over `batches` policy-gradient estimates of `rows` samples
    each (G in train mode, as the trainer leaves it), of the estimate projected on fixed
    directions: the exact gradient's and 3 random ones; and those directions."""
    model.train()
    engine = Policy(model, VOCAB, max_len_a=0, max_len_b=CAP)
    params = list(model.parameters())
    torch.manual_seed(seed)
    estimates = []
    for _ in range(batches):
        out = policy_gradient_step(engine, engine, sc, src.expand(rows, -1),
                                   torch.full((rows,), src.size(1)), ref.expand(rows, -1),
                                   Objective(rollouts=N, **step_options))
        estimates.append(-_flat(torch.autograd.grad(out.loss, params)) / rows)
    estimates = torch.stack(estimates)
    g = torch.Generator().manual_seed(seed + 1)
    directions = torch.stack([exact / exact.norm()] + [
        torch.randn(exact.numel(), generator=g, dtype=torch.float64) for _ in range(3)])
    directions = directions / directions.norm(dim=1, keepdim=True)
    proj = estimates @ directions.T  # (batches, 4)
    return proj.mean(0), proj.std(0) / math.sqrt(batches), directions


def test_expected_policy_gradient_equals_the_exact_gradient_with_dropout():
    """E[-grad L] = grad E_{Y~G'}[R(Y)] when Y and the rollouts come from G' (eval mode),
    even though G has dropout 0.3 and is in train mode when the step is called."""
    model, d = lstm(21, weight_std=1.0, dropout=0.3), discriminator(22)
    sc = scorer(d, 0.5)
    src, ref = torch.tensor([[A, C, B, EOS]]), torch.tensor([[A, B, EOS]])
    exact, wrong = exact_gradients(model, sc, src, ref)
    mean, se, directions = estimate_projections(model, sc, src, ref, exact, seed=23)
    z = (mean - directions @ exact) / se
    # t with 29 degrees of freedom: P(|t| > 4.5) ~ 1e-4 per direction
    print(f"\nz = {z.tolist()}, wrong estimator z = {((directions @ wrong - directions @ exact) / se).tolist()}")
    assert z.abs().max() < 4.5, (z, mean, directions @ exact)
    # the test has teeth: the wrong estimator's expectation is many standard errors away
    z_wrong = (directions @ wrong - directions @ exact) / se
    assert z_wrong.abs().max() > 10, z_wrong
