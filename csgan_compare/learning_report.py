"""The learning study's evidence: the training series of its runs' logs, how much each rose
(`rise`, `paired_rise`), its table (`table`) and its figure (`draw`). The study itself is
learning.py.
"""

import math
import statistics
from typing import Dict, List, Tuple

from . import curves

SERIES = ("seq_reward", "seq_reward_sd", "advantage_sd", "entropy", "pg_gnorm", "tf_gnorm",
          "d_acc", "unfinished", "mix_nll_loss", "q_effective", "q_max", "flat_sources",
          "nll_loss")


def training_series(logs) -> Dict[str, List[Tuple[int, float]]]:
    """Per-update training metrics of one run's logs (--log-interval 1), in order; the
    updates of a later log continue those of the earlier ones (self-training's Improve
    steps).

    Args:
        logs: list of paths of fairseq-train logs (JSON format).
    Returns:
        {metric: [(update: int, value: float)]} for the metrics of SERIES present, in log
        order.
    """
    out, offset = {}, 0
    for log in logs:
        last = 0
        for record in curves.read_records(log)["train_inner"]:
            last = int(float(record["num_updates"]))
            for key in SERIES:
                if record.get(key) is not None:
                    out.setdefault(key, []).append((offset + last, float(record[key])))
        offset += last
    return out


def rise(series, n=20):
    """(first-n mean, last-n mean, Welch t) of a per-update series.

    Args:
        series: list of (update, value), at least 2 values.
        n: int, the window; max(2, len // 2) when the series has fewer than 2n values.
    Returns:
        (float, float, float): the two means and Welch's t statistic of their difference
        (last minus first; sample variances).
    Raises:
        ZeroDivisionError: when both windows are constant.
    """
    a, b = _windows(series, n)
    se = math.sqrt(statistics.variance(a) / len(a) + statistics.variance(b) / len(b))
    return statistics.mean(a), statistics.mean(b), (statistics.mean(b) - statistics.mean(a)) / se


def paired_rise(first, last):
    """(mean difference, its standard error, z) of per-source rewards, end minus start.

    Args:
        first, last: two of `evaluate`'s dicts on the same sources (their
            "reward_per_source", at least 2 each).
    Returns:
        (float, float, float): mean paired difference, its standard error (sample sd /
        sqrt(sources)), and their ratio z.
    Raises:
        ZeroDivisionError: when every source's difference is the same.
    """
    d = [b - a for a, b in zip(first["reward_per_source"], last["reward_per_source"])]
    se = statistics.stdev(d) / math.sqrt(len(d))
    return statistics.mean(d), se, statistics.mean(d) / se


