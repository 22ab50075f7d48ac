"""Significance of a difference between two systems, at two levels.

**Sentence level** (one training seed, the test sentences resampled): two tests on
sacreBLEU's own sufficient statistics (`BLEU` / `CHRF` `_extract_corpus_statistics`, the
statistics sacreBLEU's `PairedTest` resamples), both two-sided, for
H0: "the two systems' outputs are exchangeable sentence by sentence":

- `approximate_randomisation` (Noreen, 1989; Riezler and Maxwell, 2005): swap the two
  outputs of each sentence with probability 1/2, p = (1 + #{|Δ_r| >= |Δ|}) / (R + 1).
- `paired_bootstrap` (Koehn, 2004), centred on the observed Δ (Efron and Tibshirani, 1993,
  ch. 16): resample sentences with replacement, p = (1 + #{|Δ*_b − Δ| >= |Δ|}) / (B + 1).
  sacreBLEU 2.x's `PairedTest(test_type="bs")` instead compares |Δ*| − mean|Δ*| with |Δ|,
  which for a large Δ is one-sided and over-rejects under H0; it is not used here.

Both are calibrated in tests/test_significance.py: false-positive rate on simulated identical
systems, power on a known difference, and the exact p of every resample enumerated.

**Seed level** (the unit of evidence: a test over sentences ignores training variance):
`seed_level` takes the per-seed differences Δ_s (arm minus baseline trained from the same
seed, hence the same batches) and gives their mean, a 95% Student-t interval, the two-sided
paired t-test's p over seeds and the minimum detectable effect (power 0.8) of that design.
Why a t-test: each Δ_s is a difference of corpus scores over ~900 sentences, close to normal;
an exact sign-flip test over 5 seeds cannot give p below 2/32 = 0.0625, so could never
reject at 0.05. `holm` corrects a family of secondary comparisons (Holm, 1979).
"""

from typing import Dict, Optional, Sequence

import numpy as np
from scipy import stats as scipy_stats
from sacrebleu.metrics import BLEU, CHRF

ALPHA = 0.05
POWER = 0.8
METRICS = {"bleu": BLEU, "chrf": CHRF}


def sufficient_statistics(metric, hyps: Sequence[str], refs: Sequence[str]) -> np.ndarray:
    """sacreBLEU's per-sentence statistics of `hyps` against one reference each:
    float64 array (n_sentences, k) (k = 10 for BLEU, 18 for chrF); corpus score =
    `corpus_score(metric, stats.sum(0))`.

    Args:
        metric: a sacrebleu `BLEU` or `CHRF` instance (its tokenizer, case, orders).
        hyps: sequence of str, one detokenised hypothesis per sentence.
        refs: sequence of str, the reference of each, in the same order.
    Returns:
        (n_sentences, k) float64 numpy array of integer counts (BLEU: hypothesis and
        reference lengths, then matches and totals of 1- to 4-grams; chrF with its
        defaults: hypothesis n-grams, reference n-grams and matches of each of the 6
        character orders).
    Raises:
        ValueError: when `hyps` and `refs` differ in length.

    Source: sacreBLEU (Post, WMT 2018), `Metric._extract_corpus_statistics`.
    """
    if len(hyps) != len(refs):
        raise ValueError(f"{len(hyps)} hypotheses for {len(refs)} references")
    return np.asarray(metric._extract_corpus_statistics(list(hyps), [list(refs)]),
                      dtype=np.float64)


def corpus_score(metric, totals: np.ndarray) -> float:
    """The corpus score (0-100) of summed statistics, by sacreBLEU itself.

    Args:
        metric: the sacrebleu `BLEU` or `CHRF` instance the statistics were extracted with.
        totals: (k,) array, statistics summed (or resample-weighted) over sentences; each
            entry is rounded to the nearest int.
    Returns:
        float on 0-100, the metric's corpus score (not rounded).
    """
    return float(metric._compute_score_from_stats([int(round(x)) for x in totals]).score)


def _scores(metric, totals: np.ndarray) -> np.ndarray:
    return np.array([corpus_score(metric, row) for row in totals])


