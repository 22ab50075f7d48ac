"""Training curves of every arm, read back from fairseq's own metric logs (`--log-format
json`: one JSON object per `valid` and `train_inner` line), and drawn with matplotlib.

x is the number of generator updates since the start of MLE training: the start's own run
spans 0..its end, every other arm branches off at the start checkpoint's update (the stage
boundary, marked in every panel). Each arm is one labelled series (the mean over seeds at
each x); its seeds are drawn as thin unlabelled lines.
"""

import json
import os
import re
import statistics
from collections import defaultdict

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt  # noqa: E402

from .arms import Arm  # noqa: E402

# (panel title, log record kind, metric key in fairseq's record)
PANELS = [
    ("validation BLEU (greedy)", "valid", "valid_bleu"),
    ("validation loss (label-smoothed)", "valid", "valid_loss"),
    ("peakiness: mean max-probability", "valid", "valid_peakiness"),
    ("hypothesis / reference length", "valid", "valid_len_ratio"),
    ("brevity penalty", "valid", "valid_bp"),
    ("1-gram precision", "valid", "valid_prec_1"),
    ("2-gram precision", "valid", "valid_prec_2"),
    ("4-gram precision", "valid", "valid_prec_4"),
    ("mean reward per token (training)", "train_inner", "reward"),
    ("mean reward R(Y) of G's samples (training)", "train_inner", "seq_reward"),
    ("entropy of G at its samples (training)", "train_inner", "entropy"),
    ("D accuracy, validation (gold vs samples)", "valid", "valid_d_valid_acc"),
    ("KL of G from the start per token (validation)", "valid", "valid_kl_from_start"),
    ("minimum risk: effective candidates exp(H(Q)) (training)", "train_inner", "q_effective"),
]
D_PRETRAINING = "D held-out accuracy in pretraining"
COLOURS = {Arm.START: "black", Arm.CONTROL: "tab:gray", Arm.CONTROL_TF: "darkgray", Arm.BRCSGAN: "tab:red",
           Arm.CSGAN: "tab:purple", Arm.BLEU_ONLY: "tab:blue", Arm.CONSTANT: "tab:orange",
           Arm.MC_ROLLOUT_MEAN: "tab:brown", Arm.SEQUENCE: "tab:cyan",
           Arm.SELF_CRITICAL: "tab:olive", Arm.PARTIAL_D: "tab:pink", Arm.MALIGAN: "darkgreen",
           Arm.RLOO: "navy", Arm.RISK: "gold", Arm.ADVERSARIAL_RISK: "crimson",
           Arm.SELF_TRAINING: "teal", Arm.ADVERSARIAL_SELF_TRAINING: "magenta"}
_RECORD = re.compile(r"\| (valid|train_inner) \| (\{.*\})\s*$")
_D_ACCURACY = re.compile(r"D held-out accuracy ([0-9.]+) after (\d+) D updates")


def read_records(log_path):
    """{kind: [record]} of the JSON metric lines of one fairseq-train log.

    Args:
        log_path: path of a fairseq-train log written with --log-format json (UTF-8).
    Returns:
        defaultdict(list) {"valid" or "train_inner": [dict]}: each line's JSON object in
        log order, values as fairseq writes them (mostly numbers as str, e.g.
        "valid_bleu": "10.17"); a missing kind reads as [].
    Raises:
        OSError: when the log cannot be read.
        json.JSONDecodeError: on a malformed metric line.
    """
    records = defaultdict(list)
    with open(log_path, encoding="utf-8") as fh:
        for line in fh:
            match = _RECORD.search(line)
            if match:
                records[match.group(1)].append(json.loads(match.group(2)))
    return records


def join_logs(log_paths, out_path):
    """One log of several fairseq-train runs that continue each other (self-training's
    Improve steps): their JSON metric lines in order, each run's update numbers
    (num_updates, valid_num_updates) shifted by the updates of the runs before it.

    Args:
        log_paths: list of paths of fairseq-train logs (--log-format json).
        out_path: path of the joined log to write (replaced).
    Returns:
        None.
    """
    lines, offset = [], 0
    for path in log_paths:
        last = 0
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                match = _RECORD.search(line)
                if not match:
                    continue
                record = json.loads(match.group(2))
                for key in ("num_updates", "valid_num_updates"):
                    if key in record:
                        last = max(last, int(float(record[key])))
                        record[key] = str(offset + int(float(record[key])))
                lines.append(f"{line[:match.start()]}| {match.group(1)} | "
                             f"{json.dumps(record)}\n")
        offset += last
    partial = f"{out_path}.tmp"
    with open(partial, "w", encoding="utf-8") as fh:
        fh.writelines(lines)
    os.replace(partial, out_path)


