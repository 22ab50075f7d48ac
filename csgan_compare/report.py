"""results.json and the markdown table of a comparison run.

The evidence is seed-level (`significance.seed_level`): for each arm and baseline, the
per-seed differences of test scores (both at their own validation-chosen length penalty and
best validation checkpoint), their mean with a 95% interval, the paired t-test's p over seeds
and the design's minimum detectable effect. The primary comparison (arms.PRIMARY: brcsgan
against control, BLEU) is tested at alpha; every other comparison is secondary and
Holm-corrected as one family. Sentence-level tests (approximate randomisation, one per seed)
are kept in results.json beside them: they measure test-set noise only.
"""

from dataclasses import asdict
from pathlib import Path

from csgan_tools import fairseq_runs, scoring, significance

from .arms import ESTIMATOR_ARMS, PRIMARY, REPORTED, TRAINED_ARMS, Arm

SCORE_KEYS = ("bleu", "chrf", "precisions", "bp", "len_ratio", "sys_len", "ref_len", "lenpen")
METRICS = ("bleu", "chrf")


def _systems(recipe):
    """{arm: {seed: result name}} of every arm that was scored; start_lenpen is the start
    at its tuned length penalty, start the same checkpoint at 1.0."""
    systems = {Arm.START: {"1": "start.test"}, Arm.START_LENPEN: {"1": "start.test"}}
    for arm in recipe.reported_arms():
        systems[arm] = {str(seed): f"{arm.value}.{seed}.test" for seed in recipe.arm_seeds(arm)}
    return systems


def _row(recipe, arm, name):
    result = recipe.results[name]
    if arm == Arm.START:
        result = result["lenpen1"]
    row = {k: result[k] for k in SCORE_KEYS if k in result}
    if arm != Arm.START:
        row["lenpen1"] = {m: result["lenpen1"][m] for m in METRICS}
        row["valid_bleu_by_lenpen"] = result["valid_bleu"]
    train = recipe.results.get(name[:-len(".test")], {})
    if "best_update" in train and arm not in (Arm.START, Arm.START_LENPEN):
        row["best_update"] = train["best_update"]
    row["hyps"] = result["hyps"]
    return row


def _baselines(arm):
    """The baselines `arm` is compared with: (baseline, paired by seed)."""
    out = []
    if arm not in (Arm.START, Arm.START_LENPEN):
        out.append((Arm.START_LENPEN, False))
    if arm not in (Arm.START, Arm.START_LENPEN, Arm.CONTROL):
        out.append((Arm.CONTROL, True))
    if TRAINED_ARMS.get(arm) is not None and TRAINED_ARMS[arm].policy_gradient:
        out.append((Arm.CONTROL_TF, True))
    if arm in ESTIMATOR_ARMS:
        out.append((Arm.BRCSGAN, True))
    return out


