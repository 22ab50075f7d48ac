"""results.json and the markdown table of a comparison run."""

import json
from dataclasses import asdict
from pathlib import Path

from . import fairseq_runs, scoring
from .arms import ESTIMATOR_ARMS, REPORTED, Arm

SCORE_KEYS = ("bleu", "chrf", "precisions", "bp", "len_ratio", "sys_len", "ref_len")


def _systems(recipe):
    """{arm: {seed: (result name)}} of every arm that was scored."""
    systems = {Arm.START: {"1": "start.test"}}
    if "start_lenpen" in recipe.results:
        systems[Arm.START_LENPEN] = {"1": "start_lenpen"}
    for arm in recipe.size.arms:
        systems[arm] = {str(seed): f"{arm.value}.{seed}.test" for seed in recipe.seeds}
    return systems


def _hyps(recipe, result_name):
    return Path(recipe.results[result_name]["hyps"]).read_text(encoding="utf-8").splitlines()


def build(recipe, elapsed) -> dict:
    refs = recipe.references("test")
    n = recipe.size.bootstrap_samples
    systems = _systems(recipe)
    hyps = {(arm, seed): _hyps(recipe, name)
            for arm, seeds in systems.items() for seed, name in seeds.items()}
    others = {f"{arm.value}.{seed}": h for (arm, seed), h in hyps.items() if arm != Arm.START}
    vs_start = scoring.paired_bootstrap(hyps[(Arm.START, "1")], others, refs, n)
    vs_control = _versus(hyps, systems, Arm.CONTROL, refs, n,
                         lambda arm: arm != Arm.CONTROL)
    # the estimator arms against the paper's Monte Carlo estimator, seed for seed
    vs_brcsgan = _versus(hyps, systems, Arm.BRCSGAN, refs, n,
                         lambda arm: arm in ESTIMATOR_ARMS)

    arms = {}
    for arm, seeds in systems.items():
        entry = {"seeds": {}}
        for seed, name in seeds.items():
            result = recipe.results[name]
            row = {k: result[k] for k in SCORE_KEYS}
            key = f"{arm.value}.{seed}"
            if key in vs_start:
                row["vs_start"] = vs_start[key]
            if key in vs_control:
                row["vs_control"] = vs_control[key]  # {control seed: test}
            if key in vs_brcsgan:
                row["vs_brcsgan"] = vs_brcsgan[key]  # {brcsgan seed: test}
            if arm == Arm.START_LENPEN:
                row["lenpen"] = result["lenpen"]
            entry["seeds"][seed] = row
        entry["summary"] = _summary(entry["seeds"])
        arms[arm.value] = entry

    first = recipe.results["start.test"]
    return {
        "size": recipe.size.name,
        "settings": {k: v for k, v in asdict(recipe.size).items() if k != "eta_priors"},
        "data": str(recipe.data),
        "prepare": json.loads((recipe.data / "prepare.json").read_text()).get("args"),
        "test_sentences": len(refs),
        "seeds": recipe.seeds,
        "alpha": scoring.ALPHA,
        "bootstrap_samples": n,
        "significance_rule": "paired bootstrap (sacrebleu, two-sided) per seed; 'better' / "
                             "'worse' only if every seed has p < alpha in that direction",
        "signatures": {"bleu": first["bleu_signature"], "chrf": first["chrf_signature"]},
        "start": {k: recipe.results["start"][k]
                  for k in ("best_update", "last_update", "converged")},
        "discriminator": {k: v for k, v in recipe.results.get("discriminator", {}).items()
                          if k in ("target_reached", "updates", "heldout_accuracy")},
        "lenpen": {k: v for k, v in recipe.results.get("start_lenpen", {}).items()
                   if k in ("lenpen", "valid_bleu")},
        "arms": arms,
        "seconds": {name: r["seconds"] for name, r in recipe.results.items()},
        # the jobs' own times (a resumed run's jobs included), and this process's wall time
        "job_seconds_total": round(sum(r["seconds"] for r in recipe.results.values()), 1),
        "elapsed_s": round(elapsed, 1),
        "versions": fairseq_runs.versions(),
        "commands": ([recipe.results["prepare"]["command"]]
                     if "command" in recipe.results.get("prepare", {}) else [])
        + commands(recipe.work / "logs"),
    }


def _versus(hyps, systems, base, refs, n, compares):
    """{system: {base seed: paired bootstrap}}: every arm for which `compares(arm)` holds
    against `base` of the same seed (start and start_lenpen, single-seed, against each)."""
    out = {}
    for seed in systems.get(base, {}):
        compared = {f"{arm.value}.{s}": h for (arm, s), h in hyps.items()
                    if compares(arm) and (s == seed or arm in (Arm.START, Arm.START_LENPEN))}
        for name, result in scoring.paired_bootstrap(hyps[(base, seed)], compared,
                                                     refs, n).items():
            out.setdefault(name, {})[seed] = result
    return out


