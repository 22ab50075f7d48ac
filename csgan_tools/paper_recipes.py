"""csgan-recipe: the paper's settings on your own parallel corpus, from raw text to a plain
fairseq model.

    csgan-recipe {iwslt14-deen,wmt14-ende,nist-zhen} --trainpref RAW/train \\
        --validpref RAW/valid --testpref RAW/test --work DIR [--source-lang de
        --target-lang en] [--tensorboard] [--tiny] [-- fairseq-train options]

Files are PREFIX.LANG (or .gz), one sentence per line, untokenised (nothing is downloaded).
The steps, each skipped once it has finished (a finished training leaves WORK/STAGE/DONE), so
a stopped recipe goes on where it stopped (fairseq resumes an interrupted training from its
checkpoint_last.pt):

1. prepare        csgan-prepare with the recipe's subwords           WORK/data
2. mle            G by MLE, early stopping on validation loss          WORK/mle
3. discriminator  D pretrained from mle's best G to xi = 0.82          WORK/discriminator
4. adversarial    BR-CSGAN (lambda, N = 20, b = 0.5), the checkpoint
                  of best validation BLEU kept, stopping when it no
                  longer improves                                      WORK/adversarial
5. export         csgan-export of mle's best (mle.pt) and adversarial's
                  best (model.pt), with the dictionaries and subword
                  models fairseq-interactive and the hub need          WORK/export
6. evaluate       both exports on the test split with plain fairseq,
                  sacreBLEU, approximate randomisation                 WORK/eval, WORK/summary.json

`--tiny` keeps every step and option but shrinks the model, the vocabulary, the updates and
N, so that a small slice runs end to end in seconds (the tests). The settings, side by side
with the paper's and the authors' code's, are in the README ("Recipes for your own data").
One training seed: the recipe trains and exports; whether the adversarial stage beat MLE on
your data needs the comparison recipe's control arm and seeds (csgan-compare --prepared).
"""

import argparse
import shutil
import sys
import warnings
from pathlib import Path

from csgan_preprocess.prepare import main as prepare_corpus

from . import fairseq_options, fairseq_runs, significance

from . import evaluate as evaluation
from . import export as exporting
from . import (CommandError, add_tokenize_option, read_json, refuse_as_one_line,
               split_at_dashes, write_json)
from .prepared import PreparedCorpus
from .progress import Progress
from .recipe_settings import RECIPES, PaperRecipe



