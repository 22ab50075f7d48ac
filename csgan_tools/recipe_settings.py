"""The paper's settings for each corpus of csgan-recipe (iwslt14-deen, wmt14-ende,
nist-zhen): G and D, subwords, MLE, D pretraining and the adversarial stage, and their
`--tiny` versions. Side by side with the paper's and the authors' code's in docs/training.md.
"""

from dataclasses import dataclass, replace
from typing import Tuple


@dataclass(frozen=True)
class PaperRecipe:
    """One corpus's settings (Yang et al., NAACL 2018, Section 4, and the authors' code where
    the paper is silent; see the README's side-by-side table). The defaults are what the
    paper uses for every corpus; each recipe sets what differs.

    Attributes:
        name: str, the recipe's name on the command line (e.g. "iwslt14-deen").
        languages: (source, target) language codes, the defaults of --source-lang and
            --target-lang.
        vocab_size: int, the sentencepiece vocabulary size (csgan-prepare --vocab-size).
        joint_subwords: bool, one subword model and a joined dictionary for both
            languages (True) or one of each per language (False).
        max_len: int, training pairs with a side longer than this many subword tokens are
            dropped (csgan-prepare --max-len).
        generator: tuple of str, G's fairseq options (--arch and sizes).
        mle: tuple of str, the MLE stage's optimiser, schedule and batch options.
        mle_max_update: int, the MLE stage's cap on updates (--max-update).
        validate_every: int, MLE updates between validations and saves.
        reward_lambda: float in [0, 1], the weight of D in the reward (lambda).
        adversarial_lr: float, G's learning rate in the adversarial stage (fixed).
        beam: int, beam size of the test decode.
        lenpen: float, length penalty of the test decode.
        lowercase_bleu: bool, case-insensitive test BLEU.
        mle_patience: int, validations without a better validation loss before the MLE
            stage stops (--patience).
        discriminator: tuple of str, D's options (empty: the task's defaults, the paper's
            CNN).
        d_lr: float, D's learning rate in pretraining (--d-lr).
        d_target: float in (0, 1], the held-out accuracy xi that ends D pretraining.
        d_max_updates: int, the budget of D pretraining updates.
        d_eval_interval: int, D updates between held-out accuracy measurements.
        reward_baseline: float b, subtracted from D's probability in the reward.
        rollouts: int N, Monte Carlo rollouts per prefix.
        d_adversarial_lr: float, D's RMSProp learning rate in the adversarial stage.
        d_clip: float c > 0, D's weights are clipped to [-c, c] after each D update.
        adversarial_max_update: int, the adversarial stage's cap on updates.
        adversarial_validate_every: int, adversarial updates between validations and
            saves.
        adversarial_patience: int, validations without a better validation BLEU before
            the adversarial stage stops.
        max_tokens: int, tokens per batch of every training stage (--max-tokens).

    Source: Yang et al., NAACL 2018, "Improving Neural Machine Translation with Conditional
    Sequence Generative Adversarial Nets", section 4.
    """
    name: str
    languages: Tuple[str, str]
    # data
    vocab_size: int
    joint_subwords: bool
    max_len: int  # training pairs longer than this (subwords) are dropped
    # G and its MLE pretraining
    generator: Tuple[str, ...]
    mle: Tuple[str, ...]  # optimiser, schedule, batch
    mle_max_update: int
    validate_every: int
    # adversarial training: lambda and G's learning rate
    reward_lambda: float
    adversarial_lr: float
    # decoding and scoring
    beam: int
    lenpen: float
    lowercase_bleu: bool
    mle_patience: int = 5
    # D (the task's defaults: the paper's CNN) and its pretraining to xi
    discriminator: Tuple[str, ...] = ()
    d_lr: float = 1e-4
    d_target: float = 0.82
    d_max_updates: int = 5000
    d_eval_interval: int = 50
    # adversarial training
    reward_baseline: float = 0.5
    rollouts: int = 20
    d_adversarial_lr: float = 1e-4
    d_clip: float = 1.0
    adversarial_max_update: int = 20000
    adversarial_validate_every: int = 500
    adversarial_patience: int = 10
    max_tokens: int = 4096

    def tiny(self):
        """Every step and option, at a size that runs in seconds on a CPU.

        Returns:
            PaperRecipe, a copy with a tiny G (one-layer Transformer or 32-d RNNSearch), D,
            vocabulary (300), batches, update counts, N = 2 rollouts and beam 2; the
            optimiser and schedule kept (where the recipe has them, --warmup-updates 10
            and --update-freq 1).
        """
        return replace(
            self, vocab_size=300, generator=_tiny_generator(self.generator),
            mle=_tiny_schedule(self.mle),
            mle_max_update=30, validate_every=15, mle_patience=1,
            discriminator=("--d-embed-dim", "16", "--d-kernel-sizes", "1,2,3",
                           "--d-num-filters", "16,16,16"),
            d_max_updates=6, d_eval_interval=3, rollouts=2, adversarial_max_update=6,
            adversarial_validate_every=3, adversarial_patience=1, max_tokens=1000, beam=2)


