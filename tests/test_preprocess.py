"""Tests for csgan-prepare (the preprocess/ package, installed as csgan_preprocess) on small
slices of the bundled Bible corpus."""

import gzip
import json
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from csgan_preprocess import PrepareError, binarise
from csgan_preprocess.normalise import normalise
from csgan_preprocess.prepare import main

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "data" / "bible-kjv-rv1909"
SIZES = {"train": 300, "valid": 40, "test": 50}
LANGS = ("es", "en")

# Appended to both train and test: train must drop them (one per reason), test must keep them.
LONG = " ".join(["palabra"] * 300)
ODD_PAIRS = [
    (LONG, " ".join(["word"] * 300)),  # too_long: > 250 subword tokens on both sides
    ("uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece", "yes"),  # ratio
    (" \t \x07 ", "Something was said."),  # empty source after normalisation
]
# Decomposed e + combining acute, tab, bell, non-breaking space: appended to test only.
MESSY = ("  Cafe\u0301\tcon \x07 leche  ", "Coffee\u00a0 with   milk\r")
CLEAN = ("Café con leche", "Coffee with milk")


@pytest.fixture(scope="module")
def slices():
    """The first SIZES[split] lines of each bundled file, as raw text lines (with newline)."""
    out = {}
    for split, n in SIZES.items():
        for lang in LANGS:
            with gzip.open(BUNDLED / f"{split}.{lang}.gz", "rt", encoding="utf-8") as fh:
                out[split, lang] = [line for _, line in zip(range(n), fh)]
    return out


def write_corpus(root, slices, train_extra=(), test_extra=()):
    """Train as plain text, valid/test gzipped (both input forms are supported)."""
    root.mkdir(parents=True, exist_ok=True)
    extra = {"train": list(train_extra), "valid": [], "test": list(test_extra)}
    for split in SIZES:
        for i, lang in enumerate(LANGS):
            text = "".join(slices[split, lang]) + "".join(p[i] + "\n" for p in extra[split])
            if split == "train":
                (root / f"{split}.{lang}").write_text(text, encoding="utf-8")
            else:
                with gzip.open(root / f"{split}.{lang}.gz", "wt", encoding="utf-8") as fh:
                    fh.write(text)
    return root


def make_argv(corpus, destdir, *extra):
    return ["--source-lang", "es", "--target-lang", "en",
            "--trainpref", str(corpus / "train"), "--validpref", str(corpus / "valid"),
            "--testpref", str(corpus / "test"), "--destdir", str(destdir),
            "--vocab-size", "300", "--workers", "1", *extra]


def read(path):
    return path.read_text(encoding="utf-8").splitlines()


def idx_length(path):
    """Sentence count from a fairseq mmap .idx header (magic, version, dtype, length)."""
    with open(path, "rb") as fh:
        assert fh.read(9) == b"MMIDIDX\x00\x00"
        _version, _dtype, length = struct.unpack("<QBQ", fh.read(17))
    return length


def assert_nothing_written(destdir):
    assert not destdir.exists()
    assert not list(destdir.parent.glob(f"{destdir.name}.tmp-*"))


@pytest.fixture(scope="module")
def spm_out(tmp_path_factory, slices):
    root = tmp_path_factory.mktemp("spm")
    corpus = write_corpus(root / "corpus", slices, ODD_PAIRS, [*ODD_PAIRS, MESSY])
    destdir = root / "out"
    assert main(make_argv(corpus, destdir, "--joined-dictionary")) == 0
    return destdir


@pytest.fixture(scope="module")
def bpe_out(tmp_path_factory, slices):
    root = tmp_path_factory.mktemp("bpe")
    corpus = write_corpus(root / "corpus", slices)
    destdir = root / "out"
    # A stale earlier output that --force must replace wholesale.
    destdir.mkdir()
    (destdir / "prepare.json").write_text("{}", encoding="utf-8")
    (destdir / "stale.txt").write_text("old", encoding="utf-8")
    argv = make_argv(corpus, destdir, "--subword", "subword-nmt", "--separate-subwords",
                     "--force", "--max-train-sentences", "250")
    assert main(argv) == 0
    return destdir


