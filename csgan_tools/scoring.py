"""Scores of a system on a test set: sacreBLEU BLEU and chrF with signatures, and BLEU's
length and precision diagnostics (significance tests: `significance`)."""

import statistics
from typing import List, Sequence

from sacrebleu.metrics import BLEU, CHRF

from . import nbest


def read_hypotheses(generate_log, expected):
    """Detokenised best hypotheses (the first `D-<id>` line of each sentence in
    fairseq-generate output) in corpus order; raises ValueError if some reference line got
    no hypothesis (`nbest.read_nbest`).

    Args:
        generate_log: path (str or Path) of fairseq-generate's output
            (RESULTS/generate-SPLIT.txt).
        expected: int, the number of sentences (reference lines) of the split.
    Returns:
        List[str] of `expected` hypotheses, sentence id 0 first (subwords removed as the
        decode's --remove-bpe did).
    Raises:
        ValueError: naming the file, when a sentence of 0..expected-1 has no hypothesis,
            the file holds another number of sentences, or a `P-` line does not follow its
            `D-` line.
    """
    return [hyps[0][2] for _, hyps in sorted(nbest.read_nbest(generate_log, expected).items())]


def score(hyps: Sequence[str], refs: Sequence[str], lowercase=False, tokenize="13a") -> dict:
    """BLEU, chrF, their signatures and BLEU's length and precision diagnostics;
    `lowercase`: case-insensitive BLEU (chrF is always case-sensitive, as sacrebleu's);
    `tokenize`: BLEU's sacreBLEU tokenizer (`csgan_nmt.bleu_tokenize.choose` picks it from
    the target language), shown in the signature.

    Corpus-level scores by sacrebleu's `BLEU` and `CHRF` (chrF2: character 1- to 6-grams,
    no word n-grams, beta 2, sacrebleu's defaults) against one reference per hypothesis.

    Args:
        hyps: sequence of str, one detokenised hypothesis per sentence.
        refs: sequence of str, the reference of each (same length and order).
        lowercase: bool, case-insensitive BLEU.
        tokenize: str, a sacreBLEU tokenizer name (13a, zh, ja-mecab, ...).
    Returns:
        dict: "bleu", "chrf": float on 0-100, 2 decimals; "precisions": list of the 4
        n-gram precisions on 0-100, 2 decimals; "bp": brevity penalty in (0, 1] (0 for an
        empty output), 4 decimals; "len_ratio": hypothesis / reference length (tokens
        after BLEU's tokenizer), 4 decimals; "sys_len", "ref_len": int, those lengths;
        "bleu_signature", "chrf_signature": str; "bleu_text", "chrf_text": str,
        sacrebleu's own score lines.

    Source: sacreBLEU (Post, WMT 2018); chrF (Popović, WMT 2015).
    """
    bleu, chrf = BLEU(lowercase=lowercase, tokenize=tokenize), CHRF()
    b = bleu.corpus_score(hyps, [refs])
    c = chrf.corpus_score(hyps, [refs])
    return {
        "bleu": round(b.score, 2), "chrf": round(c.score, 2),
        "precisions": [round(p, 2) for p in b.precisions], "bp": round(b.bp, 4),
        "len_ratio": round(b.sys_len / max(b.ref_len, 1), 4),
        "sys_len": b.sys_len, "ref_len": b.ref_len,
        "bleu_signature": str(bleu.get_signature()), "chrf_signature": str(chrf.get_signature()),
        "bleu_text": str(b), "chrf_text": str(c),  # sacrebleu's own lines
    }


def mean_sd(values: List[float]) -> dict:
    """Mean and sample standard deviation of per-seed scores, for the report.

    Args:
        values: non-empty list of float, e.g. one test BLEU per seed (any unit).
    Returns:
        {"mean": float, "sd": float (n - 1 in the denominator) or None for one value (a
        standard deviation of one value is undefined), both rounded to 2 decimals, in the
        values' unit; "n": int, the number of values}.
    Raises:
        statistics.StatisticsError: when `values` is empty.
    """
    return {"mean": round(statistics.fmean(values), 2),
            "sd": round(statistics.stdev(values), 2) if len(values) > 1 else None,
            "n": len(values)}


def mean_sd_text(summary: dict) -> str:
    """`mean_sd`'s summary as table text: "17.58 ± 0.34", or "11.91 (1 seed: sd undefined)".

    Args:
        summary: dict with "mean", "sd" (float or None) and "n".
    Returns:
        str.
    """
    if summary.get("sd") is None:
        return f"{summary['mean']:.2f} (1 seed: sd undefined)"
    return f"{summary['mean']:.2f} ± {summary['sd']:.2f}"
