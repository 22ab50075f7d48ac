"""The comparison recipe, job by job: start (MLE to convergence) -> D pretraining (shared)
-> every trained arm for every seed -> each model's translations of valid and test, its
length penalty chosen on valid -> scores, seed-level statistics, curves, results.json and
the table.

Fair arms: every trained arm (the controls included) is judged at its best validation point
(greedy validation BLEU, fairseq's --best-checkpoint-metric), the start at its best
validation loss (early stopping); every model is decoded with a beam length penalty chosen
on validation BLEU (one n-best decode, `nbest`). Common random numbers: the arms of one seed
run with the same --seed, data and --max-tokens, so fairseq serves them the same stream of
batches in the same order (its shuffling is seeded by --seed and the epoch), fairseq update
k of every arm the same batch, and seeds its random stream by --seed + update number. (A PG
arm's teacher-forcing updates are its updates 2, 5, 8, ...: they see other batches than
control_tf's updates 1, 2, 3, ...)

Each finished job leaves a marker with its result in WORK/done/, so an interrupted recipe
re-run with the same options picks up where it stopped (a job cut short runs again; the
start and the policy-gradient and MLE arms go on from their last checkpoint). With
`jobs` > 1, independent jobs run at once as separate processes (`run`).
"""

import logging
import multiprocessing
import os
import shutil
import time
import warnings
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

import torch

from csgan_preprocess.prepare import main as prepare_corpus
from csgan_tools import (CommandError, fairseq_options, fairseq_runs, nbest, read_json, scoring,
                         write_json, write_text)
from csgan_tools.evaluate import translate
from csgan_tools.prepared import PreparedCorpus
from csgan_tools.progress import DecodeProgress, Progress
from csgan_tools.self_train import self_train

from . import curves, report
from .arms import PRIMARY_ARMS, TRAINED_ARMS, Arm
from .sizes import Size

logger = logging.getLogger("csgan_compare")
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "bible-kjv-rv1909"


# how a job's marker writes a path inside the work directory (see Recipe._run_job)
WORK_PREFIX = "$WORK/"


