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

from .estimators import Estimate, RewardEstimator, register_estimator
from .utils import eos_to_pad


def prefix_rows(tokens, pad):
    """(rows (M, T), sentence (M,), position (M,)): for every token y_t of every sentence
    up to EOS, the prefix Y_<=t (later columns padded)."""
    sentence, position = tokens.ne(pad).nonzero(as_tuple=True)
    rows = tokens[sentence]
    columns = torch.arange(tokens.size(1), device=tokens.device).unsqueeze(0)
    return rows.masked_fill(columns > position.unsqueeze(1), pad), sentence, position


@torch.no_grad()
def partial_d_rewards(scorer, src_tokens, tokens, refs):
    """Q (B, T) of REGS: lambda * (D(X, Y_<=t) - b) + (1 - lambda) * BLEU(Y) (minus the
    unfinished penalty of a cut Y); zero after EOS.

    The EOS token's prefix is the whole translation (D never sees EOS itself)."""
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
class PartialDiscriminator(RewardEstimator):
    """REGS: D of every prefix; R(Y) is the last token's reward (D sees the whole Y)."""

    def estimate(self, rollout_engine, scorer, candidates, baseline_mode):
        rewards = partial_d_rewards(scorer, candidates.src_tokens, candidates.tokens,
                                    candidates.refs)
        last = candidates.tokens.ne(scorer.pad).sum(1) - 1
        returns = rewards[torch.arange(rewards.size(0), device=rewards.device), last]
        return Estimate(rewards, returns)
