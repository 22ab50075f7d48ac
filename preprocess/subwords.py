"""Subword models for csgan-prepare: sentencepiece (Kudo and Richardson, EMNLP 2018; unigram
by default) or subword-nmt's BPE (Sennrich et al., ACL 2016), trained on the normalised,
non-empty training pairs, one model for both sides (joint) or one per language, then applied
to every split.
"""

import random

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


def train_sentencepiece(lines, prefix, args):
    """Train a sentencepiece model on `lines`, written to PREFIX.model and PREFIX.vocab.

    Args:
        lines: list of str, normalised (NFC; the model adds no normalisation of its own, so
            decoded hypotheses compare with text/ exactly).
        prefix: Path prefix of the model files.
        args: the options (--vocab-size, --spm-model-type, --spm-input-sentence-size,
            --workers).
    Returns:
        function list of str -> list of str, each line as space-joined pieces.
    Raises:
        PrepareError: sentencepiece refused the training (typically --vocab-size larger than
            the corpus allows), with its message.
    """
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