def _windows(series, n=20):
    """The first n and the last n values of a series of (update, value); n = max(2,
    len // 2) when it has fewer than 2n."""
    values = [v for _, v in series]
    if len(values) < 2 * n:
        n = max(2, len(values) // 2)
    return values[:n], values[-n:]


def _window(series, fmt="{:.3f}", n=20):
    """'first n -> last n' means of a training series (`_windows`), or an em dash with
    fewer than 4 values."""
    if len(series) < 4:
        return "—"
    a, b = _windows(series, n)
    return f"{fmt.format(statistics.mean(a))} → {fmt.format(statistics.mean(b))}"


def table(out) -> str:
    """table.md: one row per long run: greedy validation BLEU (start -> last checkpoint, and
    minus continued MLE's at the same number of updates), held-out reward with its paired z,
    sentence-BLEU and D's opinion of the samples, the training reward and minimum risk's Q
    (first 20 -> last 20 updates), the share of sources without a signal, KL from the
    start, and seconds per update; then the selection, stage by stage.

    Args:
        out: the study's results (`Study.run`'s dict).
    Returns:
        str, markdown ending in a newline.
    """
    control = {p["pg_updates"]: p["valid_bleu"]
               for p in out["runs"].get("control", {}).get("points", [])}
    lines = ["| objective | greedy valid BLEU start → end | − continued MLE, same updates | "
             "held-out reward (start D) start → end ± se (paired z) | "
             "sentence-BLEU of samples | D of samples (own D) | "
             "training reward, first 20 → last 20 | Q: effective candidates (of K) | "
             "Q: largest weight | sources without a signal | KL from start | "
             "updates | s / update |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, r in out["runs"].items():
        first, last = r["points"][0], r["points"][-1]
        d, se, z = paired_rise(first, last)
        vs = (f"{last['valid_bleu'] - control[last['pg_updates']]:+.2f}"
              if name != "control" and last["pg_updates"] in control else "—")
        tr = r["training"]
        lines.append(
            f"| {r['label']} | {first['valid_bleu']:.2f} → {last['valid_bleu']:.2f} | {vs} | "
            f"{first['reward']:.4f} → {last['reward']:.4f} ± {last['reward_se']:.4f} "
            f"(Δ {d:+.4f} ± {se:.4f}, z = {z:+.1f}) | "
            f"{first['sentence_bleu']:.4f} → {last['sentence_bleu']:.4f} | "
            f"{first['d_of_samples']:.3f} → {last['d_of_samples']:.3f} | "
            f"{_window(tr.get('seq_reward', []), '{:.4f}')} | "
            f"{_window(tr.get('q_effective', []), '{:.2f}')} | "
            f"{_window(tr.get('q_max', []))} | {_window(tr.get('flat_sources', []))} | "
            f"{last['kl_from_start']:.4f} | {last['pg_updates']} | "
            f"{r['seconds_per_update']:.2f} |")
    lines += ["", "Selection on validation (short runs, the last checkpoint judged; chosen: "
              "the highest held-out reward among the options that kept greedy validation "
              "BLEU at or above the start's, else the best BLEU):", "",
              "| stage | run | greedy valid BLEU | held-out reward | Q: effective candidates "
              "(last 20 updates) | chosen |", "| --- | --- | --- | --- | --- | --- |"]
    for stage, tried in out.get("selection", {}).items():
        for name, r in tried.items():
            last = r["points"][-1]
            q = r["training"].get("q_effective", [])
            q_text = f"{statistics.mean(v for _, v in q[-20:]):.2f}" if q else "—"
            mark = "**chosen**" if r["option"] == out["chosen"].get(stage) else ""
            lines.append(f"| {stage} | {r['label']} | {last['valid_bleu']:.2f} | "
                         f"{last['reward']:.4f} | {q_text} | {mark} |")
    return "\n".join(lines) + "\n"


def draw(out, path):
    """curves.png: twelve panels against sequence-level updates (training reward, D
    accuracy, entropy, minimum risk's effective candidates and largest weight, the share of
    sources without a signal and the MLE loss as 10-update means; held-out reward ± se,
    sentence-BLEU, D's opinion, greedy validation BLEU and KL at the judged checkpoints),
    one colour per run.

    Args:
        out: the study's results, with "settings" (size and seed, for the title).
        path: path of the image to write (90 dpi).
    Returns:
        None.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = [("training reward R(Y) (mean of the update's samples, 10-update mean)",
               "seq_reward"),
              ("held-out reward, start D (± se)", "reward"), ("held-out sentence-BLEU", "sentence_bleu"),
              ("own D's opinion of held-out samples", "d_of_samples"),
              ("greedy validation BLEU", "valid_bleu"), ("KL from the start per token", "kl_from_start"),
              ("D accuracy in D updates (10-update mean)", "d_acc"),
              ("entropy of G' at sampled tokens (10-update mean)", "entropy"),
              ("risk: effective candidates exp(H(Q)) (10-update mean)", "q_effective"),
              ("risk: Q's largest weight (10-update mean)", "q_max"),
              ("sources whose samples all score the same (10-update mean)", "flat_sources"),
              ("MLE loss (self-training, control; mixed objective's MLE term)", "nll_loss")]
    training = {"seq_reward", "d_acc", "entropy", "q_effective", "q_max", "flat_sources",
                "nll_loss"}
    fig, axes = plt.subplots(3, 4, figsize=(22, 13))
    colours = {name: f"C{i}" for i, name in enumerate(out["runs"])}  # the same in every panel
    for ax, (title, key) in zip(axes.flat, panels):
        for name, r in out["runs"].items():
            if key in training:
                series = r["training"].get(key, [])
                if key == "nll_loss" and not series:
                    series = r["training"].get("mix_nll_loss", [])
                if not series:
                    continue
                cycle = max(1, round(series[-1][0] / max(r["points"][-1]["pg_updates"], 1)))
                xs = [u / cycle for u, _ in series]
                ys = [statistics.mean(v for _, v in series[max(0, i - 9):i + 1])
                      for i in range(len(series))]
                ax.plot(xs, ys, label=name, color=colours[name])
            else:
                xs = [p["pg_updates"] for p in r["points"]]
                ys = [p[key] for p in r["points"]]
                ax.plot(xs, ys, marker="o", label=name, color=colours[name])
                if key == "reward":
                    se = [p["reward_se"] for p in r["points"]]
                    ax.fill_between(xs, [y - e for y, e in zip(ys, se)],
                                    [y + e for y, e in zip(ys, se)], alpha=0.15,
                                    color=colours[name])
        ax.set_title(title, fontsize=9)
        ax.set_xlabel("sequence-level updates (MLE updates for the control and self-training)",
                      fontsize=8)
    axes.flat[1].legend(fontsize=8)  # every run has a point here
    fig.suptitle("csgan-nmt: does each objective raise its reward, and BLEU? (bundled es-en "
                 "corpus, "
                 f"the {out['settings']['size']} size's start, training seed "
                 f"{out['settings']['seed']})")
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
