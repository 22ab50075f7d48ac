"""Scores of a system on a test set: sacreBLEU BLEU and chrF with signatures, and BLEU's
length and precision diagnostics (significance tests: `significance`)."""

import statistics
from typing import List, Sequence

from sacrebleu.metrics import BLEU, CHRF

from . import nbest


def read_hypotheses(generate_log, expected):
    """Detokenised best hypotheses (the first `D-<id>` line of each sentence in
    fairseq-generate output) in corpus order; raises ValueError if some reference line got
    no hypothesis (`nbest.read_nbest`)."""
    return [hyps[0][2] for _, hyps in sorted(nbest.read_nbest(generate_log, expected).items())]


def score(hyps: Sequence[str], refs: Sequence[str], lowercase=False, tokenize="13a") -> dict:
    """BLEU, chrF, their signatures and BLEU's length and precision diagnostics;
    `lowercase`: case-insensitive BLEU (chrF is always case-sensitive, as sacrebleu's);
    `tokenize`: BLEU's sacreBLEU tokenizer (`csgan_nmt.bleu_tokenize.choose` picks it from
    the target language), shown in the signature."""
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
    return {"mean": round(statistics.fmean(values), 2),
            "sd": round(statistics.stdev(values), 2) if len(values) > 1 else 0.0,
            "n": len(values)}
