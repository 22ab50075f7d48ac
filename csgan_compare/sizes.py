"""Sizes of the comparison recipe: `tiny` (a test, < 2 min), `quickstart` (start / control /
brcsgan, one seed, <= 20 min on 2 CPU cores), `cpu` (every arm, the bundled corpus, <= 90 min
on 2 CPU cores) and `gpu` (the paper's RNNSearch settings, N = 20 rollouts at every prefix)."""

from dataclasses import dataclass, field, replace
from typing import Dict, Tuple

from .arms import ESTIMATOR_ARMS, PAPER_ARMS, TRAINED_ARMS, Arm


@dataclass(frozen=True)
class Size:
    name: str
    # data, when the recipe prepares the bundled corpus itself
    vocab_size: int
    max_len: int
    max_train_sentences: int  # 0: all
    # models
    generator: Tuple[str, ...]
    discriminator: Tuple[str, ...]
    # start: MLE until validation loss stops improving
    mle_lr: float
    mle_max_tokens: int
    mle_max_updates: int  # a cap; the start is reported unconverged if it is reached
    mle_validate_every: int
    patience: int
    # D pretraining to xi, shared by the arms that use D
    d_target: float
    d_max_updates: int
    d_eval_interval: int
    d_lr: float
    # trained arms
    arm_lr: float
    arm_max_tokens: int
    generator_updates: int  # per arm: policy-gradient + teacher-forcing updates (or MLE)
    rollouts: int
    rollout_stride: int
    d_adversarial_lr: float
    constant_reward: float
    curve_every: int  # validation (curve point) every this many generator updates
    seeds: int
    arms: Tuple[Arm, ...]
    # decoding and scoring
    beam: int
    lenpens: Tuple[float, ...]
    bootstrap_samples: int
    threads: int = 2
    log_interval: int = 10
    # seconds a job of each kind takes before one has run (the progress line's estimate)
    eta_priors: Dict[str, float] = field(default_factory=dict, hash=False, compare=False)


ALL_ARMS = tuple(TRAINED_ARMS)  # every trained arm, in the order they run
assert set(ALL_ARMS) == set(PAPER_ARMS + ESTIMATOR_ARMS)

_RNNSEARCH_SMALL = ("--arch", "rnnsearch", "--encoder-embed-dim", "96",
                    "--encoder-hidden-size", "128", "--decoder-embed-dim", "96",
                    "--decoder-hidden-size", "192", "--decoder-out-embed-dim", "96",
                    "--share-decoder-input-output-embed", "--dropout", "0.2")
_D_SMALL = ("--d-embed-dim", "32", "--d-kernel-sizes", "1,2,3,4",
            "--d-num-filters", "32,32,32,32", "--d-dropout", "0.25")

CPU = Size(
    name="cpu", vocab_size=2000, max_len=50, max_train_sentences=10000,
    generator=_RNNSEARCH_SMALL, discriminator=_D_SMALL,
    mle_lr=0.004, mle_max_tokens=4000, mle_max_updates=5000, mle_validate_every=200,
    patience=2,
    d_target=0.82, d_max_updates=300, d_eval_interval=10, d_lr=0.001,
    arm_lr=0.0005, arm_max_tokens=1000, generator_updates=80, rollouts=8,
    rollout_stride=2, d_adversarial_lr=0.0001, constant_reward=1.0, curve_every=20, seeds=2,
    # all arms would not fit 90 minutes on 2 cores: the estimator arms run as a second
    # invocation on the same work directory (--arms, see README), which reuses the start
    arms=PAPER_ARMS,
    beam=5, lenpens=(0.6, 0.8, 1.2, 1.5, 2.0), bootstrap_samples=1000, log_interval=10,
    eta_priors={"prepare": 60, "start": 1200, "decode": 40, "lenpen": 250,
                "discriminator": 150, "mle": 60, "brcsgan": 240, "csgan": 240,
                "bleu_only": 200, "constant": 60, "mc_rollout_mean": 250, "sequence": 90,
                "self_critical": 100, "partial_d": 90, "maligan": 150},
)