def approximate_randomisation(metric, base: np.ndarray, system: np.ndarray,
                              n_samples: int = 1000, seed: int = 12345) -> dict:
    """Two-sided approximate randomisation test of Δ = score(system) − score(base).

    Under H0 (the two outputs of each sentence are exchangeable), each of the R =
    `n_samples` resamples swaps the two systems' statistics of each sentence independently
    with probability 1/2; p = (1 + #{|Δ_r| >= |Δ|}) / (R + 1), ties within 1e-9 counted as
    extreme.

    Args:
        metric: the sacrebleu `BLEU` or `CHRF` instance of the statistics.
        base, system: (n_sentences, k) arrays of `sufficient_statistics` on the same
            references, row i the same sentence.
        n_samples: int R >= 1, the number of random swaps.
        seed: int, the seed of numpy's default_rng (the same seed gives the same p).
    Returns:
        {"delta": float Δ in score points (0-100 scale), "p": float p-value in (0, 1],
        "test": str, the test's name}.

    Source: Noreen, 1989; Riezler and Maxwell, 2005 (approximate randomisation for MT).
    """
    delta = corpus_score(metric, system.sum(0)) - corpus_score(metric, base.sum(0))
    rng = np.random.default_rng(seed)
    swap = rng.random((n_samples, base.shape[0])) < 0.5  # True: the outputs trade places
    diff = system - base
    # swapping sentence i moves diff_i from the system's side to the base's
    system_totals = system.sum(0) - swap @ diff
    base_totals = base.sum(0) + swap @ diff
    permuted = _scores(metric, system_totals) - _scores(metric, base_totals)
    extreme = np.sum(np.abs(permuted) >= abs(delta) - 1e-9)
    return {"delta": delta, "p": float((1 + extreme) / (n_samples + 1)),
            "test": "approximate randomisation, two-sided"}


def paired_bootstrap(metric, base: np.ndarray, system: np.ndarray, n_samples: int = 1000,
                     seed: int = 12345) -> dict:
    """Two-sided paired bootstrap test of Δ = score(system) − score(base), centred on the
    observed Δ. Arguments and return as `approximate_randomisation`.

    Each of the R resamples draws n_sentences sentences with replacement (the same ones for
    both systems); p = (1 + #{|Δ*_b − Δ| >= |Δ|}) / (R + 1), ties within 1e-9 counted as
    extreme. Not sacreBLEU 2.x's `PairedTest(test_type="bs")`, which compares
    |Δ*| − mean|Δ*| with |Δ| and is not a two-sided test.

    Args:
        metric, base, system, n_samples, seed: as `approximate_randomisation` (n_samples:
            the number of bootstrap resamples).
    Returns:
        {"delta": float Δ in score points (0-100 scale), "p": float in (0, 1], "test": str}.

    Source: Koehn, EMNLP 2004 (paired bootstrap resampling), centred as in Efron and
    Tibshirani, 1993, ch. 16.
    """
    delta = corpus_score(metric, system.sum(0)) - corpus_score(metric, base.sum(0))
    n = base.shape[0]
    rng = np.random.default_rng(seed)
    counts = np.stack([np.bincount(rng.integers(0, n, n), minlength=n)
                       for _ in range(n_samples)]).astype(np.float64)
    resampled = _scores(metric, counts @ system) - _scores(metric, counts @ base)
    extreme = np.sum(np.abs(resampled - delta) >= abs(delta) - 1e-9)
    return {"delta": delta, "p": float((1 + extreme) / (n_samples + 1)),
            "test": "paired bootstrap centred on the observed difference, two-sided"}


