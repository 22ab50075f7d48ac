"""The whole translation's reward for every token (--reward-estimator sequence): REINFORCE
(Williams, 1992), no rollouts. Unbiased like Monte Carlo search, since E[R(Y) | Y_<=t] is what
Monte Carlo search estimates, but noisier; with K samples per source and the leave-one-out
baseline it is RLOO (Kool et al., 2019; Ahmadian et al., 2024)."""

from .estimators import Estimate, RewardEstimator, register_estimator


@register_estimator("sequence")
class Sequence(RewardEstimator):
    """R(Y) for every token of Y."""

    def estimate(self, rollout_engine, scorer, candidates, baseline_mode):
        returns = scorer(candidates.src_tokens, candidates.tokens, candidates.refs)
        mask = candidates.tokens.ne(scorer.pad).float()
        return Estimate(returns.unsqueeze(1) * mask, returns)
