"""Sizes of the comparison recipe: `tiny` (a test, < 2 min), `quickstart` (start / control /
brcsgan, one seed, <= 20 min on 2 CPU cores: a demonstration, not evidence), `cpu` (the
primary arms over 5 seeds and four more arms over 3, the bundled corpus, <= 2 hours on
2 CPU cores with --jobs 2), `cpu-long` (cpu's start, 2,000 G updates per arm, a held-out
test split of 4,503 verses, checkpoint averaging; many hours over several sittings),
`gpu-short` (every arm x 3 seeds, start to table in <= 8 minutes
on one H200 with --jobs 14: one lent GPU window) and `gpu` (the paper's RNNSearch settings,
N = 20 rollouts at every prefix; hours)."""

from dataclasses import dataclass, field, replace
from typing import Dict, Tuple

from .arms import (ESTIMATOR_ARMS, PAPER_ARMS, PRIMARY_ARMS, SELF_TRAINING_ARMS, TRAINED_ARMS,
                   Arm)


@dataclass(frozen=True)
class Size:
    """One size of the comparison recipe: data, models, budgets, seeds, arms and decoding
    (the module docstring lists the sizes).

    Attributes:
        name: str, the --size name.
        vocab_size: int, sentencepiece vocabulary size, when the recipe prepares the
            bundled corpus itself (not with --prepared).
        max_len: int, training pairs with a side longer than this many subword tokens are
            dropped (bundled corpus).
        max_train_sentences: int, the first N training pairs used; 0: all (bundled corpus).
        generator, discriminator: tuple of str, G's and D's fairseq options.
        mle_lr: float, the start's MLE learning rate (also --lr of D pretraining's run).
        mle_max_tokens: int, tokens per batch of the start and of D pretraining.
        mle_max_updates: int, the start's cap on updates; the start is reported
            unconverged if it is reached.
        mle_validate_every: int, the start's updates between validations and saves.
        patience: int, the start's validations without a better validation loss before it
            stops.
        d_target: float in (0, 1], the held-out accuracy xi that ends D pretraining.
        d_max_updates: int, the budget of D pretraining updates.
        d_eval_interval: int, D updates between held-out accuracy measurements.
        d_lr: float, D's learning rate in pretraining.
        arm_lr: float, G's learning rate in every trained arm.
        arm_max_tokens: int, tokens per batch of the trained arms.
        generator_updates: int, G updates per arm (PG + teacher forcing, or MLE).
        rollouts: int N, Monte Carlo rollouts per prefix.
        rollout_stride: int s, rollouts at every s-th prefix.
        d_adversarial_lr: float, D's RMSProp learning rate in the adversarial arms.
        constant_reward: float, the reward of every token in the constant arm.
        curve_every: int, G updates between validations (a curve point and a candidate
            checkpoint).
        seeds: int, training seeds of the primary arms (arms.PRIMARY_ARMS).
        arms: tuple of Arm, the trained arms of this size's plan, in order.
        beam: int, beam size of every decode (also the n-best size).
        lenpens: tuple of float, the length penalties tried on validation besides 1.0.
        sentence_level_samples: int, approximate randomisation's resamples per test.
        threads: int, torch threads in all (divided among --jobs processes on a CPU);
            also csgan-prepare's --workers.
        log_interval: int, fairseq's --log-interval, in updates.
        secondary_seeds: int, seeds of the other arms (the first ones; 0: `seeds`).
        eta_priors: {job kind: seconds}, a job's duration before one of its kind has run
            (the progress line's estimate; 60 s for a kind not listed).
        heldout_test_stride: int k >= 0; 0: the bundled corpus's test split (the Gospel of
            John, 879 pairs); k > 0: the test split is every k-th verse of the bundled
            training split that the size never reads (those after its first
            max_train_sentences), leaving out I and II Chronicles, which retell the books of
            Samuel and Kings that training reads (`corpus.heldout_test`). Needs
            max_train_sentences > 0 and the bundled corpus.
        average_checkpoints: int n >= 1; 1: every model is judged at its best validation
            checkpoint; n > 1: each training run keeps its last n validation checkpoints
            and G averaged over them (`csgan_tools.averaging.average_generator`) is a second
            candidate; the decode job keeps whichever of the two has the higher validation
            BLEU (each at its own tuned length penalty).
    """

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
    curve_every: int  # validation (curve point, candidate checkpoint) every this many G updates
    seeds: int  # of the primary arms (arms.PRIMARY_ARMS)
    arms: Tuple[Arm, ...]
    # decoding and scoring
    beam: int
    lenpens: Tuple[float, ...]
    sentence_level_samples: int
    threads: int = 2  # torch threads in all (divided among --jobs processes on a CPU)
    log_interval: int = 10
    secondary_seeds: int = 0  # seeds of the other arms (0: `seeds`)
    # seconds a job of each kind takes before one has run (the progress line's estimate)
    eta_priors: Dict[str, float] = field(default_factory=dict, hash=False, compare=False)
    heldout_test_stride: int = 0  # 0: the bundled test split; k: every k-th unread verse
    average_checkpoints: int = 1  # 1: the best checkpoint; n: also the last n averaged


