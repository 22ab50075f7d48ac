"""What the csgan_nmt task measures and logs: validation (the user's --criterion, --eval-bleu's
BLEU with sacreBLEU's tokenizer for the target language, the diagnostics of
validation_diagnostics.py) and the metrics of every interval, by phase. `ValidationAndMetrics`
is a base of the task (task.py).
"""

import logging

from fairseq import metrics, utils

from . import bleu_tokenize, validation_diagnostics
from .logging_outputs import by_phase, stage_of, sum_logs
from .stages import Phase, Stage

logger = logging.getLogger(__name__)


class ValidationAndMetrics:
    """The task's validation and metrics (a base of CSGANTranslationTask, before fairseq's
    TranslationTask; reads its `cfg`, `tgt_dict`, criteria and `_validation_bleu`)."""

    def validation_bleu(self):
        """sacreBLEU's BLEU of --eval-bleu, with tokenizer 'none' under
        --eval-tokenized-bleu (as fairseq), else --eval-bleu-tokenize or the one sacreBLEU's
        command line chooses for --target-lang (bleu_tokenize.py). Built and logged once.

        Returns:
            sacrebleu.metrics.BLEU; its corpus_score gives BLEU in [0, 100].
        Raises:
            OptionError: an unknown --eval-bleu-tokenize, or a tokenizer whose dependencies
                are not installed.

        Source: sacreBLEU (Post, WMT 2018).
        """
        if self._validation_bleu is None:
            self._validation_bleu = bleu_tokenize.bleu(
                self.cfg.target_lang, "none" if self.cfg.eval_tokenized_bleu
                else self.cfg.eval_bleu_tokenize, option="--eval-bleu-tokenize")
            logger.info(f"csgan: validation BLEU (--eval-bleu) uses sacreBLEU's tokenizer "
                        f"{self._validation_bleu.tokenizer_signature} for target language "
                        f"{self.cfg.target_lang}")
        return self._validation_bleu

    def valid_step(self, sample, model, criterion):
        """Validate one batch as fairseq's TranslationTask does (the user's --criterion on G in
        eval mode, no gradient; --eval-bleu's BLEU statistics with sacreBLEU's tokenizer for
        the target language), and add the validation diagnostics (validation_diagnostics.py):
        peakiness always; KL(G_start || G) in the adversarial stage under --kl-from-start;
        D's accuracy from stage discriminator on, its negatives drawn with seed
        --seed + the batch's first sample id.

        Args:
            sample: dict, the validation batch as fairseq's LanguagePairDataset collates it.
            model: CSGANModel.
            criterion: FairseqCriterion, the trainer's --criterion.
        Returns:
            (loss, sample_size, logging_output): the criterion's loss and sample size, and
            its logging output plus peak_sum / peak_n, kl_sum / kl_n and d_valid_correct /
            d_valid_n where measured.
        """
        loss, sample_size, logging_output = super().valid_step(sample, model, criterion)
        logging_output.update(validation_diagnostics.peakiness_log(
            model.generator, sample, self.target_dictionary.pad()))
        if model.start_generator is not None and model.stage.current == Stage.ADVERSARIAL:
            logging_output.update(validation_diagnostics.kl_log(
                model.start_generator, model.generator, sample, self.target_dictionary.pad()))
        if model.stage.current != Stage.MLE:  # D is untrained before its stage
            seed = int(self.cfg.seed) + int(sample["id"][0])
            logging_output.update(validation_diagnostics.discriminator_log(
                self.discriminator_criterion, model, sample, seed))
        return loss, sample_size, logging_output

    def _inference_with_bleu(self, generator, sample, model):
        """Corpus BLEU statistics of G's translations of `sample` (fairseq's --eval-bleu),
        detokenised as fairseq does, with sacreBLEU's tokenizer for the target language
        (fairseq's own always uses 13a). Returns sacrebleu's BLEUScore."""
        def text(tokens, unk):  # an <unk> of a reference never matches one of a hypothesis
            s = self.tgt_dict.string(tokens.int().cpu(), self.cfg.eval_bleu_remove_bpe,
                                     unk_string=unk)
            return self.tokenizer.decode(s) if self.tokenizer else s

        translations = self.inference_step(generator, [model], sample, prefix_tokens=None)
        hyps = [text(t[0]["tokens"], "UNKNOWNTOKENINHYP") for t in translations]
        refs = [text(utils.strip_pad(target, self.tgt_dict.pad()), "UNKNOWNTOKENINREF")
                for target in sample["target"][:len(translations)]]
        if self.cfg.eval_bleu_print_samples:
            logger.info(f"example hypothesis: {hyps[0]}")
            logger.info(f"example reference: {refs[0]}")
        return self.validation_bleu().corpus_score(hyps, [refs])

    @staticmethod
    def logging_outputs_can_be_summed(criterion) -> bool:
        """Whether train_step's and valid_step's logging outputs can be summed across
        workers before reduce_metrics (fairseq's fast stat sync), as fairseq asks.

        Args:
            criterion: FairseqCriterion, the trainer's --criterion.
        Returns:
            bool, the --criterion class's answer: phase and stage tags are one-hot counts
            (logging_outputs.py) and the D and policy-gradient logs are sums.
        """
        return type(criterion).logging_outputs_can_be_summed()

    def reduce_metrics(self, logging_outputs, criterion):
        """Aggregate the logging outputs of an interval into fairseq's metrics, by phase:
        the teacher-forcing ones (and fairseq's untagged ones, e.g. validation) through
        TranslationTask's reduce_metrics and the --criterion (wpb, wps, bsz, loss, BLEU);
        the D and policy-gradient ones through their criteria's reduce_metrics; logs whose
        every micro-batch was skipped for a non-finite loss through none. Also logs the
        validation diagnostics, nonfinite (skipped micro-batches), csgan_stage (the latest
        stage) and, for an interval without a teacher-forcing update, a `loss` of
        (d_loss + pg_loss) / sample_size (weighted by the sample size in D pretraining, by
        0 otherwise) in place of fairseq's -1.

        Args:
            logging_outputs: list of dict, the logging outputs (summed over workers where
                they can be).
            criterion: FairseqCriterion, the trainer's --criterion.
        Returns:
            None.
        """
        groups = by_phase(logging_outputs)
        if groups[Phase.TEACHER_FORCING] or not logging_outputs:
            super().reduce_metrics(groups[Phase.TEACHER_FORCING], criterion)
        for phase, adversarial in self._adversarial_criteria.items():
            if groups[phase]:
                adversarial.reduce_metrics(groups[phase])
        validation_diagnostics.reduce_metrics(logging_outputs)
        skipped = sum_logs(logging_outputs, "nonfinite")
        if skipped:
            metrics.log_scalar_sum("nonfinite", skipped, round=0)
        stages = [stage_of(log) for log in logging_outputs if stage_of(log) is not None]
        if stages:
            metrics.log_scalar("csgan_stage", int(max(stages)), weight=0, round=0)
        if logging_outputs and not groups[Phase.TEACHER_FORCING]:
            # fairseq's trainer logs loss=-1 for an update without a 'loss', which would drag
            # the interval average down: log D's loss, averaged in D pretraining and with
            # weight 0 (shown only if nothing else is) between the adversarial MLE updates.
            n = sum_logs(logging_outputs, "sample_size")
            loss = sum_logs(logging_outputs, "d_loss") + sum_logs(logging_outputs, "pg_loss")
            weight = n if max(stages, default=0) == Stage.DISCRIMINATOR else 0
            metrics.log_scalar("loss", loss / max(n, 1), weight, round=3)
