"""Options of the csgan_nmt task and their validation.

Every option is checked when the task is built, before fairseq-train loads data or trains:
an `auto` run must not find a bad --reward-lambda hours later, when it reaches the
adversarial stage.
"""

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Optional

from fairseq.dataclass import ChoiceEnum
from fairseq.tasks.translation import TranslationConfig
from omegaconf import II

from .discriminator import DiscriminatorConfig, layer_sizes
from .refusal import OptionError
from .stages import Requested


class RewardType(str, Enum):
    """--reward-type: what a sampled token's reward Q_t is; a member's value is the option's
    string.

    Attributes:
        BRCSGAN: "brcsgan", Q_t estimated from the BR-CSGAN reward
            lambda * (D(X, Y) - b) + (1 - lambda) * sentence-BLEU(Y, Y*) by the
            --reward-estimator (Monte Carlo search by default).
        CONSTANT: "constant", --reward-constant on every sampled token up to EOS, no rollouts,
            D or BLEU: the control for sharpening alone.

    Source: Yang et al., NAACL 2018, section 3.3 (BR-CSGAN reward); Choshen et al., ICLR
    2020 (the constant-reward control).
    """

    BRCSGAN = "brcsgan"  # Monte Carlo lambda * (D - b) + (1 - lambda) * sentence BLEU
    CONSTANT = "constant"  # --reward-constant on every token: the peakiness control


class RewardEstimator(str, Enum):
    """--reward-estimator: how the BR-CSGAN reward of a whole translation becomes Q_t; a
    member's value is the option's string, the name it is registered under
    (estimators.register_estimator).

    Attributes:
        MONTE_CARLO: "monte-carlo", the mean reward of N rollouts of every prefix
            (monte_carlo.py).
        SEQUENCE: "sequence", R(Y) of the whole translation on every token (sequence.py).
        PARTIAL_D: "partial-d", a D trained on prefixes scores every prefix
            (partial_discriminator.py).
        MALIGAN: "maligan", normalised D/(1-D) weights of K samples per source (maligan.py).
        RISK: "risk", the expected -R over a candidate set per source (minimum_risk.py).

    Source: Yang et al., NAACL 2018, section 3.3, and Yu et al., AAAI 2017 (Monte Carlo
    search); Williams, 1992 (REINFORCE); Li et al., EMNLP 2017 (REGS); Che et al., 2017
    (MaliGAN); Shen et al., ACL 2016 (minimum risk training).
    """

    MONTE_CARLO = "monte-carlo"  # N rollouts of every prefix (the paper; SeqGAN)
    SEQUENCE = "sequence"  # R(Y) for every token: REINFORCE, no rollouts
    PARTIAL_D = "partial-d"  # D trained on prefixes scores every prefix (REGS, Li et al. 2017)
    MALIGAN = "maligan"  # normalised D/(1-D) weights of K samples per source (Che et al. 2017)
    RISK = "risk"  # expected -R over a candidate set (minimum risk training, Shen et al. 2016)


class RewardNormalize(str, Enum):
    """--reward-normalize: how the advantages are scaled before the loss; a member's value is
    the option's string.

    Attributes:
        NONE: "none", left as they are.
        BATCH: "batch", divided by their standard deviation over the batch's candidate
            tokens (estimators.normalise).
        SOURCE: "source", divided by the standard deviation of the source's K returns; a
            source whose K returns are all equal gets no gradient
            (estimators.normalise_per_source; needs K >= 2 candidates per source).

    Source: Shao et al., 2024 (GRPO); Donato et al., 2022 (MAD) for per-source scaling.
    """

    NONE = "none"
    BATCH = "batch"  # by the batch's standard deviation (PPO implementations)
    SOURCE = "source"  # by the source's K returns' standard deviation (GRPO, MAD)


# minimum risk's default alpha (--risk-sharpness): on the cpu start's samples Q weighs a
# median 2.8 of 4 candidates (alpha 1: 1.0, one-hot; 5e-3: 4.0, flat);
# results/learning-cpu/risk_spread.json
RISK_SHARPNESS = 0.05