ALL_ARMS = tuple(TRAINED_ARMS)  # every trained arm, in the order they run
assert set(ALL_ARMS) == set(PAPER_ARMS + ESTIMATOR_ARMS + SELF_TRAINING_ARMS)

_RNNSEARCH_SMALL = ("--arch", "rnnsearch", "--encoder-embed-dim", "96",
                    "--encoder-hidden-size", "128", "--decoder-embed-dim", "96",
                    "--decoder-hidden-size", "192", "--decoder-out-embed-dim", "96",
                    "--share-decoder-input-output-embed", "--dropout", "0.2")
_D_SMALL = ("--d-embed-dim", "32", "--d-kernel-sizes", "1,2,3,4",
            "--d-num-filters", "32,32,32,32", "--d-dropout", "0.25")

# Budgets from the first learning study (results/learning-cpu-issue19): 100 PG updates
# moved the held-out reward of leave-one-out (+0.050, z 8.6) and adversarial MRT (+0.027,
# z 5.4) and not Monte Carlo's (+0.004, z 0.9), so every arm gets 200 G updates (100 PG +
# 100 teacher-forcing cycles for the paper's schedule, 200 updates of the mixed objective for
# rloo / adversarial_risk); 5 seeds for control / control_tf / brcsgan, 3 for the others.
CPU = Size(
    name="cpu", vocab_size=2000, max_len=50, max_train_sentences=10000,
    generator=_RNNSEARCH_SMALL, discriminator=_D_SMALL,
    mle_lr=0.004, mle_max_tokens=4000, mle_max_updates=5000, mle_validate_every=200,
    patience=2,
    d_target=0.82, d_max_updates=300, d_eval_interval=10, d_lr=0.001,
    arm_lr=0.0005, arm_max_tokens=1000, generator_updates=200, rollouts=8,
    rollout_stride=2, d_adversarial_lr=0.0001, constant_reward=1.0, curve_every=40, seeds=5,
    secondary_seeds=3,
    # the rest (csgan and the estimator arms) run as a second invocation on the same work
    # directory (--arms, see README), which reuses the start and D and reports every arm
    # scored there
    arms=(*PRIMARY_ARMS, Arm.BLEU_ONLY, Arm.CONSTANT, Arm.RLOO, Arm.ADVERSARIAL_RISK),
    beam=5, lenpens=(0.6, 0.8, 1.2, 1.5, 2.0), sentence_level_samples=1000, log_interval=10,
    eta_priors={"prepare": 60, "start": 1200, "decode": 45, "discriminator": 60, "mle": 60,
                "brcsgan": 330, "csgan": 330, "bleu_only": 300, "constant": 110,
                "mc_rollout_mean": 340, "sequence": 150, "self_critical": 170,
                "partial_d": 150, "maligan": 250, "rloo": 260, "risk": 270,
                "adversarial_risk": 330},
)