# cpu's corpus, models and arms, cut to fit 20 minutes: the start stops at 600 updates (not
# converged: its validation loss still falls), start / control / brcsgan, one seed
QUICKSTART = replace(CPU, name="quickstart", mle_max_updates=600,
                     arms=(Arm.CONTROL, Arm.BRCSGAN), seeds=1, lenpens=(),
                     eta_priors={**CPU.eta_priors, "start": 600})

TINY = Size(
    name="tiny", vocab_size=600, max_len=40, max_train_sentences=1200,
    generator=("--arch", "rnnsearch", "--encoder-embed-dim", "16", "--encoder-hidden-size",
               "16", "--decoder-embed-dim", "16", "--decoder-hidden-size", "16",
               "--decoder-out-embed-dim", "16", "--dropout", "0.1"),
    discriminator=("--d-embed-dim", "8", "--d-kernel-sizes", "1,2", "--d-num-filters",
                   "8,8", "--d-dropout", "0.0"),
    mle_lr=0.005, mle_max_tokens=2000, mle_max_updates=20, mle_validate_every=10, patience=1,
    d_target=0.99, d_max_updates=4, d_eval_interval=2, d_lr=0.001,
    arm_lr=0.0005, arm_max_tokens=300, generator_updates=4, rollouts=2, rollout_stride=4,
    d_adversarial_lr=0.0001, constant_reward=1.0, curve_every=4, seeds=2,
    # five arms, as many as fit the test's 2 minutes: the continued-MLE and constant-reward
    # controls, the paper's estimator, and the two estimators with their own machinery
    # (a prefix D pretrained apart; a greedy decode)
    arms=(Arm.CONTROL, Arm.BRCSGAN, Arm.CONSTANT, Arm.PARTIAL_D, Arm.SELF_CRITICAL),
    beam=2, lenpens=(2.0,), bootstrap_samples=100, threads=1, log_interval=1,
    eta_priors={"start": 10, "decode": 3, "lenpen": 8, "discriminator": 5, "mle": 5,
                "brcsgan": 8, "csgan": 8, "bleu_only": 8, "constant": 5,
                "mc_rollout_mean": 8, "sequence": 5, "self_critical": 5, "partial_d": 5,
                "maligan": 5},
)

# The paper's RNNSearch (Bahdanau et al. sizes: 620-d embeddings, 1000-d GRU/LSTM states),
# N = 20 rollouts at every prefix, lambda 0.7; for one GPU.
GPU = Size(
    name="gpu", vocab_size=8000, max_len=80, max_train_sentences=0,
    generator=("--arch", "rnnsearch", "--encoder-embed-dim", "620", "--encoder-hidden-size",
               "1000", "--decoder-embed-dim", "620", "--decoder-hidden-size", "1000",
               "--decoder-out-embed-dim", "620", "--dropout", "0.3"),
    discriminator=("--d-embed-dim", "256", "--d-kernel-sizes", "1,2,3,4,5,6,7,8,9,10,15,20",
                   "--d-num-filters", "100,200,200,200,200,100,100,100,100,100,160,160",
                   "--d-dropout", "0.25"),
    mle_lr=0.001, mle_max_tokens=8000, mle_max_updates=60000, mle_validate_every=1000,
    patience=5,
    d_target=0.82, d_max_updates=5000, d_eval_interval=50, d_lr=0.001,
    arm_lr=0.0001, arm_max_tokens=2000, generator_updates=4000, rollouts=20,
    rollout_stride=1, d_adversarial_lr=0.0001, constant_reward=1.0, curve_every=400, seeds=3,
    arms=ALL_ARMS,
    beam=5, lenpens=(0.6, 0.8, 1.2, 1.4, 1.7, 2.0), bootstrap_samples=1000, threads=8,
)

SIZES = {size.name: size for size in (TINY, QUICKSTART, CPU, GPU)}
