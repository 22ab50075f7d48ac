"""csgan-evaluate: translate a split with a checkpoint and score it with sacreBLEU.

    csgan-evaluate PREPARED CHECKPOINT [--out DIR] [--name NAME] [--split test]
                   [--beam 5] [--lenpen 1.0] [--lowercase] [-- fairseq-generate options]

PREPARED is a `csgan-prepare` output (bin/, text/, prepare.json); CHECKPOINT a csgan_nmt
checkpoint (translated with `--user-dir` and `--task csgan_nmt`) or a plain fairseq
translation checkpoint such as `csgan-export` writes (translated by fairseq alone). Every
sentence of the split is translated (`--required-batch-size-multiple 1`: fairseq otherwise
drops the last partial batch), subwords are removed with prepare.json's `--remove-bpe`, and
BLEU and chrF are computed by sacrebleu on the normalised references of text/ (no
detokeniser: the pipeline never tokenises; BLEU's tokenizer is chosen from the target
language as `sacrebleu -l` does, zh -> zh, ja -> ja-mecab, ko -> ko-mecab, or `--tokenize`;
`fairseq-score --sacrebleu` is broken with sacrebleu 2.x). Writes OUT/NAME.hyp.LANG,
OUT/NAME.score.json and OUT/NAME.generate.log.
"""

import argparse
import warnings
from pathlib import Path

from . import (CommandError, add_tokenize_option, fairseq_runs, refuse_as_one_line, scoring,
               split_at_dashes, write_json, write_text)
from .checkpoints import task_name
from .prepared import PreparedCorpus
from .progress import DecodeProgress
from .user_dir import plugin_dir

class EvaluateError(CommandError):
    """csgan-evaluate's refusal of a bad input (a missing, damaged or unsafe checkpoint, a
    generate output short of hypotheses); the message names the file. A CommandError: the
    csgan-* commands print it as one line (`refuse_as_one_line`, exit status 1)."""


def checkpoint_task(path: Path):
    """The task a checkpoint was trained with and its model config, read memory-mapped,
    weights only, after `check_checkpoint` (complete, undamaged, weights-only loadable).

    Args:
        path: Path of a fairseq checkpoint file (csgan_nmt or plain translation).
    Returns:
        (task, model_cfg): task a str (e.g. "csgan_nmt", "translation") or None when the
        checkpoint records none (`checkpoints.task_name`); model_cfg a dict of option name ->
        value (`csgan_nmt.positions.model_config`).
    Raises:
        EvaluateError: when `path` is not a file, or `check_checkpoint` refuses it
            (truncated, corrupted, or pickling a global outside the allowlist).
    """
    from csgan_nmt.checkpoint_check import CheckpointError, check_checkpoint
    from csgan_nmt.positions import model_config
    import torch

    if not path.is_file():
        raise EvaluateError(f"checkpoint {path} does not exist")
    try:
        check_checkpoint(str(path), "csgan-evaluate")
    except CheckpointError as e:
        raise EvaluateError(str(e)) from None
    state = torch.load(path, map_location="cpu", weights_only=True, mmap=True)
    return task_name(state), model_config(state)


def lifted_positions(corpus: PreparedCorpus, split: str, model_cfg, checkpoint: Path,
                     extra=()):
    """fairseq-generate options that let every line of `split` through fairseq's length
    filter where the model can translate it; refuses before decoding where it cannot
    (`csgan_nmt.positions`).

    Args:
        corpus: the prepared corpus; its bin/SPLIT.SRC-TGT.* give the lengths.
        split: str, e.g. "test".
        model_cfg: dict, the checkpoint's model config (`checkpoint_task`).
        checkpoint: Path of the checkpoint, named in the error.
        extra: iterable of str, the user's own fairseq-generate options.
    Returns:
        List[str] of fairseq-generate arguments (--max-source-positions N,
        --max-target-positions N, --model-overrides ...; N in subword tokens with EOS,
        at least 1024); [] when `extra` already sets any of them.
    Raises:
        InputError: (csgan_nmt.refusal) when the split is not binarised, or a line is
            longer than a real position limit of the model or than the user's --max-tokens,
            naming the text/ file, line and length.
    """
    from csgan_nmt import positions

    lengths = positions.split_lengths(str(corpus.bin), split, corpus.source_lang,
                                      corpus.target_lang)
    max_tokens = positions.option_value(extra, "--max-tokens")
    if max_tokens is not None:  # a sentence that fits no batch stops fairseq-generate
        positions.check_batch_limit(
            lengths, int(max_tokens), lambda side, i: f"{corpus.text(split, side)} line {i + 1}")
    return positions.decode_options(
        model_cfg, lengths, lambda side, i: f"{corpus.text(split, side)} line {i + 1}",
        str(checkpoint), extra)