# cpu's corpus, models and arms, cut to fit 20 minutes: a demonstration of the recipe, not
# evidence (one seed). The start stops at 600 updates (not converged: its validation loss
# still falls); start / control / brcsgan with cpu's 200 G updates.
QUICKSTART = replace(CPU, name="quickstart", mle_max_updates=600,
                     arms=(Arm.CONTROL, Arm.BRCSGAN), seeds=1, secondary_seeds=0,
                     lenpens=(0.8, 1.2), eta_priors={**CPU.eta_priors, "start": 600})

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
    arms=(Arm.CONTROL, Arm.CONTROL_TF, Arm.BRCSGAN, Arm.CONSTANT, Arm.PARTIAL_D,
          Arm.SELF_CRITICAL),
    beam=2, lenpens=(2.0,), sentence_level_samples=100, threads=1, log_interval=1,
    secondary_seeds=1,
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
    beam=5, lenpens=(0.6, 0.8, 1.2, 1.4, 1.7, 2.0), sentence_level_samples=1000, threads=8,
)

# One lent H200 window (15 minutes of device time, ~8 for the run): the bundled corpus at
# cpu's preparation, cpu's models, batches sized for the GPU, every arm x 3 seeds as ~14
# processes sharing the GPU (--jobs 14). Planned from measurements on one H200 (DEVELOPERS.md:
# 1,600 MLE updates in 146 s at 4,000 tokens; a brcsgan update of N = 8, stride 2 in 0.42 s at
# 1,000 tokens and 0.85 s at 16,000 with three processes side by side): start 600 updates at
# 16,000 tokens (~60-90 s), D <= 200 updates (~25 s), 60 G updates per arm at 8,000 tokens
# (~30 PG updates, ~40 s per PG arm at 14 processes), two n-best decodes per model.
# Not yet run on a GPU: the figures are the plan's.
GPU_SHORT = replace(
    CPU, name="gpu-short", mle_max_tokens=16000, mle_max_updates=600, mle_validate_every=100,
    d_max_updates=200, arm_max_tokens=8000, generator_updates=60, curve_every=20, seeds=3,
    secondary_seeds=3, arms=ALL_ARMS, threads=1,
    eta_priors={**CPU.eta_priors, "start": 90, "decode": 10, "discriminator": 25, "mle": 10,
                **{a.value: 40 for a in ALL_ARMS if TRAINED_ARMS[a].policy_gradient}})

# The long comparison: cpu's corpus, models and start, every arm 2,000 G updates
# (10 epochs of the 6,826 training pairs at 1,000-token batches): 1,000 policy-gradient
# updates for brcsgan (paper schedule: + 1,000 teacher-forcing), 2,000 updates of the mixed
# objective for rloo / risk / adversarial_risk, 2,000 MLE updates for control and the
# self-training arms, 1,000 for control_tf. Test: every 4th unread training verse (4,503
# pairs of 51 books, Chronicles left out) instead of John's 879; every model judged at its
# best or its last-5 average, whichever validation prefers. Seeds: 3 to measure the seed sd
# of the primary difference on this test set (the pilot), then as many as an MDE of 0.4
# BLEU needs (--seeds; results/compare-cpu-long/README.md).
CPU_LONG = replace(
    CPU, name="cpu-long", generator_updates=2000, curve_every=200, seeds=3,
    secondary_seeds=3, heldout_test_stride=4, average_checkpoints=5,
    arms=(*PRIMARY_ARMS, Arm.RLOO, Arm.RISK, Arm.ADVERSARIAL_RISK, Arm.CONSTANT,
          *SELF_TRAINING_ARMS),
    eta_priors={**CPU.eta_priors, "start": 2800, "decode": 240, "discriminator": 60,
                "mle": 600, "brcsgan": 4500, "rloo": 6000, "risk": 3000,
                "adversarial_risk": 4500, "constant": 1200, "self_training": 1200,
                "adversarial_self_training": 1200})

SIZES = {size.name: size for size in (TINY, QUICKSTART, CPU, CPU_LONG, GPU_SHORT, GPU)}