def commands(log_dir):
    """Every fairseq command line of the run, in the order they ran: the first record of
    each run's log (so a resumed run still lists the jobs of the earlier process)."""
    logs = sorted(Path(log_dir).glob("*.log"), key=lambda p: p.stat().st_mtime)
    lines = []
    for log in logs:
        with open(log, encoding="utf-8") as fh:
            first = fh.readline()
        _, sep, command = first.partition(" | csgan_compare | ")
        if sep:
            lines.append(command.strip())
    return lines


def _summary(seeds) -> dict:
    rows = list(seeds.values())
    summary = {m: scoring.mean_sd([r[m] for r in rows]) for m in ("bleu", "chrf", "len_ratio",
                                                                  "bp")}
    if "vs_start" in rows[0]:
        summary["vs_start"] = {m: scoring.verdict([r["vs_start"][m]["delta"] for r in rows],
                                                  [r["vs_start"][m]["p"] for r in rows])
                               for m in ("bleu", "chrf")}
    for key in ("vs_control", "vs_brcsgan"):
        if key in rows[0]:
            tests = [t for r in rows for t in r[key].values()]
            summary[key] = {m: scoring.verdict([t[m]["delta"] for t in tests],
                                               [t[m]["p"] for t in tests])
                            for m in ("bleu", "chrf")}
    return summary


def _tests(row, key, metric):
    tests = row.get(key)
    if not tests:
        return []
    if metric in tests:  # one test (vs start)
        return [tests[metric]]
    return [t[metric] for t in tests.values()]  # one per control seed


def estimator_table(results) -> list:
    """The estimator arms against control and against brcsgan (Monte Carlo search), with
    their training time: empty if the run had none."""
    present = [a for a in (Arm.BRCSGAN, *ESTIMATOR_ARMS) if a.value in results["arms"]]
    if not any(a in ESTIMATOR_ARMS for a in present):
        return []
    lines = ["", "Reward estimators and baselines (lambda 0.7) against the control and "
             "against brcsgan (Monte Carlo search), seed for seed; minutes: the arm's "
             "training job (validation runs included), mean over seeds.", "",
             "| arm | seeds | BLEU | BLEU vs control: Δ (p) | verdict | BLEU vs brcsgan: "
             "Δ (p) | verdict | training min |", "|---|---|---|---|---|---|---|---|"]
    for arm in present:
        entry = results["arms"][arm.value]
        s, rows = entry["summary"], list(entry["seeds"].values())

        def cell(key):
            tests = [t for r in rows for t in _tests(r, key, "bleu")]
            deltas = ", ".join(f"{t['delta']:+.2f} ({t['p']:.3f})" for t in tests) or "—"
            return f"{deltas} | {s.get(key, {}).get('bleu', '—')}"

        seconds = [results["seconds"].get(f"{arm.value}.{seed}") for seed in entry["seeds"]]
        seconds = [x for x in seconds if x is not None]
        minutes = f"{sum(seconds) / len(seconds) / 60:.1f}" if seconds else "—"
        lines.append(f"| {arm.value} | {s['bleu']['n']} | {s['bleu']['mean']:.2f} ± "
                     f"{s['bleu']['sd']:.2f} | {cell('vs_control')} | {cell('vs_brcsgan')} | "
                     f"{minutes} |")
    return lines


def table(results) -> str:
    lines = [
        f"Size `{results['size']}`, {results['test_sentences']} test sentences, seeds "
        f"{results['seeds']}; BLEU/chrF mean ± sd over seeds. Δ (p) per seed: paired "
        f"bootstrap ({results['bootstrap_samples']} samples, two-sided); verdict "
        f"'better'/'worse' only if every seed has p < {results['alpha']} in that direction.",
        "",
        "| arm | seeds | BLEU | chrF | len ratio | BLEU vs start: Δ (p) | verdict | "
        "BLEU vs control: Δ (p) | verdict | chrF vs start: Δ (p) | verdict | "
        "chrF vs control: Δ (p) | verdict |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for arm in REPORTED:
        entry = results["arms"].get(arm.value)
        if entry is None:
            continue
        s = entry["summary"]
        rows = list(entry["seeds"].values())

        def cell(key, metric):
            tests = [t for r in rows for t in _tests(r, key, metric)]
            deltas = ", ".join(f"{t['delta']:+.2f} ({t['p']:.3f})" for t in tests) or "—"
            return f"{deltas} | {s.get(key, {}).get(metric, '—')}"

        name = arm.value + (f" (lenpen {rows[0]['lenpen']})" if "lenpen" in rows[0] else "")
        lines.append(
            f"| {name} | {s['bleu']['n']} | {s['bleu']['mean']:.2f} ± {s['bleu']['sd']:.2f} | "
            f"{s['chrf']['mean']:.2f} ± {s['chrf']['sd']:.2f} | {s['len_ratio']['mean']:.3f} | "
            f"{cell('vs_start', 'bleu')} | {cell('vs_control', 'bleu')} | "
            f"{cell('vs_start', 'chrf')} | {cell('vs_control', 'chrf')} |")
    lines += estimator_table(results)
    lines += ["", f"BLEU: `{results['signatures']['bleu']}`  ",
              f"chrF: `{results['signatures']['chrf']}`", ""]
    return "\n".join(lines)