_TRANSFORMER_BASE = ("--arch", "transformer", "--dropout", "0.1")  # 6+6 layers, 512/2048, 8 heads
_RNNSEARCH_MLE = ("--lr", "0.001", "--lr-scheduler", "fixed", "--clip-norm", "5")
RECIPES = {r.name: r for r in (
    PaperRecipe(
        name="iwslt14-deen", languages=("de", "en"), vocab_size=10000, joint_subwords=True,
        max_len=80,
        generator=("--arch", "rnnsearch", "--encoder-embed-dim", "256",
                   "--encoder-hidden-size", "256", "--decoder-embed-dim", "256",
                   "--decoder-hidden-size", "512", "--decoder-out-embed-dim", "256",
                   "--dropout", "0.3"),
        mle=_RNNSEARCH_MLE, mle_max_update=100000, validate_every=1000,
        reward_lambda=0.7, adversarial_lr=1e-4, beam=5, lenpen=1.0, lowercase_bleu=False),
    PaperRecipe(
        name="wmt14-ende", languages=("en", "de"), vocab_size=32000, joint_subwords=True,
        max_len=50, generator=_TRANSFORMER_BASE,
        # Noam's schedule of the authors' code: lr 512^-0.5 * min(step^-0.5, step*4000^-1.5)
        # is inverse_sqrt with 4000 warm-up updates and peak 7e-4; ~25k tokens per update
        mle=("--lr", "0.0007", "--lr-scheduler", "inverse_sqrt", "--warmup-updates", "4000",
             "--warmup-init-lr", "1e-07", "--adam-betas", "(0.9, 0.98)", "--adam-eps", "1e-09",
             "--update-freq", "6"),
        mle_max_update=300000, validate_every=2000,
        reward_lambda=0.8, adversarial_lr=1e-5, beam=4, lenpen=0.6, lowercase_bleu=False),
    PaperRecipe(
        name="nist-zhen", languages=("zh", "en"), vocab_size=32000, joint_subwords=False,
        max_len=50,
        generator=("--arch", "rnnsearch", "--dropout", "0.0"),  # 512-d embeddings, 1024-d states
        mle=_RNNSEARCH_MLE, mle_max_update=300000, validate_every=2000,
        reward_lambda=0.7, adversarial_lr=1e-5, beam=10, lenpen=1.0, lowercase_bleu=True),
)}


def _tiny_schedule(mle):
    """The same optimiser and schedule, with 10 warm-up updates and no --update-freq."""
    tiny = {"--warmup-updates": "10", "--update-freq": "1"}
    return tuple(tiny.get(before, value) for before, value in zip(("",) + mle, mle))


def _tiny_generator(generator):
    if "transformer" in generator:
        return ("--arch", "transformer", "--encoder-layers", "1", "--decoder-layers", "1",
                "--encoder-embed-dim", "32", "--decoder-embed-dim", "32",
                "--encoder-ffn-embed-dim", "64", "--decoder-ffn-embed-dim", "64",
                "--encoder-attention-heads", "2", "--decoder-attention-heads", "2")
    return ("--arch", "rnnsearch", "--encoder-embed-dim", "32", "--encoder-hidden-size", "32",
            "--decoder-embed-dim", "32", "--decoder-hidden-size", "32",
            "--decoder-out-embed-dim", "32", "--dropout", "0.1")
