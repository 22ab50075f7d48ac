"""The fairseq command lines the recipes build (csgan-recipe, csgan-compare and its learning
study, csgan-self-train): how a csgan_nmt training run is set up (`TrainingCommand`), how a
run starts afresh from a checkpoint (`fresh_start`), how validation BLEU is measured, and the
length cap of decoding. One place, so that the paper recipes and the comparison train and
judge alike; `fairseq_runs` runs them and checks their exit status."""

import json
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple



def length_cap() -> List[str]:
    """fairseq-generate's length cap of test decoding, the rollouts' (csgan_nmt.policy's
    LENGTH_CAP_A x source length + LENGTH_CAP_B: 1.5 x n + 10 tokens; a model early in
    training may otherwise loop to 200 tokens). Read when called: importing this module does
    not load the plugin (nor fairseq).

    Returns:
        List[str], ["--max-len-a", a, "--max-len-b", b].
    """
    from csgan_nmt.policy import LENGTH_CAP_A, LENGTH_CAP_B

    return ["--max-len-a", str(LENGTH_CAP_A), "--max-len-b", str(LENGTH_CAP_B)]


def csgan_training(data_bin, model: Sequence) -> List:
    """fairseq-train arguments every recipe run of the csgan_nmt task starts with: DATA, the
    plugin, `--optimizer csgan`, label-smoothed MLE (0.1), `model` (G's and D's options), no
    epoch checkpoints, JSON logs, sentences over the positions skipped in validation, data
    loaded in the main process.

    Args:
        data_bin: path (str or Path) of the binarised data directory (a prepared
            corpus's bin/).
        model: sequence of str, G's and D's fairseq options (--arch ..., --d-* ...).
    Returns:
        list of fairseq-train arguments: `data_bin` and the plugin's directory as given
        (str or Path), the rest str.
    Raises:
        RuntimeError: when csgan_nmt is not installed (`user_dir.plugin_dir`).
    """
    from .user_dir import plugin_dir

    return [data_bin, "--user-dir", plugin_dir(), "--task", "csgan_nmt",
            "--optimizer", "csgan", "--criterion", "label_smoothed_cross_entropy",
            "--label-smoothing", "0.1", *model, "--skip-invalid-size-inputs-valid-test",
            "--no-epoch-checkpoints", "--log-format", "json", "--num-workers", "0"]


# a run that starts from another run's weights with everything else new: optimiser, data
# iterator, meters, learning-rate schedule
FRESH_START = ("--reset-optimizer", "--reset-dataloader", "--reset-meters",
               "--reset-lr-scheduler")


def fresh_start(checkpoint) -> List:
    """fairseq-train options of a run that starts from `checkpoint`'s weights (G, D and the
    stage state) with a fresh optimiser, data iterator, meters and schedule.

    Args:
        checkpoint: path (str or Path) of a csgan_nmt checkpoint.
    Returns:
        list: --restore-file `checkpoint` (as given) and FRESH_START.
    """
    return ["--restore-file", checkpoint, *FRESH_START]


@dataclass(frozen=True)
class TrainingCommand:
    """The fairseq-train command lines of one recipe on one prepared corpus: every run gets
    `csgan_training`'s set-up with the recipe's model, then the recipe's `common` options,
    its save directory and its own options, then `user` (options the user gave every run).

    Attributes:
        data_bin: path of the binarised data (a prepared corpus's bin/).
        model: tuple, G's and D's options (--arch ..., --d-* ...).
        common: tuple, the recipe's options of every run (e.g. batch size, log interval,
            validation BLEU).
        user: tuple, options appended to every run (csgan-recipe's after --).
    """

    data_bin: object
    model: Tuple = ()
    common: Tuple = ()
    user: Tuple = ()

    def __call__(self, save_dir, *options) -> List:
        """The arguments of one run.

        Args:
            save_dir: path of the run's --save-dir.
            *options: the run's own options (stage, budget, --restore-file, ...).
        Returns:
            list of fairseq-train arguments (paths as given, the rest str or numbers).
        Raises:
            RuntimeError: when csgan_nmt is not installed (`user_dir.plugin_dir`).
        """
        return [*csgan_training(self.data_bin, self.model), *self.common,
                "--save-dir", save_dir, *options, *self.user]

    def shared(self) -> List:
        """The options every run takes, without the data and a save directory (for
        csgan-self-train, which adds its own).

        Returns:
            list of fairseq-train options.
        """
        return [*csgan_training(self.data_bin, self.model)[1:], *self.common, *self.user]


def validation_bleu(remove_bpe: str, tokenize: Optional[str] = None) -> List[str]:
    """`--eval-bleu` options: greedy, capped like the rollouts (`length_cap`), subwords
    removed with `remove_bpe` (a prepared corpus's), detokenised by spaces (the pipeline
    never tokenises), BLEU with sacreBLEU's `tokenize` (None: the task chooses it from the
    target language).

    Args:
        remove_bpe: str, fairseq's --remove-bpe value ("sentencepiece" or "@@ ").
        tokenize: str or None, a sacreBLEU tokenizer name (--eval-bleu-tokenize).
    Returns:
        List[str] of fairseq-train arguments (--eval-bleu, --eval-bleu-args as JSON,
        --eval-bleu-remove-bpe, --eval-bleu-detok space, and --eval-bleu-tokenize when
        `tokenize` is given).
    """
    from csgan_nmt.policy import LENGTH_CAP_A, LENGTH_CAP_B

    greedy = {"beam": 1, "max_len_a": LENGTH_CAP_A, "max_len_b": LENGTH_CAP_B}
    return ["--eval-bleu", "--eval-bleu-args", json.dumps(greedy),
            "--eval-bleu-remove-bpe", remove_bpe, "--eval-bleu-detok", "space",
            *(["--eval-bleu-tokenize", tokenize] if tokenize else [])]
