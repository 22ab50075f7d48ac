"""The bundled es-en corpus of the comparison (data/bible-kjv-rv1909) and the held-out test
split of the verses its sizes' training never reads.
"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "bible-kjv-rv1909"

# books of the bundled training split never used as held-out test verses: they retell the
# books of Samuel and Kings, which the sizes' training reads
RETELLING_BOOKS = ("I Chronicles", "II Chronicles")


def heldout_test(read: int, stride: int, prefix: Path, corpus: Path = CORPUS) -> Path:
    """A test split from the bundled training split's verses that training never reads:
    of the pairs after the first `read` (csgan-prepare's --max-train-sentences), every
    `stride`-th (the 1st, the stride+1-th, ...), leaving out RETELLING_BOOKS.

    Args:
        read: int >= 1, the training pairs training reads (the first ones).
        stride: int >= 1, one verse in `stride` is kept.
        prefix: Path; PREFIX.es, PREFIX.en and PREFIX.ids are written (directory created;
            each file written whole, then renamed).
        corpus: Path of the bundled corpus (train.{es,en,ids}.gz).
    Returns:
        Path `prefix`, for csgan-prepare's --testpref.
    Raises:
        ValueError: when `read` < 1 or `stride` < 1, or nothing is left.
    """
    import gzip

    if read < 1 or stride < 1:
        raise ValueError(f"heldout_test: read {read} and stride {stride} must be >= 1")
    lines = {}
    for ext in ("es", "en", "ids"):
        with gzip.open(corpus / f"train.{ext}.gz", "rt", encoding="utf-8") as fh:
            text = fh.read()  # split on "\n" only, as csgan-prepare reads it
            lines[ext] = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    unread = [i for i in range(read, len(lines["ids"]))
              if lines["ids"][i].rsplit(" ", 1)[0] not in RETELLING_BOOKS]
    kept = unread[::stride]
    if not kept:
        raise ValueError(f"heldout_test: no training verse after the first {read}")
    prefix.parent.mkdir(parents=True, exist_ok=True)
    for ext in ("es", "en", "ids"):
        path = prefix.with_name(f"{prefix.name}.{ext}")
        partial = path.with_name(f".{path.name}.tmp")
        partial.write_text("".join(lines[ext][i] + "\n" for i in kept), encoding="utf-8")
        os.replace(partial, path)
    return prefix