def read_d_pretraining(log_path):
    """D's held-out accuracy during pretraining, from the lines "D held-out accuracy A after
    N D updates" of a `--csgan-stage discriminator` log.

    Args:
        log_path: path of the log (UTF-8).
    Returns:
        list of (N: int, D updates so far; A: float in [0, 1], held-out accuracy), in log
        order ([] when there is none).
    """
    points = []
    with open(log_path, encoding="utf-8") as fh:
        for line in fh:
            match = _D_ACCURACY.search(line)
            if match:
                points.append((int(match.group(2)), float(match.group(1))))
    return points


def series(records, kind, key, to_x):
    """(x, y) lists of metric `key`; x = to_x(fairseq update number).

    Args:
        records: `read_records`'s {kind: [record]}.
        kind: "valid" or "train_inner".
        key: str, the metric in the record (e.g. "valid_bleu", "reward").
        to_x: callable, float fairseq update number (valid_num_updates or num_updates)
            -> x (e.g. G updates since the start of MLE training).
    Returns:
        (xs, ys): lists of float, in increasing x, one point per x (the last logged);
        records without the metric or the update number are skipped.
    """
    update_key = "valid_num_updates" if kind == "valid" else "num_updates"
    points = [(to_x(float(r[update_key])), float(r[key]))
              for r in records.get(kind, []) if r.get(key) is not None and update_key in r]
    points = sorted(dict(points).items())  # one point per x (the last logged)
    return [p[0] for p in points], [p[1] for p in points]


def collect(runs, boundary, d_pretraining):
    """The data of the figure. runs: [(arm, seed, records, to_x)]; the start's records
    also give every other arm its first point, at the boundary.

    Args:
        runs: list of (Arm, seed (int), `read_records` output, to_x as for `series`); one
            of them the start (Arm.START).
        boundary: number, x of the start checkpoint the arms branch off (its update).
        d_pretraining: `read_d_pretraining` output of D pretraining ([] without one).
    Returns:
        dict (written as curves.json): {"boundary": boundary, "panels": {metric key:
        {"title": str, "arms": {arm value: {"mean": {"x": [...], "y": [...]}, "seeds":
        {seed (str): {"x": [...], "y": [...]}}}}}}, "d_pretraining": {"x": [D updates],
        "y": [accuracy]}}; an arm's mean is taken at the x every one of its seeds has.
    Raises:
        StopIteration: when `runs` holds no start run.
    """
    start_records = next(r for arm, _seed, r, _x in runs if arm == Arm.START)
    panels = {}
    for title, kind, key in PANELS:
        per_arm = defaultdict(dict)
        sx, sy = series(start_records, kind, key, lambda u: u)
        for arm, seed, records, to_x in runs:
            xs, ys = series(records, kind, key, to_x)
            if arm != Arm.START and kind == "valid":  # branch off the start checkpoint
                if boundary in sx and (not xs or xs[0] > boundary):
                    xs, ys = [boundary] + xs, [sy[sx.index(boundary)]] + ys
            if xs:
                per_arm[arm.value][str(seed)] = {"x": xs, "y": ys}
        panels[key] = {"title": title, "arms": {arm: _with_mean(seeds)
                                                for arm, seeds in per_arm.items()}}
    return {"boundary": boundary, "panels": panels,
            "d_pretraining": {"x": [p[0] for p in d_pretraining],
                              "y": [p[1] for p in d_pretraining]}}


def _with_mean(seeds):
    common = sorted(set.intersection(*(set(s["x"]) for s in seeds.values())))
    mean = [statistics.fmean(s["y"][s["x"].index(x)] for s in seeds.values()) for x in common]
    return {"mean": {"x": common, "y": mean}, "seeds": seeds}


