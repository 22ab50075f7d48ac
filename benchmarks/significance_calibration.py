"""Calibration of the sentence-level significance tests: false-positive rate on simulated
identical systems and power on a known difference, for the comparison's two tests
(csgan_tools.significance) and sacreBLEU 2.x's own (`PairedTest`, "bs" and "ar").

    python benchmarks/significance_calibration.py [--simulations 300] [--samples 199]

A simulated test set: random references of 6-14 words from a 30-word vocabulary; a system
keeps each reference word with probability 1 - error (else a random word) and drops one word
with probability error. Identical systems: both outputs of every sentence drawn with error
0.4 (exchangeable, so H0 holds). Known difference: error 0.4 against 0.25. Prints the
rejection rate at alpha = 0.05 of each test, with its binomial standard error.
"""

import argparse
import random

from sacrebleu.metrics import BLEU
from sacrebleu.significance import PairedTest

from csgan_tools import significance

WORDS = [f"w{i}" for i in range(30)]
ALPHA = 0.05


def references(n, rng):
    """n random reference sentences."""
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))) for _ in range(n)]


def system(refs, error, rng):
    """Each reference word kept with probability 1 - error, else replaced by a random word;
    with probability `error` a word dropped (so lengths vary)."""
    out = []
    for ref in refs:
        words = [w if rng.random() > error else rng.choice(WORDS) for w in ref.split()]
        if rng.random() < error and len(words) > 2:
            words.pop(rng.randrange(len(words)))
        out.append(" ".join(words))
    return out


def ours(test):
    def p_value(base, other, refs, samples, seed):
        metric = BLEU()
        a, b = (significance.sufficient_statistics(metric, h, refs) for h in (base, other))
        return test(metric, a, b, n_samples=samples, seed=seed)["p"]
    return p_value


def sacrebleu_test(kind):
    def p_value(base, other, refs, samples, seed):
        test = PairedTest([("base", base), ("other", other)], {"bleu": BLEU()}, [refs],
                          test_type=kind, n_samples=samples)
        return float(test()[1]["BLEU"][1].p_value)
    return p_value


TESTS = {
    "approximate randomisation (csgan_compare)": ours(significance.approximate_randomisation),
    "paired bootstrap, centred (csgan_compare)": ours(significance.paired_bootstrap),
    "sacreBLEU 2.x paired bootstrap (--paired-bs)": sacrebleu_test("bs"),
    "sacreBLEU 2.x approximate randomisation (--paired-ar)": sacrebleu_test("ar"),
}


def rejection_rates(p_value, simulations, samples, sentences=40, power_runs=60, seed=11):
    """(false-positive rate, power) at ALPHA of `p_value(base, other, refs, samples, seed)`."""
    rng = random.Random(seed)
    null = power = 0
    for i in range(simulations):
        refs = references(sentences, rng)
        null += p_value(system(refs, 0.4, rng), system(refs, 0.4, rng), refs, samples, i) < ALPHA
        if i < power_runs:
            worse, better = system(refs, 0.4, rng), system(refs, 0.25, rng)
            power += p_value(worse, better, refs, samples, i) < ALPHA
    return null / simulations, power / min(power_runs, simulations)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--simulations", type=int, default=300)
    p.add_argument("--samples", type=int, default=199)
    args = p.parse_args(argv)
    se = (ALPHA * (1 - ALPHA) / args.simulations) ** 0.5
    print(f"{args.simulations} simulated pairs of identical systems (40 sentences), "
          f"{args.samples} resamples each; alpha {ALPHA} (binomial se {se:.3f})\n")
    print("| test | false-positive rate (identical systems) | power (error 0.4 vs 0.25) |")
    print("|---|---:|---:|")
    for name, p_value in TESTS.items():
        fpr, power = rejection_rates(p_value, args.simulations, args.samples)
        print(f"| {name} | {fpr:.3f} | {power:.2f} |", flush=True)


if __name__ == "__main__":
    main()
