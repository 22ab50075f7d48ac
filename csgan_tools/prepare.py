"""Raw parallel text -> normalised, cleaned, subword-segmented text and fairseq binaries.

Usage (installed as ``csgan-prepare``; ``python -m csgan_tools.prepare`` is the same)::

    csgan-prepare --source-lang es --target-lang en \\
        --trainpref data/bible-kjv-rv1909/train --validpref data/bible-kjv-rv1909/valid \\
        --testpref data/bible-kjv-rv1909/test --destdir data-bin/bible.es-en --joined-dictionary

Everything is built in a sibling ``DESTDIR.tmp-<random>`` and renamed onto DESTDIR only once
fairseq-preprocess has succeeded, so DESTDIR is either complete or untouched.
``main(argv)`` returns 0 on success and raises ``PrepareError`` on bad input or options;
from the command line (``cli``), that error is printed as ``csgan-prepare: error: ...`` with
exit status 2.
"""

import argparse
import gzip
import json
import os
import random
import secrets
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import sentencepiece as spm
from subword_nmt.apply_bpe import BPE
from subword_nmt.learn_bpe import learn_bpe

from . import CommandError, refuse_as_one_line

SPLITS = ("train", "valid", "test")
DROP_REASONS = ("empty", "too_short", "too_long", "ratio")
# Running fairseq's module with this interpreter works whether or not the venv's bin is on PATH.
FAIRSEQ_PREPROCESS = [sys.executable, "-m", "fairseq_cli.preprocess"]
# Enough of fairseq-preprocess's output to show the actual error without flooding the terminal.
ERROR_TAIL_LINES = 20
# Seed of our own sampling for --spm-input-sentence-size: sentencepiece's sampling gives a
# different model in every process, even after sentencepiece.set_random_generator_seed().
SAMPLE_SEED = 1234
# Unicode category Cc (C0 and C1 controls, incl. tab/CR) and U+FEFF (a stray byte-order mark)
# become spaces; the whitespace collapse that follows then removes them.
_CONTROL_TO_SPACE = {cp: " " for cp in [*range(0x20), *range(0x7F, 0xA0), 0xFEFF]}
REMOVE_BPE = {"sentencepiece": "sentencepiece", "subword-nmt": "@@ "}
# fairseq's default --max-source-positions / --max-target-positions (tokens with EOS); kept
# here so that csgan-prepare need not import fairseq (csgan_nmt.positions has the same)
FAIRSEQ_DEFAULT_POSITIONS = 1024


class PrepareError(CommandError):
    """Bad input or options; the message names the file/option and the offending counts."""


@dataclass
class Split:
    name: str
    files: dict  # lang -> Path that was read
    lines: dict  # lang -> list[str]


def build_parser():
    p = argparse.ArgumentParser(
        prog="csgan-prepare",
        description="Normalise, clean and subword-segment parallel text, then binarise it "
        "with fairseq-preprocess.",
    )
    p.add_argument("--source-lang", required=True)
    p.add_argument("--target-lang", required=True)
    p.add_argument("--trainpref", required=True, help="files are PREF.LANG or PREF.LANG.gz")
    p.add_argument("--validpref")
    p.add_argument("--testpref")
    p.add_argument("--destdir", required=True)
    p.add_argument("--force", action="store_true",
                   help="replace DESTDIR if it exists (only an earlier output of this script)")
    p.add_argument("--subword", choices=sorted(REMOVE_BPE), default="sentencepiece")
    p.add_argument("--vocab-size", type=int, default=8000,
                   help="sentencepiece vocabulary size, or number of subword-nmt merges")
    joint = p.add_mutually_exclusive_group()
    joint.add_argument("--joint-subwords", dest="joint_subwords", action="store_true",
                       default=True, help="one subword model on source+target (default)")
    joint.add_argument("--separate-subwords", dest="joint_subwords", action="store_false",
                       help="one subword model per language")
    p.add_argument("--joined-dictionary", action="store_true",
                   help="passed to fairseq-preprocess; needs joint subwords")
    p.add_argument("--min-len", type=int, default=1, help="train only, in subword tokens")
    p.add_argument("--max-len", type=int, default=250, help="train only, in subword tokens")
    p.add_argument("--max-len-ratio", type=float, default=3.0,
                   help="train only: drop pairs whose longer/shorter side ratio exceeds this")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--spm-model-type", choices=["unigram", "bpe"], default=None,
                   help="sentencepiece model type (default unigram)")
    p.add_argument("--spm-input-sentence-size", type=int, default=None,
                   help="sentences sampled for sentencepiece training (default 0 = all)")
    p.add_argument("--max-train-sentences", type=int, default=0,
                   help="use only the first N training pairs (0 = all)")
    return p


