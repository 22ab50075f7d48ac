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
The commands' own refusals are `CommandError`s, data preparation's `PrepareError`s, the
plugin's `csgan_nmt.refusal.Refusal`s: `refuse_as_one_line`, the one decorator every
command's main has, prints them all.
"""

import functools
import json
import os
import sys

from csgan_preprocess import PrepareError


class CommandError(Exception):
    """A csgan-* command's refusal of a bad option or input; the message names it."""


def is_refusal(error: BaseException) -> bool:
    """Whether `error` is a refusal: a command's (CommandError), data preparation's
    (PrepareError) or the plugin's (csgan_nmt.refusal.Refusal: looked up only where the
    plugin was imported, so that a command that never loads it does not pay for fairseq's
    import).

    Args:
        error: any exception.
    Returns:
        bool.
    """
    if isinstance(error, (CommandError, PrepareError)):
        return True
    refusal = sys.modules.get("csgan_nmt.refusal")
    return refusal is not None and isinstance(error, refusal.Refusal)


def refuse_as_one_line(program: str, status: int = 1):
    """Decorator for a command's main, the one way every csgan-* command refuses: a refusal
    raised inside (`is_refusal`) exits with ``PROGRAM: error: MESSAGE`` (line breaks folded)
    on stderr and exit status `status` (int); anything else, a real crash, propagates with
    its traceback. (fairseq-train with --user-dir csgan_nmt prints the plugin's refusals
    alike: the task installs csgan_nmt.refusal.excepthook when it is set up.)"""

    def wrap(main):
        @functools.wraps(main)
        def run(*args, **kwargs):
            try:
                return main(*args, **kwargs)
            except Exception as e:  # noqa: BLE001 (re-raised unless a refusal)
                if not is_refusal(e):
                    raise
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


def write_text(path, text: str):
    """Write `text` (UTF-8) to `path` whole or not at all: to a temporary file beside it,
    flushed to disk, then renamed onto it (a reader, a kill or a full disk never leaves half
    a file; the file before stays as it was). Every record the commands write (markers,
    settings, summaries, scores, results) goes through here.

    Args:
        path: str or Path of the file to write (its directory must exist).
        text: str.
    Returns:
        None.
    Raises:
        CommandError: when writing or renaming fails (a full disk, a quota, a read-only or
            vanished directory), naming the file; the temporary file is removed first.
    """
    partial = f"{path}.{os.getpid()}.tmp"
    try:
        with open(partial, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except OSError as e:
        raise CommandError(f"cannot write {path}: {e.strerror or e}; nothing was written "
                           "(the file before, if any, is unchanged)") from None
    finally:
        if os.path.exists(partial):
            os.unlink(partial)


def write_json(path, record, indent=1):
    """Write `record` as JSON to `path` whole or not at all (`write_text`).

    Args:
        path: path of the file to write (its directory must exist).
        record: a JSON-serialisable object.
        indent: int or None, json.dumps' indent.
    Returns:
        None.
    Raises:
        CommandError: as `write_text`.
    """
    write_text(path, json.dumps(record, indent=indent) + "\n")


def read_json(path, what: str):
    """A JSON record the commands wrote, or a one-line refusal naming it when it cannot be
    read (empty, cut short, not JSON: e.g. left by an older version on a full disk).

    Args:
        path: str or Path of the record.
        what: str, what the record is, for the message (e.g. "csgan-recipe's settings").
    Returns:
        the parsed JSON.
    Raises:
        CommandError: when the file cannot be read or parsed, naming it.
    """
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        reason = (getattr(e, "strerror", None)
                  or (str(e).splitlines() or [type(e).__name__])[0])
        raise CommandError(f"{path}: {what} cannot be read ({reason}); remove it to redo "
                           "the step that wrote it") from None
