"""The whole translation's reward for every token (--reward-estimator sequence): REINFORCE
(Williams, 1992), no rollouts. Unbiased like Monte Carlo search, since E[R(Y) | Y_<=t] is what
Monte Carlo search estimates, but noisier; with K samples per source and the leave-one-out
baseline it is RLOO (Kool et al., 2019; Ahmadian et al., 2024)."""

from .base import Estimate, Estimator, register_estimator


@register_estimator("sequence")
class Reinforce(Estimator):
    """The REINFORCE estimator (--reward-estimator sequence): every token of a candidate Y
    gets the whole translation's reward R(Y); no rollouts, one scorer pass per candidate.

    Takes the default baselines of Estimator (constant, self-critical,
    leave-one-out). Constructor: Estimator's (`objective` is not read here).

    Source: Williams, 1992 (REINFORCE); with K samples per source and the leave-one-out
    baseline, Kool et al., 2019 (RLOO).
    """

    def estimate(self, rollout_engine, scorer, candidates, baseline_mode):
        """Q_t = R(Y) for every token of every candidate.

        Args:
            rollout_engine: unused (no rollouts).
            scorer: RewardScorer, gives R(Y) = lambda * (D - b) + (1 - lambda) * BLEU [- P].
            candidates: Candidates with N rows; tokens (N, T) int64, right-padded with pad,
                EOS-ended unless cut at the length cap.
            baseline_mode: unused (the baseline is applied by baselines.apply_baseline).
        Returns:
            Estimate: rewards (N, T) float32, R(Y) on every token up to and including EOS,
            0 at padding; returns (N,) float32 R(Y); baselined False.
        """
        returns = scorer(candidates.src_tokens, candidates.tokens, candidates.refs)
        mask = candidates.tokens.ne(scorer.pad).float()
        return Estimate(returns.unsqueeze(1) * mask, returns)