def build(recipe, elapsed) -> dict:
    """results.json of a finished comparison: every scored arm's per-seed test scores,
    the seed-level comparisons (`seed_comparisons`), and beside them the sentence-level
    approximate randomisation test of every (arm, seed) against each baseline model.

    Args:
        recipe: the csgan_compare.recipe.Recipe, its `results` holding every job's marker
            (start, start.test, ARM.SEED, ARM.SEED.test, ...).
        elapsed: float, this process's wall-clock seconds.
    Returns:
        dict: "size", "settings" (the Size's fields but eta_priors), "data", "prepare",
        "test_sentences", "seeds", "alpha", "sentence_level_samples", "primary" ({"arm",
        "baseline", "metric", "result": its comparison or None}), "rules" (the evidence
        rules in words), "signatures" (sacreBLEU's BLEU and chrF), "start",
        "discriminator", "arms" ({arm value: {"seeds": {seed: scores (BLEU, chrF on 0-100,
        ...), "vs_BASELINE": sentence-level tests}, "summary": {metric: `mean_sd`,
        "vs_BASELINE": {metric: verdict}}}}), "comparisons", "seconds" (per job),
        "job_seconds_total", "elapsed_s", "jobs_wall_s" (seconds, or None), "versions",
        "commands" (the run's command lines).
    Raises:
        CommandError: when the prepared data has no test references.
    """
    refs = recipe.references("test")
    n = recipe.size.sentence_level_samples
    systems = _systems(recipe)
    arms = {arm: {seed: _row(recipe, arm, name) for seed, name in seeds.items()}
            for arm, seeds in systems.items()}
    hyps = {(arm, seed): Path(row["hyps"]).read_text(encoding="utf-8").splitlines()
            for arm, rows in arms.items() for seed, row in rows.items()}

    comparisons = seed_comparisons({arm: {seed: {m: row[m] for m in METRICS}
                                          for seed, row in rows.items()}
                                    for arm, rows in arms.items()})
    # sentence level, seed by seed (test-set noise only): kept beside the seed-level result;
    # every system compared with one baseline model in one call (its statistics once)
    tokenize = recipe.bleu_tokenizer()
    pairs = {}  # (baseline, its seed) -> {(arm, seed)}
    for c in comparisons:
        for seed in map(str, c["seeds"]):
            base_seed = seed if c["paired_by_seed"] else "1"
            pairs.setdefault((Arm(c["baseline"]), base_seed), set()).add((Arm(c["arm"]), seed))
    for (base, base_seed), systems in pairs.items():
        tests = significance.sentence_level(
            hyps[(base, base_seed)], {system: hyps[system] for system in sorted(systems)},
            refs, n, tokenize=tokenize)
        for (arm, seed), result in tests.items():
            arms[arm][seed][f"vs_{base.value}"] = {base_seed: result}
    for c in comparisons:
        c["sentence_level_p"] = [
            arms[Arm(c["arm"])][seed][f"vs_{c['baseline']}"][
                seed if c["paired_by_seed"] else "1"][c["metric"]]["p"]
            for seed in map(str, c["seeds"])]

    out_arms = {}
    for arm, rows in arms.items():
        for row in rows.values():
            row.pop("hyps")
        summary = {m: scoring.mean_sd([r[m] for r in rows.values()])
                   for m in ("bleu", "chrf", "len_ratio", "bp")}
        for c in comparisons:
            if c["arm"] == arm.value:
                summary.setdefault(f"vs_{c['baseline']}", {})[c["metric"]] = c["verdict"]
        out_arms[arm.value] = {"seeds": rows, "summary": summary}

    first = recipe.results["start.test"]
    primary = next((c for c in comparisons if c["primary"]), None)
    return {
        "size": recipe.size.name,
        "settings": {k: v for k, v in asdict(recipe.size).items() if k != "eta_priors"},
        "data": str(recipe.data),
        "prepare": recipe.corpus().args,
        "test_sentences": len(refs),
        "seeds": recipe.seeds,
        "alpha": significance.ALPHA,
        "sentence_level_samples": n,
        "primary": {"arm": PRIMARY[0].value, "baseline": PRIMARY[1].value, "metric": "bleu",
                    "result": primary},
        "rules": {
            "evidence": "seed level: mean per-seed difference, 95% Student-t interval, "
                        "paired t-test over seeds (two-sided), MDE at power 0.8",
            "multiplicity": "primary comparison at alpha; all others Holm-corrected as one "
                            "family",
            "checkpoint": "best greedy validation BLEU of each run (start: best validation "
                          "loss, early stopping)",
            "length_penalty": "chosen on validation BLEU for every model from "
                              f"{sorted({1.0, *recipe.size.lenpens})} (one n-best decode)",
            "pairing": "arms of one seed see the same stream of batches in the same order",
            "sentence_level": "approximate randomisation on sacreBLEU statistics, two-sided, "
                              "per seed (test-set noise only)"},
        "signatures": {"bleu": first["bleu_signature"], "chrf": first["chrf_signature"]},
        "start": {k: recipe.results["start"][k]
                  for k in ("best_update", "last_update", "converged")},
        "discriminator": {k: v for k, v in recipe.results.get("discriminator", {}).items()
                          if k in ("target_reached", "updates", "heldout_accuracy")},
        "arms": out_arms,
        "comparisons": comparisons,
        "seconds": {name: r["seconds"] for name, r in recipe.results.items()},
        # the jobs' own times (a resumed run's jobs included); this process's wall time (0
        # when every job was already done); the span from the first job's start to the last
        # job's end over the jobs that recorded theirs
        "job_seconds_total": round(sum(r["seconds"] for r in recipe.results.values()), 1),
        "elapsed_s": round(elapsed, 1),
        "jobs_wall_s": _span(recipe.results.values()),
        "versions": fairseq_runs.versions(),
        "commands": ([recipe.results["prepare"]["command"]]
                     if "command" in recipe.results.get("prepare", {}) else [])
        + commands(recipe.work / "logs"),
    }


