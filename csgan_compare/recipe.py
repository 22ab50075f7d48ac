"""The comparison recipe, job by job: start (MLE to convergence) -> its length-penalty
control -> D pretraining (shared) -> every trained arm for every seed -> scores, bootstrap,
curves, results.json and the table.

Each finished job leaves a marker with its result in WORK/done/, so an interrupted recipe
re-run with the same options picks up where it stopped (a job cut short runs again).
"""

import json
import logging
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional

import torch

from . import curves, fairseq_runs, report, scoring
from .arms import TRAINED_ARMS, Arm
from .sizes import Size

logger = logging.getLogger("csgan_compare")
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "bible-kjv-rv1909"
# greedy, length-capped translations for the validation BLEU curves (cheap, and a model
# early in training cannot loop to 200 tokens)
EVAL_BLEU_ARGS = '{"beam": 1, "max_len_a": 1.5, "max_len_b": 10}'


@dataclass
class Job:
    name: str
    kind: str  # for the time estimate: jobs of one kind take about as long
    run: Callable[[], dict]


@dataclass
class Recipe:
    size: Size
    out: Path  # results.json, table.md, figures
    work: Path  # data, checkpoints, logs
    prepared: Optional[Path] = None  # a csgan_tools.prepare output; None: the bundled corpus
    seeds: List[int] = field(default_factory=list)
    results: Dict[str, dict] = field(default_factory=dict)

    def __post_init__(self):
        self.out, self.work = Path(self.out), Path(self.work)
        self.seeds = self.seeds or list(range(1, self.size.seeds + 1))
        self.data = Path(self.prepared) if self.prepared else self.work / "data"

    # ------------------------------------------------------------------ the plan
    def jobs(self) -> List[Job]:
        jobs = []
        if not self.prepared:
            jobs.append(Job("prepare", "prepare", self.prepare))
        jobs += [Job("start", "start", self.train_start),
                 Job("start.test", "decode", lambda: self.decode(Arm.START, None, "test"))]
        if self.size.lenpens:
            jobs.append(Job("start_lenpen", "lenpen", self.tune_lenpen))
        specs = [TRAINED_ARMS[a] for a in self.size.arms]
        if any(s.uses_discriminator and not s.prefix_discriminator for s in specs):
            jobs.append(Job("discriminator", "discriminator", self.pretrain_discriminator))
        if any(s.prefix_discriminator for s in specs):
            jobs.append(Job("discriminator_prefix", "discriminator",
                            lambda: self.pretrain_discriminator(prefixes=True)))
        for seed in self.seeds:  # seed-major: complete comparisons arrive early
            for arm in self.size.arms:
                kind = arm.value if TRAINED_ARMS[arm].policy_gradient else "mle"
                jobs.append(Job(f"{arm.value}.{seed}", kind,
                                lambda arm=arm, seed=seed: self.train_arm(arm, seed)))
                jobs.append(Job(f"{arm.value}.{seed}.test", "decode",
                                lambda arm=arm, seed=seed: self.decode(arm, seed, "test")))
        return jobs

    def run(self):
        self.out.mkdir(parents=True, exist_ok=True)
        (self.work / "done").mkdir(parents=True, exist_ok=True)
        torch.set_num_threads(self.size.threads)
        jobs = self.jobs()
        started, seconds = time.time(), {}
        for number, job in enumerate(jobs, 1):
            marker = self.work / "done" / f"{job.name}.json"
            if marker.exists():
                self.results[job.name] = json.loads(marker.read_text())
                continue
            print(f"[{number:2d}/{len(jobs)}] {job.name}: running "
                  f"({_minutes(time.time() - started)} elapsed, "
                  f"about {_minutes(self._remaining(jobs[number - 1:], seconds))} left)",
                  flush=True)
            t0 = time.time()
            result = job.run()
            result["seconds"] = round(time.time() - t0, 1)
            seconds.setdefault(job.kind, []).append(result["seconds"])
            self.results[job.name] = result
            marker.write_text(json.dumps(result))
            print(f"[{number:2d}/{len(jobs)}] {job.name}: done in "
                  f"{_minutes(result['seconds'])}{_headline(result)}", flush=True)
        return self.finish(time.time() - started)

    def _remaining(self, jobs, seconds):
        """Seconds left: jobs of a kind already run take their mean; others a prior."""
        def estimate(job):
            if job.kind in seconds:
                return sum(seconds[job.kind]) / len(seconds[job.kind])
            return self.size.eta_priors.get(job.kind, 60)
        return sum(estimate(job) for job in jobs)

    # ------------------------------------------------------------------ fairseq runs
    def _common(self):
        s = self.size
        return [
            self.data / "bin", "--user-dir", ROOT / "csgan_nmt", "--task", "csgan_nmt",
            "--optimizer", "csgan", "--criterion", "label_smoothed_cross_entropy",
            "--label-smoothing", "0.1", *s.generator, *s.discriminator,
            "--skip-invalid-size-inputs-valid-test", "--max-source-positions", "200",
            "--max-target-positions", "200", "--no-epoch-checkpoints", "--log-format", "json",
            "--log-interval", str(s.log_interval), "--num-workers", "0",
            "--eval-bleu", "--eval-bleu-args", EVAL_BLEU_ARGS,
            "--eval-bleu-remove-bpe", self._remove_bpe(),
            "--validate-interval", "1000000", "--save-interval", "1000000",
        ]

    def _train(self, name, argv, resume=False):
        """fairseq-train into WORK/NAME, logging to WORK/logs/NAME.log. A run cut short
        starts over, or with `resume` goes on from its checkpoint_last.pt (fairseq's own
        resume; the log is continued)."""
        log = self.work / "logs" / f"{name}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        if not resume:
            shutil.rmtree(self.work / name, ignore_errors=True)
            log.unlink(missing_ok=True)
        argv = self._common() + ["--save-dir", self.work / name] + argv
        status = fairseq_runs.train(argv, log)
        return status, log

    def _remove_bpe(self):
        return json.loads((self.data / "prepare.json").read_text())["remove_bpe"]

    def prepare(self):
        from csgan_tools.prepare import main as prepare

        s = self.size
        argv = ["--source-lang", "es", "--target-lang", "en",
                "--trainpref", CORPUS / "train", "--validpref", CORPUS / "valid",
                "--testpref", CORPUS / "test", "--destdir", self.data, "--force",
                "--vocab-size", s.vocab_size, "--joined-dictionary", "--max-len", s.max_len,
                "--max-train-sentences", s.max_train_sentences, "--workers", s.threads]
        prepare([str(a) for a in argv])
        return {"data": str(self.data),
                "command": fairseq_runs.command_line("csgan-prepare", argv)}

    def train_start(self):
        s = self.size
        status, log = self._train("start", [
            "--csgan-stage", "mle", "--lr", s.mle_lr, "--max-tokens", s.mle_max_tokens,
            "--max-update", s.mle_max_updates, "--validate-interval-updates",
            s.mle_validate_every, "--save-interval-updates", s.mle_validate_every,
            "--keep-interval-updates", "1", "--patience", s.patience, "--seed", "1"],
            resume=True)  # the longest job: an interrupted start goes on where it stopped
        _check(status, "start", log)
        best = self.work / "start" / "checkpoint_best.pt"
        text = log.read_text(encoding="utf-8")
        valid = curves.read_records(log)["valid"]
        return {"checkpoint": str(best), "best_update": _num_updates(best),
                "last_update": int(float(valid[-1]["valid_num_updates"])),
                "converged": "early stop since valid performance hasn't improved" in text,
                "log": str(log)}

    def pretrain_discriminator(self, prefixes=False):
        """D pretraining to xi from the start's G; with `prefixes`, on random prefixes of
        gold and generated translations (the D of the partial-d arm, REGS)."""
        s, name = self.size, "discriminator_prefix" if prefixes else "discriminator"
        status, log = self._train(name, [
            *(["--reward-estimator", "partial-d"] if prefixes else []),
            "--csgan-stage", "discriminator", "--generator-checkpoint",
            self.results["start"]["checkpoint"], "--lr", s.mle_lr, "--d-lr", s.d_lr,
            "--max-tokens", s.mle_max_tokens, "--d-target-accuracy", s.d_target,
            "--d-max-updates", s.d_max_updates, "--d-eval-interval", s.d_eval_interval,
            "--max-update", "100000000", "--disable-validation", "--seed", "1"])
        if status not in (0, 3):  # 3: budget ran out below xi; the arms still go on
            _check(status, name, log)
        points = curves.read_d_pretraining(log)
        return {"checkpoint": str(self.work / name / "checkpoint_last.pt"),
                "target_reached": status == 0, "updates": points[-1][0],
                "heldout_accuracy": points[-1][1], "log": str(log)}

    def train_arm(self, arm: Arm, seed: int):
        s, spec = self.size, TRAINED_ARMS[arm]
        # the policy-gradient arms start from the pretrained D (G is the start's: frozen in
        # D pretraining); without a D arm there is no D pretraining, and they start from start
        start = self.results["start"]
        d_job = "discriminator_prefix" if spec.prefix_discriminator else "discriminator"
        restore = (self.results.get(d_job, start) if spec.policy_gradient
                   else start)["checkpoint"]
        stage = [] if not spec.policy_gradient else ["--csgan-stage", "adversarial",
                                                     "--kl-from-start"]
        name = f"{arm.value}.{seed}"
        status, log = self._train(name, [
            *stage, *spec.options, "--restore-file", restore, "--reset-optimizer",
            "--reset-dataloader", "--reset-meters", "--reset-lr-scheduler",
            "--lr", s.arm_lr, "--max-tokens", s.arm_max_tokens,
            "--max-update", spec.fairseq_updates(s.generator_updates),
            "--validate-interval-updates", spec.fairseq_updates(s.curve_every),
            "--rollouts", s.rollouts, "--rollout-stride", s.rollout_stride,
            "--d-adversarial-lr", s.d_adversarial_lr, "--reward-constant", s.constant_reward,
            "--seed", seed])
        _check(status, name, log)
        return {"checkpoint": str(self.work / name / "checkpoint_last.pt"), "log": str(log)}

    # ------------------------------------------------------------------ decoding
    def decode(self, arm: Arm, seed, split, lenpen=1.0, checkpoint=None):
        name = arm.value if seed is None else f"{arm.value}.{seed}"
        checkpoint = checkpoint or self.results[name]["checkpoint"]
        label = f"{name}.{split}" + ("" if lenpen == 1.0 else f".lenpen{lenpen}")
        results = self.work / "decode" / label
        argv = [self.data / "bin", "--user-dir", ROOT / "csgan_nmt", "--task", "csgan_nmt",
                "--path", checkpoint, "--gen-subset", split, "--beam", self.size.beam,
                "--lenpen", lenpen, "--batch-size", "64", "--num-workers", "0",
                # the length cap of the rollouts, for every arm alike (a model early in
                # training may otherwise loop to 200 tokens)
                "--max-len-a", "1.5", "--max-len-b", "10",
                # otherwise fairseq drops the last partial batch
                "--required-batch-size-multiple", "1", "--remove-bpe", self._remove_bpe(),
                "--results-path", results]
        fairseq_runs.generate(argv, self.work / "logs" / f"{label}.log")
        refs = self.references(split)
        hyps = scoring.read_hypotheses(results / f"generate-{split}.txt", len(refs))
        (results / "hyps.txt").write_text("".join(h + "\n" for h in hyps), encoding="utf-8")
        return {"hyps": str(results / "hyps.txt"), **scoring.score(hyps, refs)}

    def references(self, split):
        tgt = json.loads((self.data / "prepare.json").read_text())["args"]["target_lang"]
        return (self.data / "text" / f"{split}.{tgt}").read_text(
            encoding="utf-8").splitlines()

    def tune_lenpen(self):
        """Beam length penalty for the start checkpoint, chosen on validation BLEU only."""
        checkpoint = self.results["start"]["checkpoint"]
        valid = {1.0: self.decode(Arm.START, None, "valid", 1.0, checkpoint)["bleu"]}
        for lenpen in self.size.lenpens:
            valid[lenpen] = self.decode(Arm.START, None, "valid", lenpen, checkpoint)["bleu"]
        chosen = max(valid, key=lambda lp: (valid[lp], lp == 1.0))  # ties keep the default
        test = (self.results["start.test"] if chosen == 1.0
                else self.decode(Arm.START, None, "test", chosen, checkpoint))
        return {**test, "lenpen": chosen, "valid_bleu": {str(k): v for k, v in valid.items()}}

    # ------------------------------------------------------------------ report
    def finish(self, elapsed):
        out = report.build(self, elapsed)
        (self.out / "results.json").write_text(json.dumps(out, indent=1) + "\n")
        (self.out / "table.md").write_text(report.table(out))
        self.draw(out)
        print(report.table(out))
        print(f"written: {self.out}/results.json, table.md, curves.png, curves_arms.png, "
              "test_scores.png")
        return out

    def draw(self, out):
        start = self.results["start"]
        runs = [(Arm.START, 1, curves.read_records(start["log"]), lambda u: u)]
        for seed in self.seeds:
            for arm in self.size.arms:
                spec = TRAINED_ARMS[arm]
                to_x = (lambda u, spec=spec: start["best_update"] + spec.generator_updates(u))
                records = curves.read_records(self.results[f"{arm.value}.{seed}"]["log"])
                runs.append((arm, seed, records, to_x))
        d = self.results.get("discriminator")
        data = curves.collect(runs, start["best_update"],
                              curves.read_d_pretraining(d["log"]) if d else [])
        (self.out / "curves.json").write_text(json.dumps(data) + "\n")
        title = f"csgan-nmt comparison, size {self.size.name}"
        curves.draw(data, self.out / "curves.png", title)
        window = curves.arms_window(data)
        curves.draw(data, self.out / "curves_arms.png",
                    f"{title}: the arms, from the start checkpoint on", window)
        curves.draw_test_scores({name: {"bleu": [s["bleu"] for s in arm["seeds"].values()],
                                        "chrf": [s["chrf"] for s in arm["seeds"].values()]}
                                 for name, arm in out["arms"].items()},
                                self.out / "test_scores.png", title)


def _check(status, name, log):
    if status != 0:
        tail = "".join(Path(log).read_text(encoding="utf-8").splitlines(True)[-20:])
        raise RuntimeError(f"{name}: fairseq-train exited with status {status}; "
                           f"log {log}, last lines:\n{tail}")


def _num_updates(checkpoint):
    from fairseq import checkpoint_utils

    state = checkpoint_utils.load_checkpoint_to_cpu(str(checkpoint))
    return int(state["optimizer_history"][-1]["num_updates"])


def _minutes(seconds):
    seconds = int(seconds)
    return f"{seconds // 60}m{seconds % 60:02d}s"


def _headline(result):
    if "bleu" in result:
        return f": test BLEU {result['bleu']:.2f}, chrF {result['chrf']:.2f}"
    if "heldout_accuracy" in result:
        return f": D held-out accuracy {result['heldout_accuracy']:.3f}"
    if "best_update" in result:
        return (f": best checkpoint at update {result['best_update']}"
                f"{'' if result['converged'] else ' (NOT converged: update cap reached)'}")
    return ""
