"""The comparison's statistics (csgan_tools/significance.py): the sentence-level tests
against their enumerated exact p, their false-positive rate on simulated identical systems
and their power on a known difference; the seed-level interval, p and minimum detectable
effect against simulation; Holm's correction on a worked example."""

import itertools
import random

import numpy as np
import pytest
from scipy import stats as scipy_stats
from sacrebleu.metrics import BLEU, CHRF

from benchmarks.significance_calibration import ours, references, rejection_rates
from benchmarks.significance_calibration import system as simulate
from csgan_tools import significance

ALPHA = 0.05


def _delta(metric, base, system):
    return (significance.corpus_score(metric, system.sum(0))
            - significance.corpus_score(metric, base.sum(0)))


def _pair(metric, sentences, base_error, system_error, seed):
    """Statistics (base, system) of two simulated systems on `sentences` references."""
    rng = random.Random(seed)
    refs = references(sentences, rng)
    return [significance.sufficient_statistics(metric, simulate(refs, error, rng), refs)
            for error in (base_error, system_error)]


def _relabelled(metric, base, system):
    """|Δ| of every swap pattern (all 2^n): approximate randomisation's exact null."""
    for swap in itertools.product((False, True), repeat=len(base)):
        s = np.array(swap)[:, None]
        yield abs(_delta(metric, np.where(s, system, base), np.where(s, base, system)))


def _resampled(metric, base, system):
    """|Δ* − Δ| of every resample with replacement (all n^n): the centred bootstrap's."""
    delta = _delta(metric, base, system)
    for index in itertools.product(range(len(base)), repeat=len(base)):
        yield abs(_delta(metric, base[list(index)], system[list(index)]) - delta)


@pytest.mark.parametrize("metric", [BLEU(), CHRF()], ids=["bleu", "chrf"])
@pytest.mark.parametrize("test, null, pair", [
    (significance.approximate_randomisation, _relabelled, (6, 0.4, 0.3, 3)),
    (significance.paired_bootstrap, _resampled, (5, 0.5, 0.3, 5))], ids=["ar", "bootstrap"])
def test_sentence_level_test_matches_its_enumerated_exact_p(metric, test, null, pair):
    base, system = _pair(metric, *pair)
    delta = _delta(metric, base, system)
    statistics = list(null(metric, base, system))
    exact = sum(x >= abs(delta) - 1e-9 for x in statistics) / len(statistics)
    result = test(metric, base, system, n_samples=20000)
    assert result["delta"] == pytest.approx(delta)
    assert 0.05 < exact < 0.95  # neither trivially significant nor trivially not
    assert result["p"] == pytest.approx(exact, abs=0.012)


SIMULATIONS = 300
# rejections at alpha under H0 must stay below alpha + 3 binomial sd
FPR_BOUND = ALPHA + 3 * (ALPHA * (1 - ALPHA) / SIMULATIONS) ** 0.5


@pytest.mark.parametrize("test", [significance.approximate_randomisation,
                                  significance.paired_bootstrap], ids=["ar", "bootstrap"])
def test_false_positive_rate_on_identical_systems_and_power_on_a_known_difference(test):
    """The simulation of benchmarks/significance_calibration.py (which also measures
    sacreBLEU's own tests): identical systems, and 25% against 40% word errors."""
    fpr, power = rejection_rates(ours(test), SIMULATIONS, samples=199)
    assert 0.01 <= fpr <= FPR_BOUND  # (a test that never rejects is no test)
    assert power >= 0.8


def test_identical_outputs_are_never_significant():
    refs = references(30, random.Random(1))
    hyps = simulate(refs, 0.3, random.Random(2))
    out = significance.sentence_level(hyps, {"same": list(hyps)}, refs, 200)
    assert out["same"]["bleu"]["delta"] == 0 and out["same"]["bleu"]["p"] == 1.0
    assert out["same"]["chrf"]["p"] == 1.0