def test_sentencepiece_joint_binaries_and_counts(spm_out):
    n_test = SIZES["test"] + len(ODD_PAIRS) + 1
    for lang in LANGS:
        assert len(read(spm_out / "text" / f"test.{lang}")) == n_test
        for split, n in (("train", SIZES["train"]), ("valid", SIZES["valid"]), ("test", n_test)):
            assert idx_length(spm_out / "bin" / f"{split}.es-en.{lang}.idx") == n
            assert (spm_out / "bin" / f"{split}.es-en.{lang}.bin").stat().st_size > 0
    dicts = [read(spm_out / "bin" / f"dict.{lang}.txt") for lang in LANGS]
    assert dicts[0] == dicts[1]  # joined
    assert 200 <= len(dicts[0]) <= 300
    report = json.loads((spm_out / "prepare.json").read_text(encoding="utf-8"))
    train = report["splits"]["train"]
    assert (train["lines"], train["used"], train["kept"]) == (303, 303, 300)
    assert report["splits"]["valid"]["kept"] == SIZES["valid"]
    assert report["splits"]["test"]["lines"] == report["splits"]["test"]["kept"] == n_test
    assert report["remove_bpe"] == "sentencepiece"
    assert report["dict_entries"] == {"es": len(dicts[0]), "en": len(dicts[0])}
    assert sorted(p.name for p in (spm_out / "subword").iterdir()) == ["spm.model", "spm.vocab"]


def test_sentencepiece_removal_restores_text(spm_out):
    for lang in LANGS:
        seg = read(spm_out / "seg" / f"test.{lang}")
        # What fairseq's --remove-bpe sentencepiece does.
        decoded = [s.replace(" ", "").replace("\u2581", " ").strip() for s in seg]
        assert decoded == read(spm_out / "text" / f"test.{lang}")


def test_cleaning_drops_train_pairs_by_reason(spm_out):
    report = json.loads((spm_out / "prepare.json").read_text(encoding="utf-8"))
    assert report["splits"]["train"]["dropped"] == {
        "empty": 1, "too_short": 0, "too_long": 1, "ratio": 1}
    train_es = read(spm_out / "text" / "train.es")
    assert len(train_es) == SIZES["train"]
    assert LONG not in train_es and ODD_PAIRS[1][0] not in train_es


def test_test_split_is_never_filtered(spm_out):
    tail = list(zip(*(read(spm_out / "text" / f"test.{lang}")[-4:] for lang in LANGS)))
    expected = [(normalise(a), normalise(b)) for a, b in ODD_PAIRS] + [CLEAN]
    assert tail == expected
    assert tail[2][0] == ""  # the empty side survives as an empty line


def test_normalisation():
    assert normalise(MESSY[0]) == CLEAN[0]
    assert normalise(MESSY[1]) == CLEAN[1]
    assert normalise("a\u0301") == "\u00e1"  # NFC composes
    assert normalise("\ufeffx\x00y\u0085z") == "x y z"


def test_subword_nmt_separate(bpe_out):
    assert sorted(p.name for p in (bpe_out / "subword").iterdir()) == [
        "bpe.en.codes", "bpe.es.codes"]
    assert not (bpe_out / "stale.txt").exists()
    report = json.loads((bpe_out / "prepare.json").read_text(encoding="utf-8"))
    assert report["remove_bpe"] == "@@ "
    assert report["splits"]["test"]["kept"] == SIZES["test"]
    train = report["splits"]["train"]
    assert (train["lines"], train["used"]) == (SIZES["train"], 250)
    assert len(read(bpe_out / "text" / "train.es")) == train["kept"] > 240
    dicts = [read(bpe_out / "bin" / f"dict.{lang}.txt") for lang in LANGS]
    assert dicts[0] != dicts[1]
    for lang in LANGS:
        for split in SIZES:
            seg = read(bpe_out / "seg" / f"{split}.{lang}")
            assert any("@@ " in line for line in seg)
            # What fairseq's --remove-bpe "@@ " does.
            restored = [(line + " ").replace("@@ ", "").rstrip() for line in seg]
            assert restored == read(bpe_out / "text" / f"{split}.{lang}")


