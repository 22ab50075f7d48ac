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
  samples, minimum risk's Q (effective candidates exp(H(Q)) and largest weight), the share
  of sources whose samples all score the same, and the seconds per update; for
  self-training, what each Improve step kept.

What is trained is learning_plan.py: continued MLE (the control every objective must beat),
minimum risk (lambda 0 and 0.7), leave-one-out REINFORCE, reward-filtered self-training
(lambda 0 and 0.7) and Monte Carlo search (the comparison's brcsgan arm). Their options
(alpha, length normalisation, lr down to 1e-5, --mle-weight, K, per-batch or per-source
scaling, the self-training filter) are chosen on validation only, stage by stage, by short
runs (learning_plan.SELECTION, rule in `choose`). Writes results/learning-SIZE/
{results.json, table.md, curves.png}; work in work/learning-SIZE (a rerun reuses what is
done).
"""

import argparse
import json
import math
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Dict, Optional, Sequence

import torch

from csgan_tools import fairseq_options, fairseq_runs, write_json, write_text
from csgan_tools.self_train import self_train
from csgan_tools.user_dir import plugin_dir

from . import learning_plan
from .corpus import ROOT
from .learning_plan import Run
from .learning_report import draw, table, training_series
from .recipe import Recipe
from .runner import read_marker
from .sizes import SIZES

HELD_OUT = 500  # validation sources judged at every checkpoint (the bundled corpus has 433)
SAMPLES = 4  # samples of each
NOISE_SEED = 4321


@dataclass
class Study:
    """The learning study in one work directory: the start and D pretraining (the
    comparison recipe's jobs, run through its Recipe), the selection stages
    (learning_plan.SELECTION), then every long run (learning_plan.main_runs), each judged at
    its checkpoints on held-out validation sources.

    Attributes:
        recipe: the comparison Recipe whose work directory, size and data the study uses.
        pg_updates: int, sequence-level updates of every long run (MLE updates for the
            control and self-training).
        eval_every: int, sequence-level updates between judged checkpoints.
        select_updates: int, sequence-level updates of every selection run.
        seed: int, training seed of the long runs (the selection runs use seed 1).
        only: optional collection of str, the long runs to make (None: all).
        results: {run name: result}, the long runs' results (filled by `run`).
        on_progress: optional callable, given the partial results (`run`'s dict, with
            "complete": False) after every stage and long run.
        work: Path, the recipe's work directory.
    """

    recipe: Recipe
    pg_updates: int
    eval_every: int
    select_updates: int
    seed: int = 1  # of the long runs; the selection runs always use seed 1
    only: Optional[Sequence[str]] = None
    results: Dict[str, dict] = None
    on_progress: Optional[Callable[[dict], None]] = None  # called with the partial results

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
        write_json(marker, result)
        print(f"[learning] {name}: done in {result['seconds']:.0f} s", flush=True)
        return result

    def run(self):
        """The whole study: prepare, start and D pretraining (as the comparison runs them),
        the start's judgement, the selection stages in order (each chosen by `choose`),
        then every long run at the chosen options.

        Returns:
            {"start": the start's judgement, "selection": {stage: {run name: option and
            result}}, "chosen": {stage: option}, "runs": {name: {"label", "options", and
            the run's result}}}.
        Raises:
            RuntimeError: when a fairseq-train run fails.
        """
        r = self.recipe
        for name, make in (("prepare", r.prepare), ("start", r.train_start),
                           ("discriminator", r.pretrain_discriminator)):
            r.results[name] = self.done(name, make)
        judge = self.load(r.results["discriminator"]["checkpoint"])
        start = self.judge_start(judge, 0.7)
        selection, chosen = {}, {}
        for stage in learning_plan.SELECTION:
            tried = {}
            for option, run in stage.runs(chosen):
                tried[run.name] = dict(option=option, label=run.label, **self.done(
                    run.name, lambda run=run: self.train_and_judge(
                        run, self.select_updates, judge, every=self.select_updates)))
            best = choose(tried.values(), start["valid_bleu"])
            chosen[stage.name] = best["option"]
            selection[stage.name] = tried
            print(f"[learning] {stage.name}: chosen on validation {best['option']}", flush=True)
            self._progress(start, selection, chosen)
        for run in learning_plan.main_runs(chosen, self.recipe.size.arm_lr):
            if self.only is not None and run.name not in self.only:
                continue
            label, name = run.label, run.name
            if self.seed != 1:
                run = replace(run, name=f"{run.name}_seed{self.seed}")
            self.results[name] = dict(label=label, options=list(run.options), **self.done(
                run.name, lambda run=run: self.train_and_judge(
                    run, self.pg_updates, judge, self.seed)))
            self._progress(start, selection, chosen)
        return {"start": start, "selection": selection, "chosen": chosen,
                "runs": self.results, "complete": True}

    def _progress(self, start, selection, chosen):
        if self.on_progress is not None:
            self.on_progress({"start": start, "selection": selection, "chosen": chosen,
                              "runs": self.results, "complete": False})

    # ------------------------------------------------------------------ one run
    def train_and_judge(self, run: Run, updates, judge, seed=1, every=None):
        """Train `run` from D pretraining's checkpoint (fresh optimiser, meters and
        schedule) for `updates` sequence-level updates, a checkpoint every `every`, then
        judge every checkpoint (`evaluate`).

        Args:
            run: the learning_plan.Run.
            updates: int, sequence-level updates (a multiple of `every`).
            judge: (model, task) of D pretraining's checkpoint (`load`): the fixed judge.
            seed: int, the training seed.
            every: int, sequence-level updates between judged checkpoints (None:
                `eval_every`).
        Returns:
            dict: "points" (list of {"pg_updates": int, and `evaluate`'s keys}, the start's
            judgement first at 0), "training" (`training_series` of the logs), "log" (str),
            "seconds_per_update", "seconds_per_pg_update" (float, wall-clock seconds);
            self-training adds "kept" (each Improve step's statistics).
        Raises:
            TrainingError: when fairseq-train exits with a non-zero status.
        """
        every = every or self.eval_every
        if run.self_training is not None:
            return self._self_train_and_judge(run, updates, judge, seed, every)
        s = self.recipe.size
        every = every * run.cycle
        argv = [
            "--csgan-stage", "adversarial", *run.options,
            "--teacher-forcing-steps", run.teacher_forcing_steps, "--d-steps", run.d_steps,
            *fairseq_options.fresh_start(self.recipe.results["discriminator"]["checkpoint"]),
            "--lr", run.lr or s.arm_lr, "--max-tokens",
            s.arm_max_tokens, "--max-update", updates * run.cycle,
            "--save-interval-updates", every,
            "--keep-interval-updates", "-1", "--rollouts", s.rollouts,
            "--rollout-stride", s.rollout_stride, "--d-adversarial-lr", s.d_adversarial_lr,
            "--seed", seed, "--log-interval", "1", "--disable-validation"]
        t0 = time.time()
        _, log = self.recipe.train(run.name, argv)
        train_seconds = time.time() - t0
        checkpoints = []
        for update in range(every, updates * run.cycle + 1, every):
            path = self.work / run.name / f"checkpoint_1_{update}.pt"
            if not path.exists():  # a new epoch began: fairseq numbers by epoch too
                path = next((self.work / run.name).glob(f"checkpoint_*_{update}.pt"))
            checkpoints.append((update // run.cycle, path))
        return {"points": self._judge_all(run, checkpoints, judge),
                "training": training_series([log]), "log": str(log),
                "seconds_per_update": train_seconds / (updates * run.cycle),
                "seconds_per_pg_update": train_seconds / updates}

    def _self_train_and_judge(self, run, updates, judge, seed, every):
        """A self-training run: updates / every Grow steps of one Improve step each (`every`
        MLE updates), judged after every Improve step."""
        s, st = self.recipe.size, run.self_training
        options = [*self.recipe.command().shared(), *run.options, "--lr", run.lr or s.arm_lr,
                   "--max-tokens", s.arm_max_tokens, "--seed", seed, "--log-interval", "1",
                   "--disable-validation", "--d-adversarial-lr", s.d_adversarial_lr,
                   "--d-lr", s.d_lr, "--d-target-accuracy", s.d_target,
                   "--d-max-updates", s.d_max_updates, "--d-eval-interval", s.d_eval_interval]
        t0 = time.time()
        record = self_train(self.recipe.data / "bin",
                            Path(self.recipe.results["discriminator"]["checkpoint"]),
                            self.work / run.name, options,
                            grow_steps=updates // every, keep_mode=st["keep"],
                            thresholds=[st["quantile"]], improve_updates=every,
                            grow_max_tokens=s.mle_max_tokens,
                            retrain_discriminator=st["retrain_discriminator"],
                            show_progress=False)
        seconds = time.time() - t0
        improve = [step for step in record["steps"] if step["kind"] == "improve"]
        checkpoints = [(every * i, Path(step["checkpoint"]))
                       for i, step in enumerate(improve, 1)]
        return {"points": self._judge_all(run, checkpoints, judge),
                "training": training_series([Path(step["log"]) for step in improve]),
                "kept": [{k: v for k, v in step.items() if k not in ("log", "checkpoint",
                                                                   "data", "shard")}
                         for step in improve],
                "grow_seconds": sum(step["seconds"] for step in record["steps"]
                                    if step["kind"] == "grow"),
                "log": str(self.work / run.name / "logs"),
                "seconds_per_update": seconds / updates, "seconds_per_pg_update": seconds / updates}

    def _judge_all(self, run, checkpoints, judge):
        """The start's judgement (point 0), then `evaluate` of every (updates, path)."""
        return ([dict(pg_updates=0, **self.judge_start(judge, run.reward_lambda))]
                + [dict(pg_updates=u, **self.evaluate(judge, self.load(p), run.reward_lambda))
                   for u, p in checkpoints])

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
        from csgan_nmt.policy import Policy
        from csgan_nmt.bleu_tokenize import bleu

        (start_model, task), (model, _) = judge, loaded
        tgt = task.target_dictionary
        sample = self._held_out(task)
        src, lengths = sample["net_input"]["src_tokens"], sample["net_input"]["src_lengths"]
        refs = sample["target"]
        rep = [t.repeat_interleave(SAMPLES, 0) for t in (src, lengths, refs)]
        engine = Policy(model.generator, tgt)  # the task's default length caps
        with torch.random.fork_rng():
            torch.manual_seed(NOISE_SEED)
            ys = engine.sample(rep[0], rep[1])
        fixed = RewardScorer(start_model.discriminator, tgt.pad(), tgt.eos(), reward_lambda, 0.5)
        bleu_only = RewardScorer(None, tgt.pad(), tgt.eos(), 0.0, 0.5)
        own_d = RewardScorer(model.discriminator, tgt.pad(), tgt.eos(), 1.0, 0.0)
        per_source = fixed(rep[0], ys, rep[2]).view(-1, SAMPLES).mean(1)
        greedy = engine.sample(src, lengths, greedy=True)
        subwords = self.recipe.corpus().remove_bpe  # the prepared corpus's scheme
        hyps = [tgt.string(g[g.ne(tgt.pad())], subwords) for g in greedy]
        refs_text = [tgt.string(r[r.ne(tgt.pad())], subwords) for r in refs]
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
    p.add_argument("--pg-updates", type=int, default=500,
                   help="sequence-level updates of every long run")
    p.add_argument("--eval-every", type=int, default=100,
                   help="sequence-level updates between judgements of a long run")
    p.add_argument("--select-updates", type=int, default=40,
                   help="sequence-level updates of every selection run (judged at its end)")
    p.add_argument("--only", nargs="+", help="make only these long runs (names of "
                   "learning_plan.main_runs)")
    p.add_argument("--seed", type=int, default=1,
                   help="training seed of the main runs (results in OUT/seedN unless 1)")
    p.add_argument("--work", type=Path)
    p.add_argument("--out", type=Path)
    p.add_argument("--report-only", action="store_true",
                   help="redraw table.md and curves.png from OUT/results.json")
    args = p.parse_args(argv)
    if args.pg_updates % args.eval_every:
        p.error("--pg-updates must be a multiple of --eval-every")
    size = replace(SIZES[args.size], arms=())
    out_dir = args.out or ROOT / "results" / f"learning-{size.name}"
    if args.seed != 1:
        out_dir = out_dir / f"seed{args.seed}"
    if args.report_only:
        out = json.loads((out_dir / "results.json").read_text())
        write_text(out_dir / "table.md", table(out))
        draw(out, out_dir / "curves.png")
        print(table(out))
        return
    recipe = Recipe(size, out=out_dir, work=args.work or ROOT / "work" / f"learning-{size.name}")
    torch.set_num_threads(size.threads)
    settings = {"pg_updates": args.pg_updates, "eval_every": args.eval_every,
                "select_updates": args.select_updates, "held_out": HELD_OUT,
                "samples": SAMPLES, "size": size.name, "seed": args.seed}

    def write(out):
        out = dict(out, versions=fairseq_runs.versions(), settings=settings)
        out_dir.mkdir(parents=True, exist_ok=True)
        write_json(out_dir / "results.json", out)
        write_text(out_dir / "table.md", table(out))
        if out["runs"]:
            draw(out, out_dir / "curves.png")
        return out

    study = Study(recipe, args.pg_updates, args.eval_every, args.select_updates,
                  seed=args.seed, only=args.only, on_progress=write)
    write(study.run())
    print((out_dir / "table.md").read_text())


if __name__ == "__main__":
    main()