def validate_args(args):
    """Reject option values and combinations that would fail later or silently do nothing."""
    langs = (args.source_lang, args.target_lang)
    for lang in langs:
        # The language becomes a file suffix for us and for fairseq.
        if not lang or any(c in lang for c in "./\\ "):
            raise PrepareError(f"invalid language code {lang!r}")
    if langs[0] == langs[1]:
        raise PrepareError(f"--source-lang and --target-lang are both {langs[0]!r}")
    if args.joined_dictionary and not args.joint_subwords:
        raise PrepareError("--joined-dictionary cannot be used with --separate-subwords "
                           "(the two sides would have different subword vocabularies)")
    if args.subword != "sentencepiece":
        for opt, value in (("--spm-model-type", args.spm_model_type),
                           ("--spm-input-sentence-size", args.spm_input_sentence_size)):
            if value is not None:
                raise PrepareError(f"{opt} only applies to --subword sentencepiece, "
                                   f"not --subword {args.subword}")
    positive = {"--vocab-size": args.vocab_size, "--workers": args.workers,
                "--min-len": args.min_len, "--max-len": args.max_len}
    for opt, value in positive.items():
        if value < 1:
            raise PrepareError(f"{opt} must be >= 1, got {value}")
    if args.max_len < args.min_len:
        raise PrepareError(f"--max-len {args.max_len} is below --min-len {args.min_len}")
    if args.max_len_ratio < 1:
        raise PrepareError(f"--max-len-ratio must be >= 1, got {args.max_len_ratio}")
    for opt, value in (("--max-train-sentences", args.max_train_sentences),
                       ("--spm-input-sentence-size", args.spm_input_sentence_size or 0)):
        if value < 0:
            raise PrepareError(f"{opt} must be >= 0, got {value}")


def check_destdir(destdir, force):
    if not destdir.exists():
        return
    if not force:
        raise PrepareError(f"{destdir} already exists (use --force to replace it)")
    if not destdir.is_dir():
        raise PrepareError(f"{destdir} exists and is not a directory")
    # --force deletes the old tree; refuse to do that to a directory this script did not write.
    if any(destdir.iterdir()) and not (destdir / "prepare.json").is_file():
        raise PrepareError(f"{destdir} is not an output of this script (no prepare.json); "
                           "refusing to replace it even with --force")


# ---------------------------------------------------------------- reading and normalising


def resolve_path(prefix, lang):
    plain, gz = Path(f"{prefix}.{lang}"), Path(f"{prefix}.{lang}.gz")
    if plain.is_file() and gz.is_file():
        raise PrepareError(f"both {plain} and {gz} exist; remove one so the input is unambiguous")
    for path in (plain, gz):
        if path.is_file():
            return path
    raise PrepareError(f"input file not found: tried {plain} and {gz}")


def read_lines(path, split):
    """Strictly decoded lines of a (possibly gzipped) file, split on "\\n" only."""
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
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        where = "decompressed " if path.suffix == ".gz" else ""
        raise PrepareError(
            f"{path}: invalid UTF-8 on line {number}: byte 0x{raw[err.start]:02x} at "
            f"{where}byte offset {offset + err.start} (byte {err.start + 1} of the line)"
        ) from None


def read_split(name, prefix, langs):
    files = {lang: resolve_path(prefix, lang) for lang in langs}
    lines = {lang: read_lines(files[lang], name) for lang in langs}
    counts = {lang: len(lines[lang]) for lang in langs}
    if len(set(counts.values())) > 1:
        detail = " but ".join(f"{files[lang]} has {counts[lang]} lines" for lang in langs)
        raise PrepareError(f"{name} split: line counts differ: {detail}")
    return Split(name, files, lines)


