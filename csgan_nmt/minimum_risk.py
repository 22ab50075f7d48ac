"""Minimum risk training over a candidate set (--reward-estimator risk; Shen et al., ACL 2016,
"Minimum risk training for neural machine translation"; Edunov et al., NAACL 2018, "Classical
structured prediction losses for sequence to sequence learning").

For every source X a candidate set S(X) is built: K samples of G (--samples-per-source), the
n-best of a beam search (--risk-beam M) and optionally the reference
(--risk-include-reference); a candidate equal to an earlier one of its set counts once. G's
sequence probabilities are renormalised over the set with sharpness alpha
(--risk-sharpness),

    Q(Y | X) = G(Y | X)^alpha / sum_{Y' in S(X)} G(Y' | X)^alpha,

and the loss is the expected risk, the cost being the negative BR-CSGAN reward:

    L = sum_X sum_{Y in S(X)} Q(Y | X) * -R(Y),  R = lambda * (D(X, Y) - b) + (1 - lambda) * BLEU

With lambda > 0 this is adversarial minimum risk training: D's opinion is part of the risk.
The gradient, alpha * Q(Y) * (R(Y) - E_Q[R]) * grad log G(Y), carries its own baseline
(E_Q[R]); the estimator takes no other. G(Y | X) is G' of the rollout engine (eval mode, pad
and bos banned), as for the policy gradient.
"""

import torch
import torch.nn.functional as F

from .csgan_config import RewardBaselineMode
from .estimators import Candidates, Estimate, RewardEstimator, register_estimator


def duplicates(tokens):
    """(B * G,) bool for tokens (B, G, L): True where a candidate equals an earlier candidate
    of its group (the first occurrence is kept)."""
    B, G, _ = tokens.shape
    same = (tokens.unsqueeze(2) == tokens.unsqueeze(1)).all(-1)  # (B, G, G)
    earlier = torch.ones(G, G, dtype=torch.bool, device=tokens.device).tril(-1)
    return (same & earlier).any(-1).view(-1)


def expected_risk(sequence_log_probs, rewards, group, sharpness, duplicate=None):
    """sum over sources of E_Q[-R] (a scalar): sequence_log_probs (N,) log G(Y|X) with
    gradient, rewards (N,) R(Y) (a constant), N = sources * group, rows of one source
    together; `duplicate` (N,) bool candidates left out of Q."""
    scores = sharpness * sequence_log_probs
    if duplicate is not None:
        scores = scores.masked_fill(duplicate, float("-inf"))
    q = torch.softmax(scores.view(-1, group), dim=1)
    return -(q * rewards.detach().view(-1, group).to(q.dtype)).sum()


@register_estimator("risk")
class MinimumRisk(RewardEstimator):
    """Expected -R over samples, beam n-best and reference of every source."""

    baselines = frozenset({RewardBaselineMode.CONSTANT})

    def candidates(self, sampler, src_tokens, src_lengths, refs, group):
        B, pad = src_tokens.size(0), sampler.pad
        parts = [sampler.sample(src_tokens.repeat_interleave(group, 0),
                                src_lengths.repeat_interleave(group, 0)).view(B, group, -1)]
        if self.options.risk_beam:
            beam = self.options.risk_beam
            parts.append(sampler.n_best(src_tokens, src_lengths, beam).view(B, beam, -1))
        if self.options.risk_include_reference:
            parts.append(refs.unsqueeze(1))
        width = max(p.size(2) for p in parts)
        tokens = torch.cat([F.pad(p, (0, width - p.size(2)), value=pad) for p in parts], 1)
        size = tokens.size(1)
        return Candidates(*(t.repeat_interleave(size, 0) for t in (src_tokens, src_lengths, refs)),
                          tokens.view(B * size, width), size, pad, duplicates(tokens))

    def estimate(self, rollout_engine, scorer, candidates, baseline_mode):
        c = candidates
        returns = scorer(c.src_tokens, c.tokens, c.refs)
        return Estimate(returns.unsqueeze(1) * c.tokens.ne(c.pad).float(), returns)

    def loss(self, candidates: Candidates, advantages, token_log_probs):
        """(expected risk summed over sources, number of sources); the reward of each
        candidate is read from its (possibly normalised) advantages, equal on every token."""
        return (expected_risk(token_log_probs.sum(1), advantages[:, 0], candidates.group,
                              self.options.risk_sharpness, candidates.duplicate),
                candidates.sources)
