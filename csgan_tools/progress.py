"""Live progress of a long job the recipes run in-process (csgan-recipe, csgan-compare): a
fairseq-train run read from its own JSON log records as fairseq writes them (updates done of
the budget, the last loss or reward, the last validation BLEU, the time left), a decode from
the sentences it has written. On a terminal a tqdm bar (fairseq already uses tqdm);
otherwise (logs, CI, --jobs workers) one plain line every `every` seconds.

    with watching(Progress("brcsgan.1", total=3000)):
        fairseq_runs.train(argv, log)
"""

import contextlib
import json
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import Optional

# seconds between plain progress lines (CSGAN_PROGRESS_EVERY overrides it; 0 turns them off)
EVERY = 60.0
# fairseq's loggers whose JSON records carry a run's progress (--log-format json)
RECORD_LOGGERS = ("train_inner", "valid", "train")


def every_seconds() -> float:
    """The seconds between plain progress lines: CSGAN_PROGRESS_EVERY, else EVERY.

    Returns:
        float >= 0 (0: no plain lines).
    """
    try:
        return max(0.0, float(os.environ.get("CSGAN_PROGRESS_EVERY", EVERY)))
    except ValueError:
        return EVERY


class Progress(logging.Handler):
    """A logging handler that follows one fairseq-train run's JSON records (train_inner,
    valid) and shows its progress.

    Args:
        label: str, the job's name on every line (e.g. "brcsgan.1").
        total: int > 0, the run's budget in fairseq updates (its --max-update).
        every: float, seconds between plain lines (None: `every_seconds()`).
        stream: the text stream written to (default sys.stderr).
        bar: bool or None, a tqdm bar; None: when `stream` is a terminal.
    Attributes:
        updates: int, the last logged update number; loss, reward, bleu: the last logged
            values (None until logged); lines: int, plain lines written.
    """

    def __init__(self, label: str, total: int, every: Optional[float] = None, stream=None,
                 bar: Optional[bool] = None):
        super().__init__(logging.INFO)
        self.label, self.total = label, max(1, int(total))
        self.every = every_seconds() if every is None else every
        self.stream = stream or sys.stderr
        self.updates, self.first, self.loss, self.reward, self.bleu = 0, None, None, None, None
        self.started = time.monotonic()
        self.last_line, self.lines = self.started, 0
        use_bar = bar if bar is not None else getattr(self.stream, "isatty", lambda: False)()
        self._bar = None
        if use_bar:
            from tqdm import tqdm

            self._bar = tqdm(total=self.total, desc=label, unit="upd", file=self.stream,
                             leave=False, dynamic_ncols=True)

    def emit(self, record):
        if record.name not in RECORD_LOGGERS:
            return
        try:
            values = json.loads(record.getMessage())
        except (ValueError, TypeError):
            return
        if not isinstance(values, dict):
            return
        self.update(values)

    def update(self, values: dict):
        """Take one record's values (fairseq's train_inner / valid keys) and show them.

        Args:
            values: dict of str -> str or number (num_updates, loss, reward, seq_reward,
                valid_num_updates, valid_bleu, ...).
        Returns:
            None.
        """
        def number(key):
            try:
                return float(values[key])
            except (KeyError, TypeError, ValueError):
                return None

        updates = number("num_updates") or number("valid_num_updates")
        if updates is not None:
            if self.first is None:
                self.first = (updates, time.monotonic())
            self.updates = int(updates)
        self.loss = number("loss") if number("loss") is not None else self.loss
        reward = number("seq_reward") if number("seq_reward") is not None else number("reward")
        self.reward = reward if reward is not None else self.reward
        self.bleu = number("valid_bleu") if number("valid_bleu") is not None else self.bleu
        self.show()

    def seconds_left(self) -> Optional[float]:
        """The time left at the rate since the first logged update (None before two)."""
        if self.first is None or self.updates <= self.first[0]:
            return None
        rate = (self.updates - self.first[0]) / max(time.monotonic() - self.first[1], 1e-9)
        return max(0.0, (self.total - self.updates) / rate)

    def text(self) -> str:
        """The progress line: "LABEL: U/T updates (P%), loss L, reward R, validation BLEU
        B, about M left" (the parts known so far)."""
        parts = [f"{self.label}: {self.updates}/{self.total} updates "
                 f"({100 * self.updates / self.total:.0f}%)"]
        if self.loss is not None:
            parts.append(f"loss {self.loss:.3f}")
        if self.reward is not None:
            parts.append(f"reward {self.reward:.3f}")
        if self.bleu is not None:
            parts.append(f"validation BLEU {self.bleu:.2f}")
        left = self.seconds_left()
        if left is not None:
            parts.append(f"about {_minutes(left)} left")
        return ", ".join(parts)

    def show(self):
        if self._bar is not None:
            self._bar.n = min(self.updates, self.total)
            postfix = {k: f"{v:.3f}" for k, v in (("loss", self.loss), ("reward", self.reward))
                       if v is not None}
            if self.bleu is not None:
                postfix["bleu"] = f"{self.bleu:.2f}"
            self._bar.set_postfix(postfix, refresh=False)
            self._bar.refresh()
            return
        now = time.monotonic()
        if self.every and now - self.last_line >= self.every:
            self.last_line = now
            self.lines += 1
            try:
                self.stream.write(f"  [{_minutes(now - self.started)}] {self.text()}\n")
                self.stream.flush()
            except (ValueError, OSError):  # a closed stream: progress is a courtesy
                pass

    def close(self):
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        super().close()


class DecodeProgress:
    """The progress of a fairseq-generate run, from the hypotheses it has written to its
    results file (fairseq writes them as batches finish), polled by a thread.

    Args:
        label: str, the job's name.
        results: Path of RESULTS/generate-SPLIT.txt.
        total: int > 0, the sentences to translate.
        every: float, seconds between lines (None: `every_seconds()`).
        stream: the text stream written to (default sys.stderr).
    """

    def __init__(self, label: str, results: Path, total: int, every: Optional[float] = None,
                 stream=None):
        self.label, self.results, self.total = label, Path(results), max(1, int(total))
        self.every = every_seconds() if every is None else every
        self.stream = stream or sys.stderr
        self.lines = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def done(self) -> int:
        """Sentences with a hypothesis in the results file so far."""
        try:
            with open(self.results, encoding="utf-8", errors="replace") as fh:
                return sum(1 for line in fh if line.startswith("S-"))
        except OSError:
            return 0

    def _run(self):
        started = time.monotonic()
        while not self._stop.wait(self.every):
            done = self.done()
            elapsed = time.monotonic() - started
            left = (self.total - done) * elapsed / done if done else None
            self.lines += 1
            try:
                self.stream.write(
                    f"  [{_minutes(elapsed)}] {self.label}: {done}/{self.total} sentences "
                    f"({100 * done / self.total:.0f}%)"
                    + (f", about {_minutes(left)} left" if left is not None else "") + "\n")
                self.stream.flush()
            except (ValueError, OSError):
                return

    def __enter__(self):
        if self.every:
            self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()


@contextlib.contextmanager
def watching(progress: Optional[Progress]):
    """`progress` receives every log record inside the block (None: nothing shown).

    Args:
        progress: Progress or None.
    Yields:
        the Progress.
    """
    if progress is None:
        yield None
        return
    root = logging.getLogger()
    root.addHandler(progress)
    try:
        yield progress
    finally:
        root.removeHandler(progress)
        progress.close()


def _minutes(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60}m{seconds % 60:02d}s"
