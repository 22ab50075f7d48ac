"""Reading parallel text strictly and normalising it (the first step of csgan-prepare).

A split is read as PREFIX.LANG or PREFIX.LANG.gz, decoded as strict UTF-8 and split on "\\n"
only; its sides must have the same number of lines. Every line is then normalised: Unicode
NFC, control characters and stray byte-order marks to spaces, whitespace collapsed.
"""

import gzip
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import PrepareError

# Unicode category Cc (C0 and C1 controls, incl. tab/CR) and U+FEFF (a stray byte-order mark)
# become spaces; the whitespace collapse that follows then removes them.
_CONTROL_TO_SPACE = {cp: " " for cp in [*range(0x20), *range(0x7F, 0xA0), 0xFEFF]}


@dataclass
class Split:
    """One split of a parallel corpus, as read.

    Attributes:
        name: 'train', 'valid' or 'test'.
        files: {language code: Path read}.
        lines: {language code: list of str}, the same length for every language; lines
            without their newline, replaced by the normalised and cleaned ones as the steps
            run.
    """

    name: str
    files: dict
    lines: dict


def resolve_path(prefix, lang):
    """The file of one side of a split.

    Args:
        prefix: str or Path, the split's prefix (PREFIX of PREFIX.LANG).
        lang: the language code (the file suffix).
    Returns:
        Path of PREFIX.LANG or PREFIX.LANG.gz, whichever exists.
    Raises:
        PrepareError: neither exists, or both do (the input would be ambiguous).
    """
    plain, gz = Path(f"{prefix}.{lang}"), Path(f"{prefix}.{lang}.gz")
    if plain.is_file() and gz.is_file():
        raise PrepareError(f"both {plain} and {gz} exist; remove one so the input is unambiguous")
    for path in (plain, gz):
        if path.is_file():
            return path
    raise PrepareError(f"input file not found: tried {plain} and {gz}")


def read_lines(path, split):
    """Strictly decoded lines of a (possibly gzipped) file, split on "\\n" only.

    Args:
        path: Path of a UTF-8 text file, gzipped if its name ends in .gz.
        split: the split's name, for the error message.
    Returns:
        list of str, each line with its "\\n" (a "\\r" or other control character is kept
        until `normalise`).
    Raises:
        PrepareError: unreadable or corrupt file (naming it), invalid UTF-8 (naming the line
            and byte offset), or no lines at all.
    """
    opener = gzip.open if path.suffix == ".gz" else open
    lines, offset = [], 0
    try:
        with opener(path, "rb") as fh:
            for number, raw in enumerate(fh, 1):
                lines.append(decode_line(raw, path, number, offset))
                offset += len(raw)
    except (OSError, EOFError) as err:  # includes a corrupt or truncated gzip stream
        raise PrepareError(f"cannot read {path}: {err}") from err
    if not lines:
        raise PrepareError(f"empty corpus: {path} ({split} split) has 0 lines")
    return lines


def decode_line(raw, path, number, offset):
    """`raw` (bytes) as str; PrepareError naming `path`, line `number` (1-based) and the
    byte offset (from `offset`, the line's first byte in the decompressed file) otherwise."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        where = "decompressed " if path.suffix == ".gz" else ""
        raise PrepareError(
            f"{path}: invalid UTF-8 on line {number}: byte 0x{raw[err.start]:02x} at "
            f"{where}byte offset {offset + err.start} (byte {err.start + 1} of the line)"
        ) from None


def read_split(name, prefix, langs):
    """Both sides of one split.

    Args:
        name: 'train', 'valid' or 'test'.
        prefix: the split's prefix (files PREFIX.LANG or PREFIX.LANG.gz).
        langs: (source, target) language codes.
    Returns:
        Split with the lines as read.
    Raises:
        PrepareError: a side missing or unreadable (see `read_lines`), or line counts that
            differ (naming both files and counts).
    """
    files = {lang: resolve_path(prefix, lang) for lang in langs}
    lines = {lang: read_lines(files[lang], name) for lang in langs}
    counts = {lang: len(lines[lang]) for lang in langs}
    if len(set(counts.values())) > 1:
        detail = " but ".join(f"{files[lang]} has {counts[lang]} lines" for lang in langs)
        raise PrepareError(f"{name} split: line counts differ: {detail}")
    return Split(name, files, lines)


def normalise(line):
    """One line normalised: Unicode NFC, control characters (category Cc, incl. tab and CR)
    and U+FEFF as spaces, runs of whitespace as one space, no leading or trailing space.

    Args:
        line: str (a trailing newline is removed with the other whitespace).
    Returns:
        str, possibly empty.
    """
    text = unicodedata.normalize("NFC", line).translate(_CONTROL_TO_SPACE)
    return " ".join(text.split())