class RewardBaselineMode(str, Enum):
    """--reward-baseline-mode: what is subtracted from Q_t (estimators.apply_baseline); a
    member's value is the option's string.

    Attributes:
        CONSTANT: "constant", b inside the D term, lambda * (D - b), nothing else (the paper).
        ROLLOUT_MEAN: "rollout-mean", V(Y_<t), the mean reward of prefix t-1's rollouts
            (--reward-estimator monte-carlo only).
        SELF_CRITICAL: "self-critical", the reward of G's greedy translation of the source.
        LEAVE_ONE_OUT: "leave-one-out", the mean reward of the source's other K-1 samples
            (--samples-per-source K >= 2).

    Source: Yang et al., NAACL 2018, section 3.3 (constant b); Rennie et al., CVPR 2017
    (self-critical); Kool et al., 2019 (leave-one-out baseline).
    """

    CONSTANT = "constant"  # b inside the D term: lambda * (D - b) (the paper)
    ROLLOUT_MEAN = "rollout-mean"  # V(Y_<t): the mean reward of prefix t-1's rollouts
    SELF_CRITICAL = "self-critical"  # the reward of G's greedy translation (Rennie et al. 2017)
    LEAVE_ONE_OUT = "leave-one-out"  # mean reward of the source's other K-1 samples (RLOO)


