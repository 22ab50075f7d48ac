"""Monte Carlo search for token rewards (--reward-estimator monte-carlo; Yang et al., NAACL
2018, section 3.3; SeqGAN, Yu et al., AAAI 2017).

For a sampled translation Y of X with gold reference Y*, the reward of token y_t is

    Q_t = 1/N sum_n R(Yhat_n),   R = lambda * (D(X, .) - b) + (1 - lambda) * BLEU(., Y*)

where Yhat_1..N complete the prefix Y_1..t by sampling from the rollout policy; the last
token (EOS) uses the complete Y itself. With `stride` s > 1 only prefixes t = s, 2s, ...
are rolled out and a token without its own estimate takes the estimate of the nearest
later prefix (the first one that contains it). Positions after EOS get no reward.
"""

import torch

from .baselines import rollout_mean_values
from .csgan_config import RewardBaselineMode
from .estimators import Estimate, RewardEstimator, register_estimator


def rollout_positions(tokens, pad, stride, from_empty=False):
    """(B, T+1) bool: prefix lengths t in [1, len-1] with t % stride == 0; with
    `from_empty`, the empty prefix t = 0 too (the rollout-mean baseline of the first token)."""
    B, T = tokens.shape
    lengths = tokens.ne(pad).sum(1, keepdim=True)
    t = torch.arange(T + 1, device=tokens.device).unsqueeze(0)
    return (t >= (0 if from_empty else 1)) & (t < lengths) & (t % stride == 0)


@torch.no_grad()
def rollout_means(engine, scorer, src_tokens, src_lengths, tokens, refs, num_rollouts,
                  spawn_at, noise=None):
    """(B, T+1): the mean score of the N rollouts of every prefix marked in `spawn_at`, zero
    elsewhere. Each chunk of completions is scored as soon as it is decoded."""
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
    """(Q (B, T) zero after EOS, R(Y) (B,)) for the sampled `tokens` (B, T).

    With `rollout_mean_baseline`, Q is the advantage Q_t - V(Y_<t) instead (see
    baselines.rollout_mean_values): the empty prefix is rolled out as well."""
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
    """Q (B, T) of monte_carlo_estimate, without R(Y)."""
    return monte_carlo_estimate(engine, scorer, src_tokens, src_lengths, tokens, refs,
                                num_rollouts, stride, noise, rollout_mean_baseline)[0]


@register_estimator("monte-carlo")
class MonteCarlo(RewardEstimator):
    """N rollouts of every s-th prefix (--rollouts, --rollout-stride); unbiased when the
    rollouts come from the sampling policy (--rollout-policy current)."""

    baselines = RewardEstimator.baselines | {RewardBaselineMode.ROLLOUT_MEAN}

    def estimate(self, rollout_engine, scorer, candidates, baseline_mode):
        rollout_mean = RewardBaselineMode(baseline_mode) == RewardBaselineMode.ROLLOUT_MEAN
        rewards, returns = monte_carlo_estimate(
            rollout_engine, scorer, candidates.src_tokens, candidates.src_lengths,
            candidates.tokens, candidates.refs, self.options.num_rollouts, self.options.stride,
            rollout_mean_baseline=rollout_mean)
        return Estimate(rewards, returns, baselined=rollout_mean)