class Run:
    """The steps of one recipe in one work directory.

    Args:
        recipe: PaperRecipe, the settings (`tiny()` already applied where asked).
        args: argparse.Namespace from `parse_args` (work, source_lang, target_lang, the raw
            prefixes, seed, tokenize, workers, tensorboard, tiny, fairseq).
    Attributes:
        r: the PaperRecipe.
        args: the Namespace.
        work: Path, --work resolved.
        data: Path WORK/data, the csgan-prepare output.
        src, tgt: str, the source and target language codes.
        tokenize: str, BLEU's sacreBLEU tokenizer, set by `run` (read by `evaluate`).
    """

    def __init__(self, recipe: PaperRecipe, args):
        self.r, self.args, self.work = recipe, args, args.work.resolve()
        self.data = self.work / "data"
        self.src, self.tgt = args.source_lang, args.target_lang

    # ------------------------------------------------------------------ steps
    def prepare(self):
        """Step 1: csgan-prepare of the raw text into WORK/data with the recipe's subwords
        (sentencepiece, `vocab_size`, joint or separate) and `max_len`.

        Raises:
            PrepareError: a bad raw corpus or option (csgan_preprocess).
        """
        a = self.args
        argv = ["--source-lang", self.src, "--target-lang", self.tgt, "--trainpref",
                a.trainpref, "--validpref", a.validpref, "--testpref", a.testpref,
                "--destdir", self.data, "--vocab-size", self.r.vocab_size,
                "--max-len", self.r.max_len, "--workers", a.workers]
        argv += ["--joined-dictionary"] if self.r.joint_subwords else ["--separate-subwords"]
        prepare_corpus([str(x) for x in argv])

    def command(self) -> fairseq_options.TrainingCommand:
        """The recipe's fairseq-train command lines: its G and D, batch size, seed, log
        interval, and the options the user gave after --."""
        r = self.r
        return fairseq_options.TrainingCommand(
            self.data / "bin", (*r.generator, *r.discriminator),
            ("--max-tokens", r.max_tokens, "--seed", self.args.seed,
             "--log-interval", "10" if not self.args.tiny else "1",
             "--required-batch-size-multiple", "1"), tuple(self.args.fairseq))

    def _fairseq_train(self, stage, argv):
        save = self.work / stage
        save.mkdir(parents=True, exist_ok=True)
        (self.work / "logs").mkdir(exist_ok=True)
        if self.args.tensorboard:
            argv = [*argv, "--tensorboard-logdir", self.work / "tensorboard" / stage]
        log = self.work / "logs" / f"{stage}.log"
        status = fairseq_runs.train(self.command()(save, *argv), log,
                                    Progress(stage, _budget(stage, argv, self.r)))
        return fairseq_runs.check_status(stage, status, log, stage == "discriminator")

    def _eval_bleu(self):
        return fairseq_options.validation_bleu(PreparedCorpus(self.data).remove_bpe,
                                               self.args.tokenize)

    def mle(self):
        """Step 2: G by MLE (label-smoothed, 0.1) into WORK/mle, early stopping on validation
        loss after `mle_patience` validations without improvement; fairseq resumes an
        interrupted run from WORK/mle/checkpoint_last.pt.

        Raises:
            TrainingError: when fairseq-train exits with a non-zero status.
        """
        r = self.r
        self._fairseq_train("mle", [
            "--csgan-stage", "mle", *r.mle, "--max-update", r.mle_max_update,
            "--validate-interval-updates", r.validate_every, "--save-interval-updates",
            r.validate_every, "--keep-interval-updates", "1", "--patience", r.mle_patience])

    def discriminator(self):
        """Step 3: D pretrained into WORK/discriminator on gold translations against those
        of mle's best G (WORK/mle/checkpoint_best.pt, frozen), until its held-out accuracy
        reaches xi (`d_target`) or `d_max_updates` run out; the latter (exit status 3) is
        noted on stderr and the recipe goes on.

        Raises:
            TrainingError: when fairseq-train exits with another non-zero status.
        """
        r = self.r
        status = self._fairseq_train("discriminator", [
            "--csgan-stage", "discriminator", "--generator-checkpoint",
            self.work / "mle" / "checkpoint_best.pt", "--lr", "0.0001", "--d-lr", r.d_lr,
            "--d-target-accuracy", r.d_target, "--d-max-updates", r.d_max_updates,
            "--d-eval-interval", r.d_eval_interval, "--max-update", "100000000",
            "--disable-validation"])
        from csgan_nmt.stages import EXIT_D_BUDGET_EXHAUSTED

        if status == EXIT_D_BUDGET_EXHAUSTED:
            print(f"csgan-recipe: D stopped at its budget of {r.d_max_updates} updates "
                  f"below xi = {r.d_target} (see logs/discriminator.log); going on",
                  file=sys.stderr)

    def adversarial_start(self):
        """From D pretraining's checkpoint with fresh optimisers and counters; once the stage
        has saved, nothing: fairseq resumes from its checkpoint_last.pt (a --restore-file
        would win over it, and the run would start over from D's checkpoint).

        Returns:
            list: [] when WORK/adversarial/checkpoint_last.pt exists, else --restore-file
            WORK/discriminator/checkpoint_last.pt (a Path) and the four --reset-* options.
        """
        if (self.work / "adversarial" / "checkpoint_last.pt").exists():
            return []
        return fairseq_options.fresh_start(self.work / "discriminator" / "checkpoint_last.pt")

    def adversarial(self):
        """Step 4: BR-CSGAN into WORK/adversarial (reward lambda * (D - b) + (1 - lambda) *
        sentence-BLEU, N rollouts per prefix, D trained along with RMSProp and clipping),
        validated by greedy BLEU every `adversarial_validate_every` updates; the checkpoint
        of best validation BLEU is kept, and the stage stops after `adversarial_patience`
        validations without improvement or at `adversarial_max_update`.

        Raises:
            TrainingError: when fairseq-train exits with a non-zero status.

        Source: Yang et al., NAACL 2018, section 3 (BR-CSGAN).
        """
        r = self.r
        self._fairseq_train("adversarial", [
            "--csgan-stage", "adversarial", *self.adversarial_start(),
            "--lr", r.adversarial_lr, "--lr-scheduler", "fixed",
            "--reward-lambda", r.reward_lambda, "--reward-baseline", r.reward_baseline,
            "--rollouts", r.rollouts, "--d-adversarial-lr", r.d_adversarial_lr,
            "--d-clip-value", r.d_clip, "--max-update", r.adversarial_max_update,
            "--validate-interval-updates", r.adversarial_validate_every,
            "--save-interval-updates", r.adversarial_validate_every,
            "--keep-interval-updates", "1", "--patience", r.adversarial_patience,
            *self._eval_bleu(), "--best-checkpoint-metric", "bleu",
            "--maximize-best-checkpoint-metric"])

    def export(self):
        """Step 5: csgan-export of mle's best (WORK/export/mle.pt) and adversarial's best
        (WORK/export/model.pt), with the dictionaries (dict.LANG.txt) and sentencepiece
        models (spm*.model) fairseq-interactive and the hub need; prints each summary.

        Raises:
            ExportError: a missing or refused checkpoint, or an unwritable output.
        """
        out = self.work / "export"
        out.mkdir(parents=True, exist_ok=True)
        for stage, name in (("mle", "mle.pt"), ("adversarial", "model.pt")):
            print(exporting.export(self.work / stage / "checkpoint_best.pt", out / name))
        for lang in (self.src, self.tgt):
            shutil.copy(self.data / "bin" / f"dict.{lang}.txt", out)
        for model in (self.data / "subword").glob("spm*.model"):
            shutil.copy(model, out)

    def evaluate(self):
        """Step 6: both exports on the test split with plain fairseq (`evaluate.evaluate`:
        the recipe's beam, length penalty, BLEU case, the length cap
        1.5 x source length + 10), and the adversarial model against MLE's by approximate
        randomisation (1,000 resamples; case-sensitive BLEU, and chrF); writes WORK/eval/ and
        WORK/summary.json. Needs `tokenize` (set by `run`).

        Returns:
            dict: "recipe", "tiny", "languages"; "test": {"mle", "model": {"bleu", "chrf"
            (0-100), "len_ratio", "bleu_signature"}}; "adversarial_vs_mle": {"bleu",
            "chrf": {"delta" (score points), "p" (in (0, 1]), "test"}}; "export" (str,
            the path of model.pt).
        Raises:
            EvaluateError, CommandError: a refused checkpoint, missing references or
            hypotheses.
        """
        r, scores, hyps = self.r, {}, {}
        for name in ("mle", "model"):
            scores[name] = evaluation.evaluate(
                self.data, self.work / "export" / f"{name}.pt", self.work / "eval", name,
                beam=r.beam, lenpen=r.lenpen, lowercase=r.lowercase_bleu,
                extra=fairseq_options.length_cap(), tokenize=self.tokenize)
            hyps[name] = (self.work / "eval" / f"{name}.hyp.{self.tgt}").read_text(
                encoding="utf-8").splitlines()
        refs = PreparedCorpus(self.data).references("test")
        test = significance.sentence_level(hyps["mle"], {"model": hyps["model"]}, refs, 1000,
                                           tokenize=self.tokenize, lowercase=r.lowercase_bleu)
        summary = {"recipe": r.name, "tiny": self.args.tiny, "languages": [self.src, self.tgt],
                   "test": {k: {m: v[m] for m in ("bleu", "chrf", "len_ratio",
                                                   "bleu_signature")}
                            for k, v in scores.items()},
                   "adversarial_vs_mle": test["model"],
                   "export": str(self.work / "export" / "model.pt")}
        write_json(self.work / "summary.json", summary)
        return summary

    def check_settings(self):
        """A work directory belongs to one recipe, size, corpus and set of fairseq options:
        its finished steps would otherwise be reported for another.

        Records the settings (recipe, tiny, languages, resolved raw prefixes, seed, the
        options after --, and --tokenize when given) in WORK/recipe.json on the first run
        (creating WORK); later runs must match them.

        Raises:
            RecipeError: naming the settings that differ from WORK/recipe.json.
        """
        a = self.args
        settings = {"recipe": self.r.name, "tiny": a.tiny, "languages": [self.src, self.tgt],
                    "raw": [str(Path(x).resolve()) for x in (a.trainpref, a.validpref,
                                                              a.testpref)],
                    "seed": a.seed, "fairseq": a.fairseq,
                    # recorded only when given: older work directories hold no such key
                    **({"tokenize": a.tokenize} if a.tokenize else {})}
        record = self.work / "recipe.json"
        if record.exists():
            before = read_json(record, "csgan-recipe's settings record")
            if before != settings:
                changed = sorted(k for k in settings if before.get(k) != settings[k])
                raise RecipeError(f"--work {self.work} holds a run with other settings "
                                  f"({', '.join(changed)}: {before}); use another --work")
            return
        self.work.mkdir(parents=True, exist_ok=True)
        write_json(record, settings)

    def run(self):
        """Every step not done yet, in order: prepare, mle, discriminator, adversarial,
        export, evaluate. A step is done once its marker exists (WORK/data/prepare.json,
        WORK/STAGE/DONE, WORK/summary.json); a training step interrupted before its DONE
        resumes from its checkpoint_last.pt. BLEU's tokenizer and the work directory's
        settings are checked first, before any training.

        Returns:
            dict, WORK/summary.json (`evaluate`'s).
        Raises:
            OptionError: (csgan_nmt.refusal) an unknown --tokenize or one with missing
                dependencies.
            RecipeError: other settings in WORK.
            TrainingError: a failed fairseq-train (fairseq_runs.check_status).
            PrepareError, ExportError, EvaluateError, CommandError: from the steps.
        """
        from csgan_nmt.bleu_tokenize import choose

        # BLEU's tokenizer for the target language: refused now, not after training
        self.tokenize = choose(self.tgt, self.args.tokenize)
        self.check_settings()
        # a finished training is marked DONE: run again, fairseq would resume it and train on
        # (its patience counter is not in the checkpoint); an unfinished one resumes
        steps = [("prepare", self.prepare, self.data / "prepare.json"),
                 ("mle", self.mle, self.work / "mle" / "DONE"),
                 ("discriminator", self.discriminator, self.work / "discriminator" / "DONE"),
                 ("adversarial", self.adversarial, self.work / "adversarial" / "DONE"),
                 ("export", self.export, self.work / "export" / "DONE"),
                 ("evaluate", self.evaluate, self.work / "summary.json")]
        for name, step, done in steps:
            if name == "mle" and not done.exists():  # BLEU's tokenizer fits the references?
                from csgan_nmt.bleu_tokenize import check_references

                check_references(PreparedCorpus(self.data).references("valid"), self.tgt,
                                 self.args.tokenize)
            if done.exists() and done.suffix == ".json" and not _readable(done):
                # an unreadable record (an older version's, cut short): not done
                print(f"csgan-recipe: {name}: {done} cannot be read; running {name} again")
            elif done.exists():
                print(f"csgan-recipe: {name}: done before ({done})")
                continue
            print(f"csgan-recipe: {name} ...", flush=True)
            step()
            if done.name == "DONE":
                done.touch()
        return read_json(self.work / "summary.json", "csgan-recipe's summary")


