"""Gradient variance and cost of every reward estimator / baseline, side by side in one run.

    python benchmarks/estimator_benchmark.py --work work/compare-cpu [--draws 12] \
        [--json results/estimators-cpu/benchmark.json]

For ONE generator (the comparison recipe's start checkpoint), its pretrained D's, and ONE
fixed batch of validation sentences, every option of the estimator arms of the comparison
recipe (csgan_compare.arms: brcsgan = Monte Carlo search, mc_rollout_mean, sequence,
self_critical, partial_d, maligan) computes the policy-gradient update's gradient
--draws times, each time with fresh samples and rollouts, G fixed:

- variance: tr Cov(g) = E||g - E g||^2 over the draws (unbiased, draws - 1), where g is the
  gradient of the update's loss over all G parameters divided by the number of sampled
  tokens, as fairseq's trainer divides it; with ||E g||^2 (unbiased: ||mean g||^2 minus
  tr Cov / draws; it can come out <= 0 when the noise swamps it) and their ratio (noise to
  signal; inf when the signal estimate is <= 0). The biased estimators (partial-d, maligan)
  have another E g than the unbiased ones, so compare their variance with that in mind;
- cost: median seconds of one update's forward and backward (sample Y, rewards, baseline,
  log-probabilities, backward; no optimiser step, which is the same for every option), and
  its ratio to an MLE update's forward and backward on the same batch's gold targets (the
  MLE time is taken between rounds too). The options take turns, one draw each, so a
  machine whose speed drifts during the run slows them alike.

Monte Carlo options use the recipe's N and stride (--rollouts, --rollout-stride); the paper's
N = 20 at every prefix is added as `brcsgan_n20` for its cost and variance. Run alone on the
machine: --threads sets torch's threads (default 2).
"""

import argparse
import json
import statistics
import sys
from dataclasses import replace
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fairseq.criterions.label_smoothed_cross_entropy import label_smoothed_nll_loss  # noqa: E402

from csgan_compare.arms import ESTIMATOR_ARMS, TRAINED_ARMS, Arm  # noqa: E402
from csgan_nmt.config import CSGANConfig  # noqa: E402
from csgan_nmt.objective import Objective  # noqa: E402
from csgan_nmt.policy_gradient import policy_gradient_step  # noqa: E402
from csgan_nmt.reward import RewardScorer  # noqa: E402
from csgan_nmt.policy import Policy  # noqa: E402


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--work", type=Path, default=ROOT / "work" / "compare-cpu",
                   help="a comparison recipe work directory (start, discriminator, "
                        "discriminator_prefix, data)")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--tgt-len", type=int, default=25, help="pick targets near this length")
    p.add_argument("--draws", type=int, default=16)
    p.add_argument("--rollouts", type=int, default=8)
    p.add_argument("--rollout-stride", type=int, default=2)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", type=Path, help="also write the figures here")
    return p.parse_args()


def load(checkpoint, data, device):
    """(CSGANModel, task) from a csgan checkpoint, on `device`."""
    import csgan_nmt  # noqa: F401  (registers the task)
    from fairseq import checkpoint_utils

    models, _, task = checkpoint_utils.load_model_ensemble_and_task(
        [str(checkpoint)], arg_overrides={"data": str(data)})
    return models[0].to(device).eval(), task


def options_of(arm):
    """The estimator options of a recipe arm, from its fairseq-train flags: its reward's
    lambda, and its configuration with the task's defaults elsewhere (for
    Objective.from_config)."""
    options, values, defaults = list(TRAINED_ARMS[arm].options), {}, CSGANConfig()
    while options:  # "--name value" pairs and bare flags ("--kl-from-start")
        name = options.pop(0)[2:].replace("-", "_")
        value = options.pop(0) if options and not options[0].startswith("--") else True
        if hasattr(defaults, name):  # the task's options (not --lr, --lr-scheduler, ...)
            default = getattr(defaults, name)
            values[name] = (value if value is True or default is None
                            else type(default)(value))
    cfg = replace(defaults, **values)
    return {"reward_lambda": cfg.reward_lambda, "config": cfg}


