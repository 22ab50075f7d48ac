"""The interval a numeric option must lie in, declared beside the option.

Each config dataclass of the plugin declares its options with `option`, which keeps the
option's range in the field's metadata; `ranges` collects them for the checks made when the
task or optimizer is built and for the options reference (csgan-options).
"""

import math
from dataclasses import dataclass, field, fields
from typing import Dict, Optional

from .refusal import OptionError


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
FRACTION = Range(0.0, 1.0)  # [0, 1]
POSITIVE_REAL = Range(low=0.0, low_open=True)  # (0, inf)
ANY_FINITE = Range()


def option(default, help: str, range: Optional[Range] = None):  # noqa: A002 (dataclass style)
    """A config field with its help text and, for a numeric option, its range.

    Args:
        default: the option's default value.
        help: str, the --help text (fairseq adds the option only when it has one).
        range: Range or None (not a numeric option, or any value).
    Returns:
        dataclasses.field with metadata {"help": help} (and "range").
    """
    metadata = {"help": help}
    if range is not None:
        metadata["range"] = range
    return field(default=default, metadata=metadata)


def ranges(config_class) -> Dict[str, Range]:
    """{field name: Range} of every field of `config_class` declared with a range, in the
    order of its fields.

    Args:
        config_class: a dataclass (a config group, or a config composed of several).
    Returns:
        dict.
    """
    return {f.name: f.metadata["range"] for f in fields(config_class)
            if "range" in f.metadata}


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


def flag(name: str) -> str:
    """The command-line flag of a config field: "reward_lambda" -> "--reward-lambda"."""
    return "--" + name.replace("_", "-")
