"""Does each sequence-level update raise its own reward? (python -m csgan_compare.learning)

From the comparison recipe's start (MLE to convergence) and its pretrained D, every
estimator makes the same number of policy-gradient (PG) updates; its checkpoints are then
judged on fixed held-out *validation* sources, with the same random stream for every run
and checkpoint:

- reward: 4 samples of every held-out source scored by the run's reward with the *start's*
  D (a fixed judge: the D that trains along would move the goalposts), mean over sources
  with its standard error;
- sentence-BLEU of the same samples; D's opinion of them (the run's own D, as it is then:
  is G fooling D more?);
- greedy validation BLEU (sacreBLEU, detokenised), and the KL of G from the start per
  reference token (teacher-forced on the references: how far the update moved G);
- from the training log: the training reward (mean R(Y) of the samples, what the update
  maximises), its standard deviation, D's accuracy in the D updates, the entropy of G's
  samples, and the seconds per update.

The learning rate and MLE mix of the new estimators are chosen on validation only, by short
leave-one-out runs (`SELECTION`, rule in `choose`); K = 4 and alpha = 1 are fixed. Writes results/learning-SIZE/{results.json, table.md,
curves.png}; work in work/learning-SIZE (a rerun reuses what is done).
"""

import argparse
import json
import math
import statistics
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Dict, List, Tuple

import torch

from csgan_tools import fairseq_runs
from csgan_tools.user_dir import plugin_dir

from . import curves
from .recipe import ROOT, Recipe, read_marker
from .sizes import SIZES

HELD_OUT = 500  # validation sources judged at every checkpoint (the bundled corpus has 433)
SAMPLES = 4  # samples of each
NOISE_SEED = 4321


@dataclass(frozen=True)
class Run:
    """One training run of the study: an estimator's fairseq-train options and its cycle.

    Attributes:
        name: str, the run's name (its WORK/ directory, log and marker).
        label: str, the estimator in words, for the table.
        options: tuple of str, the estimator's fairseq-train options.
        teacher_forcing_steps: int, teacher-forcing updates after each PG update.
        d_steps: int, D updates per cycle (0: D neither asked nor trained).
        reward_lambda: float in [0, 1], the weight of D in the reward the run is judged by.
    """

    name: str
    label: str
    options: Tuple[str, ...]
    teacher_forcing_steps: int = 0
    d_steps: int = 1
    reward_lambda: float = 0.7

    @property
    def cycle(self) -> int:
        """fairseq updates per PG update: 1 + teacher forcing + D updates (int >= 1)."""
        return 1 + self.teacher_forcing_steps + self.d_steps


# the five estimators. Monte Carlo as the comparison's brcsgan arm runs it today
# (the paper's schedule: PG, teacher forcing, D; one Adam state); the new ones with one update
# of the mixed objective, a warm-up of G's fresh Adam state, and D trained along.
def runs(lr: float, mle_weight: float, k: int) -> List[Run]:
    """The five estimators' runs: monte_carlo and mc_rollout_mean on the paper's schedule,
    rloo, risk and adversarial_risk with one update of the mixed objective.

    Args:
        lr: float, the new estimators' learning rate after warm-up (their
            --end-learning-rate; `Study.run` trains them with --lr at the same value).
        mle_weight: float in [0, 1], the MLE weight w of the mixed objective
            (1 - w) * L_seq + w * L_MLE (--mle-weight).
        k: int, samples per source (--samples-per-source).
    Returns:
        List[Run] in the order monte_carlo, mc_rollout_mean, rloo, risk, adversarial_risk.

    Source: Yang et al., NAACL 2018 (Monte Carlo search); Kool et al., 2019 (leave-one-out);
    Shen et al., ACL 2016 (minimum risk training).
    """
    new = ("--g-optimizer-state", "per-phase", "--mle-weight", str(mle_weight),
           "--lr-scheduler", "polynomial_decay", "--warmup-updates", "20",
           "--total-num-update", "1000000", "--end-learning-rate", str(lr),
           "--samples-per-source", str(k), "--reward-normalize", "--teacher-forcing-steps", "0")
    return [
        Run("monte_carlo", "Monte Carlo, lambda 0.7 (today's brcsgan arm)",
            ("--reward-lambda", "0.7"), teacher_forcing_steps=1),
        Run("mc_rollout_mean", "Monte Carlo + rollout-mean baseline, lambda 0.7",
            ("--reward-lambda", "0.7", "--reward-baseline-mode", "rollout-mean"),
            teacher_forcing_steps=1),
        Run("rloo", f"sequence, leave-one-out, K {k}, lambda 0.7",
            ("--reward-lambda", "0.7", "--reward-estimator", "sequence",
             "--reward-baseline-mode", "leave-one-out", *new)),
        Run("risk", f"minimum risk, K {k}, lambda 0", ("--reward-lambda", "0",
                                                       "--reward-estimator", "risk", *new),
            d_steps=0, reward_lambda=0.0),
        Run("adversarial_risk", f"minimum risk, K {k}, lambda 0.7",
            ("--reward-lambda", "0.7", "--reward-estimator", "risk", *new)),
    ]


