"""Minimum risk training over a candidate set (--reward-estimator risk; Shen et al., ACL 2016,
"Minimum risk training for neural machine translation"; Edunov et al., NAACL 2018, "Classical
structured prediction losses for sequence to sequence learning").

For every source X a candidate set S(X) is built: K samples of G (--samples-per-source), the
n-best of a beam search (--risk-beam M) and optionally the reference
(--risk-include-reference); a candidate equal to an earlier one of its set counts once. G's
sequence probabilities are renormalised over the set with sharpness alpha
(--risk-sharpness),

    Q(Y | X) = G(Y | X)^alpha / sum_{Y' in S(X)} G(Y' | X)^alpha,

or, with --risk-length-normalize, over alpha * log G(Y | X) / |Y| (|Y| tokens, EOS
included).

and the loss is the expected risk, the cost being the negative BR-CSGAN reward:

    L = sum_X sum_{Y in S(X)} Q(Y | X) * -R(Y),  R = lambda * (D(X, Y) - b) + (1 - lambda) * BLEU

With lambda > 0 this is adversarial minimum risk training: D's opinion is part of the risk.
The gradient, alpha * Q(Y) * (R(Y) - E_Q[R]) * grad log G(Y), carries its own baseline
(E_Q[R]); the estimator takes no other. G(Y | X) is G' of the rollout engine (eval mode, pad
and bos banned), as for the policy gradient.

The sharpness decides how many candidates Q really holds. Four samples of one source differ
in log G(Y | X) by tens of nats on a trained model, so alpha = 1 puts all of Q on one
candidate (the gradient alpha * Q * (R - E_Q[R]) then vanishes for every candidate); Shen et
al. use alpha = 5e-3. `spread` gives the effective number of candidates exp(H(Q)) and Q's
largest weight, which the criterion logs at every update (q_effective, q_max).
"""

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from fairseq.dataclass import FairseqDataclass

from ..option_ranges import NON_NEGATIVE, POSITIVE_REAL, option
from .base import Candidates, Estimate, Estimator, register_estimator
from .baselines import RewardBaselineMode

# minimum risk's default alpha (--risk-sharpness): on the cpu start's samples Q weighs a
# median 2.8 of 4 candidates (alpha 1: 1.0, one-hot; 5e-3: 4.0, flat);
# results/learning-cpu/risk_spread.json
RISK_SHARPNESS = 0.05


@dataclass
class MinimumRiskConfig(FairseqDataclass):
    """--reward-estimator risk's candidate set and its distribution Q.

    Attributes:
        risk_sharpness: float alpha > 0 of Q(Y) ~ G(Y|X)^alpha.
        risk_length_normalize: bool, Q over alpha * log G(Y|X) / |Y|.
        risk_beam: int M >= 0, beam n-best added to every candidate set (0: none).
        risk_include_reference: bool, the reference added to every candidate set.

    Source: Shen et al., ACL 2016; Edunov et al., NAACL 2018.
    """

    risk_sharpness: float = option(
        RISK_SHARPNESS, "risk: alpha of G's renormalised sequence probabilities Q(Y) ~ "
                        "G(Y|X)^alpha over the candidate set (1 puts Q on one candidate of a "
                        "trained model; Shen et al. use 5e-3)", POSITIVE_REAL)
    risk_length_normalize: bool = option(
        False, "risk: Q over alpha * log G(Y|X) / |Y| (length-normalised) instead of the "
               "summed log-probabilities")
    risk_beam: int = option(
        0, "risk: add the n-best of a beam search of this size to every source's candidates",
        NON_NEGATIVE)
    risk_include_reference: bool = option(
        False, "risk: add the reference to every source's candidates")


def duplicates(tokens):
    """Marks the repeated candidates of every source, so that each counts once in Q.

    Args:
        tokens: (B, G, L) integer ids, the G candidates of each of B sources, all padded to
            width L with the same pad id (equal translations then have equal rows).
    Returns:
        (B * G,) bool on the tokens' device, row b*G + g True where candidate g equals an
        earlier candidate of source b (the first occurrence stays False).
    """
    B, G, _ = tokens.shape
    same = (tokens.unsqueeze(2) == tokens.unsqueeze(1)).all(-1)  # (B, G, G)
    earlier = torch.ones(G, G, dtype=torch.bool, device=tokens.device).tril(-1)
    return (same & earlier).any(-1).view(-1)


