"""Maximum-likelihood augmented discrete GAN (MaliGAN; Che et al., 2017, "Maximum-likelihood
augmented discrete generative adversarial networks", section 3).

An optimal D gives the data distribution as p_data(Y|X) ∝ G(Y|X) * D/(1 - D). MaliGAN
trains G toward it by importance sampling: for K samples Y_1..Y_K of one source the
weights r_i = D_i / (1 - D_i) = exp(logit_i) are normalised over the K, w_i = softmax(logit)_i,
and the gradient is sum_i (w_i - 1/K) grad log G(Y_i|X), the mean weight 1/K being the
baseline. Here (--reward-estimator maligan, --maligan-samples K) every token of Y_i gets

    Q_i = lambda * (K * w_i - 1) + (1 - lambda) * sentence-BLEU(Y_i, Y*)

— the D term scaled by K so that it is an average over the K samples, like the other
estimators' per-sample rewards (it sums to zero over the K samples of a source). No
rollouts: one D pass per sample. Self-normalised importance weights are biased for small K.
"""

import torch

from .csgan_config import RewardBaselineMode
from .estimators import Estimate, RewardEstimator, register_estimator
from .utils import eos_to_pad


def group_weights(logits, samples):
    """K * softmax over each consecutive group of `samples` logits, flattened back."""
    return samples * torch.softmax(logits.view(-1, samples), dim=1).view(-1)


@torch.no_grad()
def maligan_rewards(scorer, src_tokens, tokens, refs, samples):
    """Q (B*K, T): rows k*K .. k*K+K-1 are the K samples of source k (src_tokens and refs
    are repeated alike); zero after EOS."""
    pad, lam = scorer.pad, scorer.reward_lambda
    words = eos_to_pad(tokens, scorer.eos, pad)
    index = torch.arange(tokens.size(0), device=tokens.device)
    logits = scorer.d_logit(src_tokens, words, index)
    reward = lam * (group_weights(logits, samples) - 1)
    if lam < 1:
        reward = reward + (1 - lam) * scorer.bleu(words, refs)
    reward = reward - scorer.penalty(tokens)
    return reward.unsqueeze(1) * tokens.ne(pad).float()


@register_estimator("maligan")
class MaliGAN(RewardEstimator):
    """K samples per source with normalised D/(1-D) weights; its baseline is the mean weight,
    so it takes no other. R(Y) (logged) is the BR-CSGAN reward of each sample."""

    baselines = frozenset({RewardBaselineMode.CONSTANT})

    def estimate(self, rollout_engine, scorer, candidates, baseline_mode):
        c = candidates
        rewards = maligan_rewards(scorer, c.src_tokens, c.tokens, c.refs, c.group)
        return Estimate(rewards, scorer(c.src_tokens, c.tokens, c.refs), baselined=True)