def translate(corpus: PreparedCorpus, checkpoint: Path, split: str, results: Path,
              log: Path, beam: int, lenpen: float = 1.0, nbest: int = 1, extra=()):
    """fairseq-generate `split` of `corpus` with `checkpoint` (csgan_nmt through the plugin,
    or a plain fairseq one), every sentence (no partial batch dropped, positions lifted
    where the model can take them: `lifted_positions`), subwords removed; the `nbest` best
    finished hypotheses per sentence at length penalty `lenpen`, written to
    RESULTS/generate-SPLIT.txt. Runs in this process (`fairseq_runs.generate`), batches of
    64 sentences.

    Args:
        corpus: the prepared corpus (its bin/ and `remove_bpe`).
        checkpoint: Path (or str) of the checkpoint file.
        split: str, the split to translate, e.g. "valid" or "test".
        results: Path (or str), the --results-path directory (created if missing).
        log: Path (or str), the log file every record of the run is appended to
            (its directory created if missing).
        beam: int, beam size.
        lenpen: float, fairseq's length penalty (scores divided by length ** lenpen).
        nbest: int, hypotheses written per sentence, best first (at most `beam`).
        extra: iterable of str, more fairseq-generate options (after ours: they win).
    Returns:
        (task, path): the checkpoint's task (str or None; None decodes as "translation")
        and the Path RESULTS/generate-SPLIT.txt (fairseq-generate's S-/T-/H-/D-/P- lines).
    Raises:
        EvaluateError: from `checkpoint_task`.
        InputError: from `lifted_positions`; or the checkpoint's dictionaries differ from
            the corpus's (`csgan_nmt.generator_checkpoint.check_against_data`, naming the
            first differing line).
    """
    from csgan_nmt.generator_checkpoint import check_against_data

    checkpoint, results, log = Path(checkpoint), Path(results), Path(log)
    task, model_cfg = checkpoint_task(checkpoint)
    # the twin of --generator-checkpoint's check: a checkpoint of other dictionaries would
    # attach every embedding to the wrong symbol and translate without a word
    check_against_data(checkpoint, corpus.bin, corpus.source_lang, corpus.target_lang,
                       "checkpoint")
    plugin = (["--user-dir", plugin_dir(), "--task", "csgan_nmt"] if task == "csgan_nmt"
              else ["--task", task or "translation"])
    positions = lifted_positions(corpus, split, model_cfg, checkpoint, extra)
    results.parent.mkdir(parents=True, exist_ok=True)
    log.parent.mkdir(parents=True, exist_ok=True)
    argv = [corpus.bin, *plugin, "--path", checkpoint, "--gen-subset", split,
            "--beam", beam, "--nbest", nbest, "--lenpen", lenpen, "--batch-size", "64",
            "--num-workers", "0", "--required-batch-size-multiple", "1",
            "--remove-bpe", corpus.remove_bpe, "--results-path", results, *positions, *extra]
    fairseq_runs.generate(argv, log)
    return task, results / f"generate-{split}.txt"


def evaluate(prepared: Path, checkpoint: Path, out: Path, name: str, split="test", beam=5,
             lenpen=1.0, lowercase=False, extra=(), tokenize=None):
    """Translate `split`, score it (BLEU with `tokenize`, default chosen from the target
    language); returns the score dict (also written as JSON).

    Writes OUT/NAME.hyp.LANG (the best hypothesis of every sentence, one per line, in
    corpus order), OUT/NAME.score.json (the returned record), OUT/NAME.generate/ and
    OUT/NAME.generate.log; OUT is created if missing. The references are text/SPLIT.TGT,
    one per line; the tokenizer and references are checked before decoding.

    Args:
        prepared: Path, a csgan-prepare output directory (bin/, text/, prepare.json).
        checkpoint: Path of a csgan_nmt or plain fairseq translation checkpoint.
        out: Path, the output directory.
        name: str, the stem of the output files.
        split: str, the split translated and scored.
        beam: int, beam size.
        lenpen: float, fairseq's length penalty.
        lowercase: bool, case-insensitive BLEU (chrF stays case-sensitive).
        extra: iterable of str, fairseq-generate options.
        tokenize: str or None, sacreBLEU's tokenizer for BLEU (None: chosen from the target
            language by `csgan_nmt.bleu_tokenize.choose`).
    Returns:
        dict: "name", "checkpoint" (str), "task" (str or None), "split", "sentences" (int),
        "beam", "lenpen", "stage" and "csgan_stage" (`checkpoints.training_stage`: the stage
        the run stopped in and the one asked for, or None), and `scoring.score`'s keys
        (BLEU and chrF on 0-100, ...).
    Raises:
        CommandError: when `prepared` has no prepare.json or the split no references.
        OptionError: (csgan_nmt.refusal) an unknown `tokenize`, or one whose dependencies
            are missing.
        EvaluateError: a missing or refused checkpoint; a sentence without hypothesis.
        InputError: a line longer than the model's real position limit.

    Source: sacreBLEU (Post, WMT 2018): BLEU, and chrF (Popović, WMT 2015).
    """
    from csgan_nmt.bleu_tokenize import check_references, choose

    corpus = PreparedCorpus(prepared)
    refs = corpus.references(split)
    # refused before decoding, not after: an unknown tokenizer, or references that look
    # unsegmented for a language code the default tokenizer would score as one word a line
    check_references(refs, corpus.target_lang, tokenize)
    tokenize = choose(corpus.target_lang, tokenize)
    reference = corpus.text(split)
    with DecodeProgress(name, out / f"{name}.generate" / f"generate-{split}.txt", len(refs)):
        task, generated = translate(corpus, checkpoint, split, out / f"{name}.generate",
                                    out / f"{name}.generate.log", beam, lenpen, extra=extra)
    try:
        hyps = scoring.read_hypotheses(generated, len(refs))
    except ValueError as e:
        raise EvaluateError(f"{e} (references: {reference})") from None
    write_text(out / f"{name}.hyp.{corpus.target_lang}", "".join(h + "\n" for h in hyps))
    scores = scoring.score(hyps, refs, lowercase=lowercase, tokenize=tokenize)
    import torch

    from .checkpoints import training_stage

    stage, requested = training_stage(torch.load(checkpoint, map_location="cpu",
                                                 weights_only=True, mmap=True))
    record = {"name": name, "checkpoint": str(checkpoint), "task": task, "split": split,
              "sentences": len(refs), "beam": beam, "lenpen": lenpen, "stage": stage,
              "csgan_stage": requested, **scores}
    write_json(out / f"{name}.score.json", record)
    return record


