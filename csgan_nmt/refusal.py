"""Refusals: the product declining a bad option, input or setting, shown as one line.

A refusal is a decision, not a crash: its message names the option, file or line and what
to do, so the ~20 lines of traceback above it only hide it. The plugin's entry points that
fairseq calls (the task when it is set up by fairseq-train, -generate or -interactive with
--user-dir csgan_nmt; the csgan optimizer when it is built) install `excepthook`, which prints an uncaught `Refusal` as ``PROGRAM: error: MESSAGE`` on stderr
(exit status 1, as for any uncaught exception) and leaves every other exception, a real
crash, to the previous hook with its traceback. The csgan-* commands print it, and their
own refusals (`csgan_tools.CommandError`), the same way through one decorator,
`csgan_tools.refuse_as_one_line`.

Limitation: fairseq's own multi-GPU spawning (without --distributed-no-spawn) re-raises a
worker's exception in the parent as torch's ProcessRaisedException, whose message holds the
worker's traceback; that one is not shortened.
"""

import functools
import os
import sys


class Refusal(Exception):
    """Base of the product's refusals; the message is one line naming what to change.
    Uncaught, it prints as ``PROGRAM: error: MESSAGE`` (`excepthook`)."""


class OptionError(Refusal, ValueError):
    """An option value or combination the product does not accept."""


class InputError(Refusal, ValueError):
    """An input file (data, checkpoint, dictionary) the product cannot use as given."""


class MissingInputError(Refusal, FileNotFoundError):
    """An input file or directory that does not exist."""

    def __str__(self):  # FileNotFoundError(msg) prints msg; keep it so with one argument
        return self.args[0] if len(self.args) == 1 else super().__str__()


def one_line(error: BaseException) -> str:
    """The refusal's message with any line breaks folded into spaces.

    Args:
        error: any exception.
    Returns:
        str(error) with every run of whitespace (newlines included) replaced by one space,
        stripped at both ends.
    """
    return " ".join(str(error).split())


def _program() -> str:
    """The command's name: fairseq-train, csgan-compare (also for `python -m csgan_compare`)."""
    path = sys.argv[0] if sys.argv and sys.argv[0] else "python"
    name = os.path.basename(path)
    if name == "__main__.py":
        return os.path.basename(os.path.dirname(os.path.abspath(path))).replace("_", "-")
    return name


def excepthook(kind, value, traceback, previous=None):
    """sys.excepthook: one line for a Refusal, the previous hook (a traceback) otherwise.

    Args:
        kind, value, traceback: the uncaught exception, as sys.excepthook receives it.
        previous: the hook to hand other exceptions to; None for sys.__excepthook__.
    Returns:
        None; a Refusal is written to stderr as ``PROGRAM: error: MESSAGE``.
    """
    if isinstance(value, Refusal):
        program = _program()
        sys.stderr.write(f"{program}: error: {one_line(value)}\n")
        sys.stderr.flush()
        return
    (previous or sys.__excepthook__)(kind, value, traceback)


def install_excepthook():
    """Make uncaught refusals print as one line in this process: install `excepthook` in
    front of the current sys.excepthook (idempotent: a hook it installed is kept).

    Returns:
        None.
    """
    if getattr(sys.excepthook, "csgan_refusal", False):
        return
    hook = functools.partial(excepthook, previous=sys.excepthook)
    hook.csgan_refusal = True
    sys.excepthook = hook
