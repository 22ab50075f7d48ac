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

from dataclasses import dataclass

import torch
from fairseq.dataclass import FairseqDataclass

from ..option_ranges import Range, option
from ..utils import eos_to_pad
from .base import Estimate, Estimator, register_estimator
from .baselines import RewardBaselineMode


@dataclass
class MaliganConfig(FairseqDataclass):
    """MaliGAN's group: the samples of one source whose D weights are normalised together.

    Attributes:
        maligan_samples: int K >= 2 (one sample would get weight 1 whatever D says); used
            when --samples-per-source is 1 (objective.Objective resolves K once).

    Source: Che et al., 2017 (MaliGAN), section 3.
    """

    maligan_samples: int = option(
        4, "maligan: samples per source whose D weights are normalised together (K)",
        Range(low=2))


def group_weights(logits, samples):
    """MaliGAN's normalised importance weights, scaled by K: K * w_i with
    w_i = softmax(logit)_i over the K samples of a source (exp(logit) = D / (1 - D)).

    Args:
        logits: (N,) float D logits, N = sources * K, rows k*K .. k*K+K-1 of source k.
        samples: int K, samples per source.
    Returns:
        (N,) float, same dtype and device, in [0, K]; every group of K sums to K.

    Source: Che et al., 2017 (MaliGAN), section 3.
    """
    return samples * torch.softmax(logits.view(-1, samples), dim=1).view(-1)


@torch.no_grad()
def maligan_rewards(scorer, src_tokens, tokens, refs, samples):
    """MaliGAN token rewards: Q_i = lambda * (K * w_i - 1) + (1 - lambda) * BLEU(Y_i, Y*)
    - P(Y_i) on every token of sample Y_i (see the module docstring); no gradient.

    Args:
        scorer: RewardScorer; its D (must not be None), lambda, pad, eos, unfinished
            penalty P and BLEU are used (its baseline b is not).
        src_tokens: (N, S) int64 source ids, row i the source of sample i (each source
            repeated K times), N = sources * K.
        tokens: (N, T) int64 samples, rows k*K .. k*K+K-1 of source k, right-padded with
            pad, EOS-ended unless cut at the length cap.
        refs: (N, R) int64 gold translations, repeated like src_tokens, EOS-ended,
            right-padded.
        samples: int K, samples per source.
    Returns:
        (N, T) float32 on the tokens' device: Q_i on every token up to and including EOS,
        0 at padding. The D term lies in lambda * [-1, K - 1] and sums to 0 over a source.

    Source: Che et al., 2017 (MaliGAN), section 3; the BLEU term is Yang et al., NAACL
    2018's.
    """
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
class MaliGAN(Estimator):
    """The MaliGAN estimator (--reward-estimator maligan): K samples per source with
    normalised D/(1-D) weights; its baseline is the mean weight 1/K, so it takes no other.

    Constructor: Estimator's (`objective` is not read here). The group K is the
    candidates' (--maligan-samples, or --samples-per-source when that is > 1).

    Attributes:
        baselines: frozenset {RewardBaselineMode.CONSTANT}, the only mode it accepts.

    Source: Che et al., 2017 (MaliGAN), section 3.
    """

    baselines = frozenset({RewardBaselineMode.CONSTANT})

    def estimate(self, rollout_engine, scorer, candidates, baseline_mode):
        """MaliGAN rewards of the K samples of every source (maligan_rewards).

        Args:
            rollout_engine: unused (no rollouts).
            scorer: RewardScorer with a discriminator.
            candidates: Candidates, N = sources * K rows, group K.
            baseline_mode: unused (only constant is accepted, see `baselines`).
        Returns:
            Estimate: rewards (N, T) float32 from maligan_rewards, 0 at padding; returns
            (N,) float32, the BR-CSGAN reward R(Y) of each sample (logged only);
            baselined True.
        """
        c = candidates
        rewards = maligan_rewards(scorer, c.src_tokens, c.tokens, c.refs, c.group)
        return Estimate(rewards, scorer(c.src_tokens, c.tokens, c.refs), baselined=True)