def _budget(stage, argv, recipe) -> int:
    """A stage's budget in fairseq updates for its progress line: D pretraining's
    --d-max-updates, else the run's --max-update (the recipe's own)."""
    def value(option, default):
        argv_ = [str(a) for a in argv]
        return int(float(argv_[argv_.index(option) + 1])) if option in argv_ else default

    if stage == "discriminator":
        return value("--d-max-updates", 1000)
    return value("--max-update", 1000)


def _readable(path) -> bool:
    try:
        read_json(path, "record")
    except CommandError:
        return False
    return True


class RecipeError(CommandError):
    """--work holds a run with other settings. A CommandError: csgan-recipe prints it as one
    line (exit status 1)."""


def parse_args(argv=None):
    """csgan-recipe's command line.

    Args:
        argv: list of str, the arguments (None: sys.argv[1:]); those after the first `--`
            go to every fairseq-train run.
    Returns:
        (args, recipe): argparse.Namespace (recipe, trainpref, validpref, testpref,
        source_lang and target_lang defaulting to the recipe's, work (Path), seed (int),
        tokenize, workers, tensorboard, tiny, fairseq (list of str)), and the PaperRecipe
        (its `tiny()` with --tiny).
    Raises:
        SystemExit: status 2 with argparse's usage message on a bad option; 0 for -h.
    """
    p = argparse.ArgumentParser(
        prog="csgan-recipe",
        description="Prepare your parallel text, train G (MLE), D (to xi) and BR-CSGAN with "
                    "the paper's settings for the corpus, export G as a plain fairseq model "
                    "and evaluate it. Options after -- go to every fairseq-train run "
                    "(e.g. -- --fp16, or -- --cpu).")
    p.add_argument("recipe", choices=sorted(RECIPES))
    p.add_argument("--trainpref", required=True, help="raw training text PREFIX.LANG(.gz)")
    p.add_argument("--validpref", required=True)
    p.add_argument("--testpref", required=True)
    p.add_argument("--source-lang", help="default: the recipe's (de, en, zh)")
    p.add_argument("--target-lang", help="default: the recipe's (en, de, en)")
    p.add_argument("--work", type=Path, required=True, help="data, checkpoints, exports, logs")
    p.add_argument("--seed", type=int, default=1)
    add_tokenize_option(p)
    p.add_argument("--workers", type=int, default=2, help="fairseq-preprocess workers")
    p.add_argument("--tensorboard", action="store_true",
                   help="--tensorboard-logdir WORK/tensorboard/STAGE for every stage "
                        "(needs the tensorboard extra: pip install 'csgan-nmt[tensorboard]')")
    p.add_argument("--tiny", action="store_true",
                   help="tiny model, vocabulary and updates: checks the pipeline in seconds")
    ours, args_fairseq = split_at_dashes(argv)
    args = p.parse_args(ours)
    args.fairseq = args_fairseq
    recipe = RECIPES[args.recipe]
    args.source_lang = args.source_lang or recipe.languages[0]
    args.target_lang = args.target_lang or recipe.languages[1]
    return args, recipe.tiny() if args.tiny else recipe