def normalise(line):
    text = unicodedata.normalize("NFC", line).translate(_CONTROL_TO_SPACE)
    return " ".join(text.split())


# ---------------------------------------------------------------- subword models


def sample_lines(lines, size):
    """A reproducible subset of `size` lines in corpus order (all lines if size is 0)."""
    if not size or size >= len(lines):
        return lines
    keep = sorted(random.Random(SAMPLE_SEED).sample(range(len(lines)), size))
    return [lines[i] for i in keep]


def train_sentencepiece(lines, prefix, args):
    """Train on `lines`; return a function mapping lines to space-joined pieces."""
    try:
        spm.SentencePieceTrainer.train(
            sentence_iterator=iter(sample_lines(lines, args.spm_input_sentence_size)),
            model_prefix=str(prefix),
            vocab_size=args.vocab_size,
            model_type=args.spm_model_type or "unigram",
            character_coverage=1.0,
            num_threads=args.workers,
            # The text is already NFC-normalised; sentencepiece's default NFKC rule would make
            # decoded hypotheses differ from the references in text/.
            normalization_rule_name="identity",
            minloglevel=1,
        )
    except RuntimeError as err:
        raise PrepareError(f"sentencepiece training for {prefix.name} failed "
                           f"(check --vocab-size {args.vocab_size}): {err}") from err
    model = spm.SentencePieceProcessor(model_file=f"{prefix}.model")
    return lambda batch: [" ".join(p) for p in model.encode(batch, out_type=str,
                                                             num_threads=args.workers)]


def train_subword_nmt(lines, codes_path, args):
    """Learn `--vocab-size` merges on `lines`; return a function applying them ("@@ " joiner)."""
    with open(codes_path, "w", encoding="utf-8") as out:
        learn_bpe(lines, out, args.vocab_size)
    with open(codes_path, encoding="utf-8") as codes:
        bpe = BPE(codes)
    return lambda batch: [bpe.segment(line) for line in batch]


def train_subwords(args, train, subword_dir):
    """One model on both sides (joint) or one per language; returns lang -> segment function."""
    langs = list(train.lines)
    groups = [langs] if args.joint_subwords else [[lang] for lang in langs]
    segmenters = {}
    for group in groups:
        tag = "" if args.joint_subwords else f".{group[0]}"
        lines = [line for lang in group for line in train.lines[lang]]
        if args.subword == "sentencepiece":
            segment = train_sentencepiece(lines, subword_dir / f"spm{tag}", args)
        else:
            segment = train_subword_nmt(lines, subword_dir / f"bpe{tag}.codes", args)
        segmenters.update({lang: segment for lang in group})
    return segmenters


# ---------------------------------------------------------------- cleaning


def drop_empty(split):
    """Remove pairs with an empty side; return the number removed."""
    langs = list(split.lines)
    pairs = list(zip(*(split.lines[lang] for lang in langs)))
    kept = [pair for pair in pairs if all(pair)]
    for i, lang in enumerate(langs):
        split.lines[lang] = [pair[i] for pair in kept]
    return len(pairs) - len(kept)


def length_reason(n_src, n_tgt, args):
    """Why a pair of subword lengths is dropped, or None to keep it."""
    if min(n_src, n_tgt) < args.min_len:
        return "too_short"
    if max(n_src, n_tgt) > args.max_len:
        return "too_long"
    if max(n_src, n_tgt) / min(n_src, n_tgt) > args.max_len_ratio:
        return "ratio"
    return None


def filter_by_length(text, seg, args):
    """Drop training pairs by subword length in place (text and seg alike); count reasons."""
    src, tgt = list(seg)
    reasons = [length_reason(len(a.split()), len(b.split()), args)
               for a, b in zip(seg[src], seg[tgt])]
    for lines in (*text.values(), *seg.values()):
        lines[:] = [line for line, reason in zip(lines, reasons) if reason is None]
    return Counter(reason for reason in reasons if reason)