# Trains on the lines of argv[1] with sampling on, prints the segmentation of those lines.
TRAIN_SPM = """
import argparse, sys
from pathlib import Path
from csgan_preprocess.subwords import train_sentencepiece
lines = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
args = argparse.Namespace(vocab_size=300, spm_model_type=None, workers=2,
                          spm_input_sentence_size=200)
print("\\n".join(train_sentencepiece(lines, Path(sys.argv[2]), args)(lines)))
"""


def test_sentencepiece_is_deterministic(tmp_path, slices):
    corpus = tmp_path / "lines.txt"
    corpus.write_text("".join(slices["train", "es"] + slices["train", "en"]), encoding="utf-8")
    runs = []
    # Separate processes: sentencepiece's own sampling happens to repeat within one process.
    for run in ("a", "b"):
        cmd = [sys.executable, "-c", TRAIN_SPM, str(corpus), str(tmp_path / run)]
        result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, check=True)
        runs.append(((tmp_path / f"{run}.vocab").read_bytes(), result.stdout))
    assert runs[0] == runs[1]
    assert runs[0][1].count("\n") == 2 * SIZES["train"]


def expect_error(argv, destdir, *fragments):
    with pytest.raises(PrepareError) as info:
        main(argv)
    for fragment in fragments:
        assert fragment in str(info.value)
    assert_nothing_written(destdir)
    return str(info.value)


def test_missing_file(tmp_path, slices):
    corpus = write_corpus(tmp_path / "c", slices)
    (corpus / "test.en.gz").unlink()
    expect_error(make_argv(corpus, tmp_path / "out"), tmp_path / "out",
                 str(corpus / "test.en"), str(corpus / "test.en.gz"))


def test_plain_and_gzip_both_present(tmp_path, slices):
    corpus = write_corpus(tmp_path / "c", slices)
    (corpus / "test.en").write_text("x\n", encoding="utf-8")
    expect_error(make_argv(corpus, tmp_path / "out"), tmp_path / "out",
                 str(corpus / "test.en"), str(corpus / "test.en.gz"))


def test_different_line_counts(tmp_path, slices):
    corpus = write_corpus(tmp_path / "c", slices)
    (corpus / "train.en").write_text("".join(slices["train", "en"][:-1]), encoding="utf-8")
    expect_error(make_argv(corpus, tmp_path / "out"), tmp_path / "out",
                 str(corpus / "train.es"), "300 lines", str(corpus / "train.en"), "299 lines")


def test_empty_file(tmp_path, slices):
    corpus = write_corpus(tmp_path / "c", slices)
    with gzip.open(corpus / "valid.es.gz", "wb"):
        pass
    expect_error(make_argv(corpus, tmp_path / "out"), tmp_path / "out",
                 str(corpus / "valid.es.gz"), "valid", "0 lines")


def test_nothing_left_after_cleaning(tmp_path, slices):
    corpus = write_corpus(tmp_path / "c", slices)
    for lang, text in (("es", "\n\n \t\n"), ("en", "a\nb\nc\n")):
        (corpus / f"train.{lang}").write_text(text, encoding="utf-8")
    expect_error(make_argv(corpus, tmp_path / "out"), tmp_path / "out",
                 str(corpus / "train.es"), "no train pairs left", "'empty': 3")