def test_sentence_level_bleu_delta_is_the_difference_of_the_reported_scores():
    """Its delta is the difference of the corpus scores it is printed with, lowercased
    where they are (csgan-recipe's nist-zhen)."""
    from csgan_tools.scoring import score

    refs = references(30, random.Random(1))
    base = simulate(refs, 0.3, random.Random(2))
    other = [h.upper() if i % 2 else h for i, h in enumerate(simulate(refs, 0.2,
                                                                      random.Random(3)))]
    deltas = {}
    for lowercase in (False, True):
        out = significance.sentence_level(base, {"other": other}, refs, 20,
                                          lowercase=lowercase)
        delta = score(other, refs, lowercase)["bleu"] - score(base, refs, lowercase)["bleu"]
        assert out["other"]["bleu"]["delta"] == pytest.approx(delta, abs=0.011)
        deltas[lowercase] = delta
    assert deltas[True] > deltas[False] + 1  # the upper-cased half counts only lowercased


def test_seed_level_matches_the_t_test_and_covers_at_its_level():
    deltas = [0.4, -0.1, 0.9, 0.3, 0.5]
    result = significance.seed_level(deltas)
    reference = scipy_stats.ttest_1samp(deltas, 0.0)
    assert result["p"] == pytest.approx(reference.pvalue)
    interval = scipy_stats.t.interval(0.95, len(deltas) - 1, loc=np.mean(deltas),
                                      scale=scipy_stats.sem(deltas))
    assert result["ci"] == pytest.approx(list(interval))
    # by simulation, 5 seeds of sd 0.7: level, coverage and power at the stated MDE
    rng = np.random.default_rng(0)
    sd, n, runs = 0.7, 5, 3000
    null = [significance.seed_level(rng.normal(0, sd, n)) for _ in range(runs)]
    rejected = np.mean([r["p"] < ALPHA for r in null])
    covered = np.mean([r["ci"][0] <= 0 <= r["ci"][1] for r in null])
    assert abs(rejected - ALPHA) < 0.015 and abs(covered - (1 - ALPHA)) < 0.015
    # the MDE at the true sd: a real effect of that size is found ~80% of the time
    mde = (scipy_stats.t.ppf(0.975, n - 1) + scipy_stats.t.ppf(0.8, n - 1)) * sd / n ** 0.5
    found = np.mean([significance.seed_level(rng.normal(mde, sd, n))["p"] < ALPHA
                     for _ in range(runs)])
    assert 0.7 < found < 0.9
    assert np.mean([r["mde"] for r in null]) == pytest.approx(mde, rel=0.15)


def test_seeds_for_mde_is_the_fewest_seeds_whose_seed_level_mde_reaches_the_target():
    for sd, target in ((0.42, 0.4), (0.42, 0.5), (0.25, 0.4), (1.0, 0.3)):
        n = significance.seeds_for_mde(sd, target)
        # seed_level's own MDE on deltas of exactly that sd: n reaches it, n - 1 does not
        def mde(k):
            deltas = np.array([sd if i % 2 else -sd for i in range(k)])
            deltas = deltas * sd / deltas.std(ddof=1)  # sd exactly `sd`
            return significance.seed_level(deltas)["mde"]
        assert mde(n) <= target + 1e-12
        assert n == 2 or mde(n - 1) > target
    assert significance.seeds_for_mde(0.42, 0.4) == 11
    assert significance.seeds_for_mde(0.0, 0.4) == 2
    assert significance.seeds_for_mde(5.0, 0.1, most=50) is None
    with pytest.raises(ValueError):
        significance.seeds_for_mde(0.3, 0.0)


def test_seed_level_with_one_seed_gives_no_interval_and_no_p():
    result = significance.seed_level([0.3])
    assert result["mean"] == 0.3 and result["ci"] is None and result["p"] is None
    assert significance.verdict(result) == "not tested (one seed)"
    same = significance.seed_level([0.2, 0.2, 0.2])  # no spread: nothing to test against
    assert same["p"] is None and significance.verdict(same) == "not tested (no spread between seeds)"
    assert significance.seed_level([0.0, 0.0])["p"] == 1.0


def test_holm_on_a_worked_example():
    adjusted = significance.holm({"a": 0.01, "b": 0.04, "c": 0.03, "d": 0.005, "e": None})
    # sorted 0.005 x4, 0.01 x3, 0.03 x2, 0.04 x1 -> 0.02, 0.03, 0.06, max(0.06, 0.04)
    assert adjusted == pytest.approx({"d": 0.02, "a": 0.03, "c": 0.06, "b": 0.06, "e": None})
    assert significance.verdict({"mean": 1.0, "p": 0.01, "p_holm": 0.06}, "p_holm") \
        == "no significant difference"
    assert significance.verdict({"mean": -1.0, "p": 0.01}) == "worse"
