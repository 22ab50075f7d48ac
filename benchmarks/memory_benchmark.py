"""Peak memory of ONE adversarial policy-gradient update of G, by (B, T, N) and max_rows.

    python benchmarks/memory_benchmark.py [--configs 8x16x20,8x32x20,8x64x10] \
        [--max-rows 512,4096] [--threads 1] [--device cpu|cuda]

For every configuration B x T x N (batch size, sentence length, Monte Carlo rollouts) and
every Policy max_rows, a fresh subprocess builds the default model of
benchmarks/rollout_benchmark.py (fairseq `lstm`, bidirectional encoder, --hidden-d
embeddings and states, attention, --vocab dummy symbols), the task-default D and a batch,
then runs one update: csgan_nmt.policy_gradient's policy_gradient_step (sample Y, rollouts
of every --stride-th prefix, D and sentence-BLEU scores at lambda 0.7, b 0.5,
log-probabilities) and `.loss.backward()` (no optimiser step). It prints one row per run:

- rollout rows: rolled-out prefixes x N, all rows of the update's Monte Carlo search;
  chunk rows: the live rows of the largest decode, one trunk row per sentence included
  (Policy splits the batch by sentence, and a sentence with more rows than
  max_rows by prefix, so that a decode holds at most max_rows rows);
- base MiB: resident memory (RSS) after building, before the update;
  peak MiB: the highest RSS during the update; incr MiB: peak - base;
- seconds: wall time of the update (one run: it includes one-time allocations).

Why a process per run: peak RSS (getrusage ru_maxrss) is per process and never goes down,
so runs in one process would hide each other's peaks. The child resets its RSS high-water
mark after building (Linux: "5" written to /proc/self/clear_refs), so ru_maxrss afterwards
is the update's own peak, not the imports' or the build's; where the reset is refused, the
peak is the process's and a run whose update stayed below the build's peak is marked '*'.
The parent never imports torch: a child inherits its parent's high-water mark through
fork + exec, and a parent holding torch would set a floor under every child's peak.

Worst-case lengths: sources, gold references and Y are exactly T tokens (EOS included).
An untrained generator almost never emits EOS, so with the samples and rollouts capped at
max_len_a=0, max_len_b=T every Y and every rollout runs to T tokens (column Y len checks
it): the most rollout rows and decode steps a batch of length-T sentences can need.

On a shared 2-core machine keep --threads 1 (the child also gets OMP_NUM_THREADS): see
rollout_benchmark.py. With --device cuda, the GPU columns give torch.cuda's peak allocated
memory during the update and its increase over what was allocated after building.
"""

import argparse
import json
import os
import subprocess
import sys
import time
from argparse import Namespace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RESULT = "MEMORY_BENCHMARK_RESULT "  # marks the child's one line of JSON on its stdout


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--configs", default="8x16x20,8x32x20,8x64x10",
                   help="comma-separated BxTxN: batch size x sentence length x rollouts")
    p.add_argument("--max-rows", default="512,4096",
                   help="comma-separated Policy max_rows values, each run per config")
    p.add_argument("--hidden", type=int, default=256, help="embedding and hidden size")
    p.add_argument("--vocab", type=int, default=8000, help="dummy vocabulary size")
    p.add_argument("--threads", type=int, default=1, help="torch threads in each child")
    p.add_argument("--stride", type=int, default=1, help="rollout stride (every s-th prefix)")
    p.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    p.add_argument("--seed", type=int, default=1)
    # set by the parent for a child: the one configuration it measures
    p.add_argument("--child", help=argparse.SUPPRESS)
    return p.parse_args(argv)


def parse_config(text):
    """'8x32x20' -> (8, 32, 20)."""
    try:
        B, T, N = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"--configs: {text!r} is not BxTxN (e.g. 8x32x20)")
    if min(B, T, N) <= 0 or T < 2:
        raise SystemExit(f"--configs: {text!r} needs B, N >= 1 and T >= 2")
    return B, T, N


def int_list(text, option):
    values = [int(v) for v in text.split(",") if v.strip()]
    if not values or min(values) <= 0:
        raise SystemExit(f"{option}: positive integers, got {text!r}")
    return values