@dataclass
class CSGANConfig(TranslationConfig, DiscriminatorConfig):
    """The options of --task csgan_nmt: fairseq's TranslationConfig, D's options
    (DiscriminatorConfig, --d-*), and the fields below, each described by its help string.

    `validate` checks them when the task is built; the ranges it enforces:

    Attributes:
        mle_updates, teacher_forcing_steps, d_steps, rollout_max_rows, rollout_max_len_b,
            risk_beam: int >= 0.
        rollouts, rollout_stride, g_steps, d_eval_interval, d_heldout_size, d_max_updates,
            d_negative_beam, rollout_max_len, max_nonfinite_updates, samples_per_source:
            int >= 1 (rollout_max_len in tokens, EOS included).
        maligan_samples: int >= 2.
        rollout_max_len_a, unfinished_penalty: float >= 0.
        d_target_accuracy: float xi in (0, 1]. d_clip_value: float c > 0.
        reward_lambda, rollout_update_rate: float in [0, 1]. mle_weight: float in [0, 1).
        reward_baseline, reward_constant: finite float. risk_sharpness: float alpha > 0.
        csgan_stage, d_negatives, rollout_policy, reward_type, reward_estimator,
            reward_baseline_mode, reward_normalize: str, one of the choices of their
            option.
        seed, valid_subset, skip_invalid_size_inputs_valid_test, disable_validation: the
            run's --seed, --valid-subset, ... (interpolated from the root config, not
            options of the task).

    Source: Yang et al., NAACL 2018 (the defaults xi = 0.82, N = 20 rollouts, lambda = 0.7
    and b = 0.5 are the paper's).
    """

    csgan_stage: ChoiceEnum([r.value for r in Requested]) = field(
        default="auto",
        metadata={"help": "stage to train; auto runs mle -> discriminator -> adversarial"},
    )
    generator_checkpoint: Optional[str] = field(
        default=None,
        metadata={"help": "seed the generator from a plain fairseq translation checkpoint"},
    )
    mle_updates: int = field(
        default=1000, metadata={"help": "auto: MLE updates before D pretraining (0 skips)"}
    )
    # D pretraining
    d_target_accuracy: float = field(
        default=0.82, metadata={"help": "stop D pretraining at this held-out accuracy (xi)"}
    )
    d_max_updates: int = field(
        default=1000, metadata={"help": "budget of D pretraining updates"}
    )
    d_eval_interval: int = field(
        default=10, metadata={"help": "measure held-out D accuracy every N D updates"}
    )
    d_heldout_size: int = field(
        default=200, metadata={"help": "validation sentences in the held-out D set"}
    )
    d_clip_value: float = field(
        default=1.0, metadata={"help": "clip every D weight to [-c, c] after each D update"}
    )
    d_negatives: ChoiceEnum(["sample", "beam"]) = field(
        default="sample", metadata={"help": "how G translates sources into D's negatives"}
    )
    d_negative_beam: int = field(default=4, metadata={"help": "beam size for --d-negatives beam"})
    # adversarial stage
    g_steps: int = field(default=1, metadata={"help": "policy-gradient updates per cycle"})
    d_steps: int = field(default=1, metadata={"help": "D updates per cycle"})
    teacher_forcing_steps: int = field(
        default=1, metadata={"help": "MLE updates after each policy-gradient update"}
    )
    rollouts: int = field(default=20, metadata={"help": "Monte Carlo rollouts per prefix (N)"})
    rollout_stride: int = field(default=1, metadata={"help": "roll out every s-th prefix"})
    rollout_max_len_a: float = field(default=1.5, metadata={"help": "length cap a*src_len+b: a"})
    rollout_max_len_b: int = field(default=10, metadata={"help": "length cap a*src_len+b: b"})
    rollout_max_len: int = field(default=200, metadata={"help": "absolute length cap"})
    rollout_max_rows: int = field(
        default=0, metadata={"help": "most decoder rows live at once in the rollout engine "
                                     "(0: 512 on CPU, 8192 on GPU)"}
    )
    rollout_policy: ChoiceEnum(["current", "delayed"]) = field(
        default="current",
        metadata={"help": "roll out with the current G or a delayed copy of it"},
    )
    rollout_update_rate: float = field(
        default=0.8, metadata={"help": "delayed policy: theta_r <- r*theta_r + (1-r)*theta_G"}
    )
    reward_lambda: float = field(
        default=0.7, metadata={"help": "lambda: weight of D in the reward (1 = pure CSGAN)"}
    )
    reward_baseline: float = field(default=0.5, metadata={"help": "baseline b of D's reward"})
    reward_type: ChoiceEnum([r.value for r in RewardType]) = field(
        default="brcsgan",
        metadata={"help": "brcsgan: Monte Carlo BR-CSGAN reward; constant: --reward-constant "
                          "on every token, no rollouts (the control for sharpening alone)"},
    )
    reward_constant: float = field(
        default=1.0, metadata={"help": "the reward of every token under --reward-type constant"}
    )
    reward_estimator: ChoiceEnum([e.value for e in RewardEstimator]) = field(
        default="monte-carlo",
        metadata={"help": "monte-carlo: N rollouts per prefix (paper); sequence: R(Y) for "
                          "every token; partial-d: a prefix D scores every prefix (REGS); "
                          "maligan: normalised D/(1-D) over --maligan-samples per source; "
                          "risk: minimum risk training over a candidate set"},
    )
    reward_baseline_mode: ChoiceEnum([m.value for m in RewardBaselineMode]) = field(
        default="constant",
        metadata={"help": "constant: b in lambda*(D-b) (paper); rollout-mean: minus the mean "
                          "of the previous prefix's rollouts (monte-carlo only); "
                          "self-critical: minus the reward of G's greedy translation; "
                          "leave-one-out: minus the mean reward of the source's other samples "
                          "(needs --samples-per-source >= 2)"},
    )
    samples_per_source: int = field(
        default=1, metadata={"help": "K: translations sampled from G for every source of a "
                                     "batch (every estimator; maligan: its group)"}
    )
    # a str, not a ChoiceEnum: checkpoints saved before the option took a value hold a bool
    # here, which `validate` reads as batch (True) or none (False)
    reward_normalize: str = field(
        default="none", metadata={"help": "scale the advantages: none; batch: by their "
                                          "standard deviation over the batch; source: by the "
                                          "standard deviation of the source's K returns, no "
                                          "gradient from a source whose returns are all equal "
                                          "(needs >= 2 candidates per source)"}
    )
    unfinished_penalty: float = field(
        default=0.0, metadata={"help": "subtracted from the reward of a translation cut at the "
                                       "length cap without EOS"}
    )
    risk_sharpness: float = field(
        default=RISK_SHARPNESS,
        metadata={"help": "risk: alpha of G's renormalised sequence probabilities "
                          "Q(Y) ~ G(Y|X)^alpha over the candidate set (1 puts Q on one "
                          "candidate of a trained model; Shen et al. use 5e-3)"}
    )
    risk_length_normalize: bool = field(
        default=False, metadata={"help": "risk: Q over alpha * log G(Y|X) / |Y| (length-"
                                         "normalised) instead of the summed log-probabilities"}
    )
    risk_beam: int = field(
        default=0, metadata={"help": "risk: add the n-best of a beam search of this size to "
                                     "every source's candidates"}
    )
    risk_include_reference: bool = field(
        default=False, metadata={"help": "risk: add the reference to every source's candidates"}
    )
    mle_weight: float = field(
        default=0.0, metadata={"help": "policy-gradient updates minimise "
                                       "(1-w)*L_seq + w*L_MLE on the same batch, one update"}
    )
    maligan_samples: int = field(
        default=4, metadata={"help": "maligan: samples per source whose D weights are "
                                     "normalised together (K)"}
    )
    kl_from_start: bool = field(
        default=False, metadata={"help": "keep a frozen copy of G as the adversarial stage "
                                         "began and log kl_from_start, the KL of G from it "
                                         "on the validation references"}
    )
    eval_bleu_tokenize: Optional[str] = field(
        default=None, metadata={"help": "sacreBLEU tokenizer of --eval-bleu's validation "
                                        "BLEU (default: chosen from --target-lang as "
                                        "sacreBLEU's -l does: zh, ja-mecab, ko-mecab, else "
                                        "13a; --eval-tokenized-bleu: none)"}
    )
    max_nonfinite_updates: int = field(
        default=10, metadata={"help": "stop after this many updates in a row were skipped "
                                      "for a NaN/inf loss or reward"}
    )
    # The run's options the task reads, interpolated from the root config as fairseq's
    # TranslationConfig does for train_subset: without a help text, fairseq adds no command-line
    # option for them (the root's own --seed, --valid-subset, ... set them).
    seed: int = II("common.seed")
    valid_subset: str = II("dataset.valid_subset")
    skip_invalid_size_inputs_valid_test: bool = II("dataset.skip_invalid_size_inputs_valid_test")
    disable_validation: bool = II("dataset.disable_validation")


