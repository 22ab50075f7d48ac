"""Seconds per update of every sequence-level objective against an MLE update, side by side in
one run, with the arithmetic floor and where the time goes.

    python benchmarks/objective_cost.py --work work/learning-cpu [--rounds 8] \
        [--json results/learning-cpu/cost.json]

For ONE generator (the start checkpoint of a comparison or learning-study work directory), its
pretrained D, and ONE fixed batch of validation sentences (about the 1,000-token batches of
the `cpu` size's arms), each objective's update is timed forward and backward (no optimiser
step, the same for every objective), in turns, one round each, so a machine whose speed
drifts slows them alike:

- mle: label-smoothed cross-entropy on the references (the control, and one Improve update
  of self-training);
- rloo: K samples per source, sentence reward (D and BLEU, lambda 0.7), leave-one-out
  baseline, per-source scaling, plus the MLE term of the mixed objective (w 0.5);
- risk / adversarial_risk: minimum risk over K samples (lambda 0 / 0.7), alpha 0.05, plus
  the MLE term;
- monte_carlo: the paper's Monte Carlo search (N rollouts every s-th prefix), one sample;
- self_training: one MLE update on the references plus the kept samples (as `mle`), plus
  the Grow step's decoding and scoring amortised over the Improve updates that learn from it
  (--improve-updates), measured here on the same batch per source.

The parts: sample (K decodes of the batch), score (D and sentence-BLEU, Monte Carlo's
rollouts), forward + backward of log G' over the K * B candidates, the MLE term. The floor
of a K-sample objective is K decodes plus K forward and backward passes: K * (one decode)
+ K * (one MLE forward and backward); the ratio measured / floor says what the rest costs.
Run alone on the machine: --threads sets torch's threads (default 2).
"""

import argparse
import json
import statistics
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fairseq.criterions.label_smoothed_cross_entropy import label_smoothed_nll_loss  # noqa: E402

from csgan_nmt.objective import Objective  # noqa: E402
from csgan_nmt.policy_gradient import policy_gradient_step  # noqa: E402
from csgan_nmt.reward import RewardScorer  # noqa: E402
from csgan_nmt.policy import Policy  # noqa: E402

# (name, estimator, baseline, K, lambda, normalize, mixes the MLE term)
OBJECTIVES = [
    ("rloo", "sequence", "leave-one-out", 4, 0.7, "source", True),
    ("risk", "risk", "constant", 4, 0.0, "batch", True),
    ("adversarial_risk", "risk", "constant", 4, 0.7, "batch", True),
    ("monte_carlo", "monte-carlo", "constant", 1, 0.7, "none", False),
]


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--work", type=Path, default=ROOT / "work" / "learning-cpu",
                   help="a comparison or learning-study work directory (start, "
                        "discriminator, data)")
    p.add_argument("--batch-size", type=int, default=40)
    p.add_argument("--tgt-len", type=int, default=25, help="pick targets near this length")
    p.add_argument("--rounds", type=int, default=8)
    p.add_argument("--rollouts", type=int, default=8)
    p.add_argument("--rollout-stride", type=int, default=2)
    p.add_argument("--improve-updates", type=int, default=100,
                   help="self-training: Improve updates per Grow step")
    p.add_argument("--train-sources", type=int, default=6826,
                   help="self-training: training sources decoded per Grow step")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", type=Path, help="also write the figures here")
    return p.parse_args()