# ---------------------------------------------------------------- building the output


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.writelines(line + "\n" for line in lines)


def run_fairseq_preprocess(args, seg_dir, bin_dir, split_names):
    cmd = [*FAIRSEQ_PREPROCESS, "--source-lang", args.source_lang,
           "--target-lang", args.target_lang, "--destdir", str(bin_dir),
           "--workers", str(args.workers)]
    for name in split_names:
        cmd += [f"--{name}pref", str(seg_dir / name)]
    if args.joined_dictionary:
        cmd.append("--joined-dictionary")
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, errors="replace", check=False)
    if result.returncode != 0:
        tail = "\n".join(result.stdout.splitlines()[-ERROR_TAIL_LINES:])
        raise PrepareError(f"fairseq-preprocess failed with exit status {result.returncode}: "
                           f"{' '.join(cmd)}\n{tail}")


def require_pairs(train, drops):
    """An empty training set would only fail later, less clearly, in subword training."""
    langs = list(train.lines)
    if not train.lines[langs[0]]:
        raise PrepareError(f"empty corpus: no train pairs left after cleaning "
                           f"{train.files[langs[0]]} / {train.files[langs[1]]} "
                           f"(dropped: {dict(drops)})")


def segment_and_clean(args, splits, subword_dir):
    """Normalise all splits, clean train in place; return (seg, drop counts)."""
    train = splits[0]
    for split in splits:
        split.lines = {k: [normalise(line) for line in v] for k, v in split.lines.items()}
    drops = Counter(empty=drop_empty(train))
    require_pairs(train, drops)
    segmenters = train_subwords(args, train, subword_dir)
    seg = {s.name: {k: segmenters[k](v) for k, v in s.lines.items()} for s in splits}
    drops.update(filter_by_length(train.lines, seg["train"], args))
    require_pairs(train, drops)
    return seg, {reason: drops[reason] for reason in DROP_REASONS}