@dataclass(frozen=True)
class Range:
    """The interval an option's value must lie in (every value must also be finite).

    Attributes:
        low, high: the bounds, or None for no bound (-inf, inf).
        low_open, high_open: bool, the bound itself excluded.
    """

    low: Optional[float] = None
    high: Optional[float] = None
    low_open: bool = False
    high_open: bool = False

    def __str__(self):
        """The interval in the usual notation, e.g. "[0, 1)", "(0, inf)", "[1, inf)"."""
        return (("(" if self.low_open or self.low is None else "[")
                + f"{'-inf' if self.low is None else self.low}, "
                  f"{'inf' if self.high is None else self.high}"
                + (")" if self.high_open or self.high is None else "]"))

    def check(self, option: str, value):
        """`check_range` of `value` in this interval.

        Raises:
            OptionError: as `check_range`.
        """
        check_range(option, value, self.low, self.high, self.low_open, self.high_open)


POSITIVE, NON_NEGATIVE = Range(low=1), Range(low=0)
# options whose value is a string checked against a list (not a ChoiceEnum, so that older
# checkpoints' values still load): their choices, for the options reference
TEXT_CHOICES = {"reward_normalize": [m.value for m in RewardNormalize]}
# the range of every numeric option of the task, checked by `validate` in this order and
# listed by the options reference (csgan-options)
RANGES = {
    **{name: POSITIVE for name in (
        "rollouts", "rollout_stride", "g_steps", "d_eval_interval", "d_heldout_size",
        "d_max_updates", "d_negative_beam", "rollout_max_len", "d_embed_dim",
        "max_nonfinite_updates")},
    **{name: NON_NEGATIVE for name in (
        "mle_updates", "teacher_forcing_steps", "d_steps", "rollout_max_rows",
        "rollout_max_len_a", "rollout_max_len_b", "risk_beam", "unfinished_penalty")},
    "d_target_accuracy": Range(0.0, 1.0, low_open=True),
    "d_clip_value": Range(low=0.0, low_open=True),
    "d_dropout": Range(0.0, 1.0, high_open=True),
    "reward_lambda": Range(0.0, 1.0),
    "reward_baseline": Range(),
    "reward_constant": Range(),
    "rollout_update_rate": Range(0.0, 1.0),
    "samples_per_source": POSITIVE,
    "risk_sharpness": Range(low=0.0, low_open=True),
    "mle_weight": Range(0.0, 1.0, high_open=True),
    # one sample per source would get weight 1 whatever D says
    "maligan_samples": Range(low=2),
}