def _paths(value, old: str, new: str):
    """`value` (a marker's JSON) with every string that starts with `old` starting with
    `new` instead."""
    if isinstance(value, dict):
        return {k: _paths(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [_paths(v, old, new) for v in value]
    if isinstance(value, str) and value.startswith(old):
        return new + value[len(old):]
    return value


def read_marker(path: Path, work: Path) -> dict:
    """A job's marker (its result, JSON) with the paths recorded relative to the work
    directory resolved against `work`; absolute ones (older markers) as they are.

    Args:
        path: Path of the marker, WORK/done/NAME.json.
        work: Path, the work directory now (absolute).
    Returns:
        dict, the job's result, every string starting with "$WORK/" made to start with
        WORK/ instead (at any depth of dicts and lists).
    Raises:
        CommandError: when the marker cannot be read (`csgan_tools.read_json`).
    """
    return _paths(read_json(path, "a job's marker"), WORK_PREFIX, f"{work}{os.sep}")


@dataclass
class Job:
    """One job of the plan: its result is its marker WORK/done/NAME.json.

    Attributes:
        name: str, e.g. "start", "discriminator", "brcsgan.2", "brcsgan.2.test".
        kind: str, the job's kind for the time estimate (e.g. "decode", "mle", an arm).
        run: callable () -> dict, the job itself, returning its result.
        after: tuple of str, the names of the jobs whose results it reads.
    """

    name: str
    kind: str  # for the time estimate: jobs of one kind take about as long
    run: Callable[[], dict]
    after: Tuple[str, ...] = ()  # jobs whose results this one reads


@dataclass
class Recipe:
    """The comparison recipe of one size in one work directory: its plan of jobs, the
    jobs themselves (fairseq runs in this process or in --jobs workers) and the report.

    Args:
        size: Size, the settings and the arms and seeds of the plan.
        out: Path, where results.json, table.md, curves.json and the figures go.
        work: Path, data, checkpoints, decodes, logs and markers (WORK/done/).
        prepared: Path of a csgan-prepare output, or None for the bundled es-en corpus
            (prepared into WORK/data by the prepare job).
        seeds: list of int, training seeds ([]: 1..size.seeds).
        results: {job name: result}, filled from the markers and by the jobs.
        precision: tuple of str, fairseq options of every training and decode (e.g.
            ("--bf16",)).
        tokenize: str or None, BLEU's sacreBLEU tokenizer (None: from the target language).
    Attributes:
        out, work: the Paths given, resolved.
        seeds: list of int.
        data: Path, the prepared corpus (`prepared` resolved, or WORK/data).
        results: as above.
    """

    size: Size
    out: Path  # results.json, table.md, figures
    work: Path  # data, checkpoints, logs
    prepared: Optional[Path] = None  # a csgan-prepare output; None: the bundled corpus
    seeds: List[int] = field(default_factory=list)
    results: Dict[str, dict] = field(default_factory=dict)
    precision: Tuple[str, ...] = ()  # e.g. ("--bf16",) on a GPU: every training and decode
    tokenize: Optional[str] = None  # BLEU's sacreBLEU tokenizer; None: from the target language

    def __post_init__(self):
        # absolute: the markers record paths that a later invocation, maybe from another
        # working directory, reads back
        self.out, self.work = Path(self.out).resolve(), Path(self.work).resolve()
        self.seeds = self.seeds or list(range(1, self.size.seeds + 1))
        self.data = Path(self.prepared).resolve() if self.prepared else self.work / "data"

    def bleu_tokenizer(self) -> str:
        """sacreBLEU's tokenizer for every BLEU of this comparison: `tokenize`, or chosen
        from the prepared data's target language (`csgan_nmt.bleu_tokenize.choose`).

        Returns:
            str, a sacreBLEU tokenizer name (e.g. "13a", "zh").
        Raises:
            OptionError: (csgan_nmt.refusal) an unknown tokenizer, or one whose
                dependencies are missing; references that look unsegmented for a language
                code 13a would be chosen for (`check_references`).
            CommandError: when the data has no prepare.json.
        """
        from csgan_nmt.bleu_tokenize import check_references, choose

        check_references(self.references("valid"), self.corpus().target_lang, self.tokenize)
        return choose(self.corpus().target_lang, self.tokenize)

    def corpus(self) -> PreparedCorpus:
        """The prepared data (read when first needed: the prepare job writes it).

        Returns:
            PreparedCorpus of `data`, the same object on every call.
        Raises:
            CommandError: when `data` has no prepare.json.
        """
        if getattr(self, "_corpus", None) is None:
            self._corpus = PreparedCorpus(self.data)
        return self._corpus

    # ------------------------------------------------------------------ the plan
    def arm_seeds(self, arm: Arm) -> List[int]:
        """The seeds `arm` is trained with: all of them for the primary arms, the first
        `secondary_seeds` for the others; for an arm of an earlier invocation on this work
        directory (not in this plan), the seeds it was scored with.

        Args:
            arm: a trained Arm.
        Returns:
            List[int], a prefix of `seeds` (for an arm outside the plan: those of `seeds`
            with a test marker in `results`, possibly none).
        """
        if arm not in self.size.arms:
            return [s for s in self.seeds if f"{arm.value}.{s}.test" in self.results]
        if arm in PRIMARY_ARMS or not self.size.secondary_seeds:
            return self.seeds
        return self.seeds[:self.size.secondary_seeds]

    def reported_arms(self) -> List[Arm]:
        """This plan's arms, then those an earlier invocation on the same work directory
        trained and scored (`--arms`), so that a second invocation reports them together.

        Returns:
            List[Arm]: size.arms in order, then the other trained arms with a test result
            of one of `seeds`, in TRAINED_ARMS' order.
        """
        extra = [a for a in TRAINED_ARMS if a not in self.size.arms and self.arm_seeds(a)]
        return [*self.size.arms, *extra]

    def jobs(self) -> List[Job]:
        """The plan: prepare (bundled corpus only), start, start.test, D pretraining where
        an arm uses D (discriminator, and discriminator_prefix for a prefix D), then seed by
        seed every arm's training (ARM.SEED) and decode (ARM.SEED.test).

        Returns:
            List[Job] in plan order, each after the jobs it reads.
        """
        jobs = []
        if not self.prepared:
            jobs.append(Job("prepare", "prepare", self.prepare))
        data = ("prepare",) if not self.prepared else ()
        jobs += [Job("start", "start", self.train_start, data),
                 Job("start.test", "decode", lambda: self.decode(Arm.START, None),
                     ("start",))]
        specs = [TRAINED_ARMS[a] for a in self.size.arms]
        if any(s.uses_discriminator and not s.prefix_discriminator for s in specs):
            jobs.append(Job("discriminator", "discriminator", self.pretrain_discriminator,
                            ("start",)))
        if any(s.prefix_discriminator for s in specs):
            jobs.append(Job("discriminator_prefix", "discriminator",
                            lambda: self.pretrain_discriminator(prefixes=True), ("start",)))
        for seed in self.seeds:  # seed-major: complete comparisons arrive early
            for arm in self.size.arms:
                if seed not in self.arm_seeds(arm):
                    continue
                spec = TRAINED_ARMS[arm]
                kind = (arm.value if spec.policy_gradient or spec.self_training is not None
                        else "mle")
                after = ["start"]
                if (spec.policy_gradient or spec.self_training) and spec.uses_discriminator:
                    after.append("discriminator_prefix" if spec.prefix_discriminator
                                 else "discriminator")
                elif spec.policy_gradient and "discriminator" in {j.name for j in jobs}:
                    after.append("discriminator")  # PG arms start from D's checkpoint
                name = f"{arm.value}.{seed}"
                jobs.append(Job(name, kind, lambda arm=arm, seed=seed: self.train_arm(arm, seed),
                                tuple(after)))
                jobs.append(Job(f"{name}.test", "decode",
                                lambda arm=arm, seed=seed: self.decode(arm, seed), (name,)))
        return jobs

    def load_markers(self):
        """Read every WORK/done/*.json marker into `results` (`read_marker`).

        Returns:
            None.
        """
        for marker in sorted((self.work / "done").glob("*.json")):
            try:
                self.results[marker.stem] = read_marker(marker, self.work)
            except CommandError:  # cut short by an older version: the job is not done
                print(f"{marker} cannot be read: {marker.stem} runs again", flush=True)

    def run(self, jobs: int = 1):
        """Every job not done yet, in order (`jobs` == 1) or as up to `jobs` processes at
        once, each started when the jobs it reads are done; then the report.

        Prints a progress line as each job starts and ends (elapsed time, an estimate of
        the time left). Each finished job writes its marker (atomically), so a re-run picks
        up where this one stopped.

        Args:
            jobs: int >= 1, jobs run at once (> 1: spawned worker processes, the size's
                threads divided among them on a CPU, round-robin over several GPUs).
        Returns:
            dict, results.json (`report.build`; also written with table.md and the figures
            under `out`).
        Raises:
            RuntimeError: a failed fairseq-train (naming the job and its log), or jobs left
                waiting on jobs that never ran.
            Exception: any other error of a job, re-raised (from its worker with --jobs).
        """
        self.out.mkdir(parents=True, exist_ok=True)
        (self.work / "done").mkdir(parents=True, exist_ok=True)
        plan = self.jobs()
        self.load_markers()
        started, seconds = time.time(), {}
        todo = [j for j in plan if j.name not in self.results]
        number = {j.name: i for i, j in enumerate(plan, 1)}

        def starting(job):
            print(f"[{number[job.name]:2d}/{len(plan)}] {job.name}: running "
                  f"({_minutes(time.time() - started)} elapsed, about "
                  f"{_minutes(self._remaining(todo, seconds) / jobs)} left)", flush=True)

        def finished(job, result):
            seconds.setdefault(job.kind, []).append(result["seconds"])
            self.results[job.name] = result
            print(f"[{number[job.name]:2d}/{len(plan)}] {job.name}: done in "
                  f"{_minutes(result['seconds'])}{_headline(result)}", flush=True)

        if jobs == 1:
            torch.set_num_threads(self.size.threads)
            while todo:
                job = todo[0]
                starting(job)
                finished(job, self._run_job(job))
                todo.pop(0)
        else:
            self._run_parallel(todo, jobs, starting, finished)
        return self.finish(time.time() - started)

    def _run_job(self, job: Job) -> dict:
        t0 = time.time()
        result = job.run()
        result["seconds"] = round(time.time() - t0, 1)
        result["finished_at"] = round(time.time(), 1)
        # written whole or not at all: a reader (another worker) or a kill never sees half
        marker = self.work / "done" / f"{job.name}.json"
        # paths inside the work directory are recorded relative to it: read back from
        # another working directory or after the directory moved, they still point into it
        write_json(marker, _paths(result, f"{self.work}{os.sep}", WORK_PREFIX), indent=None)
        return result

    def worker_spec(self) -> dict:
        """What a --jobs worker process rebuilds this recipe from: every field but the
        results (workers read the markers), so a worker's recipe is this one whatever
        fields the recipe gains (a forgotten --tokenize once scored the workers' decodes
        with another tokenizer than the report's).

        Returns:
            dict {field name: value} of every dataclass field but "results", for
            Recipe(**spec).
        """
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "results"}

    def _run_parallel(self, todo, jobs, starting, finished):
        gpu = torch.cuda.is_available()
        devices = torch.cuda.device_count()
        spawn = multiprocessing.get_context("spawn")  # no forked OpenMP / CUDA state
        counter = spawn.Value("i", 0)
        spec = self.worker_spec()
        running, threads_of = {}, {}
        with ProcessPoolExecutor(jobs, mp_context=spawn, initializer=_init_worker,
                                 initargs=(devices, counter)) as pool:
            while todo or running:
                ready = [j for j in todo if all(dep in self.results for dep in j.after)]
                starting_now = ready[:jobs - len(running)]
                # on a CPU the size's threads not held by running jobs are shared by the jobs
                # starting now (a job alone, the start, gets them all); never more than the
                # size's threads in all, unless there are more jobs than threads
                free = self.size.threads - sum(threads_of[f] for f in running)
                threads = 1 if gpu else max(1, free // max(len(starting_now), 1))
                for job in starting_now:
                    starting(job)
                    future = pool.submit(_run_in_worker, spec, job.name, threads)
                    running[future], threads_of[future] = job, threads
                    todo.remove(job)
                if not running:
                    raise RuntimeError("jobs waiting on jobs that never ran: "
                                       + ", ".join(j.name for j in todo))
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    job = running.pop(future)
                    finished(job, future.result())

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
            *fairseq_options.csgan_training(self.data / "bin", [*s.generator,
                                                                 *s.discriminator]),
            "--max-source-positions", "200", "--max-target-positions", "200",
            "--log-interval", str(s.log_interval),
            *fairseq_options.validation_bleu(self.corpus().remove_bpe, self.tokenize),
            "--validate-interval", "1000000", "--save-interval", "1000000",
        ]

    def _train(self, name, argv, resume=False, total=None):
        """fairseq-train into WORK/NAME, logging to WORK/logs/NAME.log, its progress shown
        live when `total` (the run's budget in updates) is given (`csgan_tools.progress`).
        A run cut short starts over, or with `resume` goes on from its checkpoint_last.pt
        (fairseq's own resume; the log is continued)."""
        log = self.work / "logs" / f"{name}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        if not resume:
            shutil.rmtree(self.work / name, ignore_errors=True)
            log.unlink(missing_ok=True)
        argv = self._common() + ["--save-dir", self.work / name] + argv
        status = fairseq_runs.train(argv, log, Progress(name, total) if total else None)
        return status, log

    def prepare(self):
        """The prepare job: csgan-prepare of the bundled es-en corpus into WORK/data
        (--force; the size's vocabulary, length cap and training sentences; one joined
        dictionary); with the size's `heldout_test_stride`, the test split is
        `heldout_test`'s (written to WORK/heldout/) instead of the bundled one.

        Returns:
            {"data": str, the prepared directory; "command": str, the csgan-prepare
            command line}.
        Raises:
            PrepareError: (csgan_preprocess) a bad corpus or option.
        """
        s = self.size
        test = CORPUS / "test"
        if s.heldout_test_stride:
            test = heldout_test(s.max_train_sentences, s.heldout_test_stride,
                                self.work / "heldout" / "test")
        argv = ["--source-lang", "es", "--target-lang", "en",
                "--trainpref", CORPUS / "train", "--validpref", CORPUS / "valid",
                "--testpref", test, "--destdir", self.data, "--force",
                "--vocab-size", s.vocab_size, "--joined-dictionary", "--max-len", s.max_len,
                "--max-train-sentences", s.max_train_sentences, "--workers", s.threads]
        prepare_corpus([str(a) for a in argv])
        return {"data": str(self.data),
                "command": fairseq_runs.command_line("csgan-prepare", argv)}

    def train_start(self):
        """The start job: G by MLE into WORK/start (seed 1), validated every
        `mle_validate_every` updates, early stopping on validation loss after `patience`
        validations without improvement, at most `mle_max_updates` updates; an interrupted
        start resumes from its checkpoint_last.pt.

        Returns:
            {"checkpoint": str, WORK/start/checkpoint_best.pt; "best_update": int, its
            update; "last_update": int, the last validated update; "converged": bool,
            stopped early (not by the update cap); "log": str}.
        Raises:
            RuntimeError: when fairseq-train exits with a non-zero status (with the log's
                last 20 lines).
        """
        s = self.size
        status, log = self._train("start", [
            "--csgan-stage", "mle", "--lr", s.mle_lr, "--max-tokens", s.mle_max_tokens,
            "--max-update", s.mle_max_updates, "--validate-interval-updates",
            s.mle_validate_every, "--save-interval-updates", s.mle_validate_every,
            "--keep-interval-updates", s.average_checkpoints, "--patience", s.patience,
            "--seed", "1", *self.precision],
            resume=True, total=s.mle_max_updates)  # the longest job: an interrupted start goes on where it stopped
        _check(status, "start", log)
        best = self.work / "start" / "checkpoint_best.pt"
        text = log.read_text(encoding="utf-8")
        valid = curves.read_records(log)["valid"]
        return {"checkpoint": str(best), "best_update": _num_updates(best),
                "last_update": int(float(valid[-1]["valid_num_updates"])),
                "converged": "early stop since valid performance hasn't improved" in text,
                "log": str(log), **self._average(self.work / "start")}

    def _average(self, directory: Path) -> dict:
        """With the size's `average_checkpoints` n > 1: G averaged over the last n validation
        checkpoints of `directory`, written to DIRECTORY/checkpoint_average.pt
        (`csgan_tools.export.average_generator`), the decode job's second candidate; then
        the numbered checkpoints are deleted (best and last stay).

        Returns:
            {"average_checkpoint": str, "averaged": [int, the updates averaged]}, or {}
            when n is 1 or fewer than two checkpoints were saved.
        """
        from csgan_tools.export import average_generator, checkpoint_number

        out = {}
        if self.size.average_checkpoints > 1:
            average = directory / "checkpoint_average.pt"
            inputs = average_generator(directory, self.size.average_checkpoints, average)
            if inputs:
                out = {"average_checkpoint": str(average),
                       "averaged": [checkpoint_number(p)[1] for p in inputs]}
            elif average.is_file():  # averaged before a kill deleted the numbered ones
                import torch

                names = (torch.load(average, map_location="cpu", weights_only=True, mmap=True)
                         .get("extra_state") or {}).get("averaged_from", [])
                out = {"average_checkpoint": str(average),
                       "averaged": [checkpoint_number(Path(n))[1] for n in names]}
        for kept in directory.glob("checkpoint_*_*.pt"):  # best, last (and average) stay
            kept.unlink()
        return out

    def pretrain_discriminator(self, prefixes=False):
        """D pretraining to xi from the start's G; with `prefixes`, on random prefixes of
        gold and generated translations (the D of the partial-d arm, REGS).

        A D that stops at its budget below xi (exit status 3) is kept: the arms go on with
        it.

        Args:
            prefixes: bool, the prefix D (job discriminator_prefix) instead of the full one
                (job discriminator).
        Returns:
            {"checkpoint": str, WORK/NAME/checkpoint_last.pt; "target_reached": bool;
            "updates": int, D updates at the last measurement; "heldout_accuracy": float in
            [0, 1], D's last held-out accuracy; "log": str}.
        Raises:
            RuntimeError: when fairseq-train exits with another non-zero status.

        Source: Yang et al., NAACL 2018 (D pretrained to accuracy xi); Li et al., EMNLP
        2017 (REGS, with `prefixes`).
        """
        s, name = self.size, "discriminator_prefix" if prefixes else "discriminator"
        status, log = self._train(name, [
            *(["--reward-estimator", "partial-d"] if prefixes else []),
            "--csgan-stage", "discriminator", "--generator-checkpoint",
            self.results["start"]["checkpoint"], "--lr", s.mle_lr, "--d-lr", s.d_lr,
            "--max-tokens", s.mle_max_tokens, "--d-target-accuracy", s.d_target,
            "--d-max-updates", s.d_max_updates, "--d-eval-interval", s.d_eval_interval,
            "--max-update", "100000000", "--disable-validation", "--seed", "1"],
            total=s.d_max_updates)
        from csgan_nmt.stages import EXIT_D_BUDGET_EXHAUSTED

        if status not in (0, EXIT_D_BUDGET_EXHAUSTED):  # below xi: the arms still go on
            _check(status, name, log)
        points = curves.read_d_pretraining(log)
        return {"checkpoint": str(self.work / name / "checkpoint_last.pt"),
                "target_reached": status == 0, "updates": points[-1][0],
                "heldout_accuracy": points[-1][1], "log": str(log)}

    def train_arm(self, arm: Arm, seed: int):
        """The job ARM.SEED: `arm` trained from the start checkpoint (a PG arm from D
        pretraining's checkpoint where there is one: the start's G with a pretrained D) with
        fresh optimiser, meters and schedule, for the size's `generator_updates` G updates;
        validated (greedy BLEU) every `curve_every` G updates, the best kept. A run cut
        short goes on from its checkpoint_last.pt (fairseq's resume), its log continued.

        Args:
            arm: a trained Arm.
            seed: int, the training seed (the same batches for every arm of this seed).
        Returns:
            {"checkpoint": str, its checkpoint_best.pt (best greedy validation BLEU);
            "best_update": int, that checkpoint's fairseq update; "last_checkpoint": str;
            "log": str}.
        Raises:
            ValueError: when the size's update counts are not whole cycles of the arm
                (`TrainedArm.fairseq_updates`).
            RuntimeError: when fairseq-train exits with a non-zero status.
        """
        s, spec = self.size, TRAINED_ARMS[arm]
        if spec.self_training is not None:
            return self._train_self_training(arm, seed)
        # the policy-gradient arms start from the pretrained D (G is the start's: frozen in
        # D pretraining); without a D arm there is no D pretraining, and they start from start
        start = self.results["start"]
        d_job = "discriminator_prefix" if spec.prefix_discriminator else "discriminator"
        restore = (self.results.get(d_job, start) if spec.policy_gradient
                   else start)["checkpoint"]
        stage = [] if not spec.policy_gradient else ["--csgan-stage", "adversarial",
                                                     "--kl-from-start"]
        name = f"{arm.value}.{seed}"
        every = spec.fairseq_updates(s.curve_every)
        # a run cut short (a sitting's end, a kill) goes on from its checkpoint_last.pt with
        # fairseq's own resume (optimiser, schedule, data iterator, meters; the plugin checks
        # or repairs the file); otherwise from the start with everything reset
        resume = (self.work / name / "checkpoint_last.pt").is_file()
        origin = [] if resume else ["--restore-file", restore, "--reset-optimizer",
                                    "--reset-dataloader", "--reset-meters",
                                    "--reset-lr-scheduler"]
        status, log = self._train(name, [
            *stage, *spec.options, *origin,
            "--lr", spec.lr or s.arm_lr, "--max-tokens", s.arm_max_tokens,
            "--max-update", spec.fairseq_updates(s.generator_updates),
            # a curve point and a candidate checkpoint every `curve_every` G updates; the
            # arm is judged at its best greedy validation BLEU (fairseq's checkpoint_best)
            "--validate-interval-updates", every, "--save-interval-updates", every,
            "--keep-interval-updates", s.average_checkpoints, "--best-checkpoint-metric",
            "bleu", "--maximize-best-checkpoint-metric",
            "--rollouts", s.rollouts, "--rollout-stride", s.rollout_stride,
            "--d-adversarial-lr", s.d_adversarial_lr, "--reward-constant", s.constant_reward,
            "--seed", seed, *self.precision], resume=resume,
            total=spec.fairseq_updates(s.generator_updates))
        _check(status, name, log)
        best = self.work / name / "checkpoint_best.pt"
        return {"checkpoint": str(best), "best_update": _num_updates(best),
                "last_checkpoint": str(self.work / name / "checkpoint_last.pt"),
                "log": str(log), **self._average(self.work / name)}

    def _train_self_training(self, arm: Arm, seed: int):
        """The job ARM.SEED of a self-training arm: csgan-self-train from the start (or from
        D pretraining's checkpoint where the reward asks D), the size's generator_updates
        MLE updates split evenly over the plan's Grow steps, each followed by one Improve
        step validated every curve_every updates (greedy BLEU); judged at its best
        validation point over all steps. The Improve steps' logs are joined into
        WORK/logs/NAME.log, updates continued (`curves.join_logs`), for the curves.

        Returns:
            as `train_arm`, plus "self_training": str, the run's record
            (self_training.json).
        Raises:
            ValueError: when generator_updates is not a whole number of Grow steps of whole
                validation intervals.
            CommandError: when a fairseq-train run fails.
        """
        s, spec = self.size, TRAINED_ARMS[arm]
        plan, every = spec.self_training, s.curve_every
        per_grow, rest = divmod(s.generator_updates, plan.grow_steps)
        if rest or per_grow % every:
            raise ValueError(f"{arm.value}: {s.generator_updates} updates is not {plan.grow_steps} "
                             f"Grow steps of whole validation intervals of {every} updates")
        name = f"{arm.value}.{seed}"
        restore = self.results["discriminator" if spec.uses_discriminator else "start"]
        shutil.rmtree(self.work / name, ignore_errors=True)  # a job cut short starts over
        options = [
            *self._common()[1:], *spec.options, "--lr", spec.lr or s.arm_lr, "--max-tokens",
            s.arm_max_tokens, "--validate-interval-updates", every,
            "--save-interval-updates", every, "--keep-interval-updates",
            s.average_checkpoints, "--best-checkpoint-metric", "bleu",
            "--maximize-best-checkpoint-metric",
            "--d-lr", s.d_lr, "--d-target-accuracy", s.d_target, "--d-max-updates",
            s.d_max_updates, "--d-eval-interval", s.d_eval_interval, "--seed", seed,
            *self.precision]
        record = self_train(self.data / "bin", Path(restore["checkpoint"]), self.work / name,
                            options, grow_steps=plan.grow_steps, keep_mode=plan.keep,
                            thresholds=[plan.quantile], improve_updates=per_grow,
                            grow_max_tokens=s.mle_max_tokens,
                            retrain_discriminator=plan.retrain_discriminator,
                            show_progress=False, say=None)
        improve = [step for step in record["steps"] if step["kind"] == "improve"]
        log = self.work / "logs" / f"{name}.log"
        curves.join_logs([Path(step["log"]) for step in improve], log)
        # the step holding the best validation BLEU (the first of equals)
        best_step = -max((float(r["valid_bleu"]), -i) for i, step in enumerate(improve)
                         for r in curves.read_records(step["log"])["valid"])[1]
        valid = curves.read_records(log)["valid"]
        best_update = max(valid, key=lambda r: float(r["valid_bleu"]))["valid_num_updates"]
        # the last n checkpoints of the last Improve step averaged (with n > 1); best and
        # last of every step stay
        averaged = self._average(Path(improve[-1]["checkpoint"]).parent)
        for step in improve[:-1]:
            for kept in Path(step["checkpoint"]).parent.glob("checkpoint_*_*.pt"):
                kept.unlink()
        return {**averaged, "checkpoint": str(Path(improve[best_step]["checkpoint"]).with_name(
                    "checkpoint_best.pt")),
                "best_update": int(float(best_update)), "last_checkpoint": record["checkpoint"],
                "log": str(log), "self_training": str(self.work / name / "self_training.json")}

    # ------------------------------------------------------------------ decoding
    def _generate(self, label, checkpoint, split, expected):
        """Beam search of `split` (`expected` sentences) with the n-best list (every finished
        hypothesis), at length penalty 1.0; returns {sentence id: hypotheses}
        (`nbest.read_nbest`)."""
        results = self.work / "decode" / label
        with DecodeProgress(label, results / f"generate-{split}.txt", expected):
            _, generated = translate(
                self.corpus(), checkpoint, split, results,
                self.work / "logs" / f"{label}.log", self.size.beam, 1.0, nbest=self.size.beam,
                extra=[*fairseq_options.LENGTH_CAP, *self.precision])  # for every arm alike
        return nbest.read_nbest(generated, expected)

    def decode(self, arm: Arm, seed):
        """The model's test translations at the length penalty of best validation BLEU
        (1.0 and the size's `lenpens`), and at 1.0; both scored. With an averaged
        checkpoint (`_average`), the best and the averaged one are each decoded and tuned
        on validation, and the one of higher validation BLEU is decoded on test.

        One n-best beam decode per split (`nbest`), re-ranked at every penalty; the
        translations are written to WORK/decode/NAME.test/hyps.lenpenLP.txt.

        Args:
            arm: the Arm (Arm.START for the start).
            seed: int, the arm's seed, or None for the start.
        Returns:
            dict: `scoring.score`'s keys at the tuned penalty (BLEU, chrF on 0-100, ...),
            with "hyps" (str, the translations' file) and "lenpen" (float); "lenpen1": the
            same at 1.0; "valid_bleu": {penalty (str): validation BLEU}.
        Raises:
            EvaluateError, InputError: a refused checkpoint or over-long line (`translate`).
            ValueError: a sentence without hypothesis (`nbest.read_nbest`).
        """
        name = arm.value if seed is None else f"{arm.value}.{seed}"
        trained = self.results[name]
        valid_refs, test_refs = self.references("valid"), self.references("test")
        tokenize = self.bleu_tokenizer()
        # the candidates: the best checkpoint, and G averaged over the last n (size's
        # average_checkpoints > 1); each tuned on validation, the higher validation BLEU
        # kept (the best checkpoint on a tie)
        candidates = {"best": trained["checkpoint"]}
        if trained.get("average_checkpoint"):
            candidates["average"] = trained["average_checkpoint"]
        tuned_of = {}
        for kind, checkpoint in candidates.items():
            label = f"{name}.valid" if kind == "best" else f"{name}.{kind}.valid"
            valid = self._generate(label, checkpoint, "valid", len(valid_refs))
            tuned_of[kind] = nbest.tune(valid, self.size.lenpens,
                                        lambda hyps: scoring.score(hyps, valid_refs,
                                                                   tokenize=tokenize)["bleu"])
        choice = max(tuned_of, key=lambda k: (tuned_of[k]["scores"][tuned_of[k]["lenpen"]],
                                              k == "best"))
        tuned, checkpoint = tuned_of[choice], candidates[choice]
        test = self._generate(f"{name}.test", checkpoint, "test", len(test_refs))
        out = {}
        for key, lenpen in (("tuned", tuned["lenpen"]), ("lenpen1", 1.0)):
            hyps = nbest.choose(test, lenpen)
            path = self.work / "decode" / f"{name}.test" / f"hyps.lenpen{lenpen}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text(path, "".join(h + "\n" for h in hyps))
            out[key] = {"hyps": str(path), "lenpen": lenpen,
                        **scoring.score(hyps, test_refs, tokenize=tokenize)}
        return {**out["tuned"], "lenpen1": out["lenpen1"],
                "valid_bleu": {str(k): v for k, v in tuned["scores"].items()},
                "checkpoint_choice": choice,
                "valid_bleu_by_candidate": {k: t["scores"][t["lenpen"]]
                                            for k, t in tuned_of.items()}}

    def references(self, split):
        """The reference lines of `split` (`PreparedCorpus.references`).

        Args:
            split: str, "valid" or "test".
        Returns:
            List[str], one per sentence.
        Raises:
            CommandError: when the split has no references.
        """
        return self.corpus().references(split)

    # ------------------------------------------------------------------ report
    def finish(self, elapsed):
        """The report: OUT/results.json (`report.build`), OUT/table.md (printed too), the
        curves and the test scores' figure (`draw`).

        Args:
            elapsed: float, this process's wall-clock seconds.
        Returns:
            dict, results.json's content.
        """
        logging.getLogger("matplotlib").setLevel(logging.WARNING)
        out = report.build(self, elapsed)
        write_json(self.out / "results.json", out)
        write_text(self.out / "table.md", report.table(out))
        self.draw(out)
        print(report.table(out))
        print(f"written: {self.out}/results.json, table.md, curves.png, curves_arms.png, "
              "test_scores.png")
        return out

    def draw(self, out):
        """OUT/curves.json, OUT/curves.png (every arm from the start of MLE training),
        OUT/curves_arms.png (the arms after the start checkpoint) and OUT/test_scores.png,
        x in G updates, read from the runs' logs.

        Args:
            out: dict, results.json's content (its "arms" for the test scores).
        Returns:
            None.
        """
        start = self.results["start"]
        runs = [(Arm.START, 1, curves.read_records(start["log"]), lambda u: u)]
        for seed in self.seeds:
            for arm in self.reported_arms():
                if seed not in self.arm_seeds(arm):
                    continue
                spec = TRAINED_ARMS[arm]
                to_x = (lambda u, spec=spec: start["best_update"] + spec.generator_updates(u))
                records = curves.read_records(self.results[f"{arm.value}.{seed}"]["log"])
                runs.append((arm, seed, records, to_x))
        d = self.results.get("discriminator")
        data = curves.collect(runs, start["best_update"],
                              curves.read_d_pretraining(d["log"]) if d else [])
        write_json(self.out / "curves.json", data, indent=None)
        title = f"csgan-nmt comparison, size {self.size.name}"
        curves.draw(data, self.out / "curves.png", title)
        window = curves.arms_window(data)
        curves.draw(data, self.out / "curves_arms.png",
                    f"{title}: the arms, from the start checkpoint on", window)
        curves.draw_test_scores({name: {"bleu": [s["bleu"] for s in arm["seeds"].values()],
                                        "chrf": [s["chrf"] for s in arm["seeds"].values()]}
                                 for name, arm in out["arms"].items()},
                                self.out / "test_scores.png", title)


# books of the bundled training split never used as held-out test verses: they retell the
# books of Samuel and Kings, which the sizes' training reads
RETELLING_BOOKS = ("I Chronicles", "II Chronicles")


def heldout_test(read: int, stride: int, prefix: Path, corpus: Path = CORPUS) -> Path:
    """A test split from the bundled training split's verses that training never reads:
    of the pairs after the first `read` (csgan-prepare's --max-train-sentences), every
    `stride`-th (the 1st, the stride+1-th, ...), leaving out RETELLING_BOOKS.

    Args:
        read: int >= 1, the training pairs training reads (the first ones).
        stride: int >= 1, one verse in `stride` is kept.
        prefix: Path; PREFIX.es, PREFIX.en and PREFIX.ids are written (directory created;
            each file written whole, then renamed).
        corpus: Path of the bundled corpus (train.{es,en,ids}.gz).
    Returns:
        Path `prefix`, for csgan-prepare's --testpref.
    Raises:
        ValueError: when `read` < 1 or `stride` < 1, or nothing is left.
    """
    import gzip

    if read < 1 or stride < 1:
        raise ValueError(f"heldout_test: read {read} and stride {stride} must be >= 1")
    lines = {}
    for ext in ("es", "en", "ids"):
        with gzip.open(corpus / f"train.{ext}.gz", "rt", encoding="utf-8") as fh:
            text = fh.read()  # split on "\n" only, as csgan-prepare reads it
            lines[ext] = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    unread = [i for i in range(read, len(lines["ids"]))
              if lines["ids"][i].rsplit(" ", 1)[0] not in RETELLING_BOOKS]
    kept = unread[::stride]
    if not kept:
        raise ValueError(f"heldout_test: no training verse after the first {read}")
    prefix.parent.mkdir(parents=True, exist_ok=True)
    for ext in ("es", "en", "ids"):
        path = prefix.with_name(f"{prefix.name}.{ext}")
        partial = path.with_name(f".{path.name}.tmp")
        partial.write_text("".join(lines[ext][i] + "\n" for i in kept), encoding="utf-8")
        os.replace(partial, path)
    return prefix


def _init_worker(devices, counter):
    """A worker process of `Recipe.run(jobs=N)`: on a machine with several GPUs, the next one
    round-robin (before CUDA starts)."""
    with counter.get_lock():
        index = counter.value
        counter.value += 1
    if devices > 1:
        os.environ["CUDA_VISIBLE_DEVICES"] = str(index % devices)
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", category=UserWarning)


def _run_in_worker(spec, name, threads):
    torch.set_num_threads(threads)
    recipe = Recipe(**spec)
    recipe.load_markers()
    job = next(j for j in recipe.jobs() if j.name == name)
    return recipe._run_job(job)


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
    if "converged" in result:
        return (f": best checkpoint at update {result['best_update']}"
                f"{'' if result['converged'] else ' (NOT converged: update cap reached)'}")
    if "best_update" in result:
        return f": best validation BLEU at update {result['best_update']}"
    return ""
