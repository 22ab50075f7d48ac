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

The baseline is applied to every estimator in one place: `apply_baseline`.
"""

from enum import Enum

import torch


class RewardBaselineMode(str, Enum):
    """--reward-baseline-mode: what is subtracted from Q_t (`apply_baseline`); a member's
    value is the option's string.

    Attributes:
        CONSTANT: "constant", b inside the D term, lambda * (D - b), nothing else (the paper).
        ROLLOUT_MEAN: "rollout-mean", V(Y_<t), the mean reward of prefix t-1's rollouts
            (--reward-estimator monte-carlo only).
        SELF_CRITICAL: "self-critical", the reward of G's greedy translation of the source.
        LEAVE_ONE_OUT: "leave-one-out", the mean reward of the source's other K-1 samples
            (--samples-per-source K >= 2).

    Source: Yang et al., NAACL 2018, section 3.3 (constant b); Rennie et al., CVPR 2017
    (self-critical); Kool et al., 2019 (leave-one-out baseline).
    """

    CONSTANT = "constant"  # b inside the D term: lambda * (D - b) (the paper)
    ROLLOUT_MEAN = "rollout-mean"  # V(Y_<t): the mean reward of prefix t-1's rollouts
    SELF_CRITICAL = "self-critical"  # the reward of G's greedy translation (Rennie et al. 2017)
    LEAVE_ONE_OUT = "leave-one-out"  # mean reward of the source's other K-1 samples (RLOO)


def rollout_mean_values(means, spawn_at):
    """The rollout-mean baseline V(Y_<t) of every token (--reward-baseline-mode rollout-mean).

    V[:, t-1], the baseline of token y_t (t = 1..T), is the rollout mean of the longest
    rolled-out prefix of length <= t-1. With a rollout stride, tokens between two rolled-out
    prefixes take the earlier one's mean: still a function of Y_<t only, so unbiased.

    Args:
        means: (B, T+1) float32 over prefix lengths 0..T, the mean reward of the N rollouts
            of every marked prefix, as monte_carlo.rollout_means returns it.
        spawn_at: (B, T+1) bool, the prefixes that were rolled out; column 0 (the empty
            prefix) must be True for every row.
    Returns:
        (B, T) float32 on the inputs' device, V[:, t-1] for token t. Positions after EOS
        hold a carried value, not zero: the caller masks them.
    Raises:
        ValueError: when the empty prefix of some row was not rolled out.

    Source: the "MC baseline" of Bahdanau et al., 2017, without a critic net (see the
    module docstring).
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
    """The self-critical baseline: the reward of G's greedy translation of every source.

    Args:
        engine: Policy whose greedy decode (eval mode, pad and bos banned, the same
            length caps as sampling) gives the translations.
        scorer: RewardScorer, the reward R of those translations.
        src_tokens: (B, S) int64 source ids, one row per source.
        src_lengths: (B,) int64 source lengths.
        refs: (B, R) int64 gold translations, EOS-ended, right-padded with pad.
    Returns:
        (B, 1) float32 R(greedy translation) on the sources' device; no gradient.

    Source: Rennie et al., CVPR 2017 (self-critical sequence training).
    """
    greedy = engine.sample(src_tokens, src_lengths, greedy=True)
    return scorer(src_tokens, greedy, refs).unsqueeze(1)


def leave_one_out_values(returns, group):
    """The leave-one-out baseline (--reward-baseline-mode leave-one-out): for candidate i of
    a source, the mean return of the source's other K-1 candidates.

    The K candidates are independent draws, so the value of candidate i does not depend on
    it: the baseline is unbiased.

    Args:
        returns: (N,) float R(Y) of every candidate, N = sources * K, rows k*K .. k*K+K-1
            belong to source k.
        group: int K >= 2, candidates per source.
    Returns:
        (N,) tensor of the dtype and device of `returns`.
    Raises:
        ValueError: when K < 2 (no other candidate to average).

    Source: Kool et al., 2019, "Buy 4 REINFORCE samples, get a baseline for free!";
    Ahmadian et al., 2024 (RLOO).
    """
    if group < 2:
        raise ValueError("the leave-one-out baseline needs --samples-per-source >= 2")
    totals = returns.view(-1, group).sum(1, keepdim=True)
    return ((totals - returns.view(-1, group)) / (group - 1)).view(-1)


def apply_baseline(estimate, mode: RewardBaselineMode, candidates, sampler, scorer, mask):
    """The advantages: the estimate's rewards minus the baseline `mode` names.

    constant: unchanged (b sits inside the D term); rollout-mean: unchanged (Monte Carlo
    subtracted it already); self-critical: minus the reward of G's greedy translation of
    the same source (one decode per source, not per candidate); leave-one-out: minus the
    mean return of the other K-1 candidates of the same source. Neither depends on the
    candidate it is subtracted from, so the expected gradient is unchanged.

    Args:
        estimate: Estimate, rewards (N, T) and returns (N,).
        mode: RewardBaselineMode or its value.
        candidates: Candidates, N = sources * K rows.
        sampler: Policy of G, decodes the greedy translations (self-critical).
        scorer: RewardScorer, their reward.
        mask: (N, T) float, 1 at candidate tokens (EOS included), 0 at padding.
    Returns:
        (N, T) float32, zero after EOS (constant and rollout-mean: `estimate.rewards`
        itself, not a copy).
    Raises:
        ValueError: for leave-one-out with one candidate per source
            (`leave_one_out_values`).

    Source: Rennie et al., CVPR 2017 (self-critical); Kool et al., ICLR 2019 workshop, and
    Ahmadian et al., ACL 2024 (leave-one-out).
    """
    mode = RewardBaselineMode(mode)
    if mode in (RewardBaselineMode.CONSTANT, RewardBaselineMode.ROLLOUT_MEAN):
        return estimate.rewards
    K = candidates.group
    if mode == RewardBaselineMode.SELF_CRITICAL:
        first = slice(None, None, K)  # one row per source
        values = self_critical_values(sampler, scorer, candidates.src_tokens[first],
                                      candidates.src_lengths[first], candidates.refs[first])
        values = values.repeat_interleave(K, 0)
    else:
        values = leave_one_out_values(estimate.returns, K).unsqueeze(1)
    return (estimate.rewards - values) * mask