def check_range(option: str, value, low=None, high=None, low_open=False, high_open=False):
    """Refuse an option value that is not finite or lies outside an interval.

    Args:
        option: str, the flag the message names, e.g. "--reward-lambda".
        value: int or float, the option's value.
        low, high: the bounds, or None for no bound (-inf, inf).
        low_open, high_open: bool, exclude the bound (open interval end).
    Returns:
        None.
    Raises:
        OptionError: (a ValueError) when `value` is NaN, +-inf or outside the interval; the
            message names `option`, the interval and the value.
    """
    too_low = low is not None and (value <= low if low_open else value < low)
    too_high = high is not None and (value >= high if high_open else value > high)
    if not math.isfinite(value) or too_low or too_high:
        interval = Range(low, high, low_open, high_open)
        raise OptionError(f"{option} must be in {interval}, got {value}")


def validate(cfg: CSGANConfig, optimizer_name: Optional[str]):
    """Check every option of the task, when it is built (before data is loaded): the ranges
    listed in CSGANConfig, the reward combinations (`check_estimator`), D's layer sizes
    (discriminator.layer_sizes), and that a stage other than mle runs with --optimizer csgan.

    Args:
        cfg: CSGANConfig.
        optimizer_name: str, the run's --optimizer, or None when nothing is trained (e.g.
            fairseq-generate; then no optimizer is required).
    Returns:
        None.
    Raises:
        OptionError: (a ValueError) for the first option out of range, a refused
            combination, malformed --d-kernel-sizes / --d-num-filters, or
            --csgan-stage other than mle with an --optimizer other than csgan.
    """
    for name, interval in RANGES.items():
        interval.check(_flag(name), getattr(cfg, name))
    cfg.reward_normalize = reward_normalize_value(cfg.reward_normalize)
    check_estimator(cfg)
    layer_sizes(cfg)
    if (optimizer_name is not None and optimizer_name != "csgan"
            and Requested(cfg.csgan_stage) != Requested.MLE):
        raise OptionError(
            f"--csgan-stage {cfg.csgan_stage} needs --optimizer csgan (separate G and D "
            f"optimisers); got --optimizer {optimizer_name}, which only --csgan-stage mle takes"
        )


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


