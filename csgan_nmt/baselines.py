"""Baselines of the policy gradient (--reward-baseline-mode).

A baseline V subtracted from Q_t leaves the expected gradient unchanged as long as V does
not depend on the token y_t it weighs (given X and Y_<t): E[grad log G(y_t|Y_<t,X) * V] = 0.
It only changes the variance. Four choices:

- constant: the paper's b inside the D term, lambda * (D(X, Y) - b) (Yang et al., 2018).
  The BLEU term has no baseline, so every sampled sentence with any n-gram match is pushed up.
- rollout-mean: V(Y_<t), the mean reward of the N rollouts already drawn from the prefix
  Y_<t (prefix length t-1; the empty prefix is rolled out for t = 1). They complete Y_<t
  with their own draws, so they are independent of y_t: Q_t - V is the advantage of
  choosing y_t, as in actor-critic methods, at the cost of N more rollouts per sentence
  (Sutton et al., 2000; the "MC baseline" of Bahdanau et al., 2017, without a critic net).
- self-critical: the reward of G's greedy translation of the same source, a function of X
  alone (Rennie et al., CVPR 2017, "Self-critical sequence training").
- leave-one-out: with K candidates of every source (--samples-per-source K), the mean
  reward of the other K-1 (Kool et al., 2019; Ahmadian et al., 2024, RLOO).

The baseline is applied to every estimator in one place: estimators.apply_baseline.
"""

import torch


def rollout_mean_values(means, spawn_at):
    """V (B, T): V[:, t-1] is the baseline of token t, the rollout mean of the longest
    rolled-out prefix of length <= t-1.

    means, spawn_at: (B, T+1) over prefix lengths, as reward.rollout_means returns them; the
    empty prefix (length 0) must be rolled out. With a rollout stride, tokens between two
    rolled-out prefixes take the earlier one's mean: still a function of Y_<t only.
    """
    if not bool(spawn_at[:, 0].all()):
        raise ValueError("the rollout-mean baseline needs rollouts of the empty prefix")
    values = means[:, :-1].clone()  # prefix lengths 0..T-1 for tokens 1..T
    have = spawn_at[:, :-1]
    for t in range(1, values.size(1)):  # carry the last rolled-out prefix forward
        values[:, t] = torch.where(have[:, t], values[:, t], values[:, t - 1])
    return values


@torch.no_grad()
def self_critical_values(engine, scorer, src_tokens, src_lengths, refs):
    """(B, 1): the reward of G's greedy translation of every source (Rennie et al., 2017)."""
    greedy = engine.sample(src_tokens, src_lengths, greedy=True)
    return scorer(src_tokens, greedy, refs).unsqueeze(1)


def leave_one_out_values(returns, group):
    """(N,): for candidate i of a source, the mean return of the source's other K-1
    candidates (--reward-baseline-mode leave-one-out; Kool et al., 2019, "Buy 4 REINFORCE
    samples, get a baseline for free!"; Ahmadian et al., 2024, RLOO).

    returns: (N,) float, N = sources * K, rows k*K .. k*K+K-1 of source k. The K candidates
    are independent draws, so the value of candidate i does not depend on it: unbiased.
    Raises ValueError for K < 2 (no other candidate to average)."""
    if group < 2:
        raise ValueError("the leave-one-out baseline needs --samples-per-source >= 2")
    totals = returns.view(-1, group).sum(1, keepdim=True)
    return ((totals - returns.view(-1, group)) / (group - 1)).view(-1)