def sentence_level(base_hyps: Sequence[str], systems: Dict[str, Sequence[str]],
                   refs: Sequence[str], n_samples: int, tokenize="13a",
                   lowercase=False) -> Dict[str, dict]:
    """{system: {"bleu": {"delta", "p", "test"}, "chrf": {...}}} against `base_hyps`, by
    approximate randomisation on sacreBLEU's statistics (BLEU with the sacreBLEU tokenizer
    `tokenize`, chrF with its defaults).

    Measures test-set noise only (one trained model per system): the seed-level test is
    `seed_level`.

    Args:
        base_hyps: sequence of str, the baseline's hypotheses, one per reference.
        systems: {name: sequence of str}, the hypotheses of each system compared with it.
        refs: sequence of str, the references.
        n_samples: int R, approximate randomisation's swaps (seed 12345 for every test).
        tokenize: str, BLEU's sacreBLEU tokenizer.
        lowercase: bool, case-insensitive BLEU, as the scores it is reported with
            (`scoring.score`; chrF stays case-sensitive).
    Returns:
        {name: {"bleu": r, "chrf": r}} with r = {"delta": float, system minus base in
        score points (0-100 scale), 2 decimals; "p": float in (0, 1], 4 decimals;
        "test": str; "signature": str, sacreBLEU's signature of the metric tested}.
    Raises:
        ValueError: when a system's hypotheses and the references differ in number.

    Source: Riezler and Maxwell, 2005 (`approximate_randomisation`).
    """
    out = {}
    for metric_name, make in METRICS.items():
        metric = (make(tokenize=tokenize, lowercase=lowercase) if metric_name == "bleu"
                  else make())
        base = sufficient_statistics(metric, base_hyps, refs)
        for name, hyps in systems.items():
            result = approximate_randomisation(metric, base,
                                               sufficient_statistics(metric, hyps, refs),
                                               n_samples)
            result["delta"] = round(result["delta"], 2)
            result["p"] = round(result["p"], 4)
            result["signature"] = str(metric.get_signature())
            out.setdefault(name, {})[metric_name] = result
    return out


def seed_level(deltas: Sequence[float], alpha: float = ALPHA, power: float = POWER) -> dict:
    """Mean of per-seed differences with a (1 − alpha) Student-t interval, the two-sided
    paired t-test's p over seeds, and the minimum detectable effect (two-sided alpha, the
    given power) at the observed sd.

    With n seeds, se = sd / sqrt(n): interval mean ± t_{1−alpha/2, n−1} · se;
    p = 2 · P(T_{n−1} > |mean| / se); MDE = (t_{1−alpha/2, n−1} + t_{power, n−1}) · se.

    Args:
        deltas: one difference per seed (score points): arm minus baseline, trained from
            the same seed where they are paired.
        alpha: float in (0, 1), the two-sided level of the interval and of the MDE.
        power: float in (0, 1), the power of the MDE.
    Returns:
        {"n": int, "mean": float, "sd": float (n − 1 in the denominator; 0.0 for one seed),
        "ci": [lo, hi] or None, "p": float in [0, 1] or None, "mde": float or None,
        "test": str}; mean, sd, ci and mde in the deltas' unit. With one seed: mean only
        (interval, p and MDE None); every seed the same difference (se ~ 0): p 1.0 when
        it is zero, None (no spread to test) when it is not.
    Raises:
        ValueError: when `deltas` is empty.

    Source: Student's paired t-test over seeds (t-distribution quantiles from scipy).
    """
    d = np.asarray(deltas, dtype=np.float64)
    n = len(d)
    if n == 0:
        raise ValueError("seed_level: no seeds")
    out = {"n": n, "mean": float(d.mean()), "sd": float(d.std(ddof=1)) if n > 1 else 0.0,
           "ci": None, "p": None, "mde": None, "test": "paired t-test over seeds, two-sided"}
    if n < 2:
        return out
    se = out["sd"] / np.sqrt(n)
    quantile = scipy_stats.t.ppf(1 - alpha / 2, n - 1)
    out["ci"] = [out["mean"] - quantile * se, out["mean"] + quantile * se]
    if se <= 1e-9 * max(1.0, abs(out["mean"])):  # every seed the same difference (up to
        # float rounding): no spread to test against
        out["p"] = 1.0 if out["mean"] == 0 else None
    else:
        out["p"] = float(2 * scipy_stats.t.sf(abs(out["mean"]) / se, n - 1))
    out["mde"] = float((quantile + scipy_stats.t.ppf(power, n - 1)) * se)
    return out