def seed_comparisons(scores) -> list:
    """Every arm against each of its baselines (`_baselines`), per metric, at the seed
    level. scores: {Arm: {seed (str): {"bleu": .., "chrf": ..}}}. A paired baseline is
    matched seed for seed (the seeds both have); an unpaired one (the start) is one model.
    The primary comparison (arms.PRIMARY, BLEU) is judged on its own p, the rest on Holm's
    p over all of them. Returns a list of dicts with `significance.seed_level`'s fields
    plus arm, baseline, metric, primary, paired_by_seed, seeds, deltas, p_holm, verdict.

    Args:
        scores: {Arm: {seed (str): {"bleu": float, "chrf": float}}}, test scores on 0-100;
            the start and start_lenpen under seed "1".
    Returns:
        list of dicts, arm by arm, baseline by baseline, BLEU then chrF: "arm", "baseline",
        "metric" (str), "primary" (bool), "paired_by_seed" (bool), "seeds" (list of int),
        "deltas" (arm minus baseline per seed, score points, 2 decimals), `seed_level`'s
        "n", "mean", "sd", "ci", "p", "mde", "test" (floats rounded to 4 decimals),
        "p_holm" (secondary comparisons only; None where p is None), "verdict" (str,
        `significance.verdict` at alpha 0.05).

    Source: Student's paired t-test over seeds; Holm, 1979 (the secondary family).
    """
    comparisons = []
    for arm, rows in scores.items():
        for base, paired in _baselines(arm):
            if base not in scores:
                continue
            seeds = sorted((s for s in rows if s in scores[base] or not paired), key=int)
            if not seeds:
                continue
            for metric in METRICS:
                deltas = [rows[s][metric] - scores[base][s if paired else "1"][metric]
                          for s in seeds]
                comparisons.append({
                    "arm": arm.value, "baseline": base.value, "metric": metric,
                    "primary": (arm, base) == PRIMARY and metric == "bleu",
                    "paired_by_seed": paired, "seeds": [int(s) for s in seeds],
                    "deltas": [round(d, 2) for d in deltas],
                    **significance.seed_level(deltas)})
    secondary = {i: c["p"] for i, c in enumerate(comparisons) if not c["primary"]}
    for i, p in significance.holm(secondary).items():
        comparisons[i]["p_holm"] = p
    for c in comparisons:
        c["verdict"] = significance.verdict(c, "p" if c["primary"] else "p_holm")
        c.update(significance.rounded({k: c[k] for k in ("mean", "sd", "ci", "p", "mde",
                                                          "p_holm") if k in c}))
    return comparisons


def _span(results):
    timed = [(r["finished_at"] - r["seconds"], r["finished_at"]) for r in results
             if "finished_at" in r]
    if not timed:
        return None
    return round(max(end for _, end in timed) - min(start for start, _ in timed), 1)


def commands(log_dir):
    """Every fairseq command line of the run, in the order they ran: the first record of
    each run's log (so a resumed run still lists the jobs of the earlier process).

    Args:
        log_dir: path of WORK/logs (its *.log files, ordered by modification time).
    Returns:
        List[str], the command lines (`fairseq_runs.command_line`) of the logs whose first
        line is one (logger "csgan_compare").
    """
    logs = sorted(Path(log_dir).glob("*.log"), key=lambda p: p.stat().st_mtime)
    lines = []
    for log in logs:
        with open(log, encoding="utf-8") as fh:
            first = fh.readline()
        _, sep, command = first.partition(" | csgan_compare | ")
        if sep:
            lines.append(command.strip())
    return lines


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
    lines.append("Beat continued MLE (control) in test BLEU at the seed level: "
                 + (", ".join(better) if better else "no arm") + "."
                 + (f" Significantly worse: {', '.join(worse)}." if worse else ""))
    return " ".join(lines)


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
    lines = [
        f"Size `{results['size']}`, {results['test_sentences']} test sentences. Every model at "
        "its best validation checkpoint and its validation-chosen length penalty. Δ: mean over "
        "seeds of the per-seed difference (arms of one seed see the same batch stream), [95% "
        "interval], p of the paired t-test over seeds (two-sided; Holm-corrected except the "
        "primary comparison), MDE: the difference this design detects with power 0.8.",
        "", headline(results), "",
        "| arm | seeds | lenpen | test BLEU | Δ BLEU vs control | verdict | "
        "Δ BLEU vs control_tf | Δ BLEU vs start (tuned) | test chrF | Δ chrF vs control | "
        "seeds with sentence-level p < 0.05 vs control |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
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
            f"| {arm.value} | {s['bleu']['n']} | {lenpens} | {s['bleu']['mean']:.2f} ± "
            f"{s['bleu']['sd']:.2f} | {_cell(vs_control)} | "
            f"{vs_control['verdict'] if vs_control else '—'} | "
            f"{_cell(_find(results, arm.value, 'control_tf'))} | "
            f"{_cell(_find(results, arm.value, 'start_lenpen'))} | "
            f"{s['chrf']['mean']:.2f} ± {s['chrf']['sd']:.2f} | "
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
