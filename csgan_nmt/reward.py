"""BR-CSGAN reward (Yang et al., 2018, section 3.3): Monte Carlo estimate of Q_t.

For a sampled translation Y of X with gold reference Y*, the reward of token y_t is

    Q_t = 1/N sum_n [ lambda * (D(X, Yhat_n) - b) + (1 - lambda) * BLEU(Yhat_n, Y*) ]

where Yhat_1..N complete the prefix Y_1..t by sampling from the rollout policy; the last
token (EOS) uses the complete Y itself. With `stride` s > 1 only prefixes t = s, 2s, ...
are rolled out and a token without its own estimate takes the estimate of the nearest
later prefix (the first one that contains it). Positions after EOS get no reward.
"""

import torch

from .baselines import rollout_mean_values
from .csgan_config import check_range
from .rollout import eval_mode
from .sentence_bleu import sentence_bleu


def eos_to_pad(tokens, eos, pad):
    """D and BLEU judge the words only: EOS is replaced by padding (the shape is kept)."""
    return tokens.masked_fill(tokens.eq(eos), pad)


class RewardScorer:
    """The BR-CSGAN reward of complete translations (Yang et al., 2018, section 3.3):
    lambda * (D(X, Y) - b) + (1 - lambda) * sentence-BLEU(Y, Y*), for many rows at once."""

    def __init__(self, discriminator, pad, eos, reward_lambda, baseline, batch_rows=1024):
        check_range("--reward-lambda", reward_lambda, 0.0, 1.0)
        check_range("--reward-baseline", baseline)
        self.discriminator = discriminator
        self.pad, self.eos = pad, eos
        self.reward_lambda, self.baseline = reward_lambda, baseline
        self.batch_rows = batch_rows

    @torch.no_grad()
    def __call__(self, src_tokens, hyps, refs, src_index=None):
        """Scores of hyps (M, L); row i translates src_tokens[src_index[i]] (default: i)
        and is compared with refs[i]."""
        if src_index is None:
            src_index = torch.arange(hyps.size(0), device=hyps.device)
        hyps = eos_to_pad(hyps.long(), self.eos, self.pad)  # rollouts come as int32
        score = hyps.new_zeros(hyps.size(0), dtype=torch.float)
        if self.reward_lambda > 0:  # lambda = 0 never asks D
            d = self.d_probability(src_tokens, hyps, src_index)
            score += self.reward_lambda * (d - self.baseline)
        if self.reward_lambda < 1:  # lambda = 1 (pure CSGAN) never computes BLEU
            score += (1 - self.reward_lambda) * self.bleu(hyps, refs)
        return score

    def bleu(self, hyps, refs):
        """Sentence BLEU in [0, 1] of hyps (EOS already as pad) against refs."""
        return sentence_bleu(hyps, eos_to_pad(refs, self.eos, self.pad), self.pad,
                             chunk_size=self.batch_rows).float()

    def d_probability(self, src_tokens, hyps, src_index):
        """D(X, Y) without D's dropout."""
        return torch.sigmoid(self.d_logit(src_tokens, hyps, src_index))

    @torch.no_grad()
    def d_logit(self, src_tokens, hyps, src_index):
        """D's logit of (X, Y) without D's dropout (hyps: words only, EOS as pad); chunks of
        ~1k rows were fastest on CPU (benchmarks/rollout_benchmark.py)."""
        out = [hyps.new_zeros(0, dtype=torch.float)]  # no rows: no logits
        with eval_mode(self.discriminator):
            for i in range(0, hyps.size(0), self.batch_rows):
                index = src_index[i:i + self.batch_rows]
                sources = index.unique()  # encode each source of the chunk once
                logits = self.discriminator(src_tokens[sources], hyps[i:i + self.batch_rows],
                                            src_index=torch.searchsorted(sources, index))
                out.append(logits.float())
        return torch.cat(out)


def constant_rewards(tokens, pad, value):
    """Q_t = `value` for every sampled token up to EOS, zero after it (--reward-type constant).

    The control of Choshen et al. (ICLR 2020, "On the weaknesses of reinforcement learning
    for NMT"): a policy-gradient update with a reward that says nothing about the translation
    still sharpens G's distribution (a positive constant raises the probability of whatever
    G sampled). If this arm matches BR-CSGAN, the gain did not come from D or BLEU."""
    return tokens.ne(pad).float() * value


def sequence_rewards(scorer, src_tokens, tokens, refs):
    """Q_t = R(Y) for every token up to EOS (--reward-estimator sequence): REINFORCE with the
    whole translation's reward (Williams, 1992), no rollouts. Unbiased like Monte Carlo
    search, since E[R(Y) | Y_<=t] is what Monte Carlo search estimates, but noisier."""
    return scorer(src_tokens, tokens, refs).unsqueeze(1) * tokens.ne(scorer.pad).float()


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
def monte_carlo_rewards(engine, scorer, src_tokens, src_lengths, tokens, refs,
                        num_rollouts, stride=1, noise=None, rollout_mean_baseline=False):
    """Q (B, T) for the sampled `tokens` (B, T); zero after EOS.

    With `rollout_mean_baseline`, returns the advantage Q_t - V(Y_<t) instead (see
    baselines.rollout_mean_values): the empty prefix is rolled out as well."""
    pad = scorer.pad
    B, T = tokens.shape
    lengths = tokens.ne(pad).sum(1)
    spawn_at = rollout_positions(tokens, pad, stride, from_empty=rollout_mean_baseline)
    means = rollout_means(engine, scorer, src_tokens, src_lengths, tokens, refs, num_rollouts,
                          spawn_at, noise)
    rows = torch.arange(B, device=tokens.device)
    q = means.clone()
    q[rows, lengths] = scorer(src_tokens, tokens, refs)  # the full Y scores its own last token
    have = spawn_at.clone()
    have[rows, lengths] = True
    for t in range(T - 1, 0, -1):  # stride gaps take the next estimate
        q[:, t] = torch.where(have[:, t], q[:, t], q[:, t + 1])
    rewards = q[:, 1:]
    if rollout_mean_baseline:
        rewards = rewards - rollout_mean_values(means, spawn_at)
    return rewards * tokens.ne(pad).float()