# ---------------------------------------------------------------- memory readings (child)
def current_rss_kib():
    """Resident memory now (not the peak), from /proc/self/statm (in pages)."""
    with open("/proc/self/statm") as fh:
        resident_pages = int(fh.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") // 1024


def peak_rss_kib():
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def reset_peak_rss():
    """Lower the RSS high-water mark to the current RSS (Linux >= 4.0); False if refused."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


# ---------------------------------------------------------------- one run (child)
def full_length_batch(B, T, src_dict, tgt_dict, seed):
    """Sources and gold references of exactly T tokens: T-1 random words and EOS.
    (rollout_benchmark.dummy_batch draws 18-27-token sources, not the worst case.)"""
    import torch
    g = torch.Generator().manual_seed(seed)

    def sentences(d):
        words = torch.randint(d.nspecial, len(d), (B, T), generator=g)
        words[:, -1] = d.eos()
        return words

    src, gold = sentences(src_dict), sentences(tgt_dict)
    return src, torch.full((B,), T, dtype=torch.long), gold


def build(args, B, T, max_rows):
    """Model, D, scorer, engine and batch on the device, as rollout_benchmark builds them."""
    import torch
    from benchmarks.rollout_benchmark import build_generator, dictionaries
    from csgan_nmt.discriminator import CNNDiscriminator, DiscriminatorConfig
    from csgan_nmt.reward import RewardScorer
    from csgan_nmt.policy import Policy

    dev = torch.device(args.device)
    # rollout_benchmark's builders read these fields of its own args: no data, no checkpoint
    src_dict, tgt_dict = dictionaries(Namespace(data=None, vocab=args.vocab))
    model = build_generator(Namespace(checkpoint=None, hidden=args.hidden),
                            src_dict, tgt_dict).to(dev)
    disc = CNNDiscriminator(DiscriminatorConfig(), src_dict, tgt_dict).to(dev).eval()
    scorer = RewardScorer(disc, tgt_dict.pad(), tgt_dict.eos(), reward_lambda=0.7,
                          baseline=0.5)
    # every sample and rollout is cut at exactly T tokens (max_len too: its default, 200,
    # would cut a longer T)
    engine = Policy(model, tgt_dict, max_len_a=0, max_len_b=T, max_len=T,
                           max_rows=max_rows)
    batch = tuple(t.to(dev) for t in full_length_batch(B, T, src_dict, tgt_dict, args.seed))
    return model, disc, scorer, engine, batch


def largest_chunk_rows(engine, spawn_at, N):
    """Rows of the biggest single decode: the engine's own chunking (its private helper,
    so that the column shows what the engine really did)."""
    return max(int(mask.sum()) * N + (rows.stop - rows.start)
               for rows, mask in engine._chunks(spawn_at, N))


def child(args):
    """Build, measure one update, print one RESULT line of JSON."""
    B, T, N, max_rows = (int(v) for v in args.child.split(","))
    import torch
    from benchmarks.rollout_benchmark import machine
    from csgan_nmt.objective import Objective
    from csgan_nmt.policy_gradient import policy_gradient_step
    from csgan_nmt.estimators.monte_carlo import rollout_positions

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)  # the same weights and samples for every max_rows
    model, disc, scorer, engine, (src, src_lengths, gold) = build(args, B, T, max_rows)
    cuda = args.device == "cuda"

    import gc
    gc.collect()  # garbage of the build is not the update's memory
    base_kib, build_peak_kib = current_rss_kib(), peak_rss_kib()
    reset = reset_peak_rss()
    if cuda:
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
        gpu_base = torch.cuda.memory_allocated()

    model.train()  # as the trainer leaves it; the step samples and scores in eval mode
    t0 = time.perf_counter()
    out = policy_gradient_step(engine, engine, scorer, src, src_lengths, gold,
                               Objective(rollouts=N, rollout_stride=args.stride))
    out.loss.backward()
    if cuda:
        torch.cuda.synchronize()
    seconds = time.perf_counter() - t0
    peak_kib = peak_rss_kib()

    pad = engine.pad
    spawn_at = rollout_positions(out.tokens, pad, args.stride)
    result = {
        "B": B, "T": T, "N": N, "max_rows": max_rows,
        "rollout_rows": int(spawn_at.sum()) * N,
        "chunk_rows": largest_chunk_rows(engine, spawn_at, N),
        "y_len": float(out.tokens.ne(pad).sum(1).float().mean()),
        "base_mib": base_kib / 1024, "peak_mib": peak_kib / 1024,
        "incr_mib": (peak_kib - base_kib) / 1024,
        # without the reset, a peak no higher than the build's may be the build's own
        "build_peak": not reset and peak_kib <= build_peak_kib,
        "seconds": seconds,
        "machine": machine(args.device),
        "params": [sum(p.numel() for p in m.parameters()) for m in (model, disc)],
    }
    if cuda:
        gpu_peak = torch.cuda.max_memory_allocated()
        result.update(gpu_peak_mib=gpu_peak / 2**20, gpu_incr_mib=(gpu_peak - gpu_base) / 2**20)
    print(RESULT + json.dumps(result), flush=True)


# ---------------------------------------------------------------- the table (parent)
def run_child(args, B, T, N, max_rows):
    """One configuration in a fresh interpreter: (result dict or None, error text)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", f"{B},{T},{N},{max_rows}",
           "--hidden", str(args.hidden), "--vocab", str(args.vocab),
           "--threads", str(args.threads), "--stride", str(args.stride),
           "--device", args.device, "--seed", str(args.seed)]
    # OpenMP / MKL size their pools from the environment before torch.set_num_threads runs
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads), MKL_NUM_THREADS=str(args.threads))
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT):
            return json.loads(line[len(RESULT):]), ""
    # e.g. killed by the kernel's OOM killer (rc -9): a row that says so, not a crash
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
    return None, f"exit {proc.returncode}: " + " | ".join(tail)