# options of the new estimators, chosen on validation by short rloo runs
SELECTION = [dict(lr=lr, mle_weight=w) for lr in (5e-4, 2e-3) for w in (0.0, 0.5)]


@dataclass
class Study:
    """The learning study in one work directory: the start and D pretraining (the
    comparison recipe's jobs, run through its Recipe), the selection runs, then every
    estimator's run, each judged at its checkpoints on held-out validation sources.

    Attributes:
        recipe: the comparison Recipe whose work directory, size and data the study uses.
        pg_updates: int, PG updates of every main run.
        eval_every: int, PG updates between judged checkpoints.
        select_updates: int, PG updates of every selection run.
        k: int, samples per source of the new estimators.
        seed: int, training seed of the main runs (the selection runs use seed 1).
        results: {run name: result}, the main runs' results (filled by `run`).
        work: Path, the recipe's work directory.
    """

    recipe: Recipe
    pg_updates: int
    eval_every: int
    select_updates: int
    k: int = 4
    seed: int = 1  # of the main runs; the selection runs always use seed 1
    results: Dict[str, dict] = None

    def __post_init__(self):
        self.results = {}
        self.work = self.recipe.work
        self._start_points = {}

    # ------------------------------------------------------------------ steps
    def done(self, name, make):
        """A job's result: read back from WORK/done/NAME.json, or computed by `make` (its
        wall-clock seconds added as "seconds") and written there.

        Args:
            name: str, the job's name.
            make: callable () -> dict, the job.
        Returns:
            dict, the job's result.
        """
        marker = self.work / "done" / f"{name}.json"
        if marker.exists():  # comparison markers record work-relative paths
            return read_marker(marker, self.work)
        print(f"[learning] {name}: running", flush=True)
        t0 = time.time()
        result = make()
        result["seconds"] = round(time.time() - t0, 1)
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(json.dumps(result))
        print(f"[learning] {name}: done in {result['seconds']:.0f} s", flush=True)
        return result

    def run(self):
        """The whole study: prepare, start and D pretraining (as the comparison runs them),
        the start's judgement, the selection runs (`SELECTION`, chosen by `choose`), then
        every estimator of `runs` at the chosen options (Monte Carlo at the size's
        arm_lr).

        Returns:
            {"start": the start's judgement, "selection": {name: option and result},
            "chosen": {"lr", "mle_weight"}, "runs": {name: {"label", "options", and
            `train_and_judge`'s result}}}.
        Raises:
            RuntimeError: when a fairseq-train run fails.
        """
        r = self.recipe
        for name, make in (("prepare", r.prepare), ("start", r.train_start),
                           ("discriminator", r.pretrain_discriminator)):
            r.results[name] = self.done(name, make)
        judge = self.load(r.results["discriminator"]["checkpoint"])
        start = self.judge_start(judge, 0.7)
        selection = {}
        for option in SELECTION:
            name = f"select_lr{option['lr']}_w{option['mle_weight']}"
            run = replace(runs(option["lr"], option["mle_weight"], self.k)[2], name=name)
            selection[name] = dict(option, **self.done(
                name, lambda run=run, lr=option["lr"]: self.train_and_judge(
                    run, lr, self.select_updates, judge)))
        best = choose(selection.values(), start["valid_bleu"])
        lr, mle_weight = best["lr"], best["mle_weight"]
        print(f"[learning] chosen on validation: lr {lr}, --mle-weight {mle_weight}",
              flush=True)
        for run in runs(lr, mle_weight, self.k):
            label, name = run.label, run.name
            if self.seed != 1:
                run = replace(run, name=f"{run.name}_seed{self.seed}")
            self.results[name] = dict(label=label, options=list(run.options), **self.done(
                run.name, lambda run=run, name=name: self.train_and_judge(
                    run, lr if name not in ("monte_carlo", "mc_rollout_mean")
                    else self.recipe.size.arm_lr, self.pg_updates, judge, self.seed)))
        return {"start": start, "selection": selection, "chosen": {"lr": lr,
                                                                   "mle_weight": mle_weight},
                "runs": self.results}

    # ------------------------------------------------------------------ one run
    def train_and_judge(self, run: Run, lr, pg_updates, judge, seed=1):
        """Train `run` from D pretraining's checkpoint (fresh optimiser, meters and
        schedule) for `pg_updates` PG updates, a checkpoint every `eval_every` PG updates,
        then judge every checkpoint (`evaluate`).

        Args:
            run: the Run.
            lr: float, --lr.
            pg_updates: int, PG updates (a multiple of `eval_every`).
            judge: (model, task) of D pretraining's checkpoint (`load`): the fixed judge.
            seed: int, the training seed.
        Returns:
            dict: "points" (list of {"pg_updates": int, and `evaluate`'s keys}, the start's
            judgement first at 0), "training" (`training_series`), "log" (str),
            "seconds_per_update", "seconds_per_pg_update" (float, wall-clock seconds).
        Raises:
            RuntimeError: when fairseq-train exits with a non-zero status.
        """
        s = self.recipe.size
        every = self.eval_every * run.cycle
        argv = [
            "--csgan-stage", "adversarial", *run.options,
            "--teacher-forcing-steps", run.teacher_forcing_steps, "--d-steps", run.d_steps,
            "--restore-file", self.recipe.results["discriminator"]["checkpoint"],
            "--reset-optimizer", "--reset-dataloader", "--reset-meters",
            "--reset-lr-scheduler", "--lr", lr, "--max-tokens", s.arm_max_tokens,
            "--max-update", pg_updates * run.cycle, "--save-interval-updates", every,
            "--keep-interval-updates", "-1", "--rollouts", s.rollouts,
            "--rollout-stride", s.rollout_stride, "--d-adversarial-lr", s.d_adversarial_lr,
            "--seed", seed, "--log-interval", "1", "--disable-validation"]
        t0 = time.time()
        status, log = self.recipe._train(run.name, argv)
        if status != 0:
            raise RuntimeError(f"{run.name}: fairseq-train exited {status}; see {log}")
        train_seconds = time.time() - t0
        points = []
        for update in range(every, pg_updates * run.cycle + 1, every):
            path = self.work / run.name / f"checkpoint_1_{update}.pt"
            if not path.exists():  # a new epoch began: fairseq numbers by epoch too
                path = next((self.work / run.name).glob(f"checkpoint_*_{update}.pt"))
            points.append(dict(pg_updates=update // run.cycle, **self.evaluate(
                judge, self.load(path), run.reward_lambda)))
        return {"points": [dict(pg_updates=0, **self.judge_start(judge, run.reward_lambda))]
                + points,
                "training": training_series(log), "log": str(log),
                "seconds_per_update": train_seconds / (pg_updates * run.cycle),
                "seconds_per_pg_update": train_seconds / pg_updates}

    # ------------------------------------------------------------------ judging
    def judge_start(self, judge, reward_lambda):
        """The start's own judgement (every run's point 0), computed once per lambda.

        Args:
            judge: (model, task) of D pretraining's checkpoint (`load`).
            reward_lambda: float in [0, 1], the reward's lambda.
        Returns:
            dict, `evaluate` of the judge by itself.
        """
        if reward_lambda not in self._start_points:
            self._start_points[reward_lambda] = self.evaluate(judge, judge, reward_lambda)
        return self._start_points[reward_lambda]

    def load(self, path):
        """A checkpoint of the study, loaded on the CPU in eval mode (the plugin imported
        for its allowlist and task).

        Args:
            path: path of a csgan_nmt checkpoint.
        Returns:
            (CSGANModel in eval mode, its csgan_nmt task on the recipe's bin/).
        """
        from argparse import Namespace

        from fairseq import checkpoint_utils, utils

        utils.import_user_module(Namespace(user_dir=str(plugin_dir())))  # allowlist

        models, _cfg, task = checkpoint_utils.load_model_ensemble_and_task(
            [str(path)], arg_overrides={"data": str(self.recipe.data / "bin")})
        return models[0].eval(), task

    @torch.no_grad()
    def evaluate(self, judge, loaded, reward_lambda):
        """Judge one checkpoint on the first HELD_OUT (at most 500) validation sources, its
        SAMPLES = 4 samples per source drawn under the fixed NOISE_SEED.

        Args:
            judge: (model, task) of D pretraining's checkpoint: its D (pretrained from the
                start) is the fixed judge of the reward, its G (the start's) the
                reference of the KL.
            loaded: (model, task), the checkpoint judged.
            reward_lambda: float in [0, 1], the reward's lambda (baseline b = 0.5).
        Returns:
            dict: "reward" (float, mean over sources of the mean R(Y) of their samples,
            with the start's D), "reward_se" (its standard error over sources),
            "reward_per_source" (list, 5 decimals), "sentence_bleu" (mean sentence-BLEU of
            the samples, in [0, 1]), "d_of_samples" (mean probability in [0, 1] the
            model's own D gives them), "valid_bleu" (greedy corpus BLEU on 0-100, sacreBLEU,
            2 decimals), "kl_from_start" (KL of G from the start's G per reference token,
            EOS included, nats, teacher-forced).

        Source: Yang et al., NAACL 2018, section 3.3 (the BR-CSGAN reward).
        """
        from csgan_nmt.reward import RewardScorer
        from csgan_nmt.validation_diagnostics import kl_log
        from csgan_nmt.rollout import RolloutEngine
        from csgan_nmt.bleu_tokenize import bleu

        (start_model, task), (model, _) = judge, loaded
        tgt = task.target_dictionary
        sample = self._held_out(task)
        src, lengths = sample["net_input"]["src_tokens"], sample["net_input"]["src_lengths"]
        refs = sample["target"]
        rep = [t.repeat_interleave(SAMPLES, 0) for t in (src, lengths, refs)]
        engine = RolloutEngine(model.generator, tgt, 1.5, 10)
        with torch.random.fork_rng():
            torch.manual_seed(NOISE_SEED)
            ys = engine.sample(rep[0], rep[1])
        fixed = RewardScorer(start_model.discriminator, tgt.pad(), tgt.eos(), reward_lambda, 0.5)
        bleu_only = RewardScorer(None, tgt.pad(), tgt.eos(), 0.0, 0.5)
        own_d = RewardScorer(model.discriminator, tgt.pad(), tgt.eos(), 1.0, 0.0)
        per_source = fixed(rep[0], ys, rep[2]).view(-1, SAMPLES).mean(1)
        greedy = engine.sample(src, lengths, greedy=True)
        hyps = [tgt.string(g[g.ne(tgt.pad())], "sentencepiece") for g in greedy]
        refs_text = [tgt.string(r[r.ne(tgt.pad())], "sentencepiece") for r in refs]
        kl = kl_log(start_model.generator, model.generator, sample, tgt.pad())
        return {
            "reward": float(per_source.mean()),
            "reward_se": float(per_source.std() / math.sqrt(per_source.numel())),
            "reward_per_source": [round(float(x), 5) for x in per_source],
            "sentence_bleu": float(bleu_only(rep[0], ys, rep[2]).mean()),
            "d_of_samples": float(own_d(rep[0], ys, rep[2]).mean()),
            "valid_bleu": round(
                bleu(task.cfg.target_lang).corpus_score(hyps, [refs_text]).score, 2),
            "kl_from_start": kl["kl_sum"] / kl["kl_n"],
        }

    def _held_out(self, task):
        if not hasattr(self, "_sample"):
            task.load_dataset("valid")
            data = task.dataset("valid")
            self._sample = data.collater([data[i] for i in range(min(HELD_OUT, len(data)))])
        return self._sample


