"""The reward estimators judged together: BLEU gain over the control (comparison recipe) against
the cost and gradient variance of one update (benchmarks/estimator_benchmark.py).

    python -m csgan_compare.estimator_report --results results/estimators-cpu/results.json \
        --benchmark results/estimators-cpu/benchmark.json --out results/estimators-cpu

writes estimators.md (one table) and gain_vs_cost.png (one point per option).
"""

import argparse
import json
import statistics
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from csgan_tools import write_json, write_text  # noqa: E402
from csgan_tools.scoring import mean_sd_text  # noqa: E402

from .arms import ESTIMATOR_ARMS, Arm  # noqa: E402
from .curves import COLOURS  # noqa: E402

MONTE_CARLO = Arm.BRCSGAN.value
# "keeps >= 80% of Monte Carlo's gain at <= 1/5 of its cost"
GAIN_SHARE, COST_SHARE = 0.8, 0.2


def gains(results, arm, against):
    """Per-seed BLEU deltas of `arm` against `against` (control or brcsgan), seed for seed.

    Args:
        results: the comparison's results.json (`report.build`).
        arm: str, an arm's value.
        against: str, the baseline's value ("control" or "brcsgan").
    Returns:
        list of float, test BLEU of the arm minus the baseline's, score points (0-100
        scale), 2 decimals: one per seed that has a sentence-level test against it, in
        seed order ([] when none).
    Raises:
        KeyError: when `arm` is not in the results.
    """
    key = "vs_" + against
    return [test["bleu"]["delta"] for row in results["arms"][arm]["seeds"].values()
            for test in row.get(key, {}).values()]


def rows(results, benchmark):
    """The table's rows: brcsgan (Monte Carlo search), then every estimator arm found in
    both the results and the benchmark, with its gain over the control and its cost.

    Args:
        results: the comparison's results.json (`report.build`).
        benchmark: benchmarks/estimator_benchmark.py's --json output ({"options": {name:
            {"estimator", "baseline_mode", "seconds", "x_mle", "trace_cov",
            "noise_to_signal", ...}}, "mle_seconds", ...}).
    Returns:
        list of dicts: "arm", "estimator", "baseline" (str); "seconds" (median seconds of
        one PG update's forward and backward); "x_mle" (that over an MLE update's);
        "variance_vs_mc" (tr Cov(g) over brcsgan's); "noise_to_signal"; "bleu" (test BLEU
        `mean_sd`); "gain", "gain_sd", "gains" (BLEU over the control per seed: mean,
        sample sd, list; score points); "vs_control", "vs_brcsgan" (seed-level verdicts,
        "—" when not compared); "vs_brcsgan_deltas" (list); "gain_per_second" (BLEU points
        per second of update); "cost_vs_mc" (seconds over brcsgan's).
    Raises:
        KeyError: when brcsgan is not in the benchmark, or an arm has no verdict against
            the control.
        statistics.StatisticsError: when an arm has no per-seed delta against the control.
    """
    out = []
    mc = benchmark["options"][MONTE_CARLO]
    for arm in (Arm.BRCSGAN, *ESTIMATOR_ARMS):
        name = arm.value
        if name not in results["arms"] or name not in benchmark["options"]:
            continue
        cost = benchmark["options"][name]
        entry = results["arms"][name]
        delta = gains(results, name, "control")
        out.append({
            "arm": name, "estimator": cost["estimator"], "baseline": cost["baseline_mode"],
            "seconds": cost["seconds"], "x_mle": cost["x_mle"],
            "variance_vs_mc": cost["trace_cov"] / mc["trace_cov"],
            "noise_to_signal": cost["noise_to_signal"],
            "bleu": entry["summary"]["bleu"], "gain": statistics.fmean(delta),
            "gain_sd": statistics.stdev(delta) if len(delta) > 1 else 0.0,
            "gains": delta,
            "vs_control": entry["summary"]["vs_control"]["bleu"],
            "vs_brcsgan": (entry["summary"].get("vs_brcsgan", {}).get("bleu", "—")),
            "vs_brcsgan_deltas": gains(results, name, "brcsgan"),
            "gain_per_second": statistics.fmean(delta) / cost["seconds"],
            "cost_vs_mc": cost["seconds"] / mc["seconds"],
        })
    return out