def build(args, splits, tmp):
    """Write text/, subword/, seg/, bin/ and prepare.json into `tmp`; return the report."""
    for sub in ("text", "subword", "seg"):
        (tmp / sub).mkdir()
    counts = {s.name: {"files": {k: str(v.resolve()) for k, v in s.files.items()},
                       "lines": len(s.lines[args.source_lang])} for s in splits}
    train = splits[0]
    if args.max_train_sentences:
        train.lines = {k: v[:args.max_train_sentences] for k, v in train.lines.items()}
    counts["train"]["used"] = len(train.lines[args.source_lang])
    seg, counts["train"]["dropped"] = segment_and_clean(args, splits, tmp / "subword")
    for split in splits:
        counts[split.name]["kept"] = len(split.lines[args.source_lang])
        if split.name != "train":  # never filtered: lines fairseq would refuse by default
            counts[split.name]["over_default_positions"] = over_default_positions(
                seg[split.name])
        for lang in split.lines:
            write_lines(tmp / "text" / f"{split.name}.{lang}", split.lines[lang])
            write_lines(tmp / "seg" / f"{split.name}.{lang}", seg[split.name][lang])
    run_fairseq_preprocess(args, tmp / "seg", tmp / "bin", [s.name for s in splits])
    report = make_report(args, counts, tmp)
    (tmp / "prepare.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    return report


def over_default_positions(seg):
    """{lang: [[line number, subword tokens with EOS], ...]} of the lines longer than
    fairseq's default positions (FAIRSEQ_DEFAULT_POSITIONS); languages without any left out."""
    over = {}
    for lang, lines in seg.items():
        lengths = (len(line.split()) + 1 for line in lines)
        long = [[i + 1, n] for i, n in enumerate(lengths) if n > FAIRSEQ_DEFAULT_POSITIONS]
        if long:
            over[lang] = long
    return over


def warn_over_default_positions(report, destdir):
    """One warning per split and language with lines longer than fairseq's default
    positions: what translates them and what does not."""
    for name, c in report["splits"].items():
        for lang, lines in (c.get("over_default_positions") or {}).items():
            (line, length), more = lines[0], len(lines) - 1
            others = f" (and {more} more line{'s' if more > 1 else ''})" if more else ""
            then = ("fairseq-train's validation stops on it unless --max-source-positions / "
                    "--max-target-positions reach it (or --skip-invalid-size-inputs-valid-test "
                    "skips it); " if name == "valid" else "")
            print(f"csgan-prepare: warning: {destdir / 'text' / f'{name}.{lang}'} line {line} "
                  f"has {length} subword tokens with EOS{others}, more than fairseq's default "
                  f"{FAIRSEQ_DEFAULT_POSITIONS} positions: {then}csgan-evaluate and "
                  "csgan-compare translate it with a model that has no such limit (RNNSearch/"
                  "LSTM, sinusoidal Transformer) and refuse it before decoding otherwise; "
                  "fairseq-generate and fairseq-interactive need --max-source-positions N "
                  "--max-target-positions N", file=sys.stderr)


def make_report(args, counts, tmp):
    dict_entries = {}
    for lang in (args.source_lang, args.target_lang):
        with open(tmp / "bin" / f"dict.{lang}.txt", encoding="utf-8") as fh:
            dict_entries[lang] = sum(1 for _ in fh)
    return {
        "args": vars(args),
        "subword": {
            "method": args.subword,
            "joint": args.joint_subwords,
            "vocab_size": args.vocab_size,
            "spm_model_type": (args.spm_model_type or "unigram")
            if args.subword == "sentencepiece" else None,
            "models": sorted(p.name for p in (tmp / "subword").iterdir()),
        },
        "remove_bpe": REMOVE_BPE[args.subword],
        "splits": counts,
        # Entries in fairseq's dict.*.txt; the model adds 4 special symbols (and padding).
        "dict_entries": dict_entries,
    }


def install(tmp, destdir):
    """Rename the finished `tmp` onto `destdir`, replacing an old one only after success."""
    if not destdir.exists():
        os.rename(tmp, destdir)
        return
    old = destdir.parent / f"{destdir.name}.tmp-old-{secrets.token_hex(4)}"
    os.rename(destdir, old)
    try:
        os.rename(tmp, destdir)
    except BaseException:
        os.rename(old, destdir)
        raise
    shutil.rmtree(old)


def print_summary(report, destdir):
    a, sub = report["args"], report["subword"]
    kind = "joint" if sub["joint"] else "separate"
    print(f"prepared {a['source_lang']}->{a['target_lang']} into {destdir} "
          f"({sub['method']}, {kind}, vocab {sub['vocab_size']})")
    for name, c in report["splits"].items():
        if name == "train":
            dropped = ", ".join(f"{r} {n}" for r, n in c["dropped"].items())
            print(f"  train: {c['lines']} lines, {c['used']} used, {c['kept']} kept "
                  f"(dropped: {dropped})")
        else:
            print(f"  {name}: {c['lines']} lines, {c['kept']} kept (never filtered)")
    dicts = ", ".join(f"{lang} {n}" for lang, n in report["dict_entries"].items())
    print(f"  dictionary entries: {dicts}; evaluate with --remove-bpe '{report['remove_bpe']}'")


def main(argv=None):
    args = build_parser().parse_args(argv)
    validate_args(args)
    destdir = Path(args.destdir)
    check_destdir(destdir, args.force)
    langs = [args.source_lang, args.target_lang]
    prefixes = zip(SPLITS, (args.trainpref, args.validpref, args.testpref))
    splits = [read_split(name, prefix, langs) for name, prefix in prefixes if prefix]
    destdir.parent.mkdir(parents=True, exist_ok=True)
    tmp = destdir.parent / f"{destdir.name}.tmp-{secrets.token_hex(4)}"
    tmp.mkdir()
    try:
        report = build(args, splits, tmp)
        install(tmp, destdir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    print_summary(report, destdir)
    warn_over_default_positions(report, destdir)
    return 0


@refuse_as_one_line("csgan-prepare", status=2)
def cli(argv=None):
    """The `csgan-prepare` command."""
    sys.exit(main(argv))


if __name__ == "__main__":
    cli()
