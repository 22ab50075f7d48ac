"""fairseq-train and fairseq-generate, run in this process, each logging to its own file.

In-process because importing fairseq costs ~8 s per process on a 2-core CPU, and the tiny
size runs ~20 of them. fairseq keeps three pieces of state between runs in one process that
a command line never sees (the best validation loss in `checkpoint_utils.save_checkpoint`,
the patience counter in `fairseq_cli.train.should_stop_early`, and the tensorboard writers
of `--tensorboard-logdir`, cached by "train"/"valid" alone, so a second run would write into
the first run's directory); they are cleared before every run so each run behaves as its
command line says, and the writers are closed (flushed) after it.
"""

import contextlib
import logging
import shlex
import sys
from pathlib import Path

from . import CommandError

LOG_FORMAT = "%(asctime)s | %(levelname)s | %(name)s | %(message)s"
# the logger of the command lines, whose name csgan_compare.report looks for in the logs
# (kept from when this module lived in csgan_compare: older work directories' logs read alike)


def _reset_run_state():
    from fairseq import checkpoint_utils
    import fairseq_cli.train as fairseq_train

    for function, names in ((checkpoint_utils.save_checkpoint, ("best",)),
                            (fairseq_train.should_stop_early, ("best", "num_runs"))):
        for name in names:
            if hasattr(function, name):
                delattr(function, name)
    _close_tensorboard_writers()


def _close_tensorboard_writers():
    from fairseq.logging import progress_bar

    writers = getattr(progress_bar, "_tensorboard_writers", {})
    for writer in writers.values():
        writer.close()
    writers.clear()


@contextlib.contextmanager
def logging_to(path):
    """Every log record inside the block goes to `path` (appended); the terminal only shows
    warnings.

    Args:
        path: path of the log file.
    Yields:
        None.
    """
    root = logging.getLogger()
    handler = logging.FileHandler(path, mode="a", encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    quieted = [(h, h.level) for h in root.handlers]
    for h, _ in quieted:
        h.setLevel(logging.WARNING)
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield
    finally:
        root.removeHandler(handler)
        handler.close()
        for h, level in quieted:
            h.setLevel(level)


def command_line(program, argv):
    """A command line as a shell would take it, for the logs and results.json.

    Args:
        program: str, e.g. "fairseq-train".
        argv: iterable of arguments (str, Path, numbers: str() of each).
    Returns:
        str, `program` and the arguments, each shell-quoted (shlex.quote), space-separated.
    """
    return " ".join([program] + [shlex.quote(str(a)) for a in argv])


def train(argv, log_path, progress=None) -> int:
    """fairseq-train ARGV; returns its exit status (the csgan task exits 3 when D
    pretraining ran out of budget).

    Runs fairseq_cli.train in this process, after clearing the state fairseq keeps between
    runs; its first log record is the command line (logger "csgan_compare").

    Args:
        argv: iterable of fairseq-train arguments (str() of each is taken).
        log_path: path of the log file every record of the run is appended to; the
            terminal shows warnings only.
        progress: csgan_tools.progress.Progress or None: shows the run's progress from
            its log records as they are written.
    Returns:
        int: 0 when training returns; the status of a SystemExit it raises otherwise
        (3, `csgan_nmt.stages.EXIT_D_BUDGET_EXHAUSTED`: D pretraining ended below its
        target accuracy).
    Raises:
        SystemExit: status 2 from fairseq's argument parser on a bad option (raised before
            the run).
        Exception: any other error of the run, let through (the tensorboard writers are
            closed first).
    """
    from fairseq import distributed_utils, options
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf
    import fairseq_cli.train as fairseq_train

    from .progress import watching

    argv = [str(a) for a in argv]
    with logging_to(log_path), watching(progress):
        logging.getLogger("csgan_compare").info(command_line("fairseq-train", argv))
        args = options.parse_args_and_arch(options.get_training_parser(), input_args=argv)
        cfg = convert_namespace_to_omegaconf(args)
        _reset_run_state()
        try:
            distributed_utils.call_main(cfg, fairseq_train.main)
        except SystemExit as stop:
            return int(stop.code or 0)
        finally:
            _close_tensorboard_writers()
    return 0


class TrainingError(CommandError):
    """A fairseq-train run that exited with a status its caller does not accept; the message
    names the run, the status and its log (whose last lines `check_status` has printed)."""


def check_status(name: str, status: int, log_path, d_pretraining: bool = False) -> int:
    """Refuse a fairseq-train run's exit status other than 0 (for D pretraining, also 3:
    `csgan_nmt.stages.EXIT_D_BUDGET_EXHAUSTED`, D stopped at its budget below xi, which the
    recipes go on from).

    Args:
        name: str, the run's name for the message.
        status: int, `train`'s return value.
        log_path: path of the run's log.
        d_pretraining: bool, the run pretrains D.
    Returns:
        int, `status` when accepted.
    Raises:
        TrainingError: otherwise, after printing the log's last 20 lines on stderr.
    """
    from csgan_nmt.stages import EXIT_D_BUDGET_EXHAUSTED

    if status == 0 or (d_pretraining and status == EXIT_D_BUDGET_EXHAUSTED):
        return status
    try:
        tail = Path(log_path).read_text(encoding="utf-8").splitlines()[-20:]
    except OSError:
        tail = []
    if tail:
        sys.stderr.write(f"{name}: the last lines of {log_path}:\n" + "\n".join(tail) + "\n")
    raise TrainingError(f"{name}: fairseq-train exited with status {status}; see {log_path}")


def generate(argv, log_path):
    """fairseq-generate ARGV (which must include --results-path).

    Runs fairseq_cli.generate in this process; its first log record is the command line
    (logger "csgan_compare").

    Args:
        argv: iterable of fairseq-generate arguments (str() of each is taken).
        log_path: path of the log file every record of the run is appended to; the
            terminal shows warnings only.
    Returns:
        None; the hypotheses are in RESULTS/generate-SUBSET.txt.
    Raises:
        SystemExit: from fairseq's argument parser on a bad option.
        Exception: any error of the run, let through.
    """
    from fairseq import options
    import fairseq_cli.generate as fairseq_generate

    argv = [str(a) for a in argv]
    with logging_to(log_path):
        logging.getLogger("csgan_compare").info(command_line("fairseq-generate", argv))
        args = options.parse_args_and_arch(options.get_generation_parser(), input_args=argv)
        fairseq_generate.main(args)


def versions() -> dict:
    """The versions behind a result, for results.json.

    Returns:
        {"python", "torch", "fairseq", "sacrebleu"}: str version of each.
    """
    import fairseq
    import sacrebleu
    import torch

    return {"python": sys.version.split()[0], "torch": torch.__version__,
            "fairseq": fairseq.__version__, "sacrebleu": sacrebleu.__version__}