def choose(candidates, start_bleu):
    """The selection rule (validation only): the highest held-out reward among the options
    whose greedy validation BLEU did not fall below the start's; if none, the best BLEU.

    Args:
        candidates: iterable of results with "points" (`train_and_judge`'s), judged at
            their last point.
        start_bleu: float, the start's greedy validation BLEU (0-100).
    Returns:
        the chosen candidate (the first of equals).
    """
    candidates = list(candidates)
    kept = [c for c in candidates if c["points"][-1]["valid_bleu"] >= start_bleu]
    if kept:
        return max(kept, key=lambda c: c["points"][-1]["reward"])
    return max(candidates, key=lambda c: c["points"][-1]["valid_bleu"])


def training_series(log) -> Dict[str, List[Tuple[int, float]]]:
    """Per-update training metrics of one run's log (--log-interval 1).

    Args:
        log: path of the run's fairseq-train log (JSON format).
    Returns:
        {metric: [(update: int, value: float)]} for the metrics present among seq_reward,
        seq_reward_sd, advantage_sd, entropy, pg_gnorm, tf_gnorm, d_acc, unfinished,
        mix_nll_loss, in log order.
    """
    out = {}
    for record in curves.read_records(log)["train_inner"]:
        update = int(float(record["num_updates"]))
        for key in ("seq_reward", "seq_reward_sd", "advantage_sd", "entropy", "pg_gnorm",
                    "tf_gnorm", "d_acc", "unfinished", "mix_nll_loss"):
            if record.get(key) is not None:
                out.setdefault(key, []).append((update, float(record[key])))
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
    values = [v for _, v in series]
    if len(values) < 2 * n:
        n = max(2, len(values) // 2)
    a, b = values[:n], values[-n:]
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


def table(out) -> str:
    """table.md: one row per run: training reward and D accuracy (first 20 -> last 20
    updates, Welch t), held-out reward with its paired z, sentence-BLEU and D's opinion of
    the samples, greedy validation BLEU, KL from the start, and seconds per update.

    Args:
        out: the study's results (`Study.run`'s dict).
    Returns:
        str, markdown ending in a newline.
    """
    lines = ["| estimator | training reward, first 20 → last 20 PG updates (Welch t) | "
             "held-out reward (start D) start → end ± se (paired z) | sentence-BLEU of samples | "
             "D of samples (own D) | D accuracy in D updates, first 20 → last 20 | "
             "greedy valid BLEU | KL from start | s / update | s / PG update |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, r in out["runs"].items():
        first, last = r["points"][0], r["points"][-1]
        tr = r["training"].get("seq_reward", [])
        t0, t1, t = rise(tr) if len(tr) >= 4 else (float("nan"),) * 3
        d, se, z = paired_rise(first, last)
        acc = r["training"].get("d_acc", [])
        d_acc = ("{:.3f} → {:.3f} (t = {:+.1f})".format(*rise(acc)) if len(acc) >= 4
                 else "no D updates")
        lines.append(
            f"| {r['label']} | {t0:.4f} → {t1:.4f} (t = {t:+.1f}) | "
            f"{first['reward']:.4f} → {last['reward']:.4f} ± {last['reward_se']:.4f} "
            f"(Δ {d:+.4f} ± {se:.4f}, z = {z:+.1f}) | "
            f"{first['sentence_bleu']:.4f} → {last['sentence_bleu']:.4f} | "
            f"{first['d_of_samples']:.3f} → {last['d_of_samples']:.3f} | {d_acc} | "
            f"{first['valid_bleu']:.2f} → {last['valid_bleu']:.2f} | "
            f"{last['kl_from_start']:.4f} | {r['seconds_per_update']:.2f} | "
            f"{r['seconds_per_pg_update']:.2f} |")
    return "\n".join(lines) + "\n"


def draw(out, path):
    """curves.png: eight panels against PG updates (training reward, D accuracy and
    entropy as 10-update means; held-out reward ± se, sentence-BLEU, D's opinion, greedy
    validation BLEU and KL at the judged checkpoints), one colour per run.

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
              ("entropy of G' at sampled tokens (10-update mean)", "entropy")]
    fig, axes = plt.subplots(2, 4, figsize=(22, 9))
    colours = {name: f"C{i}" for i, name in enumerate(out["runs"])}  # the same in every panel
    for ax, (title, key) in zip(axes.flat, panels):
        for name, r in out["runs"].items():
            if key in ("seq_reward", "d_acc", "entropy"):
                series = r["training"].get(key, [])
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
        ax.set_xlabel("policy-gradient updates")
    axes.flat[1].legend(fontsize=8)  # every run has a point here
    fig.suptitle("csgan-nmt: does each estimator raise its reward? (bundled es-en corpus, "
                 f"the {out['settings']['size']} size's start, training seed "
                 f"{out['settings']['seed']})")
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def main(argv=None):
    """The learning study's command: run it (`Study.run`) on a comparison-size start
    and write OUT/results.json, OUT/table.md and OUT/curves.png (OUT: --out, default
    results/learning-SIZE, with seedN/ appended for a seed other than 1), printing the
    table; --report-only redraws the table and figure from OUT/results.json.

    Args:
        argv: list of str, the arguments (None: sys.argv[1:]).
    Returns:
        None (exit status 0).
    Raises:
        SystemExit: status 2 for a bad option, or when --pg-updates or --select-updates
            is not a multiple of --eval-every.
        RuntimeError: when a fairseq-train run fails.
    """
    p = argparse.ArgumentParser(prog="python -m csgan_compare.learning",
                                description=__doc__.split("\n")[0])
    p.add_argument("--size", choices=sorted(SIZES), default="cpu")
    p.add_argument("--pg-updates", type=int, default=100)
    p.add_argument("--eval-every", type=int, default=20, help="PG updates between judgements")
    p.add_argument("--select-updates", type=int, default=40)
    p.add_argument("--seed", type=int, default=1,
                   help="training seed of the main runs (results in OUT/seedN unless 1)")
    p.add_argument("--work", type=Path)
    p.add_argument("--out", type=Path)
    p.add_argument("--report-only", action="store_true",
                   help="redraw table.md and curves.png from OUT/results.json")
    args = p.parse_args(argv)
    if args.pg_updates % args.eval_every or args.select_updates % args.eval_every:
        p.error("--pg-updates and --select-updates must be multiples of --eval-every")
    size = replace(SIZES[args.size], arms=())
    out_dir = args.out or ROOT / "results" / f"learning-{size.name}"
    if args.seed != 1:
        out_dir = out_dir / f"seed{args.seed}"
    if args.report_only:
        out = json.loads((out_dir / "results.json").read_text())
        (out_dir / "table.md").write_text(table(out))
        draw(out, out_dir / "curves.png")
        print(table(out))
        return
    recipe = Recipe(size, out=out_dir, work=args.work or ROOT / "work" / f"learning-{size.name}")
    torch.set_num_threads(size.threads)
    study = Study(recipe, args.pg_updates, args.eval_every, args.select_updates,
                  seed=args.seed)
    out = study.run()
    out["versions"] = fairseq_runs.versions()
    out["settings"] = {"pg_updates": args.pg_updates, "eval_every": args.eval_every,
                       "select_updates": args.select_updates, "held_out": HELD_OUT,
                       "samples": SAMPLES, "size": size.name, "seed": args.seed}
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "results.json").write_text(json.dumps(out, indent=1) + "\n")
    (out_dir / "table.md").write_text(table(out))
    draw(out, out_dir / "curves.png")
    print(table(out))


if __name__ == "__main__":
    main()
