"""The csgan-prepare command: raw parallel text -> normalised, cleaned, subword-segmented
text and fairseq binaries, in one directory with its record (prepare.json).

Usage (installed as ``csgan-prepare``; ``python -m csgan_preprocess`` is the same)::

    csgan-prepare --source-lang es --target-lang en \\
        --trainpref data/bible-kjv-rv1909/train --validpref data/bible-kjv-rv1909/valid \\
        --testpref data/bible-kjv-rv1909/test --destdir data-bin/bible.es-en --joined-dictionary

The steps (normalise.py, clean.py, subwords.py, binarise.py) write into a sibling
``DESTDIR.tmp-<random>``, which is renamed onto DESTDIR only once fairseq-preprocess has
succeeded, so DESTDIR is either complete or untouched. Output: text/ (normalised, cleaned
text: the references), seg/ (the same, subword-segmented), subword/ (the models), bin/
(fairseq's binaries and dictionaries) and prepare.json (options, counts, dictionary sizes,
the --remove-bpe value to evaluate with).
"""

import argparse
import json
import os
import secrets
import shutil
import sys
from collections import Counter
from pathlib import Path

from . import PrepareError
from .binarise import run_fairseq_preprocess
from .clean import (DROP_REASONS, check_special_symbols, drop_empty, filter_by_length,
                    require_pairs)
from .normalise import normalise, read_split
from .subwords import REMOVE_BPE, train_subwords

SPLITS = ("train", "valid", "test")
# fairseq's default --max-source-positions / --max-target-positions (tokens with EOS); kept
# here so that csgan-prepare need not import fairseq (csgan_nmt.positions has the same)
FAIRSEQ_DEFAULT_POSITIONS = 1024


def build_parser():
    """csgan-prepare's argparse parser (its --help lists every option)."""
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
    """Refuse option values and combinations that would fail later or silently do nothing.

    Raises:
        PrepareError: naming the option and the value (a language code that cannot be a file
            suffix, the same language twice, --joined-dictionary with separate subwords, a
            sentencepiece option with subword-nmt, a count < 1, --max-len < --min-len, a
            ratio < 1, a negative size).
    """
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
    """Refuse to write over an existing `destdir` (Path) unless --force (`force`), and even
    then unless it is an earlier output of this command (it has prepare.json) or empty.

    Raises:
        PrepareError: naming `destdir` and the way out.
    """
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


# ---------------------------------------------------------------- building the output


def write_lines(path, lines):
    """`lines` (list of str, without newlines) to `path` as UTF-8, one per line ("\\n")."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.writelines(line + "\n" for line in lines)


def segment_and_clean(args, splits, subword_dir):
    """Normalise every split, drop empty training pairs, train the subword models and
    segment every split, then filter training pairs by subword length.

    Args:
        args: the options.
        splits: list of normalise.Split, 'train' first; their lines are replaced in place
            by the normalised (and, for train, cleaned) ones.
        subword_dir: Path for the subword models.
    Returns:
        (seg, dropped): seg {split: {lang: list of str}}, the segmented lines parallel to the
        splits' lines; dropped {reason: int} in DROP_REASONS order.
    Raises:
        PrepareError: no training pair left, or a subword model that cannot be trained.
    """
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
    """Run every step into the empty directory `tmp` (Path): text/, subword/, seg/, bin/ and
    prepare.json.

    Args:
        args: the options.
        splits: list of normalise.Split as read, 'train' first.
        tmp: Path of an existing empty directory.
    Returns:
        dict, the report written to prepare.json (see `make_report`).
    Raises:
        PrepareError: from any step.
    """
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
    """The record written to prepare.json.

    Returns:
        dict with 'args' (every option), 'subword' (method, joint, vocab_size,
        spm_model_type, model file names), 'remove_bpe' (the value for fairseq-generate's
        --remove-bpe), 'splits' ({split: files, lines read, used, kept, dropped by reason
        (train), lines over fairseq's default positions (valid/test)}) and 'dict_entries'
        ({lang: entries in bin/dict.LANG.txt}; the model adds 4 special symbols).
    """
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
    """Rename the finished `tmp` onto `destdir` (Paths on one file system), replacing an old
    `destdir` only once the new one is in place (the old one is restored on failure)."""
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
    """Print what was prepared: lines read, used, kept and dropped per split, dictionary
    sizes and the --remove-bpe to evaluate with (stdout)."""
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
    """csgan-prepare on `argv` (list of str; None: sys.argv[1:]).

    Returns:
        0, once DESTDIR is complete.
    Raises:
        PrepareError: bad options or input, before anything is written to DESTDIR (a
            temporary directory of a failed run is removed).
        SystemExit: from argparse, for unknown options or --help.
    """
    args = build_parser().parse_args(argv)
    validate_args(args)
    destdir = Path(args.destdir)
    check_destdir(destdir, args.force)
    langs = [args.source_lang, args.target_lang]
    prefixes = zip(SPLITS, (args.trainpref, args.validpref, args.testpref))
    splits = [read_split(name, prefix, langs) for name, prefix in prefixes if prefix]
    check_special_symbols(splits, args.subword)  # before anything is written
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


def cli(argv=None):
    """The `csgan-prepare` command: `main`, with a PrepareError printed as one line
    ``csgan-prepare: error: MESSAGE`` on stderr and exit status 2 (argparse's for bad
    usage); any other exception keeps its traceback."""
    try:
        status = main(argv)
    except PrepareError as e:
        sys.stderr.write(f"csgan-prepare: error: {' '.join(str(e).split())}\n")
        sys.exit(2)
    sys.exit(status)


if __name__ == "__main__":
    cli()
