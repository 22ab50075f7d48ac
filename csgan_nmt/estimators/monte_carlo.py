"""Monte Carlo search for token rewards (--reward-estimator monte-carlo; Yang et al., NAACL
2018, section 3.3; SeqGAN, Yu et al., AAAI 2017).

For a sampled translation Y of X with gold reference Y*, the reward of token y_t is

    Q_t = 1/N sum_n R(Yhat_n),   R = lambda * (D(X, .) - b) + (1 - lambda) * BLEU(., Y*)

where Yhat_1..N complete the prefix Y_1..t by sampling from the rollout policy; the last
token (EOS) uses the complete Y itself. With `stride` s > 1 only prefixes t = s, 2s, ...
are rolled out and a token without its own estimate takes the estimate of the nearest
later prefix (the first one that contains it). Positions after EOS get no reward.
"""

from dataclasses import dataclass

import torch
from fairseq.dataclass import ChoiceEnum, FairseqDataclass

from ..option_ranges import FRACTION, POSITIVE, option
from .baselines import RewardBaselineMode, rollout_mean_values
from .base import Estimate, Estimator, register_estimator


@dataclass
class MonteCarloConfig(FairseqDataclass):
    """The rollouts of Monte Carlo search: how many, of which prefixes, drawn from which
    policy.

    Attributes:
        rollouts: int N >= 1, rollouts per prefix.
        rollout_stride: int s >= 1, roll out every s-th prefix.
        rollout_policy: str, "current" (G) or "delayed" (a copy of G updated as
            theta_r <- r * theta_r + (1 - r) * theta_G after every policy-gradient step).
        rollout_update_rate: float r in [0, 1].

    Source: Yang et al., NAACL 2018, section 3.3 (N = 20; the delayed rollout policy).
    """

    rollouts: int = option(20, "Monte Carlo rollouts per prefix (N)", POSITIVE)
    rollout_stride: int = option(1, "roll out every s-th prefix", POSITIVE)
    rollout_policy: ChoiceEnum(["current", "delayed"]) = option(
        "current", "roll out with the current G or a delayed copy of it")
    rollout_update_rate: float = option(
        0.8, "delayed policy: theta_r <- r*theta_r + (1-r)*theta_G", FRACTION)


def rollout_positions(tokens, pad, stride, from_empty=False):
    """The prefixes to roll out: lengths t in [1, len-1] with t % stride == 0, len the
    translation's length with EOS (the full Y, t = len, scores itself).

    Args:
        tokens: (B, T) integer ids of the sampled translations, right-padded with pad.
        pad: the padding id.
        stride: int s >= 1, --rollout-stride.
        from_empty: also mark the empty prefix t = 0 (the rollout-mean baseline of the first
            token).
    Returns:
        (B, T+1) bool on the tokens' device, column t for prefix length t.
    """
    B, T = tokens.shape
    lengths = tokens.ne(pad).sum(1, keepdim=True)
    t = torch.arange(T + 1, device=tokens.device).unsqueeze(0)
    return (t >= (0 if from_empty else 1)) & (t < lengths) & (t % stride == 0)


@torch.no_grad()
def rollout_means(engine, scorer, src_tokens, src_lengths, tokens, refs, num_rollouts,
                  spawn_at, noise=None):
    """The Monte Carlo estimate of every marked prefix: the mean reward of its N rollouts.

    Each chunk of completions (Policy.rollout_chunks) is scored as soon as it is
    decoded, so at most one chunk's completions are held in memory; no gradient.

    Args:
        engine: Policy, the rollout policy.
        scorer: RewardScorer, the reward R of a completed translation.
        src_tokens: (B, S) int64 source ids.
        src_lengths: (B,) int64 source lengths.
        tokens: (B, T) int64 sampled translations, right-padded with pad.
        refs: (B, R) int64 gold translations, EOS-ended, right-padded.
        num_rollouts: int N >= 1, rollouts per prefix.
        spawn_at: (B, T+1) bool, the prefix lengths to roll out (rollout_positions).
        noise: optional (B, T+1, N, L) float uniforms in [0, 1), L at least the width of
            Policy.rollout's completions (see policy.py's module docstring); None
            draws from torch's RNG.
    Returns:
        (B, T+1) float32 on the tokens' device: column t the mean R of the N completions
        of Y_1..t where spawn_at is True, 0 elsewhere.

    Source: Yang et al., NAACL 2018, section 3.3 (Monte Carlo search); Yu et al., AAAI
    2017 (SeqGAN).
    """
    means = tokens.new_zeros(tokens.size(0), tokens.size(1) + 1, dtype=torch.float)
    for chunk in engine.rollout_chunks(src_tokens, src_lengths, tokens, num_rollouts,
                                       spawn_at, noise):
        rows = chunk.sentence.repeat_interleave(num_rollouts)
        scores = scorer(src_tokens, chunk.completions.flatten(0, 1), refs[rows], src_index=rows)
        means[chunk.sentence, chunk.prefix] = scores.view(-1, num_rollouts).mean(1)
    return means


