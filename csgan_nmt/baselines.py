"""Baselines of the policy gradient (--reward-baseline-mode).

A baseline V subtracted from Q_t leaves the expected gradient unchanged as long as V does
not depend on the token y_t it weighs (given X and Y_<t): E[grad log G(y_t|Y_<t,X) * V] = 0.
It only changes the variance. Three choices:

- constant: the paper's b inside the D term, lambda * (D(X, Y) - b) (Yang et al., 2018).
  The BLEU term has no baseline, so every sampled sentence with any n-gram match is pushed up.
- rollout-mean: V(Y_<t), the mean reward of the N rollouts already drawn from the prefix
  Y_<t (prefix length t-1; the empty prefix is rolled out for t = 1). They complete Y_<t
  with their own draws, so they are independent of y_t: Q_t - V is the advantage of
  choosing y_t, as in actor-critic methods, at the cost of N more rollouts per sentence
  (Sutton et al., 2000; the "MC baseline" of Bahdanau et al., 2017, without a critic net).
- self-critical: the reward of G's greedy translation of the same source, a function of X
  alone (Rennie et al., CVPR 2017, "Self-critical sequence training").
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
