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

The jobs are run by runner.JobRunner: each finished job leaves a marker with its result in
WORK/done/, so an interrupted recipe re-run with the same options picks up where it stopped
(a job cut short runs again; the start and the policy-gradient and MLE arms go on from their
last checkpoint). With `jobs` > 1, independent jobs run at once as separate processes. The
report (results.json, the table, the figures) is report.py's.
"""

import shutil
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from csgan_preprocess.prepare import main as prepare_corpus
from csgan_tools import fairseq_options, fairseq_runs
from csgan_tools.prepared import PreparedCorpus
from csgan_tools.progress import Progress

from . import decoding, report, training
from .arms import PRIMARY_ARMS, TRAINED_ARMS, Arm
from .corpus import CORPUS, heldout_test
from .runner import Job, JobRunner
from .sizes import Size


@dataclass
class Recipe:
    """The comparison recipe of one size in one work directory: its plan of jobs and the
    jobs themselves (fairseq runs in this process or in --jobs workers, run by `runner`).

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
        runner: runner.JobRunner of `work`, sharing `results`.
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
        self.runner = JobRunner(self.work, self.results, self.size.threads,
                                self.size.eta_priors)

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
        jobs += [Job("start", "start", lambda: training.train_start(self), data),
                 Job("start.test", "decode", lambda: decoding.decode(self, Arm.START, None),
                     ("start",))]
        specs = [TRAINED_ARMS[a] for a in self.size.arms]
        if any(s.uses_discriminator and not s.prefix_discriminator for s in specs):
            jobs.append(Job("discriminator", "discriminator",
                            lambda: training.pretrain_discriminator(self), ("start",)))
        if any(s.prefix_discriminator for s in specs):
            jobs.append(Job("discriminator_prefix", "discriminator",
                            lambda: training.pretrain_discriminator(self, prefixes=True), ("start",)))
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
                jobs.append(Job(name, kind, lambda arm=arm, seed=seed: training.train_arm(
                    self, arm, seed), tuple(after)))
                jobs.append(Job(f"{name}.test", "decode",
                                lambda arm=arm, seed=seed: decoding.decode(self, arm, seed), (name,)))
        return jobs

    def run(self, jobs: int = 1):
        """Every job not done yet (`runner.JobRunner.run`), then the report
        (`report.write`).

        Args:
            jobs: int >= 1, jobs run at once (> 1: spawned worker processes, the size's
                threads divided among them on a CPU, round-robin over several GPUs).
        Returns:
            dict, results.json (`report.build`; also written with table.md and the figures
            under `out`).
        Raises:
            TrainingError: a failed fairseq-train (naming the job and its log).
            RuntimeError: jobs left waiting on jobs that never ran.
            Exception: any other error of a job, re-raised (from its worker with --jobs).
        """
        self.out.mkdir(parents=True, exist_ok=True)
        elapsed = self.runner.run(self.jobs(), jobs, (rebuild, self.worker_spec()))
        return report.write(self, elapsed)

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

    # ------------------------------------------------------------------ fairseq runs
    def command(self) -> fairseq_options.TrainingCommand:
        """The fairseq-train command lines of this comparison: the size's G and D, positions
        capped at 200, the size's log interval, greedy validation BLEU (the corpus's
        subwords, `tokenize`), validation and saving only where a run asks.

        Returns:
            fairseq_options.TrainingCommand.
        Raises:
            CommandError: when the data has no prepare.json (read for its subword scheme).
        """
        s = self.size
        return fairseq_options.TrainingCommand(
            self.data / "bin", (*s.generator, *s.discriminator), (
                "--max-source-positions", "200", "--max-target-positions", "200",
                "--log-interval", str(s.log_interval),
                *fairseq_options.validation_bleu(self.corpus().remove_bpe, self.tokenize),
                "--validate-interval", "1000000", "--save-interval", "1000000"))

    def train(self, name, options, resume=False, total=None, d_pretraining=False):
        """fairseq-train into WORK/NAME (`command` with `options`), logging to
        WORK/logs/NAME.log, its progress shown live when `total` (the run's budget in
        updates) is given (`csgan_tools.progress`). A run cut short starts over, or with
        `resume` goes on from its checkpoint_last.pt (fairseq's own resume; the log is
        continued).

        Args:
            name: str, the run's directory and log name.
            options: list, the run's own fairseq-train options.
            resume: bool, keep WORK/NAME and the log.
            total: int or None, the run's budget in updates for the progress line.
            d_pretraining: bool, accept exit status 3 (D stopped at its budget below xi).
        Returns:
            (status, log): int exit status (0, or 3 for D pretraining), Path of the log.
        Raises:
            TrainingError: on another exit status (`fairseq_runs.check_status`).
        """
        log = self.work / "logs" / f"{name}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        if not resume:
            shutil.rmtree(self.work / name, ignore_errors=True)
            log.unlink(missing_ok=True)
        status = fairseq_runs.train(self.command()(self.work / name, *options), log,
                                    Progress(name, total) if total else None)
        return fairseq_runs.check_status(name, status, log, d_pretraining), log

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


def rebuild(spec):
    """A --jobs worker's recipe (`runner.JobRunner.run`'s `rebuild`): Recipe(**spec) with
    the markers read, and its plan.

    Args:
        spec: dict, `Recipe.worker_spec`.
    Returns:
        (JobRunner, list of Job).
    """
    recipe = Recipe(**spec)
    recipe.runner.load_markers()
    return recipe.runner, recipe.jobs()