def main():
    args = parse_args()
    torch.set_num_threads(args.threads)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from rollout_benchmark import machine, real_batch, run_once

    data = args.work / "data" / "bin"
    model, task = load(args.work / "start" / "checkpoint_best.pt", data, args.device)
    d_full, _ = load(args.work / "discriminator" / "checkpoint_last.pt", data, args.device)
    d_prefix, _ = load(args.work / "discriminator_prefix" / "checkpoint_last.pt", data,
                       args.device)
    generator, tgt_dict = model.generator, task.target_dictionary
    pad, eos = tgt_dict.pad(), tgt_dict.eos()
    batch_args = argparse.Namespace(data=str(data), split="valid", tgt_len=args.tgt_len,
                                    batch_size=args.batch_size)
    src, src_lengths, gold = (t.to(args.device) for t in real_batch(
        batch_args, task.source_dictionary, tgt_dict))
    engine = Policy(generator, tgt_dict)  # the task's default length caps
    params = [p for p in generator.parameters() if p.requires_grad]
    generator.train()  # as the trainer leaves it (dropout on; the step samples in eval)

    def mle():
        prev = torch.cat([gold.new_full((gold.size(0), 1), eos), gold[:, :-1]], 1)
        lprobs = generator.get_normalized_probs(generator(src, src_lengths, prev),
                                                log_probs=True)
        loss, _ = label_smoothed_nll_loss(lprobs, gold, 0.1, ignore_index=pad)
        torch.autograd.grad(loss, params)

    mle()
    mle_times = [run_once(mle, args.device)[0] for _ in range(3)]

    runs = [(arm.value, arm, args.rollouts, args.rollout_stride)
            for arm in (Arm.BRCSGAN, *ESTIMATOR_ARMS)]
    runs.insert(1, ("brcsgan_n20", Arm.BRCSGAN, 20, 1))
    options = {label: options_of(arm) for label, arm, _, _ in runs}
    scorers = {label: RewardScorer(
        (d_prefix if TRAINED_ARMS[arm].prefix_discriminator else d_full).discriminator,
        pad, eos, options[label]["reward_lambda"], 0.5) for label, arm, _, _ in runs}
    print(machine(args.device))
    print(f"G: {type(generator).__name__} {sum(p.numel() for p in params):,} params "
          f"(start checkpoint of {args.work}); batch: {gold.size(0)} validation sentences, "
          f"{int(gold.ne(pad).sum())} gold tokens; {args.draws} draws per option, G fixed")
    rows = {}
    torch.manual_seed(args.seed)
    grads = {label: [] for label, *_ in runs}
    seconds = {label: [] for label, *_ in runs}
    # round robin: draw d of every option runs before draw d + 1 of any, so a machine that
    # slows down for a while slows every option alike
    for _ in range(args.draws):
        mle_times.append(run_once(mle, args.device)[0])
        for label, arm, n, stride in runs:
            opts = options[label]

            def update():
                objective = Objective.from_config(replace(opts["config"], rollouts=n,
                                                          rollout_stride=stride))
                out = policy_gradient_step(engine, engine, scorers[label], src, src_lengths,
                                           gold, objective)
                return out, torch.autograd.grad(out.loss, params)

            sec, (out, g) = run_once(update, args.device)
            seconds[label].append(sec)
            ntokens = int(out.tokens.ne(pad).sum())
            grads[label].append(torch.cat([x.reshape(-1) for x in g]).double() / ntokens)
    mle_s = statistics.median(mle_times)
    print(f"MLE update (forward + backward, label smoothing 0.1): {mle_s:.3f} s")
    header = (f"{'option':18s} {'N':>3s} {'stride':>6s} {'s/update':>9s} {'x MLE':>7s} "
              f"{'tr Cov(g)':>11s} {'|E g|^2':>11s} {'noise/signal':>12s}")
    print(header, flush=True)
    for label, arm, n, stride in runs:
        opts = options[label]
        g = torch.stack(grads.pop(label))
        mean = g.mean(0)
        variance = float(((g - mean) ** 2).sum(1).sum() / (len(g) - 1))
        # ||mean g||^2 overestimates ||E g||^2 by tr Cov / draws: subtract it
        signal = float(mean @ mean) - variance / len(g)
        sec = statistics.median(seconds[label])
        rows[label] = {"arm": arm.value, "rollouts": n, "stride": stride, **opts,
                       "seconds": round(sec, 4), "x_mle": round(sec / mle_s, 2),
                       "trace_cov": variance, "mean_sq_norm": signal,
                       "noise_to_signal": variance / signal if signal > 0 else float("inf")}
        is_mc = opts["config"].reward_estimator == "monte-carlo"
        print(f"{label:18s} {n if is_mc else '-':>3} {stride if is_mc else '-':>6} "
              f"{sec:9.3f} {sec / mle_s:7.1f} {variance:11.3e} {signal:11.3e} "
              f"{rows[label]['noise_to_signal']:12.3g}", flush=True)
    mc = rows["brcsgan"]["trace_cov"]
    print("variance relative to Monte Carlo search (brcsgan, same N): " + ", ".join(
        f"{k} {v['trace_cov'] / mc:.3g}" for k, v in rows.items()))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "machine": machine(args.device), "threads": args.threads, "draws": args.draws,
            "batch_sentences": gold.size(0), "mle_seconds": round(mle_s, 4),
            "options": rows}, indent=1) + "\n")


if __name__ == "__main__":
    main()
