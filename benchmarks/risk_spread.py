"""How many candidates minimum risk's Q really weighs on a trained model, for each sharpness.

    python benchmarks/risk_spread.py --work work/learning-cpu [--samples 4] \
        [--json results/learning-cpu/risk_spread.json]

K samples of every validation source are drawn from the start checkpoint's G' (the policy
of the policy gradient: eval mode, pad and bos banned, the task's default length caps), and
Q = softmax over each source's candidates of alpha * log G'(Y | X) (or of alpha times the
length-normalised log-probability) is computed for every alpha of the grid. Printed per
alpha: the median over sources of the effective number of candidates exp(H(Q)) and of Q's
largest weight, and the median spread max - min of log G'(Y | X) over each source's
samples (nats). Also printed: the summed log-probabilities of the first five sources'
samples, the realistic candidate set of tests/test_objectives.py.
"""

import argparse
import json
import statistics
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from csgan_nmt.estimators.minimum_risk import candidate_distribution, spread  # noqa: E402
from csgan_nmt.policy import Policy  # noqa: E402

ALPHAS = (1.0, 0.2, 0.05, 0.02, 0.005)  # Q over summed log-probabilities
PER_TOKEN_ALPHAS = (20.0, 10.0, 5.0, 2.0, 1.0)  # over length-normalised ones


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--work", type=Path, default=ROOT / "work" / "learning-cpu")
    p.add_argument("--samples", type=int, default=4)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", type=Path)
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from estimator_benchmark import load

    model, task = load(args.work / "start" / "checkpoint_best.pt", args.work / "data" / "bin",
                       "cpu")
    task.load_dataset("valid")
    data = task.dataset("valid")
    sample = data.collater([data[i] for i in range(len(data))])  # sorted by length (LSTM)
    src, lengths = sample["net_input"]["src_tokens"], sample["net_input"]["src_lengths"]
    line_order = sample["id"].argsort()  # rows of the first lines of the file
    K = args.samples
    engine = Policy(model.generator, task.target_dictionary)
    torch.manual_seed(args.seed)
    rep_src, rep_len = src.repeat_interleave(K, 0), lengths.repeat_interleave(K, 0)
    ys = engine.sample(rep_src, rep_len)
    with torch.no_grad():
        lp = engine.log_probs(rep_src, rep_len, ys).sum(1).double()
    n_tokens = ys.ne(task.target_dictionary.pad()).sum(1)
    ranges = (lp.view(-1, K).max(1).values - lp.view(-1, K).min(1).values).tolist()
    rows = {}
    print(f"{len(src)} validation sources x {K} samples from {args.work}/start")
    print(f"median spread of log G'(Y|X) over a source's samples: "
          f"{statistics.median(ranges):.1f} nats")
    print(f"{'Q over':14s} {'alpha':>7s} {'effective (median)':>19s} {'largest (median)':>17s}")
    for per_token in (False, True):
        for alpha in PER_TOKEN_ALPHAS if per_token else ALPHAS:
            q = candidate_distribution(lp, K, alpha, lengths=n_tokens if per_token else None)
            effective, largest = spread(q)
            key = f"{alpha}{' per token' if per_token else ''}"
            rows[key] = {"effective_median": round(float(effective.median()), 3),
                         "largest_median": round(float(largest.median()), 3)}
            print(f"{'per token' if per_token else 'sum':14s} {alpha:7g} "
                  f"{rows[key]['effective_median']:19.2f} {rows[key]['largest_median']:17.3f}")
    first = [[round(v, 1) for v in sorted(row, reverse=True)]
             for row in lp.view(-1, K)[line_order[:5]].tolist()]
    print(f"summed log G'(Y|X) of the first five sources' samples: {first}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "sources": len(src), "samples": K, "median_range_nats": statistics.median(ranges),
            "spread": rows, "first_five": first}, indent=1) + "\n")


if __name__ == "__main__":
    main()
