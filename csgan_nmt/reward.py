"""The BR-CSGAN reward of complete translations (Yang et al., 2018, section 3.3):

    R(Y) = lambda * (D(X, Y) - b) + (1 - lambda) * sentence-BLEU(Y, Y*)  [- P if Y was cut]

RewardScorer computes it for many rows at once; every estimator (estimators.py) turns it
into token rewards Q_t its own way (Monte Carlo search: monte_carlo.py).
"""

import torch

from .sentence_bleu import sentence_bleu
from .utils import eos_to_pad, eval_mode


class RewardScorer:
    """The BR-CSGAN reward of complete translations (Yang et al., 2018, section 3.3):
    lambda * (D(X, Y) - b) + (1 - lambda) * sentence-BLEU(Y, Y*), for many rows at once,
    minus `unfinished_penalty` for a translation cut at the length cap (no EOS).

    discriminator: D (CNNDiscriminator), or None where lambda = 0; pad, eos: target ids;
    reward_lambda in [0, 1]; baseline b (finite); unfinished_penalty P >= 0; batch_rows:
    rows per D / BLEU chunk. The options are checked once, when the task is built
    (csgan_config.validate), not again here."""

    def __init__(self, discriminator, pad, eos, reward_lambda, baseline, batch_rows=1024,
                 unfinished_penalty=0.0):
        self.discriminator = discriminator
        self.pad, self.eos = pad, eos
        self.reward_lambda, self.baseline = reward_lambda, baseline
        self.batch_rows = batch_rows
        self.unfinished_penalty = unfinished_penalty

    @torch.no_grad()
    def __call__(self, src_tokens, hyps, refs, src_index=None):
        """R (M,) float of hyps (M, L) int32/int64, EOS-ended unless cut, right-padded; row i
        translates src_tokens[src_index[i]] (default: i) and is compared with refs[i] (M, R).
        In [-lambda * b - P, lambda * (1 - b) + 1 - lambda]."""
        if src_index is None:
            src_index = torch.arange(hyps.size(0), device=hyps.device)
        score = -self.penalty(hyps)
        hyps = eos_to_pad(hyps.long(), self.eos, self.pad)  # rollouts come as int32
        if self.reward_lambda > 0:  # lambda = 0 never asks D
            d = self.d_probability(src_tokens, hyps, src_index)
            score += self.reward_lambda * (d - self.baseline)
        if self.reward_lambda < 1:  # lambda = 1 (pure CSGAN) never computes BLEU
            score += (1 - self.reward_lambda) * self.bleu(hyps, refs)
        return score

    def penalty(self, hyps):
        """(M,) float: the unfinished penalty of every row of hyps (with EOS), 0 where the
        row has its EOS."""
        cut = ~hyps.eq(self.eos).any(1)
        return cut.float() * self.unfinished_penalty

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