def main():
    args = parse_args()
    torch.set_num_threads(args.threads)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from estimator_benchmark import load
    from rollout_benchmark import machine, real_batch, run_once as timed

    data = args.work / "data" / "bin"
    model, task = load(args.work / "start" / "checkpoint_best.pt", data, args.device)
    judge, _ = load(args.work / "discriminator" / "checkpoint_last.pt", data, args.device)
    generator, tgt_dict = model.generator, task.target_dictionary
    pad, eos = tgt_dict.pad(), tgt_dict.eos()
    batch_args = argparse.Namespace(data=str(data), split="valid", tgt_len=args.tgt_len,
                                    batch_size=args.batch_size)
    src, src_lengths, gold = (t.to(args.device) for t in real_batch(
        batch_args, task.source_dictionary, tgt_dict))
    engine = Policy(generator, tgt_dict)
    params = [p for p in generator.parameters() if p.requires_grad]
    generator.train()  # as the trainer leaves it (dropout on; the step samples in eval)
    scorers = {lam: RewardScorer(judge.discriminator if lam > 0 else None, pad, eos, lam, 0.5)
               for lam in (0.0, 0.7)}

    def mle_loss():
        prev = torch.cat([gold.new_full((gold.size(0), 1), eos), gold[:, :-1]], 1)
        lprobs = generator.get_normalized_probs(generator(src, src_lengths, prev),
                                                log_probs=True)
        return label_smoothed_nll_loss(lprobs, gold, 0.1, ignore_index=pad)[0]

    def mle():
        torch.autograd.grad(mle_loss(), params)

    def sample(k):
        return engine.sample(src.repeat_interleave(k, 0), src_lengths.repeat_interleave(k, 0))

    def objective(name, estimator, baseline, k, lam, normalize, mix):
        parts = {}

        def run():
            out = policy_gradient_step(engine, engine, scorers[lam], src, src_lengths, gold,
                                       Objective(estimator, baseline, normalize,
                                                 samples_per_source=k, rollouts=args.rollouts,
                                                 rollout_stride=args.rollout_stride))
            parts["score"] = out.rollout_seconds
            loss = out.loss / max(out.sample_size, 1)
            if mix:
                loss = 0.5 * loss + 0.5 * mle_loss() / int(gold.ne(pad).sum())
            torch.autograd.grad(loss, params)
        seconds, _ = timed(run, args.device)
        return seconds, parts["score"]

    for _ in range(2):  # warm-up
        mle()
        sample(1)
    print(machine(args.device))
    print(f"G: {sum(p.numel() for p in params):,} params ({args.work}/start); batch: "
          f"{gold.size(0)} validation sentences, {int(src.ne(pad).sum())} source and "
          f"{int(gold.ne(pad).sum())} gold tokens; {args.rounds} rounds, G fixed")
    times = {k: [] for k in ("mle", "sample1", "grow_score", "logprob1",
                             *(o[0] for o in OBJECTIVES))}
    scores = {o[0]: [] for o in OBJECTIVES}
    torch.manual_seed(args.seed)
    for _ in range(args.rounds):  # round robin
        times["mle"].append(timed(mle, args.device)[0])
        sec, ys = timed(lambda: sample(1), args.device)
        times["sample1"].append(sec)
        times["grow_score"].append(timed(lambda: scorers[0.7](src, ys, gold),
                                         args.device)[0])

        def logprob():
            lp = engine.log_probs(src, src_lengths, ys)
            torch.autograd.grad(lp.sum(), params)
        times["logprob1"].append(timed(logprob, args.device)[0])
        for o in OBJECTIVES:
            sec, score = objective(*o)
            times[o[0]].append(sec)
            scores[o[0]].append(score)
    med = {k: statistics.median(v) for k, v in times.items()}
    mle_s = med["mle"]
    rows = {"mle": {"seconds": round(mle_s, 4), "x_mle": 1.0}}
    print(f"{'objective':18s} {'K':>2s} {'s/update':>9s} {'x MLE':>7s} {'floor x MLE':>12s} "
          f"{'measured/floor':>15s} {'score share':>12s}")
    print(f"{'mle':18s} {'-':>2s} {mle_s:9.3f} {1.0:7.2f} {'-':>12s} {'-':>15s} {'-':>12s}")
    for name, _est, _b, k, _lam, _n, mix in OBJECTIVES:
        sec = med[name]
        floor = k * med["sample1"] + k * med["mle"] + (med["mle"] if mix else 0.0)
        share = statistics.median(scores[name]) / sec
        rows[name] = {"k": k, "seconds": round(sec, 4), "x_mle": round(sec / mle_s, 2),
                      "floor_seconds": round(floor, 4), "floor_x_mle": round(floor / mle_s, 2),
                      "measured_over_floor": round(sec / floor, 2),
                      "score_share": round(share, 3)}
        print(f"{name:18s} {k:2d} {sec:9.3f} {sec / mle_s:7.2f} {floor / mle_s:12.2f} "
              f"{sec / floor:15.2f} {share:12.2f}")
    # self-training: one MLE update, plus K decodes and scores of every training source per
    # Grow step, spread over the Improve updates that learn from it
    per_source = (4 * med["sample1"] + 4 * med["grow_score"]) / gold.size(0)
    grow = per_source * args.train_sources
    st = mle_s + grow / args.improve_updates
    rows["self_training"] = {"k": 4, "seconds": round(st, 4), "x_mle": round(st / mle_s, 2),
                             "grow_seconds": round(grow, 1),
                             "improve_updates": args.improve_updates}
    print(f"{'self_training':18s} {4:2d} {st:9.3f} {st / mle_s:7.2f} {'-':>12s} {'-':>15s} "
          f"{'-':>12s}  (Grow: {grow:.0f} s for {args.train_sources} sources, over "
          f"{args.improve_updates} updates)")
    print(f"parts: one decode of the batch {med['sample1']:.3f} s, its D + BLEU score "
          f"{med['grow_score']:.3f} s, forward + backward of log G' of one sample per source "
          f"{med['logprob1']:.3f} s, MLE forward + backward {mle_s:.3f} s")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "machine": machine(args.device), "threads": args.threads, "rounds": args.rounds,
            "batch_sentences": gold.size(0), "parts": {k: round(v, 4) for k, v in med.items()},
            "objectives": rows}, indent=1) + "\n")


if __name__ == "__main__":
    main()
