"""Reward-filtered self-training: Grow and Improve (ReST, Gulcehre et al., 2023; RAFT, Dong et
al., 2023).

Grow: K translations of every training source are sampled from G' (the policy of the
policy gradient: eval mode, pad and bos banned, the task's length caps), optionally with the
best of a beam search, and scored by the task's own reward, the BR-CSGAN reward of the
policy gradient (reward.RewardScorer: lambda * (D(X, Y) - b) + (1 - lambda) * sentence-BLEU
against the reference, minus the unfinished penalty). With lambda > 0 the filter asks D: an
adversarial self-training.

Improve: the candidates whose reward reaches a threshold tau are kept (`keep`): the best of
each source, or all of them; tau is a quantile of the Grow step's finished candidates'
rewards, raised from one Improve step to the next. G is then fine-tuned by MLE on the references plus the kept
pairs (the command in csgan_tools/self_train.py writes them as a second training shard,
`train1`, which fairseq's translation task concatenates with `train`).

No gradient flows through a reward: the learning signal is the data, so there is no
estimator variance, and the cost is one decoding pass per Grow step plus MLE updates.
"""

import math
from dataclasses import dataclass
from enum import Enum
from typing import List

import numpy
import torch

from .estimators.minimum_risk import duplicates
from .reward import RewardScorer
from .policy import Policy


class Keep(str, Enum):
    """--keep of csgan-self-train: which grown candidates of a source an Improve step keeps
    (those of reward >= tau, finished with EOS, once each).

    Attributes:
        BEST: "best", the source's best candidate, if it reaches tau (RAFT's best-of-K).
        ALL: "all", every candidate that reaches tau (ReST's filter).

    Source: Dong et al., 2023 (RAFT); Gulcehre et al., 2023 (ReST).
    """

    BEST = "best"
    ALL = "all"


@dataclass
class Grown:
    """The candidates of one Grow step, grouped by source: rows k*G .. k*G+G-1 translate
    the source of dataset index ids[k*G] (G = `group`).

    Attributes:
        ids: (N,) int64 dataset index of every candidate's source.
        tokens: (N, T) int64 candidates, right-padded with `pad`, EOS-ended unless cut.
        rewards: (N,) float32 R(Y), the policy gradient's reward.
        group: int G >= 1, candidates per source (K samples, plus 1 with the beam's best).
        pad: int, the target padding id.
        eos: int, the target EOS id.
    """

    ids: torch.Tensor
    tokens: torch.Tensor
    rewards: torch.Tensor
    group: int
    pad: int
    eos: int

    @property
    def finished(self) -> torch.Tensor:
        """(N,) bool, the candidates that end in EOS (not cut at the length cap)."""
        return self.tokens.eq(self.eos).any(1)

    def candidate(self, row: int) -> torch.Tensor:
        """The tokens of candidate `row` up to and including its EOS (1-D int64)."""
        t = self.tokens[row]
        return t[t.ne(self.pad)]


@torch.no_grad()
def grow(engine: Policy, scorer: RewardScorer, batches, samples: int, beam: int = 0,
         progress=None) -> Grown:
    """Grow: K samples (and the best of a beam) of every source of `batches`, scored.

    Args:
        engine: Policy of G (the policy G': eval mode, pad and bos banned, the
            length caps of --rollout-max-len*).
        scorer: RewardScorer, the policy gradient's reward.
        batches: iterable of fairseq LanguagePairDataset batches ("id" (B,) int64;
            net_input's src_tokens (B, S) and src_lengths (B,); target (B, R) int64).
        samples: int K >= 1, samples per source.
        beam: int M >= 0; M > 0 adds the best translation of a beam search of size M.
        progress: optional callable (sources done: int) called after every batch.
    Returns:
        Grown, group K (+ 1 with a beam), sources in the order of `batches`.
    Raises:
        ValueError: when `samples` < 1, `beam` < 0 or `batches` holds no source.

    Source: Gulcehre et al., 2023 (ReST, the Grow step).
    """
    if samples < 1 or beam < 0:
        raise ValueError(f"grow needs samples >= 1 and beam >= 0, got {samples} and {beam}")
    group = samples + int(beam > 0)
    ids, tokens, rewards, done = [], [], [], 0
    for sample in batches:
        if not sample or "net_input" not in sample:
            continue
        src, lengths = sample["net_input"]["src_tokens"], sample["net_input"]["src_lengths"]
        refs, B = sample["target"], src.size(0)
        parts = [engine.sample(src.repeat_interleave(samples, 0),
                               lengths.repeat_interleave(samples, 0)).view(B, samples, -1)]
        if beam:
            parts.append(engine.n_best(src, lengths, beam).view(B, beam, -1)[:, :1])
        width = max(p.size(2) for p in parts)
        cand = torch.cat([torch.nn.functional.pad(p, (0, width - p.size(2)), value=engine.pad)
                          for p in parts], 1).view(B * group, width)
        rep = [t.repeat_interleave(group, 0) for t in (src, refs, sample["id"])]
        rewards.append(scorer(rep[0], cand, rep[1]).float().cpu())
        ids.append(rep[2].cpu())
        tokens.append(cand.cpu())
        done += B
        if progress is not None:
            progress(done)
    if not ids:
        raise ValueError("grow: no source to translate")
    width = max(t.size(1) for t in tokens)
    tokens = torch.cat([torch.nn.functional.pad(t, (0, width - t.size(1)), value=engine.pad)
                        for t in tokens])
    return Grown(torch.cat(ids), tokens, torch.cat(rewards), group, engine.pad, engine.eos)