def candidate_distribution(sequence_log_probs, group, sharpness, duplicate=None,
                           lengths=None):
    """Q over every source's candidate set: softmax of alpha * log G(Y | X), optionally
    divided by the candidate's length.

    Args:
        sequence_log_probs: (N,) float log G'(Y | X) of every candidate (nats), with or
            without gradient; N = sources * group, rows k*group .. k*group+group-1 of
            source k.
        group: int, candidates per source.
        sharpness: float alpha > 0.
        duplicate: optional (N,) bool, candidates left out of Q (probability 0).
        lengths: optional (N,) int or float |Y| >= 1 (tokens, EOS included): Q over
            alpha * log G(Y | X) / |Y| (--risk-length-normalize); None: over the sums.
    Returns:
        (sources, group) tensor of the log-probabilities' dtype, each row summing to 1,
        differentiable w.r.t. them.

    Source: Shen et al., ACL 2016, equation 13 (alpha); the length-normalised score of
    Edunov et al., NAACL 2018, section 3.
    """
    scores = sequence_log_probs
    if lengths is not None:
        scores = scores / lengths.to(scores.dtype)
    scores = sharpness * scores
    if duplicate is not None:
        scores = scores.masked_fill(duplicate, float("-inf"))
    return torch.softmax(scores.view(-1, group), dim=1)


def spread(q):
    """How many candidates Q really weighs: its effective number exp(H(Q)) and its largest
    weight, per source.

    Args:
        q: (sources, group) float, rows summing to 1 (zeros allowed: 0 * log 0 = 0).
    Returns:
        (effective, largest): two (sources,) float tensors, effective in [1, group] (1: one
        candidate holds all of Q; group: Q uniform), largest in [1/group, 1].

    Source: the perplexity of a distribution as its effective support (Shannon, 1948).
    """
    q = q.detach().float()
    entropy = -(q * torch.log(q.clamp_min(1e-30))).sum(1)
    return entropy.exp(), q.max(1).values


def expected_risk(sequence_log_probs, rewards, group, sharpness, duplicate=None,
                  lengths=None):
    """The expected risk, summed over sources: sum_X sum_{Y in S(X)} Q(Y | X) * -R(Y), with
    Q = `candidate_distribution`.

    Args:
        sequence_log_probs: (N,) float log G'(Y | X) of every candidate (nats), with
            gradient; N = sources * group, rows k*group .. k*group+group-1 of source k.
        rewards: (N,) float R(Y), treated as a constant (detached).
        group: int, candidates per source.
        sharpness: float alpha > 0.
        duplicate: optional (N,) bool, candidates left out of Q (probability 0).
        lengths: optional (N,) |Y| (tokens, EOS included): Q over length-normalised
            log-probabilities.
    Returns:
        0-dim tensor of the log-probabilities' dtype, differentiable w.r.t. them.

    Source: Shen et al., ACL 2016 (minimum risk training), with the cost -R(Y).
    """
    q = candidate_distribution(sequence_log_probs, group, sharpness, duplicate, lengths)
    return -(q * rewards.detach().view(-1, group).to(q.dtype)).sum()