def test_undecodable_bytes(tmp_path, slices):
    corpus = write_corpus(tmp_path / "c", slices)
    head = "".join(slices["train", "es"][:2]).encode("utf-8")
    rest = "".join(slices["train", "es"][3:]).encode("utf-8")
    (corpus / "train.es").write_bytes(head + b"\xff\xfe bad\n" + rest)
    expect_error(make_argv(corpus, tmp_path / "out"), tmp_path / "out",
                 str(corpus / "train.es"), "line 3", f"byte offset {len(head)}", "0xff")


def test_existing_destdir_needs_force(tmp_path, slices):
    corpus = write_corpus(tmp_path / "c", slices)
    destdir = tmp_path / "out"
    destdir.mkdir()
    (destdir / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(PrepareError, match="--force") as info:
        main(make_argv(corpus, destdir))
    assert str(destdir) in str(info.value)
    # --force still refuses to delete a directory this script did not write.
    with pytest.raises(PrepareError, match="prepare.json"):
        main(make_argv(corpus, destdir, "--force"))
    assert (destdir / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert not list(tmp_path.glob("out.tmp-*"))


@pytest.mark.parametrize("options, fragments", [
    (["--joined-dictionary", "--separate-subwords"],
     ["--joined-dictionary", "--separate-subwords"]),
    (["--subword", "subword-nmt", "--spm-model-type", "bpe"], ["--spm-model-type", "subword-nmt"]),
    (["--max-len", "0"], ["--max-len", "0"]),
    (["--max-len-ratio", "0.5"], ["--max-len-ratio", "0.5"]),
])
def test_invalid_option_combinations(tmp_path, slices, options, fragments):
    corpus = write_corpus(tmp_path / "c", slices)
    expect_error(make_argv(corpus, tmp_path / "out", *options), tmp_path / "out", *fragments)


def test_fairseq_failure_leaves_nothing(tmp_path, slices, monkeypatch):
    corpus = write_corpus(tmp_path / "c", slices)
    failing = [sys.executable, "-c", "import sys; sys.stderr.write('boom\\n'); sys.exit(3)"]
    monkeypatch.setattr(binarise, "FAIRSEQ_PREPROCESS", failing)
    expect_error(make_argv(corpus, tmp_path / "out"), tmp_path / "out",
                 "fairseq-preprocess failed", "exit status 3", "boom")


def test_cli_reports_error_and_exits_2(tmp_path, slices):
    corpus = write_corpus(tmp_path / "c", slices)
    (corpus / "train.es").unlink()
    result = subprocess.run([sys.executable, "-m", "csgan_preprocess",
                             *make_argv(corpus, tmp_path / "out")],
                            cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stderr.startswith("csgan-prepare: error: ")
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert str(corpus / "train.es") in result.stderr
    assert_nothing_written(tmp_path / "out")


@pytest.mark.parametrize("split, lang, symbol", [("train", "es", "</s>"),
                                                 ("test", "en", "<pad>"),
                                                 ("valid", "en", "<unk>")])
def test_fairseq_symbols_in_raw_text_are_refused_with_subword_nmt(tmp_path, slices, split,
                                                                   lang, symbol):
    """subword-nmt keeps `</s>` as one token, which fairseq-preprocess binarises as an end of
    sentence mid-line: refused, naming the file and line, on every split; sentencepiece's
    pieces never spell it, and the same text prepares."""
    corpus = write_corpus(tmp_path / "c", slices)
    suffix = ".gz" if split != "train" else ""
    path = corpus / f"{split}.{lang}{suffix}"
    opener = gzip.open if suffix else open
    with opener(path, "rt", encoding="utf-8") as fh:
        lines = fh.read().splitlines(True)
    lines[4] = lines[4].rstrip("\n") + f" {symbol} more\n"
    with opener(path, "wt", encoding="utf-8") as fh:
        fh.write("".join(lines))
    expect_error(make_argv(corpus, tmp_path / "out", "--subword", "subword-nmt"),
                 tmp_path / "out", f"{corpus / f'{split}.{lang}'}", "line 5", repr(symbol),
                 "special symbol")
    assert main(make_argv(corpus, tmp_path / "spm")) == 0