def verdict(table):
    """The closing question in words: the best option by BLEU gain per second, and whether
    any keeps >= 80% of Monte Carlo's gain at <= 1/5 of its cost.

    Args:
        table: `rows`' list (brcsgan among them).
    Returns:
        list of str, three lines: the arms significantly better than the control (Holm),
        the best gain per second, and the arms passing the 80% / one-fifth bar (or, when
        Monte Carlo's own gain is <= 0, the gains of those at <= 1/5 of its cost).
    Raises:
        StopIteration: when brcsgan is not in `table`.
    """
    mc = next(r for r in table if r["arm"] == MONTE_CARLO)
    best = max(table, key=lambda r: r["gain_per_second"])
    better = [r["arm"] for r in table if r["vs_control"] == "better"]
    lines = [f"Significantly better than the control (seed-level p < 0.05, Holm): "
             f"{', '.join(better) or 'none'}.",
             f"Best BLEU gain over the control per second of update: `{best['arm']}` "
             f"({best['gain']:+.2f} BLEU at {best['seconds']:.2f} s per update"
             + (")." if best["arm"] in better else "; not significant).")]
    cheap = [r for r in table if r["arm"] != MONTE_CARLO and r["cost_vs_mc"] <= COST_SHARE]
    if mc["gain"] <= 0:
        lines.append(
            f"Monte Carlo search itself gained {mc['gain']:+.2f} BLEU over the control, so "
            f"'{GAIN_SHARE:.0%} of its gain' is no bar to clear; of the options at <= "
            f"{COST_SHARE:.0%} of its cost ({', '.join(r['arm'] for r in cheap) or 'none'}), "
            + (", ".join(f"{r['arm']} {r['gain']:+.2f}" for r in cheap) or "none")
            + " BLEU over the control.")
    else:
        keep = [r for r in cheap if r["gain"] >= GAIN_SHARE * mc["gain"]]
        lines.append(
            f"Options keeping >= {GAIN_SHARE:.0%} of Monte Carlo's {mc['gain']:+.2f} at <= "
            f"{COST_SHARE:.0%} of its cost: " + (", ".join(r["arm"] for r in keep) or "none")
            + ".")
    return lines


def markdown(table, benchmark):
    """estimators.md: one markdown table (cost, variance, BLEU, per-seed gains and
    verdicts of every option), a note on the paper's N = 20 at every prefix when the
    benchmark has `brcsgan_n20`, and `verdict`'s lines.

    Args:
        table: `rows`' list.
        benchmark: the benchmark's JSON, as for `rows`.
    Returns:
        str, markdown ending in a newline.
    """
    lines = [
        "| option | estimator | baseline | s / update | × MLE | tr Cov(g) / Monte Carlo's | "
        "BLEU | Δ BLEU vs control (per seed) | verdict | Δ BLEU vs brcsgan (per seed) | "
        "verdict | Δ BLEU vs control per s |",
        "|---|---|---|---:|---:|---:|---|---|---|---|---|---:|"]
    for r in table:
        per_seed = ", ".join(f"{d:+.2f}" for d in r["gains"])
        vs_mc = ", ".join(f"{d:+.2f}" for d in r["vs_brcsgan_deltas"]) or "—"
        lines.append(
            f"| {r['arm']} | {r['estimator']} | {r['baseline']} | {r['seconds']:.2f} | "
            f"{r['x_mle']:.1f} | {r['variance_vs_mc']:.3g} | "
            f"{mean_sd_text(r['bleu'])} | {per_seed} | "
            f"{r['vs_control']} | {vs_mc} | {r['vs_brcsgan']} | {r['gain_per_second']:+.3f} |")
    n20 = benchmark["options"].get("brcsgan_n20")
    if n20:
        lines += ["", f"The paper's setting (N = 20 at every prefix) costs {n20['seconds']:.2f} s "
                      f"per update ({n20['x_mle']:.1f}× MLE) on the same batch; its tr Cov(g) is "
                      f"{n20['trace_cov'] / benchmark['options'][MONTE_CARLO]['trace_cov']:.3g}"
                      "× the recipe's Monte Carlo setting."]
    return "\n".join(lines + [""] + verdict(table)) + "\n"


