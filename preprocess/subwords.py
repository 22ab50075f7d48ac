"""Subword models for csgan-prepare: sentencepiece (Kudo and Richardson, EMNLP 2018; unigram
by default) or subword-nmt's BPE (Sennrich et al., ACL 2016), trained on the normalised,
non-empty training pairs, one model for both sides (joint) or one per language, then applied
to every split.
"""

import random
import tempfile
import unicodedata
from pathlib import Path

import sentencepiece as spm
from subword_nmt.apply_bpe import BPE
from subword_nmt.learn_bpe import learn_bpe

from . import PrepareError

# --remove-bpe value for fairseq-generate and csgan-evaluate, by --subword
REMOVE_BPE = {"sentencepiece": "sentencepiece", "subword-nmt": "@@ "}
# Seed of our own sampling for --spm-input-sentence-size: sentencepiece's sampling gives a
# different model in every process, even after sentencepiece.set_random_generator_seed().
SAMPLE_SEED = 1234


def sample_lines(lines, size):
    """A reproducible subset of `size` lines in corpus order (all lines if size is 0 or at
    least len(lines)); the same in every process (SAMPLE_SEED)."""
    if not size or size >= len(lines):
        return lines
    keep = sorted(random.Random(SAMPLE_SEED).sample(range(len(lines)), size))
    return [lines[i] for i in keep]


def normalisation_rules():
    """csgan-prepare's normalisation (normalise.normalise) as sentencepiece rules, so that a
    sentencepiece model carries it into fairseq-interactive and the hub: every sequence
    whose NFC is another (a character's canonical decomposition -> the character; a
    singleton such as U+212B ANGSTROM SIGN -> U+00C5), every control character (Cc), U+FEFF
    and every other Unicode whitespace -> a space (sentencepiece then collapses runs of
    spaces and trims the line, `remove_extra_whitespaces`). Text csgan-prepare normalised
    is left as it is, so its segmentation does not change.

    Returns:
        dict {source str: target str}, about 13,000 rules.

    Source: Unicode Standard Annex #15 (normalisation forms); sentencepiece's
    normalization_rule_tsv (Kudo and Richardson, EMNLP 2018).
    """
    rules = {}
    for cp in range(1, 0x110000):  # (U+0000 cannot be a sentencepiece rule's key)
        if 0xD800 <= cp <= 0xDFFF:  # surrogates
            continue
        char = chr(cp)
        composed = unicodedata.normalize("NFC", char)
        if composed != char:
            rules[char] = composed
        decomposed = unicodedata.normalize("NFD", char)
        if len(decomposed) > 1 and unicodedata.normalize("NFC", decomposed) == char:
            rules[decomposed] = char
        if (unicodedata.category(char) == "Cc" or char == "\ufeff"
                or (char.isspace() and char != " ")):
            rules[char] = " "
    return rules


def write_normalisation_rules(path):
    """`normalisation_rules` as sentencepiece's rule TSV: each line the source's code
    points, a tab, the target's, in hex separated by spaces.

    Args:
        path: Path of the TSV to write.
    Returns:
        Path `path`.
    """
    def hexes(text):
        return " ".join(f"{ord(c):X}" for c in text)

    with open(path, "w", encoding="ascii") as out:
        for source, target in sorted(normalisation_rules().items()):
            out.write(f"{hexes(source)}\t{hexes(target)}\n")
    return path


def train_sentencepiece(lines, prefix, args):
    """Train a sentencepiece model on `lines`, written to PREFIX.model and PREFIX.vocab.

    Args:
        lines: list of str, normalised (`normalise.normalise`). The model carries the same
            normalisation (`normalisation_rules`), which leaves such text as it is (decoded
            hypotheses compare with text/ exactly) and normalises raw input given to the
            exported model in fairseq-interactive or the hub.
        prefix: Path prefix of the model files.
        args: the options (--vocab-size, --spm-model-type, --spm-input-sentence-size,
            --workers).
    Returns:
        function list of str -> list of str, each line as space-joined pieces.
    Raises:
        PrepareError: sentencepiece refused the training (typically --vocab-size larger than
            the corpus allows), with its message.
    """
    rules_dir = tempfile.TemporaryDirectory(prefix="csgan-spm-rules-")
    try:
        rules = write_normalisation_rules(Path(rules_dir.name) / "normalise.tsv")
        spm.SentencePieceTrainer.train(
            sentence_iterator=iter(sample_lines(lines, args.spm_input_sentence_size)),
            model_prefix=str(prefix),
            vocab_size=args.vocab_size,
            model_type=args.spm_model_type or "unigram",
            character_coverage=1.0,
            num_threads=args.workers,
            # csgan-prepare's own normalisation (NFC, controls and other spaces as a space),
            # not sentencepiece's default NFKC, which would make decoded hypotheses differ
            # from the references in text/
            normalization_rule_tsv=str(rules),
            minloglevel=1,
        )
    except RuntimeError as err:
        raise PrepareError(f"sentencepiece training for {prefix.name} failed "
                           f"(check --vocab-size {args.vocab_size}): {err}") from err
    finally:
        rules_dir.cleanup()
    model = spm.SentencePieceProcessor(model_file=f"{prefix}.model")
    return lambda batch: [" ".join(p) for p in model.encode(batch, out_type=str,
                                                             num_threads=args.workers)]


def train_subword_nmt(lines, codes_path, args):
    """Learn --vocab-size BPE merges on `lines` (subword-nmt), written to `codes_path`.

    Returns:
        function list of str -> list of str applying them (continuation marker "@@ ").
    """
    with open(codes_path, "w", encoding="utf-8") as out:
        learn_bpe(lines, out, args.vocab_size)
    with open(codes_path, encoding="utf-8") as codes:
        bpe = BPE(codes)
    return lambda batch: [bpe.segment(line) for line in batch]


def train_subwords(args, train, subword_dir):
    """The subword models of a corpus: one on both sides (--joint-subwords, the default) or
    one per language (--separate-subwords), of --subword's kind.

    Args:
        args: the options.
        train: normalise.Split of the normalised, non-empty training pairs.
        subword_dir: Path where the models are written (spm[.LANG].model/.vocab or
            bpe[.LANG].codes).
    Returns:
        {lang: function list of str -> list of str} segmenting that language's lines.
    Raises:
        PrepareError: see `train_sentencepiece`.
    """
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
