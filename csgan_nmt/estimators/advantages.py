"""How the advantages are scaled before the loss (--reward-normalize): not at all, by their
standard deviation over the batch, or by the standard deviation of each source's K returns
(a source whose returns are all equal then gives no gradient).
"""

from enum import Enum

import torch

from ..refusal import OptionError


class RewardNormalize(str, Enum):
    """--reward-normalize: how the advantages are scaled before the loss; a member's value is
    the option's string.

    Attributes:
        NONE: "none", left as they are.
        BATCH: "batch", divided by their standard deviation over the batch's candidate
            tokens (`normalise`).
        SOURCE: "source", divided by the standard deviation of the source's K returns; a
            source whose K returns are all equal gets no gradient (`normalise_per_source`;
            needs K >= 2 candidates per source).

    Source: Shao et al., 2024 (GRPO); Donato et al., 2022 (MAD) for per-source scaling.
    """

    NONE = "none"
    BATCH = "batch"  # by the batch's standard deviation (PPO implementations)
    SOURCE = "source"  # by the source's K returns' standard deviation (GRPO, MAD)


def reward_normalize_value(value) -> str:
    """--reward-normalize as one of RewardNormalize's values; the bool that checkpoints saved
    before the option took a value hold (omegaconf may have turned it into "True"/"False")
    reads as batch (True) or none (False).

    Args:
        value: str or bool, the option's value.
    Returns:
        str, "none", "batch" or "source".
    Raises:
        OptionError: (a ValueError) for any other value, naming the choices.
    """
    text = {"true": "batch", "false": "none"}.get(str(value).lower(), str(value))
    if text not in {m.value for m in RewardNormalize}:
        raise OptionError(f"--reward-normalize must be one of "
                          f"{', '.join(m.value for m in RewardNormalize)}, got {value}")
    return text


FLAT = 1e-6  # a standard deviation at most this is zero: the rewards are all equal


def normalise(advantages, mask):
    """--reward-normalize batch: advantages divided by their standard deviation over the
    batch's candidate tokens. Scales the step, not its direction (no centring); computed per
    worker, not across workers.

    Args:
        advantages: (N, T) float, zero after EOS.
        mask: (N, T) float or bool, nonzero at candidate tokens.
    Returns:
        (N, T) tensor like `advantages`, divided by the unbiased standard deviation of its
        masked entries; `advantages` itself when fewer than 2 tokens or the deviation is
        <= 1e-6 (all equal).
    """
    values = advantages[mask.bool()]
    if values.numel() < 2:
        return advantages
    sd = values.std()
    return advantages / sd if float(sd) > FLAT else advantages


def normalise_per_source(advantages, returns, group):
    """--reward-normalize source: every candidate's advantages divided by the standard
    deviation of its source's K returns; a source whose K returns are all equal (sd <= 1e-6)
    gets advantages 0, so no gradient.

    With the leave-one-out baseline, A_i = (R_i - mean_{j != i} R_j) / sd(R) is
    K / (K - 1) times GRPO's group-normalised advantage (R_i - mean R) / sd(R).

    Args:
        advantages: (N, T) float, zero after EOS; N = sources * K, rows k*K .. k*K+K-1 of
            source k.
        returns: (N,) float R(Y) of every candidate, before baselines.
        group: int K >= 2, candidates per source.
    Returns:
        (normalised, flat): (N, T) tensor like `advantages`; (sources,) bool, True for the
        sources whose returns are all equal.
    Raises:
        ValueError: when K < 2 (a standard deviation needs two returns).

    Source: Shao et al., 2024 (GRPO, group-normalised advantages); Donato et al., 2022
    (MAD: per-source normalisation and dropping sources without a signal).
    """
    if group < 2:
        raise ValueError("--reward-normalize source needs at least 2 candidates per source")
    sd, flat = source_spread(returns, group)
    scale = torch.where(flat, torch.zeros_like(sd), 1.0 / sd.clamp_min(FLAT))
    return advantages * scale.repeat_interleave(group).unsqueeze(1).to(advantages.dtype), flat


def source_spread(returns, group):
    """The standard deviation of every source's K returns, and which sources have none.

    Args:
        returns: (N,) float R(Y), N = sources * K, rows k*K .. k*K+K-1 of source k.
        group: int K >= 2.
    Returns:
        (sd, flat): (sources,) float32 unbiased standard deviations (as the batch's in
        `normalise`), (sources,) bool sd <= 1e-6 (all returns equal).
    """
    sd = returns.detach().float().view(-1, group).std(1)
    return sd, sd <= FLAT
