"""The markdown table of a comparison's results.json (`table`) and its headline: every arm's
test scores, its differences from the start and the controls with their intervals, p (Holm)
and the design's minimum detectable effect, the declared family's verdict.
"""

from csgan_tools import scoring

from .arms import ESTIMATOR_ARMS, REPORTED, Arm


def _find(results, arm, baseline, metric="bleu"):
    return next((c for c in results["comparisons"] if c["arm"] == arm
                 and c["baseline"] == baseline and c["metric"] == metric), None)


def _cell(c, holm=True):
    if c is None:
        return "—"
    if c["ci"] is None:
        return f"{c['mean']:+.2f} (1 seed)"
    p = c["p"] if c["primary"] or not holm else c["p_holm"]
    lo, hi = c["ci"]
    label = "p" if c["primary"] or not holm else "p Holm"
    tested = f"{label} {p:.3f}" if p is not None else "not tested (no spread)"
    return f"{c['mean']:+.2f} [{lo:+.2f}, {hi:+.2f}], {tested}, MDE {c['mde']:.2f}"


def headline(results) -> str:
    """The answer in words: did any arm beat continued MLE (control) at the seed level?

    Args:
        results: `build`'s dict.
    Returns:
        str, one paragraph: the primary comparison (brcsgan vs control, test BLEU: mean
        difference, interval, p, MDE, verdict; with one seed, the difference alone and
        "a demonstration, not evidence"), then the arms significantly better (and worse)
        than control in test BLEU.
    """
    better = [c["arm"] for c in results["comparisons"]
              if c["baseline"] == Arm.CONTROL.value and c["metric"] == "bleu"
              and c["verdict"] == "better"]
    worse = [c["arm"] for c in results["comparisons"]
             if c["baseline"] == Arm.CONTROL.value and c["metric"] == "bleu"
             and c["verdict"] == "worse"]
    p = results["primary"]["result"]
    lines = []
    if p is not None and p["n"] < 2:
        return (f"Primary comparison, brcsgan vs control (test BLEU, one seed): "
                f"{p['mean']:+.2f}. One seed gives no seed-level test: a demonstration, "
                "not evidence.")
    if p is not None:
        lines.append(f"Primary comparison, brcsgan vs control (test BLEU, {p['n']} seeds): "
                     f"{_cell(p)} — {p['verdict']}.")
    declared = results.get("declared")
    if declared:
        cells = "; ".join(f"vs {c['baseline']} {_family_cell(c)} — {c['verdict']}"
                          for c in declared["comparisons"])
        lines.append(f"Declared family, the best sequence-level arm on validation "
                     f"({declared['arm']}) against continued MLE (test BLEU, Holm within the "
                     f"family): {cells}.")
    lines.append("Beat continued MLE (control) in test BLEU at the seed level: "
                 + (", ".join(better) if better else "no arm") + "."
                 + (f" Significantly worse: {', '.join(worse)}." if worse else ""))
    return " ".join(lines)


def _family_cell(c):
    if c["ci"] is None:
        return f"{c['mean']:+.2f} (1 seed)"
    lo, hi = c["ci"]
    p = "not tested (no spread)" if c["p_family"] is None else f"p Holm {c['p_family']:.3f}"
    return f"{c['mean']:+.2f} [{lo:+.2f}, {hi:+.2f}], {p}, MDE {c['mde']:.2f}"


def _checkpoint_rule(results):
    n = results["settings"].get("average_checkpoints", 1)
    if n == 1:
        return "its best validation checkpoint"
    return (f"its best validation checkpoint or the average of its last {n}, whichever has "
            "the higher validation BLEU (column checkpoint)")


def _choices(rows):
    kinds = [r.get("checkpoint", "best") for r in rows]
    averaged = kinds.count("average")
    return f"average {averaged}/{len(kinds)}" if averaged else "best"


def table(results) -> str:
    """table.md: the headline and one row per reported arm (test BLEU and chrF mean ± sd
    over seeds, the seed-level differences against control, control_tf and the tuned start,
    verdicts, sentence-level counts), then the estimator arms against brcsgan, then
    sacreBLEU's signatures.

    Args:
        results: `build`'s dict.
    Returns:
        str, markdown; differences in score points with [95% interval], p (Holm-corrected
        but for the primary comparison) and MDE.
    """
    # the checkpoint column only where averaging offers a second candidate
    averaging = results["settings"].get("average_checkpoints", 1) > 1
    checkpoint_head = " checkpoint |" if averaging else ""
    lines = [
        f"Size `{results['size']}`, {results['test_sentences']} test sentences. Every model at "
        f"{_checkpoint_rule(results)} and its validation-chosen length penalty. Δ: mean over "
        "seeds of the per-seed difference (arms of one seed see the same batch stream), [95% "
        "interval], p of the paired t-test over seeds (two-sided; Holm-corrected except the "
        "primary comparison), MDE: the difference this design detects with power 0.8.",
        "", headline(results), "",
        f"| arm | seeds | lenpen |{checkpoint_head} test BLEU | Δ BLEU vs control | verdict | "
        "Δ BLEU vs control_tf | Δ BLEU vs start (tuned) | test chrF | Δ chrF vs control | "
        "seeds with sentence-level p < 0.05 vs control |",
        "|---|---|---|" + "---|" * (8 + bool(checkpoint_head)),
    ]
    for arm in REPORTED:
        entry = results["arms"].get(arm.value)
        if entry is None:
            continue
        s, rows = entry["summary"], list(entry["seeds"].values())
        lenpens = ",".join(str(r.get("lenpen", 1.0)) for r in rows)
        vs_control = _find(results, arm.value, "control")
        sig = "—"
        if vs_control is not None:
            ps = vs_control["sentence_level_p"]
            ups = sum(p < 0.05 and d > 0 for p, d in zip(ps, vs_control["deltas"]))
            downs = sum(p < 0.05 and d < 0 for p, d in zip(ps, vs_control["deltas"]))
            sig = f"{ups} better, {downs} worse of {len(ps)}"
        lines.append(
            f"| {arm.value} | {s['bleu']['n']} | {lenpens} |"
            + (f" {_choices(rows)} |" if checkpoint_head else "") + " "
            f"{scoring.mean_sd_text(s['bleu'])} | {_cell(vs_control)} | "
            f"{vs_control['verdict'] if vs_control else '—'} | "
            f"{_cell(_find(results, arm.value, 'control_tf'))} | "
            f"{_cell(_find(results, arm.value, 'start_lenpen'))} | "
            f"{scoring.mean_sd_text(s['chrf'])} | "
            f"{_cell(_find(results, arm.value, 'control', 'chrf'))} | {sig} |")
    estimators = [a for a in ESTIMATOR_ARMS if _find(results, a.value, "brcsgan")]
    if estimators:
        lines += ["", "Estimator arms against brcsgan (Monte Carlo search), same seeds:", "",
                  "| arm | Δ BLEU vs brcsgan | verdict |", "|---|---|---|"]
        for arm in estimators:
            c = _find(results, arm.value, "brcsgan")
            lines.append(f"| {arm.value} | {_cell(c)} | {c['verdict']} |")
    lines += ["", f"BLEU: `{results['signatures']['bleu']}`  ",
              f"chrF: `{results['signatures']['chrf']}`", ""]
    return "\n".join(lines)