def _window(xs, ys, window):
    if window is None:
        return xs, ys
    keep = [i for i, x in enumerate(xs) if window[0] <= x <= window[1]]
    return [xs[i] for i in keep], [ys[i] for i in keep]


def arms_window(data):
    """(boundary, last x of any arm): the adversarial / continued-training part alone.

    Args:
        data: `collect`'s output.
    Returns:
        (float, float) x window for `draw`, or None when no arm but the start has a point.
    """
    ends = [max(c["mean"]["x"]) for panel in data["panels"].values()
            for arm, c in panel["arms"].items() if arm != Arm.START.value and c["mean"]["x"]]
    return (data["boundary"], max(ends)) if ends else None


def draw(data, path, title, window=None):
    """All panels; with `window` (x from, x to), only the points inside it (the arms after
    the start checkpoint, which are short next to the start's own run).

    One panel per metric of PANELS (every arm's mean over seeds, and each seed as a thin
    line when there are several; a dashed line at the boundary) and one of D's held-out
    accuracy in pretraining, four panels a row.

    Args:
        data: `collect`'s output.
        path: path of the image to write (PNG by its suffix, 90 dpi).
        title: str, the figure's title.
        window: (x from, x to) or None (every point).
    Returns:
        None.
    """
    panels = list(data["panels"].values())
    n = len(panels) + 1
    cols = 4
    rows = -(-n // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(4.2 * cols, 3.2 * rows))
    axes = axes.flatten()
    for ax, panel in zip(axes, panels):
        for arm, curves in panel["arms"].items():
            colour = COLOURS.get(Arm(arm), None)
            for seed_curve in curves["seeds"].values():
                if len(curves["seeds"]) > 1:
                    ax.plot(*_window(seed_curve["x"], seed_curve["y"], window), color=colour,
                            lw=0.6, alpha=0.35)
            ax.plot(*_window(curves["mean"]["x"], curves["mean"]["y"], window), color=colour,
                    lw=1.6, marker=".", label=arm)
        ax.axvline(data["boundary"], color="k", ls="--", lw=0.8)
        ax.set_title(panel["title"], fontsize=9)
        ax.set_xlabel("generator updates", fontsize=8)
        ax.tick_params(labelsize=7)
    ax = axes[len(panels)]
    d = data["d_pretraining"]
    ax.plot(d["x"], d["y"], color="tab:green", marker=".", label="D")
    ax.set_title(D_PRETRAINING, fontsize=9)
    ax.set_xlabel("D updates (G frozen, at the boundary)", fontsize=8)
    ax.tick_params(labelsize=7)
    for ax in axes[n:]:
        ax.axis("off")
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower right", fontsize=9,
               title="arm (dashed line: start checkpoint; arms branch off here)")
    fig.suptitle(title, fontsize=11)
    fig.tight_layout(rect=(0, 0, 1, 0.97))
    fig.savefig(path, dpi=90)
    plt.close(fig)


def draw_test_scores(table, path, title):
    """Test BLEU and chrF per arm: the mean over seeds as a bar, every seed as a dot.

    Args:
        table: {arm value: {"bleu": [float per seed], "chrf": [float per seed]}}, scores
            on 0-100, arms in the order drawn; every key must be an Arm value.
        path: path of the image to write (90 dpi).
        title: str, the figure's title.
    Returns:
        None.
    Raises:
        ValueError: for a key that is not an Arm value.
    """
    fig, axes = plt.subplots(1, 2, figsize=(11, 3.6))
    for ax, metric in zip(axes, ("bleu", "chrf")):
        names = list(table)
        for i, name in enumerate(names):
            values = table[name][metric]
            colour = COLOURS.get(Arm(name), "tab:brown")
            ax.bar(i, statistics.fmean(values), color=colour, alpha=0.45, label=name)
            ax.plot([i] * len(values), values, "o", color=colour, ms=4)
        low = min(min(v[metric]) for v in table.values())
        high = max(max(v[metric]) for v in table.values())
        ax.set_ylim(low - 1.0, high + 0.6)
        ax.set_xticks(range(len(names)), names, rotation=25, fontsize=8)
        label = {"bleu": "BLEU", "chrf": "chrF"}[metric]
        ax.set_title(f"test {label} (bar: mean over seeds; dots: seeds)", fontsize=9)
    fig.suptitle(title, fontsize=11)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
