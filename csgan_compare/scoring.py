"""Scores of the arms on the test set: sacreBLEU BLEU and chrF with signatures, BLEU's
diagnostics, sacrebleu's own paired bootstrap resampling, and the summary over seeds.

sacrebleu's paired bootstrap (Koehn, 2004) gives a two-sided p-value for "the two systems
differ" on resampled test sentences; it says nothing about training variance. So every
trained arm is compared seed by seed (with the start, and with the control of the same
seed), and a difference is called significant only when every seed agrees on its direction
with p < ALPHA.
"""

import statistics
from typing import Dict, List, Sequence

from sacrebleu.metrics import BLEU, CHRF
from sacrebleu.significance import PairedTest

ALPHA = 0.05


def read_hypotheses(generate_log, expected):
    """Detokenised hypotheses (`D-<id>` lines of fairseq-generate output) in corpus order;
    raises if some reference line got no hypothesis."""
    hyps = {}
    with open(generate_log, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("D-"):
                head, _score, *text = line.rstrip("\n").split("\t")
                hyps[int(head[2:])] = text[0] if text else ""
    missing = sorted(set(range(expected)) - set(hyps))
    if missing or len(hyps) != expected:
        raise ValueError(f"{generate_log} has {len(hyps)} hypotheses for {expected} "
                         f"references; missing ids (first 10): {missing[:10]}")
    return [hyps[i] for i in range(expected)]


def score(hyps: Sequence[str], refs: Sequence[str], lowercase=False) -> dict:
    """BLEU, chrF, their signatures and BLEU's length and precision diagnostics;
    `lowercase`: case-insensitive BLEU (chrF is always case-sensitive, as sacrebleu's)."""
    bleu, chrf = BLEU(lowercase=lowercase), CHRF()
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


def paired_bootstrap(baseline: Sequence[str], systems: Dict[str, Sequence[str]],
                     refs: Sequence[str], n_samples: int) -> Dict[str, dict]:
    """{system: {"bleu": {"p": ..., "delta": ...}, "chrf": {...}}} against `baseline`."""
    if not systems:
        return {}
    named = [("baseline", list(baseline))] + [(name, list(h)) for name, h in systems.items()]
    test = PairedTest(named, {"bleu": BLEU(), "chrf": CHRF()}, [list(refs)],
                      test_type="bs", n_samples=n_samples)
    _signatures, results = test()
    # result columns are named after the metrics' own names ("BLEU", "chrF2")
    columns = {"bleu": next(k for k in results if k.lower().startswith("bleu")),
               "chrf": next(k for k in results if k.lower().startswith("chrf"))}
    out = {}
    for i, name in enumerate(systems, start=1):
        out[name] = {}
        for metric, column in columns.items():
            base, result = results[column][0], results[column][i]
            # sacrebleu gives identical outputs p = 1/(n+1) (a zero difference "is not
            # attributed to chance"); they do not differ at all
            same = list(systems[name]) == list(baseline)
            out[name][metric] = {"p": 1.0 if same else round(float(result.p_value), 4),
                                 "delta": round(result.score - base.score, 2)}
    return out


def verdict(deltas: List[float], p_values: List[float]) -> str:
    """'better' / 'worse' only if every seed is significant in the same direction."""
    if p_values and all(p < ALPHA for p in p_values):
        if all(d > 0 for d in deltas):
            return "better"
        if all(d < 0 for d in deltas):
            return "worse"
    return "no significant difference"


def mean_sd(values: List[float]) -> dict:
    return {"mean": round(statistics.fmean(values), 2),
            "sd": round(statistics.stdev(values), 2) if len(values) > 1 else 0.0,
            "n": len(values)}
