"""A discriminator of prefixes: Reward for Every Generation Step (REGS; Li et al., EMNLP 2017,
"Adversarial learning for neural dialogue generation", section 3.2).

Monte Carlo search costs N decodes per prefix. REGS instead trains D on *partial*
sequences, so that D itself can score every prefix Y_<=t of a sample in one pass:

    Q_t = lambda * (D(X, Y_<=t) - b) + (1 - lambda) * sentence-BLEU(Y, Y*)

(--reward-estimator partial-d; the BLEU term is the whole sentence's, as BLEU of a prefix
against the full reference mostly measures its brevity). To train D on prefixes, every D
update (pretraining and adversarial, and the held-out set) cuts each gold and each
generated translation at one random length, drawn uniformly from 1..its length; Li et al.
draw one prefix per positive and one per negative sequence, because all the prefixes of a
sequence together are strongly correlated and make D overfit. Gold prefixes are labelled
REAL, generated ones FAKE.

The estimator is biased: D(X, Y_<=t) is not E[R | Y_<=t]. It is cheap: one D pass over the
B*T prefixes of a batch instead of N*T decodes.
"""

import torch

from ..utils import eos_to_pad
from .base import Estimate, Estimator, register_estimator


def prefix_rows(tokens, pad):
    """One row per token y_t of every sentence (EOS included): its prefix Y_<=t.

    Args:
        tokens: (B, T) integer ids, right-padded with pad.
        pad: the padding id.
    Returns:
        (rows, sentence, position): rows (M, T) of the tokens' dtype, M the number of non-pad
        tokens, row m = tokens[sentence[m]] with the columns after position[m] set to pad;
        sentence (M,) int64 the row of `tokens`; position (M,) int64 the 0-based column of
        y_t (t - 1). Ordered by sentence, then position; on the tokens' device.
    """
    sentence, position = tokens.ne(pad).nonzero(as_tuple=True)
    rows = tokens[sentence]
    columns = torch.arange(tokens.size(1), device=tokens.device).unsqueeze(0)
    return rows.masked_fill(columns > position.unsqueeze(1), pad), sentence, position


@torch.no_grad()
def partial_d_rewards(scorer, src_tokens, tokens, refs):
    """REGS token rewards: Q_t = lambda * (D(X, Y_<=t) - b) + (1 - lambda) * BLEU(Y, Y*)
    - P(Y), with one D pass over all B*T prefixes; no gradient.

    The EOS token's prefix is the whole translation (D never sees EOS itself). D is asked
    whatever lambda is; BLEU only when lambda < 1.

    Args:
        scorer: RewardScorer; its D (must not be None), lambda, b, pad, eos, unfinished
            penalty P and BLEU are used.
        src_tokens: (B, S) int64 source ids, row i the source of tokens row i.
        tokens: (B, T) int64 translations, right-padded with pad, EOS-ended unless cut at
            the length cap.
        refs: (B, R) int64 gold translations, EOS-ended, right-padded.
    Returns:
        (B, T) float32 on the tokens' device, Q_t on every token up to EOS, 0 at padding.

    Source: Li et al., EMNLP 2017, section 3.2 (REGS); the reward is Yang et al., NAACL
    2018's.
    """
    pad, lam = scorer.pad, scorer.reward_lambda
    rows, sentence, position = prefix_rows(tokens, pad)
    d = scorer.d_probability(src_tokens, eos_to_pad(rows, scorer.eos, pad), sentence)
    rewards = torch.zeros(tokens.shape, dtype=torch.float, device=tokens.device)
    rewards[sentence, position] = lam * (d - scorer.baseline)
    mask = tokens.ne(pad).float()
    if lam < 1:
        bleu = scorer.bleu(eos_to_pad(tokens, scorer.eos, pad), refs)
        rewards += (1 - lam) * bleu.unsqueeze(1) * mask
    return rewards - scorer.penalty(tokens).unsqueeze(1) * mask


@register_estimator("partial-d")
class Regs(Estimator):
    """The REGS estimator (--reward-estimator partial-d): a D trained on prefixes scores
    every prefix Y_<=t of a sample; biased, but one D pass instead of N*T decodes.

    Takes the default baselines of Estimator (constant, self-critical,
    leave-one-out). Constructor: Estimator's (`objective` is not read here).

    Source: Li et al., EMNLP 2017, section 3.2 (REGS).
    """

    def estimate(self, rollout_engine, scorer, candidates, baseline_mode):
        """Token rewards of partial_d_rewards; R(Y) is the last token's (D sees the whole Y).

        Args:
            rollout_engine: unused (no rollouts).
            scorer: RewardScorer with a discriminator trained on prefixes.
            candidates: Candidates, N rows; tokens (N, T) int64 right-padded with pad.
            baseline_mode: unused (the baseline is applied by baselines.apply_baseline).
        Returns:
            Estimate: rewards (N, T) float32, 0 at padding; returns (N,) float32, the reward
            of each candidate's last token, which equals R(Y); baselined False.
        """
        rewards = partial_d_rewards(scorer, candidates.src_tokens, candidates.tokens,
                                    candidates.refs)
        last = candidates.tokens.ne(scorer.pad).sum(1) - 1
        returns = rewards[torch.arange(rewards.size(0), device=rewards.device), last]
        return Estimate(rewards, returns)
