"""Cleaning the training pairs (csgan-prepare): pairs with an empty side after normalising,
then pairs too short, too long or too unequal in subword tokens. Validation and test splits
are never cleaned: a score must be of the whole set.
"""

from collections import Counter

from . import PrepareError

# why a training pair is dropped, in the order prepare.json reports them
DROP_REASONS = ("empty", "too_short", "too_long", "ratio")


def drop_empty(split):
    """Remove the pairs with an empty side, in place.

    Args:
        split: normalise.Split whose lines are normalised.
    Returns:
        int, the number of pairs removed.
    """
    langs = list(split.lines)
    pairs = list(zip(*(split.lines[lang] for lang in langs)))
    kept = [pair for pair in pairs if all(pair)]
    for i, lang in enumerate(langs):
        split.lines[lang] = [pair[i] for pair in kept]
    return len(pairs) - len(kept)


def length_reason(n_src, n_tgt, args):
    """Why a pair is dropped by its lengths, or None to keep it.

    Args:
        n_src, n_tgt: int >= 1, subword tokens of the two sides (without EOS).
        args: the options (--min-len, --max-len, --max-len-ratio).
    Returns:
        'too_short' (a side under --min-len), 'too_long' (a side over --max-len), 'ratio'
        (longer / shorter over --max-len-ratio), checked in that order; or None.
    """
    if min(n_src, n_tgt) < args.min_len:
        return "too_short"
    if max(n_src, n_tgt) > args.max_len:
        return "too_long"
    if max(n_src, n_tgt) / min(n_src, n_tgt) > args.max_len_ratio:
        return "ratio"
    return None


def filter_by_length(text, seg, args):
    """Drop training pairs by subword length, in place, from the text and its segmentation
    alike.

    Args:
        text: {lang: list of str}, the normalised lines.
        seg: {source lang: list, target lang: list} of space-separated subword lines,
            parallel to `text`.
        args: the options (see `length_reason`).
    Returns:
        collections.Counter {reason: pairs dropped}, reasons as in DROP_REASONS.
    """
    src, tgt = list(seg)
    reasons = [length_reason(len(a.split()), len(b.split()), args)
               for a, b in zip(seg[src], seg[tgt])]
    for lines in (*text.values(), *seg.values()):
        lines[:] = [line for line, reason in zip(lines, reasons) if reason is None]
    return Counter(reason for reason in reasons if reason)


def require_pairs(train, drops):
    """Refuse an empty training set now; it would only fail later, less clearly, in subword
    training or fairseq-preprocess.

    Args:
        train: normalise.Split of the training pairs kept so far.
        drops: {reason: count} so far, for the message.
    Raises:
        PrepareError: no training pair is left (naming the files and the counts dropped).
    """
    langs = list(train.lines)
    if not train.lines[langs[0]]:
        raise PrepareError(f"empty corpus: no train pairs left after cleaning "
                           f"{train.files[langs[0]]} / {train.files[langs[1]]} "
                           f"(dropped: {dict(drops)})")


# fairseq's Dictionary symbols (bos, pad, eos, unk): a whitespace token spelled so is read as
# that symbol, not as text
FAIRSEQ_SYMBOLS = ("<s>", "<pad>", "</s>", "<unk>")


def check_special_symbols(splits, subword):
    """Refuse raw text that spells one of fairseq's special symbols, with --subword
    subword-nmt: BPE keeps `</s>`, `<pad>`, `<unk>` as tokens, and fairseq-preprocess
    binarises them as an end of sentence, padding or unknown id in the middle of the line
    (training then runs on broken pairs without a word). sentencepiece is safe: its pieces
    carry the word-boundary mark and are never spelled like these symbols.

    Args:
        splits: list of normalise.Split as read.
        subword: str, --subword.
    Returns:
        None.
    Raises:
        PrepareError: naming the file, its 1-based line and the symbol.
    """
    if subword == "sentencepiece":
        return
    for split in splits:
        for lang, lines in split.lines.items():
            for number, line in enumerate(lines, 1):
                if "<" not in line:
                    continue
                found = next((s for s in FAIRSEQ_SYMBOLS if s in line), None)
                if found:
                    raise PrepareError(
                        f"{split.files[lang]} line {number} contains {found!r}, which fairseq "
                        f"reads as its special symbol, not as text (--subword {subword} keeps "
                        "it as one token): remove or escape it (e.g. &lt;), or use --subword "
                        "sentencepiece")