def header(args, first):
    g, d = first["params"]
    print(first["machine"])
    print(f"model: fairseq LSTMModel, hidden {args.hidden}, {g:,} params, vocab {args.vocab}; "
          f"D (task default) {d:,} params; stride {args.stride}; caps 0*src+T; "
          f"one PG update (sample+rollouts+D/BLEU+log-probs+backward) per process")
    cols = (f"{'B':>4s} {'T':>4s} {'N':>4s} {'max_rows':>8s} {'rollout rows':>12s} "
            f"{'chunk rows':>10s} {'Y len':>6s} {'base MiB':>9s} {'peak MiB':>9s} "
            f"{'incr MiB':>9s}")
    if args.device == "cuda":
        cols += f" {'GPU peak MiB':>12s} {'GPU incr MiB':>12s}"
    print(cols + f" {'seconds':>8s}", flush=True)


def row(args, r):
    mark = "*" if r["build_peak"] else " "
    line = (f"{r['B']:4d} {r['T']:4d} {r['N']:4d} {r['max_rows']:8d} {r['rollout_rows']:12d} "
            f"{r['chunk_rows']:10d} {r['y_len']:6.1f} {r['base_mib']:9.1f} "
            f"{r['peak_mib']:8.1f}{mark} {r['incr_mib']:9.1f}")
    if args.device == "cuda":
        line += f" {r['gpu_peak_mib']:12.1f} {r['gpu_incr_mib']:12.1f}"
    print(line + f" {r['seconds']:8.2f}", flush=True)


def main():
    args = parse_args()
    if args.child:
        return child(args)
    configs = [parse_config(c) for c in args.configs.split(",") if c.strip()]
    max_rows_list = int_list(args.max_rows, "--max-rows")
    printed_header, failed, marked = False, 0, False
    for B, T, N in configs:
        for max_rows in max_rows_list:
            result, error = run_child(args, B, T, N, max_rows)
            if result is None:
                failed += 1
                print(f"{B:4d} {T:4d} {N:4d} {max_rows:8d} FAILED ({error})", flush=True)
                continue
            if not printed_header:  # the machine line comes from a child: no torch here
                header(args, result)
                printed_header = True
            marked |= result["build_peak"]
            row(args, result)
    if marked:
        print("* RSS high-water mark could not be reset: the peak may be the build's, not "
              "the update's")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