@register_estimator("risk")
class MinimumRisk(Estimator):
    """The minimum risk estimator (--reward-estimator risk): the expected -R over samples,
    beam n-best and reference of every source; the loss carries its own baseline E_Q[R], so
    it takes no other.

    Args:
        objective: objective.Objective; reads risk_beam (M, 0: no beam),
            risk_include_reference, risk_sharpness (alpha) and risk_length_normalize.
    Attributes:
        baselines: frozenset {RewardBaselineMode.CONSTANT}, the only mode it accepts.

    Source: Shen et al., ACL 2016 (minimum risk training); Edunov et al., NAACL 2018.
    """

    baselines = frozenset({RewardBaselineMode.CONSTANT})

    def candidates(self, sampler, src_tokens, src_lengths, refs, group):
        """The candidate set S(X) of every source: K samples, M beam n-best, the reference.

        Args:
            sampler: Policy of G' (eval mode); draws the samples and runs the beam.
            src_tokens: (B, S) int64 source ids.
            src_lengths: (B,) int64 source lengths.
            refs: (B, R) int64 gold translations, EOS-ended, right-padded with pad.
            group: int K >= 1, samples per source.
        Returns:
            Candidates with group G = K + M (+ 1 with the reference) and N = B * G rows,
            rows b*G .. b*G+G-1 of source b in the order samples, n-best (best first),
            reference; tokens (N, T) int64 right-padded with pad to the widest candidate;
            `duplicate` (N,) bool set (see `duplicates`).
        """
        B, pad = src_tokens.size(0), sampler.pad
        parts = [sampler.sample(src_tokens.repeat_interleave(group, 0),
                                src_lengths.repeat_interleave(group, 0)).view(B, group, -1)]
        if self.objective.risk_beam:
            beam = self.objective.risk_beam
            parts.append(sampler.n_best(src_tokens, src_lengths, beam).view(B, beam, -1))
        if self.objective.risk_include_reference:
            parts.append(refs.unsqueeze(1))
        width = max(p.size(2) for p in parts)
        tokens = torch.cat([F.pad(p, (0, width - p.size(2)), value=pad) for p in parts], 1)
        size = tokens.size(1)
        return Candidates(*(t.repeat_interleave(size, 0) for t in (src_tokens, src_lengths, refs)),
                          tokens.view(B * size, width), size, pad, duplicates(tokens))

    def estimate(self, rollout_engine, scorer, candidates, baseline_mode):
        """R(Y) of every candidate, on each of its tokens (what `loss` reads back).

        Args:
            rollout_engine: unused (no rollouts).
            scorer: RewardScorer, R = lambda * (D - b) + (1 - lambda) * BLEU [- P].
            candidates: Candidates from `candidates`, N rows.
            baseline_mode: unused (only constant is accepted).
        Returns:
            Estimate: rewards (N, T) float32, R(Y) on every token up to EOS, 0 at padding;
            returns (N,) float32 R(Y); baselined False.
        """
        c = candidates
        returns = scorer(c.src_tokens, c.tokens, c.refs)
        return Estimate(returns.unsqueeze(1) * c.tokens.ne(c.pad).float(), returns)

    def loss(self, candidates: Candidates, advantages, token_log_probs):
        """The minimum risk loss of the batch.

        Args:
            candidates: Candidates from `candidates` (group G, `duplicate` set).
            advantages: (N, T) float, R(Y) on every token of a candidate (possibly divided
                by --reward-normalize's standard deviation); column 0 is read.
            token_log_probs: (N, T) float log G'(y_t | Y_<t, X), 0 at padding, with
                gradient; summed over t to log G'(Y | X).
        Returns:
            (loss, sample size): the expected risk summed over sources (0-dim tensor,
            differentiable) and the int number of sources B, which fairseq's trainer
            divides the gradient by.
        """
        return (expected_risk(token_log_probs.sum(1), advantages[:, 0], candidates.group,
                              self.objective.risk_sharpness, candidates.duplicate,
                              self._lengths(candidates)),
                candidates.sources)

    def weights(self, candidates: Candidates, token_log_probs):
        """Q of every source's candidates, as the loss weighs them (for the logs).

        Args:
            candidates: Candidates from `candidates`.
            token_log_probs: (N, T) float log G'(y_t | Y_<t, X), 0 at padding.
        Returns:
            (B, G) float32 Q, no gradient, rows summing to 1 (0 at duplicates).
        """
        return candidate_distribution(token_log_probs.detach().sum(1).float(),
                                      candidates.group, self.objective.risk_sharpness,
                                      candidates.duplicate, self._lengths(candidates))

    def _lengths(self, candidates):
        if not self.objective.risk_length_normalize:
            return None
        return candidates.tokens.ne(candidates.pad).sum(1).clamp_min(1)
