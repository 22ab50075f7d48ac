"""The comparison's evidence: seed-level comparisons and the declared family, the estimator
report's verdicts, and the learning study's choices and table."""

import math

import pytest

from csgan_compare.arms import Arm


def test_seed_comparisons_pair_seeds_judge_the_primary_alone_and_holm_the_rest():
    from csgan_compare.report import seed_comparisons

    control = {str(s): {"bleu": 20.0 + 0.3 * s, "chrf": 40.0 + 0.1 * s ** 2}
               for s in range(1, 6)}
    # brcsgan: +0.5 over the control of its own seed, whatever that seed's level
    gain = [0.45, 0.55, 0.5, 0.6, 0.4]
    brcsgan = {s: {m: control[s][m] + g for m in ("bleu", "chrf")}
               for s, g in zip(control, gain)}
    csgan = {s: dict(brcsgan[s]) for s in ("1", "2", "3")}  # same gains, 3 seeds
    out = seed_comparisons({Arm.START_LENPEN: {"1": {"bleu": 19.0, "chrf": 39.0}},
                            Arm.CONTROL: control, Arm.BRCSGAN: brcsgan, Arm.CSGAN: csgan})
    find = {(c["arm"], c["baseline"], c["metric"]): c for c in out}
    primary = find[("brcsgan", "control", "bleu")]
    assert primary["primary"] and [c for c in out if c["primary"]] == [primary]
    assert primary["deltas"] == pytest.approx(gain) and primary["seeds"] == [1, 2, 3, 4, 5]
    assert primary["p"] < 0.001 and primary["verdict"] == "better"  # its own p, no Holm
    assert "p_holm" not in primary
    # secondary: Holm over every other comparison
    secondary = [c for c in out if not c["primary"]]
    assert all(c["p_holm"] >= c["p"] for c in secondary)
    smallest = min(secondary, key=lambda c: c["p"])
    m = len(secondary)  # (p is stored to 4 decimals: m times its rounding)
    assert smallest["p_holm"] == pytest.approx(min(1.0, m * smallest["p"]),
                                               abs=m * 5e-5 + 1e-4)
    assert find[("csgan", "control", "bleu")]["seeds"] == [1, 2, 3]
    # the start is one model: every seed against it
    vs_start = find[("control", "start_lenpen", "bleu")]
    assert not vs_start["paired_by_seed"]
    assert vs_start["deltas"] == pytest.approx([1.3, 1.6, 1.9, 2.2, 2.5])
    assert find[("brcsgan", "control", "chrf")]["deltas"] == pytest.approx(gain)


# ---------------------------------------------------------------- the estimator report
def _estimator_results(gains, seconds):
    """Synthetic results.json / benchmark.json: arm -> per-seed BLEU gain over control."""
    from csgan_compare import estimator_report

    arms, options = {}, {}
    for arm, deltas in gains.items():
        seeds = {str(i + 1): {"vs_control": {str(i + 1): {"bleu": {"delta": d, "p": 0.5}}},
                              **({"vs_brcsgan": {str(i + 1): {"bleu": {"delta": 0.0, "p": 1}}}}
                                 if arm != "brcsgan" else {})}
                 for i, d in enumerate(deltas)}
        arms[arm] = {"seeds": seeds, "summary": {
            "bleu": {"mean": 20 + sum(deltas) / len(deltas), "sd": 0.1, "n": len(deltas)},
            "vs_control": {"bleu": "no significant difference"}}}
        options[arm] = {"estimator": "x", "baseline_mode": "y", "seconds": seconds[arm],
                        "x_mle": seconds[arm] / 0.1, "trace_cov": 1.0,
                        "noise_to_signal": 2.0}
    benchmark = {"options": options, "mle_seconds": 0.1}
    return estimator_report.rows({"arms": arms}, benchmark), benchmark


def test_estimator_verdict_names_options_keeping_80_percent_of_the_gain_at_a_fifth_of_the_cost():
    from csgan_compare.estimator_report import markdown, verdict

    table, benchmark = _estimator_results(
        {"brcsgan": [1.0, 1.0], "sequence": [0.8, 0.8], "self_critical": [0.78, 0.8],
         "partial_d": [0.9, 0.9], "maligan": [2.0, 2.0]},
        {"brcsgan": 10.0, "sequence": 2.0, "self_critical": 1.0, "partial_d": 2.1,
         "maligan": 50.0})
    text = " ".join(verdict(table))
    # sequence: 80% at 1/5 (kept); self_critical: 79%; partial_d: 21% of the cost
    assert "cost: sequence." in text
    assert "than the control (seed-level p < 0.05, Holm): none." in text and "not significant" in text
    assert "Best BLEU gain over the control per second of update: `self_critical`" in text
    assert {r["arm"]: round(r["gain_per_second"], 3) for r in table}["maligan"] == 0.04
    lines = markdown(table, benchmark).splitlines()
    assert sum(line.startswith("| ") for line in lines) == 1 + 5  # header + every option


def test_estimator_verdict_says_so_when_monte_carlo_gained_nothing():
    from csgan_compare.estimator_report import verdict

    table, _ = _estimator_results({"brcsgan": [-0.2, 0.1], "sequence": [0.3, -0.1]},
                                  {"brcsgan": 10.0, "sequence": 1.0})
    text = " ".join(verdict(table))
    assert "Monte Carlo search itself gained -0.05 BLEU" in text and "no bar" in text
    assert "sequence +0.10" in text