def seeds_for_mde(sd: float, target: float, alpha: float = ALPHA, power: float = POWER,
                  most: int = 1000) -> Optional[int]:
    """The fewest seeds whose paired design detects `target` (`seed_level`'s MDE at sd `sd`
    of the per-seed differences): the least n >= 2 with
    (t_{1-alpha/2, n-1} + t_{power, n-1}) * sd / sqrt(n) <= target.

    Args:
        sd: float >= 0, the sd of the per-seed differences (score points), e.g. measured
            on a pilot's seeds.
        target: float > 0, the MDE wanted (score points).
        alpha, power: floats in (0, 1), as in `seed_level`.
        most: int, the largest n tried.
    Returns:
        int n in [2, most], or None when even `most` seeds do not reach `target`.
    Raises:
        ValueError: when sd < 0 or target <= 0.

    Source: the MDE of a two-sided one-sample t-test at the observed sd (as `seed_level`).
    """
    if sd < 0 or target <= 0:
        raise ValueError(f"seeds_for_mde: sd {sd} must be >= 0 and target {target} > 0")
    for n in range(2, most + 1):
        t = scipy_stats.t.ppf(1 - alpha / 2, n - 1) + scipy_stats.t.ppf(power, n - 1)
        if t * sd / np.sqrt(n) <= target:
            return n
    return None


def holm(p_values: Dict[str, Optional[float]]) -> Dict[str, Optional[float]]:
    """Holm's step-down adjusted p-values of a family (None: no test, left out of it).

    With the m tested p-values sorted ascending, the i-th (0-based) is adjusted to
    max over j <= i of min(1, (m − j) · p_(j)), so adjusted p-values keep their order.

    Args:
        p_values: {key: float p in [0, 1] or None}; keys any hashable, comparable among
            those with equal p (ties are ordered by key).
    Returns:
        {key: adjusted float p in [0, 1], or None where the input is None}, the input's
        keys in its order.

    Source: Holm, Scandinavian Journal of Statistics, 1979.
    """
    tested = sorted((p, name) for name, p in p_values.items() if p is not None)
    m, adjusted, running = len(tested), {}, 0.0
    for rank, (p, name) in enumerate(tested):
        running = max(running, min(1.0, (m - rank) * p))
        adjusted[name] = running
    return {name: adjusted.get(name) for name in p_values}


def verdict(result: dict, p_key: str = "p", alpha: float = ALPHA) -> str:
    """'better' / 'worse' when the seed-level p (or `p_key`, e.g. Holm's) is below alpha;
    'not tested (...)' without a p (one seed, or every seed the same non-zero difference).

    Args:
        result: dict with `p_key`, "mean" and "n" (`seed_level`'s, maybe with "p_holm").
        p_key: str, the p-value to judge on: "p" or "p_holm".
        alpha: float in (0, 1), the level.
    Returns:
        str: "better" or "worse" (by the sign of the mean difference) when p < alpha;
        "no significant difference" when p >= alpha; "not tested (one seed)" or
        "not tested (no spread between seeds)" when p is None.
    """
    p = result.get(p_key)
    if p is None:
        return ("not tested (one seed)" if result.get("n", 1) < 2
                else "not tested (no spread between seeds)")
    if p >= alpha:
        return "no significant difference"
    return "better" if result["mean"] > 0 else "worse"


def rounded(result: dict, digits: int = 4) -> dict:
    """A copy of a result dict with its floats rounded, for results.json.

    Args:
        result: dict whose values are floats, lists (of floats, possibly nested) or
            anything else.
        digits: int, decimals kept.
    Returns:
        dict, the same keys; float values and floats inside list values rounded to
        `digits`, other values as they are (nested dicts not entered).
    """
    def r(x):
        if isinstance(x, float):
            return round(x, digits)
        if isinstance(x, list):
            return [r(v) for v in x]
        return x
    return {k: r(v) for k, v in result.items()}