def check_estimator(cfg: CSGANConfig):
    """Refuse the combinations of reward options that would silently mean something else.

    Args:
        cfg: CSGANConfig (reads reward_type, reward_estimator, reward_baseline_mode,
            reward_lambda, samples_per_source, maligan_samples, risk_beam,
            risk_include_reference).
    Returns:
        None.
    Raises:
        OptionError: (a ValueError) for --reward-type constant with another estimator than
            monte-carlo or another baseline than constant; rollout-mean without
            monte-carlo; partial-d or maligan with --reward-lambda 0; maligan or risk with
            another baseline than constant; maligan with --samples-per-source > 1 other
            than --maligan-samples; risk with fewer than 2 candidates per source
            (`candidate_set_size`); leave-one-out with --samples-per-source < 2;
            --reward-normalize source with fewer than 2 candidates per source.
    """
    estimator = RewardEstimator(cfg.reward_estimator)
    baseline = RewardBaselineMode(cfg.reward_baseline_mode)
    if RewardType(cfg.reward_type) == RewardType.CONSTANT and (
            estimator != RewardEstimator.MONTE_CARLO or baseline != RewardBaselineMode.CONSTANT):
        raise OptionError("--reward-type constant gives every token --reward-constant: it takes "
                         "no --reward-estimator or --reward-baseline-mode")
    if baseline == RewardBaselineMode.ROLLOUT_MEAN and estimator != RewardEstimator.MONTE_CARLO:
        raise OptionError(f"--reward-baseline-mode rollout-mean averages Monte Carlo rollouts: it "
                         f"needs --reward-estimator monte-carlo, got {estimator.value}")
    if estimator in (RewardEstimator.PARTIAL_D, RewardEstimator.MALIGAN):
        if cfg.reward_lambda == 0:
            raise OptionError(f"--reward-estimator {estimator.value} is a way to use D: it needs "
                             "--reward-lambda > 0 (with 0, use --reward-estimator sequence)")
    if estimator == RewardEstimator.MALIGAN and baseline != RewardBaselineMode.CONSTANT:
        raise OptionError("--reward-estimator maligan has its own baseline (the mean weight "
                         f"1/K); it takes --reward-baseline-mode constant, got {baseline.value}")
    if (estimator == RewardEstimator.MALIGAN and cfg.samples_per_source > 1
            and cfg.samples_per_source != cfg.maligan_samples):
        raise OptionError(f"--reward-estimator maligan: --samples-per-source "
                         f"{cfg.samples_per_source} and --maligan-samples {cfg.maligan_samples} "
                         "disagree (give one of them)")
    if estimator == RewardEstimator.RISK and baseline != RewardBaselineMode.CONSTANT:
        raise OptionError("--reward-estimator risk needs no baseline (the expected risk over "
                         "the candidates is its own); it takes --reward-baseline-mode constant, "
                         f"got {baseline.value}")
    if estimator == RewardEstimator.RISK and candidate_set_size(cfg) < 2:
        raise OptionError("--reward-estimator risk needs at least 2 candidates per source: "
                         "--samples-per-source K plus --risk-beam M plus "
                         "--risk-include-reference, got "
                         f"{candidate_set_size(cfg)}")
    if baseline == RewardBaselineMode.LEAVE_ONE_OUT and cfg.samples_per_source < 2:
        raise OptionError("--reward-baseline-mode leave-one-out averages the other samples of a "
                         "source: it needs --samples-per-source >= 2, got "
                         f"{cfg.samples_per_source}")
    group = (candidate_set_size(cfg) if estimator == RewardEstimator.RISK
             else samples_per_source(cfg))
    if RewardNormalize(cfg.reward_normalize) == RewardNormalize.SOURCE and group < 2:
        raise OptionError("--reward-normalize source divides by the standard deviation of a "
                         "source's returns: it needs at least 2 candidates per source "
                         f"(--samples-per-source), got {group}")


def samples_per_source(cfg) -> int:
    """K, the samples of every source an update draws (MaliGAN's --maligan-samples unless
    --samples-per-source says otherwise).

    Args:
        cfg: CSGANConfig (reads reward_estimator, samples_per_source, maligan_samples).
    Returns:
        int >= 1: --maligan-samples under --reward-estimator maligan with
        --samples-per-source 1, else --samples-per-source. Samples only: risk's beam n-best
        and reference come on top (`candidate_set_size`).
    """
    if (RewardEstimator(cfg.reward_estimator) == RewardEstimator.MALIGAN
            and cfg.samples_per_source == 1):
        return cfg.maligan_samples
    return cfg.samples_per_source


def candidate_set_size(cfg) -> int:
    """The size of every source's candidate set under --reward-estimator risk.

    Args:
        cfg: CSGANConfig (reads samples_per_source, risk_beam, risk_include_reference).
    Returns:
        int, K + M (+ 1 with the reference): --samples-per-source, --risk-beam and
        --risk-include-reference; duplicates are not removed here.
    """
    return cfg.samples_per_source + cfg.risk_beam + int(cfg.risk_include_reference)


def _flag(name):
    return "--" + name.replace("_", "-")