def draw(table, benchmark, path, title):
    """gain_vs_cost.png: test BLEU gain over the control (mean ± sample sd over seeds, and
    each seed) against seconds per PG update on a log scale, one point per option; a
    dotted line at the cost of the paper's N = 20 when the benchmark has it.

    Args:
        table: `rows`' list.
        benchmark: the benchmark's JSON, as for `rows`.
        path: path of the image to write (130 dpi).
        title: str, the figure's title.
    Returns:
        None.
    """
    fig, ax = plt.subplots(figsize=(6.4, 4.4))
    for i, r in enumerate(sorted(table, key=lambda r: r["seconds"])):
        colour = COLOURS.get(Arm(r["arm"]))
        ax.errorbar(r["seconds"], r["gain"], yerr=r["gain_sd"], fmt="o", color=colour,
                    capsize=3, label=r["arm"])
        ax.plot([r["seconds"]] * len(r["gains"]), r["gains"], ".", color=colour, alpha=0.5)
        # neighbours in cost alternate above and below their point, so labels do not collide
        ax.annotate(r["arm"], (r["seconds"], r["gain"]), fontsize=7, color=colour,
                    xytext=(5, 6 if i % 2 else -10), textcoords="offset points")
    ax.axhline(0, color="k", lw=0.8)
    n20 = benchmark["options"].get("brcsgan_n20")
    if n20:
        ax.axvline(n20["seconds"], color="tab:red", ls=":", lw=0.8)
        ax.text(n20["seconds"], 0.03, " paper's N=20, every prefix\n (cost only)", fontsize=6,
                color="tab:red", ha="right", va="bottom", transform=ax.get_xaxis_transform())
    ax.set_xscale("log")
    ax.set_xlabel(f"seconds per policy-gradient update (forward + backward; MLE update "
                  f"{benchmark['mle_seconds']:.2f} s)", fontsize=8)
    ax.set_ylabel("test BLEU gain over the continued-MLE control", fontsize=8)
    ax.set_title(title, fontsize=9)
    ax.tick_params(labelsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=130)
    plt.close(fig)


def main(argv=None):
    """The estimator report command: read the comparison's results.json and the benchmark's
    JSON, write OUT/estimators.md, OUT/estimators.json (`rows`) and OUT/gain_vs_cost.png
    (OUT created if missing), and print the markdown.

    Args:
        argv: list of str, the arguments (None: sys.argv[1:]): --results, --benchmark,
            --out.
    Returns:
        None (exit status 0).
    Raises:
        SystemExit: status 2 for a missing or bad option (argparse).
        OSError, json.JSONDecodeError: an unreadable input, let through.
    """
    p = argparse.ArgumentParser(prog="python -m csgan_compare.estimator_report",
                                description=__doc__.split("\n")[0])
    p.add_argument("--results", type=Path, required=True, help="the recipe's results.json")
    p.add_argument("--benchmark", type=Path, required=True,
                   help="benchmarks/estimator_benchmark.py --json output")
    p.add_argument("--out", type=Path, required=True)
    args = p.parse_args(argv)
    results = json.loads(args.results.read_text())
    benchmark = json.loads(args.benchmark.read_text())
    table = rows(results, benchmark)
    args.out.mkdir(parents=True, exist_ok=True)
    text = markdown(table, benchmark)
    write_text(args.out / "estimators.md", text)
    write_json(args.out / "estimators.json", table)
    draw(table, benchmark, args.out / "gain_vs_cost.png",
         f"reward estimators, size {results['size']}: BLEU gain vs cost")
    print(text)


if __name__ == "__main__":
    main()
