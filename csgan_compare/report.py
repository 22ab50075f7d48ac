"""The report of a comparison run: results.json (`build`), the markdown table (table.py)
and the figures (`draw`), written by `write`.

The evidence is seed-level (`significance.seed_level`): for each arm and baseline, the
per-seed differences of test scores (both at their own validation-chosen length penalty and
best validation checkpoint), their mean with a 95% interval, the paired t-test's p over seeds
and the design's minimum detectable effect. The primary comparison (arms.PRIMARY: brcsgan
against control, BLEU) is tested at alpha; one more family is declared before running
(`declared_family`): the sequence-level arm of highest validation BLEU against the
continued-MLE controls, Holm-corrected within it; every comparison (these included) is also
in the exploratory family, Holm-corrected as one. Sentence-level tests (approximate randomisation, one per seed)
are kept in results.json beside them: they measure test-set noise only.
"""

import logging
from dataclasses import asdict
from pathlib import Path
from typing import Optional

from csgan_tools import fairseq_runs, scoring, significance, write_json, write_text

from . import curves
from .arms import ESTIMATOR_ARMS, PRIMARY, SEQUENCE_LEVEL_ARMS, TRAINED_ARMS, Arm
from .table import table

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
    choice = result.get("checkpoint_choice", "best")  # (lenpen1 holds no choice of its own)
    if arm == Arm.START:
        result = result["lenpen1"]
    row = {k: result[k] for k in SCORE_KEYS if k in result}
    if arm != Arm.START:
        row["lenpen1"] = {m: result["lenpen1"][m] for m in METRICS}
        row["valid_bleu_by_lenpen"] = result["valid_bleu"]
    train = recipe.results.get(name[:-len(".test")], {})
    if "best_update" in train and arm not in (Arm.START, Arm.START_LENPEN):
        row["best_update"] = train["best_update"]
    if arm != Arm.START:
        row["valid_bleu"] = result["valid_bleu"][str(result["lenpen"])]
    row["checkpoint"] = choice
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
    if primary is not None and primary["n"] >= 2:
        # the seeds an MDE of 0.4 (aimed) and 0.5 (the least) would take at this seed sd
        primary["seeds_for_mde"] = {str(t): significance.seeds_for_mde(primary["sd"], t)
                                    for t in (0.4, 0.5)}
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
        "declared": declared_family({a: {s: r["valid_bleu"] for s, r in rows.items()}
                                     for a, rows in arms.items() if a != Arm.START},
                                    comparisons),
        "rules": {
            "evidence": "seed level: mean per-seed difference, 95% Student-t interval, "
                        "paired t-test over seeds (two-sided), MDE at power 0.8",
            "multiplicity": "primary comparison at alpha; the declared family (the best "
                            "sequence-level arm on validation against continued MLE) "
                            "Holm-corrected within it; every comparison also Holm-corrected "
                            "as one exploratory family",
            "checkpoint": ("best greedy validation BLEU of each run (start: best validation "
                           "loss, early stopping)" if recipe.size.average_checkpoints == 1
                           else "of each run's best checkpoint (greedy validation BLEU; "
                           "start: validation loss, early stopping) and G averaged over its "
                           f"last {recipe.size.average_checkpoints} validation checkpoints, "
                           "the one of higher validation BLEU at its tuned length penalty"),
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


def declared_family(valid_bleu, comparisons) -> Optional[dict]:
    """The family declared before running besides the primary comparison: the
    sequence-level arm (arms.SEQUENCE_LEVEL_ARMS) of highest mean validation BLEU over the
    seeds every candidate has, against the continued-MLE controls (control, and control_tf
    where it is a baseline), test BLEU, Holm-corrected within the family. Chosen on
    validation only: test scores play no part in the choice.

    Args:
        valid_bleu: {Arm: {seed (str): validation BLEU of the kept checkpoint at its tuned
            length penalty}}.
        comparisons: `seed_comparisons`' list (test scores).
    Returns:
        None without a candidate or without a comparison of the chosen arm against
        control; else {"arm": str, "chosen_by": str, "seeds": [int], "validation_bleu":
        {arm: mean over those seeds}, "comparisons": [{"arm", "baseline", "metric", "n",
        "mean", "ci", "p", "mde", "p_family" (Holm within the family), "verdict"}]}.

    Source: Holm, 1979.
    """
    candidates = [a for a in SEQUENCE_LEVEL_ARMS if valid_bleu.get(a)]
    if not candidates:
        return None
    shared = sorted(set.intersection(*(set(valid_bleu[a]) for a in candidates)), key=int)
    if not shared:
        return None
    means = {a: sum(valid_bleu[a][s] for s in shared) / len(shared) for a in candidates}
    best = max(candidates, key=lambda a: (means[a], -candidates.index(a)))
    family = [dict(c) for c in comparisons
              if c["arm"] == best.value and c["metric"] == "bleu"
              and c["baseline"] in (Arm.CONTROL.value, Arm.CONTROL_TF.value)]
    if not any(c["baseline"] == Arm.CONTROL.value for c in family):
        return None
    adjusted = significance.holm({i: c["p"] for i, c in enumerate(family)})
    out = []
    for i, c in enumerate(family):
        c = {k: c[k] for k in ("arm", "baseline", "metric", "n", "mean", "ci", "p", "mde")}
        c["p_family"] = None if adjusted[i] is None else round(adjusted[i], 4)
        c["verdict"] = significance.verdict(c, "p_family")
        out.append(c)
    return {"arm": best.value,
            "chosen_by": "highest mean validation BLEU (kept checkpoint, tuned length "
                         "penalty) over the seeds every sequence-level arm has",
            "seeds": [int(s) for s in shared],
            "validation_bleu": {a.value: round(m, 2) for a, m in means.items()},
            "comparisons": out}


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


def write(recipe, elapsed) -> dict:
    """The report of `recipe`: OUT/results.json (`build`), OUT/table.md (printed too), the
    curves and the test scores' figure (`draw`).

    Args:
        recipe: recipe.Recipe whose jobs are done.
        elapsed: float, this process's wall-clock seconds.
    Returns:
        dict, results.json's content.
    """
    logging.getLogger("matplotlib").setLevel(logging.WARNING)
    out = build(recipe, elapsed)
    write_json(recipe.out / "results.json", out)
    write_text(recipe.out / "table.md", table(out))
    draw(recipe, out)
    print(table(out))
    print(f"written: {recipe.out}/results.json, table.md, curves.png, curves_arms.png, "
          "test_scores.png")
    return out

def draw(recipe, out):
    """OUT/curves.json, OUT/curves.png (every arm from the start of MLE training),
    OUT/curves_arms.png (the arms after the start checkpoint) and OUT/test_scores.png,
    x in G updates, read from the runs' logs.

    Args:
        recipe: recipe.Recipe whose jobs are done.
        out: dict, results.json's content (its "arms" for the test scores).
    Returns:
        None.
    """
    start = recipe.results["start"]
    runs = [(Arm.START, 1, curves.read_records(start["log"]), lambda u: u)]
    for seed in recipe.seeds:
        for arm in recipe.reported_arms():
            if seed not in recipe.arm_seeds(arm):
                continue
            spec = TRAINED_ARMS[arm]
            to_x = (lambda u, spec=spec: start["best_update"] + spec.generator_updates(u))
            records = curves.read_records(recipe.results[f"{arm.value}.{seed}"]["log"])
            runs.append((arm, seed, records, to_x))
    d = recipe.results.get("discriminator")
    data = curves.collect(runs, start["best_update"],
                          curves.read_d_pretraining(d["log"]) if d else [])
    write_json(recipe.out / "curves.json", data, indent=None)
    title = f"csgan-nmt comparison, size {recipe.size.name}"
    curves.draw(data, recipe.out / "curves.png", title)
    window = curves.arms_window(data)
    curves.draw(data, recipe.out / "curves_arms.png",
                f"{title}: the arms, from the start checkpoint on", window)
    curves.draw_test_scores({name: {"bleu": [s["bleu"] for s in arm["seeds"].values()],
                                    "chrf": [s["chrf"] for s in arm["seeds"].values()]}
                             for name, arm in out["arms"].items()},
                            recipe.out / "test_scores.png", title)
