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
import json
import warnings
from pathlib import Path

from . import (CommandError, add_tokenize_option, fairseq_runs, refuse_as_one_line, scoring,
               split_at_dashes)
from .export import task_name
from .prepared import PreparedCorpus
from .user_dir import plugin_dir

class EvaluateError(CommandError):
    """Bad input; the message names the file."""


def checkpoint_task(path: Path):
    """(the task a checkpoint was trained with, its model config as a dict), read
    memory-mapped, weights only."""
    import csgan_nmt  # noqa: F401  (allow-lists what fairseq checkpoints pickle)
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
    filter where the model can translate it; refuses (InputError, naming the text/ file,
    line and length) before decoding where it cannot (`csgan_nmt.positions`)."""
    from csgan_nmt import positions

    lengths = positions.split_lengths(str(corpus.bin), split, corpus.source_lang,
                                      corpus.target_lang)
    return positions.decode_options(
        model_cfg, lengths, lambda side, i: f"{corpus.text(split, side)} line {i + 1}",
        str(checkpoint), extra)


def translate(corpus: PreparedCorpus, checkpoint: Path, split: str, results: Path,
              log: Path, beam: int, lenpen: float = 1.0, nbest: int = 1, extra=()):
    """fairseq-generate `split` of `corpus` with `checkpoint` (csgan_nmt through the plugin,
    or a plain fairseq one), every sentence (no partial batch dropped, positions lifted
    where the model can take them: `lifted_positions`), subwords removed; the `nbest` best
    finished hypotheses per sentence at length penalty `lenpen`, written to
    RESULTS/generate-SPLIT.txt. Returns (the checkpoint's task, that file's path)."""
    checkpoint, results, log = Path(checkpoint), Path(results), Path(log)
    task, model_cfg = checkpoint_task(checkpoint)
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
    language); returns the score dict (also written as JSON)."""
    from csgan_nmt.bleu_tokenize import choose

    corpus = PreparedCorpus(prepared)
    tokenize = choose(corpus.target_lang, tokenize)  # refused before decoding, not after
    reference = corpus.text(split)
    refs = corpus.references(split)
    task, generated = translate(corpus, checkpoint, split, out / f"{name}.generate",
                                out / f"{name}.generate.log", beam, lenpen, extra=extra)
    try:
        hyps = scoring.read_hypotheses(generated, len(refs))
    except ValueError as e:
        raise EvaluateError(f"{e} (references: {reference})") from None
    (out / f"{name}.hyp.{corpus.target_lang}").write_text("".join(h + "\n" for h in hyps),
                                                          encoding="utf-8")
    scores = scoring.score(hyps, refs, lowercase=lowercase, tokenize=tokenize)
    record = {"name": name, "checkpoint": str(checkpoint), "task": task, "split": split,
              "sentences": len(refs), "beam": beam, "lenpen": lenpen, **scores}
    (out / f"{name}.score.json").write_text(json.dumps(record, indent=1) + "\n")
    return record


def parse_args(argv=None):
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
    args = parse_args(argv)
    warnings.filterwarnings("ignore", category=UserWarning)  # hydra's deprecation notices
    name = args.name or args.checkpoint.stem
    r = evaluate(args.prepared, args.checkpoint, args.out, name, args.split, args.beam,
                 args.lenpen, args.lowercase, args.extra, args.tokenize)
    print(f"{name}: {r['sentences']} sentences")
    print(f"{name}: {r['bleu_text']}  signature {r['bleu_signature']}")
    print(f"{name}: {r['chrf_text']}  signature {r['chrf_signature']}")


if __name__ == "__main__":
    main()