def parse_args(argv=None):
    """csgan-evaluate's command line.

    Args:
        argv: list of str, the arguments (None: sys.argv[1:]); those after the first `--`
            go to fairseq-generate.
    Returns:
        argparse.Namespace: prepared, checkpoint, out (Path), name (str or None), split,
        beam (int), lenpen (float), lowercase (bool), tokenize (str or None), and extra
        (list of str, the arguments after `--`).
    Raises:
        SystemExit: status 2 with argparse's usage message on a bad option; 0 for -h.
    """
    p = argparse.ArgumentParser(
        prog="csgan-evaluate",
        description="Translate a split of a csgan-prepare output with a checkpoint (csgan_nmt "
                    "or plain fairseq) and score it with sacreBLEU (BLEU and chrF, with "
                    "signatures). Arguments after -- go to fairseq-generate.")
    p.add_argument("prepared", type=Path, help="a csgan-prepare output directory")
    p.add_argument("checkpoint", type=Path)
    p.add_argument("--out", type=Path, default=Path("."), help="output directory (default .)")
    p.add_argument("--name", help="file name stem (default: the checkpoint's)")
    p.add_argument("--split", default="test")
    p.add_argument("--beam", type=int, default=5)
    p.add_argument("--lenpen", type=float, default=1.0)
    p.add_argument("--lowercase", action="store_true",
                   help="case-insensitive BLEU (the NIST zh-en convention)")
    add_tokenize_option(p)
    p.epilog = "After --: fairseq-generate options (e.g. -- --max-len-a 1.5 --max-len-b 10)."
    ours, args_extra = split_at_dashes(argv)
    args = p.parse_args(ours)
    args.extra = args_extra
    return args



@refuse_as_one_line("csgan-evaluate")
def main(argv=None):
    """The csgan-evaluate command: translate a split with a checkpoint and score it
    (`evaluate`), printing the sentence count and sacreBLEU's BLEU and chrF lines with
    their signatures.

    Args:
        argv: list of str, the arguments (None: sys.argv[1:]).
    Returns:
        None (exit status 0).
    Raises:
        SystemExit: status 1 after one line ``csgan-evaluate: error: MESSAGE`` on stderr
            for a refusal (`csgan_tools.is_refusal`: a CommandError, EvaluateError
            included, or the plugin's OptionError or InputError); status 2 for a bad option
            (argparse).
    """
    args = parse_args(argv)
    warnings.filterwarnings("ignore", category=UserWarning)  # hydra's deprecation notices
    name = args.name or args.checkpoint.stem
    r = evaluate(args.prepared, args.checkpoint, args.out, name, args.split, args.beam,
                 args.lenpen, args.lowercase, args.extra, args.tokenize)
    print(f"{name}: {r['sentences']} sentences")
    if r["csgan_stage"] == "auto" and r["stage"] not in (None, "adversarial"):
        print(f"{name}: NOTE: its run (--csgan-stage auto) stopped in stage {r['stage']}, "
              "before any adversarial update: this is not an adversarial model")
    print(f"{name}: {r['bleu_text']}  signature {r['bleu_signature']}")
    print(f"{name}: {r['chrf_text']}  signature {r['chrf_signature']}")


if __name__ == "__main__":
    main()
