"""The commands a csgan-nmt user runs around fairseq-train (installed by `pip install`):

csgan-prepare   raw parallel text -> subword-segmented fairseq binaries   (csgan_preprocess)
csgan-evaluate  translate the test set with a checkpoint, score with sacreBLEU  (evaluate.py)
csgan-export    a csgan checkpoint's G -> a plain fairseq translation checkpoint  (export.py)
csgan-recipe    the paper's settings on your own corpus, prepare to export   (paper_recipes.py)
csgan-self-train  reward-filtered self-training of G (Grow, Improve)   (self_train.py)
csgan-user-dir  prints the plugin's directory, for `fairseq-train --user-dir`   (user_dir.py)

(`csgan-compare`, the comparison recipe, is the csgan_compare package.)

A refusal (a bad option or input) ends a command with one line ``PROGRAM: error: MESSAGE``
and a non-zero status, without a traceback; anything else is a crash and keeps its traceback.
The commands' own refusals are `CommandError`s, data preparation's `PrepareError`s
(`refuse_as_one_line`); a refusal of the plugin
running in-process (`csgan_nmt.refusal.Refusal`) is printed the same way by the exception
hook that importing the plugin installs.
"""

import functools
import json
import os
import sys

from csgan_preprocess import PrepareError


class CommandError(Exception):
    """A csgan-* command's refusal of a bad option or input; the message names it."""


def refuse_as_one_line(program: str, status: int = 1):
    """Decorator for a command's main: a CommandError or PrepareError raised inside exits
    with ``PROGRAM: error: MESSAGE`` (line breaks folded) on stderr and exit status `status`
    (int); anything else propagates with its traceback."""

    def wrap(main):
        @functools.wraps(main)
        def run(*args, **kwargs):
            try:
                return main(*args, **kwargs)
            except (CommandError, PrepareError) as e:
                sys.stderr.write(f"{program}: error: {' '.join(str(e).split())}\n")
                raise SystemExit(status) from None

        return run

    return wrap


def add_tokenize_option(parser):
    """--tokenize: sacreBLEU's tokenizer for every BLEU a command reports (None: chosen
    from the target language, `csgan_nmt.bleu_tokenize.choose`)."""
    parser.add_argument("--tokenize", help="sacreBLEU's tokenizer for BLEU (default: chosen "
                        "from the target language as sacreBLEU's -l does: zh, ja-mecab, "
                        "ko-mecab, else 13a)")


def split_at_dashes(argv=None):
    """(our arguments, the arguments after the first `--`, which the command passes to fairseq)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--" in argv:
        i = argv.index("--")
        return argv[:i], argv[i + 1:]
    return argv, []


def write_json(path, record):
    """Write `record` as JSON to `path` whole or not at all: to a temporary file beside it,
    then renamed onto it (a reader or a kill never sees half a record).

    Args:
        path: path of the file to write (its directory must exist).
        record: a JSON-serialisable object.
    Returns:
        None.
    Raises:
        OSError: from writing or renaming (the temporary file is removed first).
    """
    partial = f"{path}.{os.getpid()}.tmp"
    try:
        with open(partial, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(record, indent=1) + "\n")
        os.replace(partial, path)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