def test_declared_family_chooses_the_arm_on_validation_and_holms_within_it():
    from csgan_compare.report import declared_family, seed_comparisons

    control = {str(s): {"bleu": 20.0 + 0.2 * s, "chrf": 40.0} for s in range(1, 5)}
    control_tf = {s: {"bleu": v["bleu"] - 0.1, "chrf": 40.0} for s, v in control.items()}
    # risk gains on test, rloo more; validation prefers risk
    risk = {s: {"bleu": v["bleu"] + g, "chrf": 40.0}
            for (s, v), g in zip(control.items(), (0.5, 0.7, 0.6, 0.55))}
    rloo = {s: {"bleu": v["bleu"] + 2.0 + 0.1 * int(s), "chrf": 40.0}
            for s, v in list(control.items())[:3]}
    comparisons = seed_comparisons({Arm.CONTROL: control, Arm.CONTROL_TF: control_tf,
                                    Arm.RISK: risk, Arm.RLOO: rloo})
    # risk's 4th seed (which rloo lacks) validates badly: left out of the choice
    valid = {Arm.CONTROL: {s: 30.0 for s in control},
             Arm.RISK: {s: 12.0 if s != "4" else 0.0 for s in risk},
             Arm.RLOO: {s: 11.0 for s in rloo}, Arm.CONSTANT: {s: 99.0 for s in control}}
    family = declared_family(valid, comparisons)
    assert family["arm"] == "risk"  # validation's choice; not rloo (test), not constant
    assert family["seeds"] == [1, 2, 3]  # the seeds every candidate has
    assert family["validation_bleu"] == {"rloo": 11.0, "risk": 12.0}
    got = {c["baseline"]: c for c in family["comparisons"]}
    assert set(got) == {"control", "control_tf"}
    ps = [got["control"]["p"], got["control_tf"]["p"]]
    low, high = sorted(ps)
    assert min(got["control"]["p_family"], got["control_tf"]["p_family"]) == pytest.approx(
        min(1.0, 2 * low), abs=2e-4)
    assert max(got["control"]["p_family"], got["control_tf"]["p_family"]) == pytest.approx(
        max(min(1.0, 2 * low), high), abs=2e-4)
    assert got["control"]["verdict"] == "better"
    # validation now prefers rloo: the family follows it
    valid[Arm.RLOO] = {s: 13.0 for s in rloo}
    assert declared_family(valid, comparisons)["arm"] == "rloo"
    assert declared_family({Arm.CONTROL: valid[Arm.CONTROL]}, comparisons) is None


# ---------------------------------------------------------------- the learning study
def test_learning_study_chooses_on_validation_and_measures_rises():
    from csgan_compare.learning import choose
    from csgan_compare.learning_report import paired_rise, rise

    def option(bleu, reward):
        return {"points": [{"valid_bleu": bleu, "reward": reward}]}

    a, b, c = option(10.0, 0.30), option(9.5, 0.50), option(10.2, 0.20)
    assert choose([a, b, c], 9.9) is a  # b raised the reward most but lost BLEU
    assert choose([b, c], 10.5) is c  # nothing kept BLEU: the best BLEU
    first, last, t = rise([(u, v) for u, v in enumerate([1.0, 2.0, 3.0, 5.0, 6.0, 7.0])], n=3)
    assert (first, last) == (2.0, 6.0) and t == pytest.approx(4.0 / math.sqrt(2 / 3))
    d, se, z = paired_rise({"reward_per_source": [0.0, 1.0, 2.0]},
                           {"reward_per_source": [1.0, 1.0, 4.0]})
    assert d == pytest.approx(1.0) and se == pytest.approx(1.0 / math.sqrt(3)) and z == pytest.approx(math.sqrt(3))


def test_learning_table_compares_each_run_with_continued_mle_at_the_same_updates():
    from csgan_compare.learning_report import table

    def point(updates, bleu, rewards):
        return {"pg_updates": updates, "valid_bleu": bleu, "reward": sum(rewards) / 3,
                "reward_se": 0.01, "reward_per_source": rewards, "sentence_bleu": 0.05,
                "d_of_samples": 0.2, "kl_from_start": 0.01}

    start = point(0, 10.0, [0.0, 0.1, 0.2])
    flat_then_one = [(u, 0.0 if u <= 20 else 1.0) for u in range(1, 41)]  # two flat windows
    out = {"runs": {
        "control": {"label": "continued MLE", "training": {}, "seconds_per_update": 0.2,
                    "points": [start, point(100, 10.4, [0.1, 0.1, 0.3])]},
        "risk": {"label": "minimum risk", "seconds_per_update": 2.0,
                 "training": {"q_effective": [(u, 2.5) for u in range(1, 41)],
                              "flat_sources": flat_then_one},
                 "points": [start, point(100, 10.1, [0.2, 0.2, 0.5])]}},
        "selection": {"risk_q": {"select_a": {"option": {"alpha": 1.0}, "label": "alpha 1",
                                              "training": {}, "points": [start]}}},
        "chosen": {"risk_q": {"alpha": 1.0}}}
    text = table(out)
    risk_row = next(line for line in text.splitlines() if line.startswith("| minimum risk"))
    assert "| 10.00 → 10.10 | -0.30 |" in risk_row  # BLEU, and minus control's 10.40
    assert "| 2.50 → 2.50 |" in risk_row and "| 0.000 → 1.000 |" in risk_row
    assert "**chosen**" in text