@torch.no_grad()
def monte_carlo_estimate(engine, scorer, src_tokens, src_lengths, tokens, refs,
                         num_rollouts, stride=1, noise=None, rollout_mean_baseline=False):
    """Monte Carlo token rewards of sampled translations, and their whole rewards.

    Q_t is the mean R of the N rollouts of Y_1..t; the last token (EOS, or the last one of a
    cut Y) gets R(Y) itself; with stride s > 1 a token without its own estimate takes the
    one of the nearest later rolled-out prefix. With `rollout_mean_baseline`, Q is the
    advantage Q_t - V(Y_<t) instead (see baselines.rollout_mean_values): the empty prefix is
    rolled out as well. No gradient.

    Args:
        engine: Policy, the rollout policy.
        scorer: RewardScorer, the reward R.
        src_tokens: (B, S) int64 source ids.
        src_lengths: (B,) int64 source lengths.
        tokens: (B, T) int64 sampled translations, right-padded with pad, EOS-ended unless
            cut at the length cap.
        refs: (B, R) int64 gold translations, EOS-ended, right-padded.
        num_rollouts: int N >= 1, rollouts per prefix.
        stride: int s >= 1, roll out every s-th prefix.
        noise: optional (B, T+1, N, L) float uniforms in [0, 1) for the rollouts.
        rollout_mean_baseline: subtract the rollout-mean baseline V(Y_<t).
    Returns:
        (Q, R): Q (B, T) float32, 0 at padding; R (B,) float32 R(Y); on the tokens' device.
    Raises:
        ValueError: from baselines.rollout_mean_values, with `rollout_mean_baseline`, when
            a row of `tokens` is all pad (its empty prefix is not rolled out).

    Source: Yang et al., NAACL 2018, section 3.3 (Monte Carlo search); Yu et al., AAAI
    2017 (SeqGAN).
    """
    pad = scorer.pad
    B, T = tokens.shape
    lengths = tokens.ne(pad).sum(1)
    spawn_at = rollout_positions(tokens, pad, stride, from_empty=rollout_mean_baseline)
    means = rollout_means(engine, scorer, src_tokens, src_lengths, tokens, refs, num_rollouts,
                          spawn_at, noise)
    rows = torch.arange(B, device=tokens.device)
    q = means.clone()
    returns = scorer(src_tokens, tokens, refs)
    q[rows, lengths] = returns  # the full Y scores its own last token
    have = spawn_at.clone()
    have[rows, lengths] = True
    for t in range(T - 1, 0, -1):  # stride gaps take the next estimate
        q[:, t] = torch.where(have[:, t], q[:, t], q[:, t + 1])
    rewards = q[:, 1:]
    if rollout_mean_baseline:
        rewards = rewards - rollout_mean_values(means, spawn_at)
    return rewards * tokens.ne(pad).float(), returns


def monte_carlo_rewards(engine, scorer, src_tokens, src_lengths, tokens, refs,
                        num_rollouts, stride=1, noise=None, rollout_mean_baseline=False):
    """The token rewards of monte_carlo_estimate, without R(Y).

    Args:
        engine, scorer, src_tokens, src_lengths, tokens, refs, num_rollouts, stride, noise,
        rollout_mean_baseline: as for monte_carlo_estimate.
    Returns:
        Q (B, T) float32 on the tokens' device, 0 at padding.

    Source: Yang et al., NAACL 2018, section 3.3 (Monte Carlo search).
    """
    return monte_carlo_estimate(engine, scorer, src_tokens, src_lengths, tokens, refs,
                                num_rollouts, stride, noise, rollout_mean_baseline)[0]


@register_estimator("monte-carlo")
class MonteCarlo(Estimator):
    """The Monte Carlo search estimator (--reward-estimator monte-carlo): N rollouts of every
    s-th prefix; unbiased when the rollouts come from the sampling policy (--rollout-policy
    current).

    Args:
        objective: objective.Objective; reads rollouts (N, --rollouts) and rollout_stride
            (s, --rollout-stride).
    Attributes:
        baselines: Estimator's default modes plus RewardBaselineMode.ROLLOUT_MEAN.

    Source: Yang et al., NAACL 2018, section 3.3 (Monte Carlo search); Yu et al., AAAI
    2017 (SeqGAN).
    """

    baselines = Estimator.baselines | {RewardBaselineMode.ROLLOUT_MEAN}

    def estimate(self, rollout_engine, scorer, candidates, baseline_mode):
        """Monte Carlo token rewards of the candidates (monte_carlo_estimate).

        Args:
            rollout_engine: Policy of the rollout policy (current or delayed G).
            scorer: RewardScorer, the reward R.
            candidates: Candidates, N rows; tokens (N, T) int64 right-padded with pad.
            baseline_mode: RewardBaselineMode or its value; rollout-mean is applied here,
                the others later by baselines.apply_baseline.
        Returns:
            Estimate: rewards (N, T) float32 (advantages under rollout-mean), 0 at padding;
            returns (N,) float32 R(Y); baselined True under rollout-mean.
        """
        rollout_mean = RewardBaselineMode(baseline_mode) == RewardBaselineMode.ROLLOUT_MEAN
        rewards, returns = monte_carlo_estimate(
            rollout_engine, scorer, candidates.src_tokens, candidates.src_lengths,
            candidates.tokens, candidates.refs, self.objective.rollouts, self.objective.rollout_stride,
            rollout_mean_baseline=rollout_mean)
        return Estimate(rewards, returns, baselined=rollout_mean)
