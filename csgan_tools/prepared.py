"""A `csgan-prepare` output read back: the one reader of its prepare.json.

Layout (csgan_preprocess/prepare.py): bin/ (fairseq binaries and dictionaries), text/ (the
normalised text of every split, SPLIT.LANG: the references BLEU is computed on), seg/ (the
same, subword-segmented), subword/ (the subword models) and prepare.json (the command's
arguments, `remove_bpe` for fairseq's --remove-bpe, per-split counts).
"""

from pathlib import Path
from typing import List

from . import CommandError, read_json


class PreparedCorpus:
    """The csgan-prepare output at `path`. Raises CommandError if it has no prepare.json.

    Args:
        path: str or Path of the directory (bin/, text/, seg/, subword/, prepare.json).
    Attributes:
        path: Path, as given (not resolved).
        record: dict, prepare.json as read (UTF-8 JSON).
    Raises:
        CommandError: when path/prepare.json is not a file.
    """

    def __init__(self, path):
        self.path = Path(path)
        info = self.path / "prepare.json"
        if not info.is_file():
            raise CommandError(f"{self.path} has no prepare.json (expected a csgan-prepare "
                               "output: bin/, text/, prepare.json)")
        self.record = read_json(info, "csgan-prepare's record")

    @property
    def args(self) -> dict:
        """csgan-prepare's arguments as given (paths as typed: for display only)."""
        return self.record["args"]

    @property
    def source_lang(self) -> str:
        """The source language code, as given to csgan-prepare (e.g. "de")."""
        return self.args["source_lang"]

    @property
    def target_lang(self) -> str:
        """The target language code, as given to csgan-prepare (e.g. "en")."""
        return self.args["target_lang"]

    @property
    def remove_bpe(self) -> str:
        """fairseq's --remove-bpe value for these subwords ('sentencepiece' or '@@ ')."""
        return self.record["remove_bpe"]

    @property
    def bin(self) -> Path:
        """The fairseq data directory (binaries and dict.LANG.txt)."""
        return self.path / "bin"

    def text(self, split: str, side: str = "target") -> Path:
        """text/SPLIT.LANG of the `side` ('source' or 'target').

        Args:
            split: str, e.g. "train", "valid", "test".
            side: "source", or anything else for the target.
        Returns:
            Path PATH/text/SPLIT.LANG (normalised, untokenised text, one sentence per
            line), whether or not it exists.
        """
        lang = self.source_lang if side == "source" else self.target_lang
        return self.path / "text" / f"{split}.{lang}"

    def references(self, split: str) -> List[str]:
        """The target lines of `split`, one per sentence. Raises CommandError if missing.

        Args:
            split: str, e.g. "valid" or "test".
        Returns:
            List[str], the lines of text/SPLIT.TGT (UTF-8) without their line ends: the
            references BLEU and chrF are computed on.
        Raises:
            CommandError: when text/SPLIT.TGT is not a file.
        """
        path = self.text(split)
        if not path.is_file():
            raise CommandError(f"no references {path} for split {split!r}")
        return path.read_text(encoding="utf-8").splitlines()