def constant_reward(value, src_tokens, hyps, refs):
    """The reward of the self-training control (--reward-type constant): `value` for every
    candidate, so the filter cannot prefer one (`keep` best then takes each source's first
    finished sample, a random draw of G).

    Args:
        value: float, --reward-constant.
        src_tokens, refs: unused (the RewardScorer's signature).
        hyps: (M, L) integer candidates.
    Returns:
        (M,) float32 filled with `value`, on the candidates' device.
    """
    return torch.full((hyps.size(0),), float(value), device=hyps.device)


def threshold(grown: Grown, quantile: float) -> float:
    """tau: the `quantile` of the finished candidates' rewards (0: the lowest, so every
    finished candidate reaches it); linear interpolation, as numpy's and torch's quantile.

    Args:
        grown: Grown.
        quantile: float in [0, 1).
    Returns:
        float tau; -inf when no candidate finished.
    Raises:
        ValueError: when `quantile` is outside [0, 1).
    """
    if not 0.0 <= quantile < 1.0:
        raise ValueError(f"a threshold quantile must be in [0, 1), got {quantile}")
    finished = grown.rewards[grown.finished]
    if finished.numel() == 0:
        return -math.inf
    # numpy's quantile: torch.quantile refuses more than 2^24 values (a corpus of 4.5M
    # sources with K = 4 has 18M candidates); the same linear interpolation
    return float(numpy.quantile(finished.double().numpy(), quantile))


def keep(grown: Grown, mode: Keep, tau: float) -> torch.Tensor:
    """Improve's filter: the candidates an Improve step learns from.

    A candidate is eligible when it finished (ends in EOS) and its reward >= tau; a copy of
    an earlier candidate of the same source is never kept twice. `best` keeps at most one
    per source: its highest reward (the first of equals), if eligible; `all` keeps every
    eligible candidate.

    Args:
        grown: Grown, N candidates in groups of `grown.group`.
        mode: Keep or its value.
        tau: float, the threshold.
    Returns:
        (N,) bool, True for the kept candidates.
    Raises:
        ValueError: when `mode` is not a Keep value.

    Source: Gulcehre et al., 2023 (ReST, the Improve filter); Dong et al., 2023 (RAFT).
    """
    mode = Keep(mode)
    G = grown.group
    eligible = grown.finished & (grown.rewards >= tau)
    eligible &= ~duplicates(grown.tokens.view(-1, G, grown.tokens.size(1)))
    if mode == Keep.ALL:
        return eligible
    # best: the highest reward of each source (finished ones first), kept if eligible
    score = grown.rewards.masked_fill(~grown.finished, -math.inf).view(-1, G)
    best = torch.zeros_like(score, dtype=torch.bool)
    best.scatter_(1, score.argmax(1, keepdim=True), True)
    return eligible & best.view(-1)


def statistics(grown: Grown, kept: torch.Tensor, tau: float, quantile: float) -> dict:
    """What an Improve step learns from, for its record.

    Args:
        grown: Grown.
        kept: (N,) bool, `keep`'s result.
        tau: float, the threshold used.
        quantile: float, the quantile tau was taken at.
    Returns:
        dict: "quantile", "tau"; "sources", "candidates", "finished" (int counts);
        "kept" (int), "kept_sources" (sources with at least one kept candidate);
        "reward_mean" (all candidates), "reward_best_mean" (mean over sources of their best
        finished candidate), "reward_kept_mean" (kept; NaN when none kept) and
        "reward_quantiles" ({"0.1", "0.25", "0.5", "0.75", "0.9": float} of all candidates):
        floats rounded to 5 decimals.
    """
    G = grown.group
    r = grown.rewards.double()
    best = r.masked_fill(~grown.finished, -math.inf).view(-1, G).max(1).values
    best = best[torch.isfinite(best)]
    qs = (0.1, 0.25, 0.5, 0.75, 0.9)
    values = numpy.quantile(r.numpy(), qs).tolist()
    return {
        "quantile": quantile, "tau": round(tau, 5),
        "sources": r.numel() // G, "candidates": r.numel(),
        "finished": int(grown.finished.sum()), "kept": int(kept.sum()),
        "kept_sources": int(kept.view(-1, G).any(1).sum()),
        "reward_mean": round(float(r.mean()), 5),
        "reward_best_mean": round(float(best.mean()), 5) if best.numel() else float("nan"),
        "reward_kept_mean": round(float(r[kept].mean()), 5) if kept.any() else float("nan"),
        "reward_quantiles": {str(q): round(v, 5) for q, v in zip(qs, values)},
    }


def kept_pairs(grown: Grown, kept: torch.Tensor) -> List[tuple]:
    """The kept (source index, translation) pairs, in candidate order.

    Args:
        grown: Grown.
        kept: (N,) bool.
    Returns:
        list of (int dataset index, 1-D int64 tokens EOS-ended).
    """
    return [(int(grown.ids[i]), grown.candidate(i)) for i in kept.nonzero().view(-1).tolist()]