@refuse_as_one_line("csgan-recipe")
def main(argv=None):
    """The csgan-recipe command: run every step of a paper recipe not done yet in --work
    (`Run.run`) and print test BLEU of MLE and of the adversarial model, their difference
    with its approximate-randomisation p (one seed) and the exported model's path.

    Args:
        argv: list of str, the arguments (None: sys.argv[1:]).
    Returns:
        None (exit status 0).
    Raises:
        SystemExit: status 1 after one line ``csgan-recipe: error: MESSAGE`` on stderr for
            a refusal (`csgan_tools.is_refusal`: a CommandError such as RecipeError,
            TrainingError, ExportError, EvaluateError; a PrepareError; the plugin's
            OptionError or InputError); status 2 for a bad option (argparse).
    """
    args, recipe = parse_args(argv)
    # fairseq 0.12 / hydra deprecation notices would bury the progress lines; every run's
    # full log is in WORK/logs
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", category=UserWarning)
    summary = Run(recipe, args).run()
    test, vs = summary["test"], summary["adversarial_vs_mle"]
    print(f"csgan-recipe {recipe.name}: test BLEU {test['mle']['bleu']:.2f} (MLE) -> "
          f"{test['model']['bleu']:.2f} (adversarial), delta {vs['bleu']['delta']:+.2f} "
          f"(approximate randomisation, two-sided p = {vs['bleu']['p']}, one seed); "
          f"exported: {summary['export']}")


if __name__ == "__main__":
    main()
