"""The csgan_nmt task: MLE pretraining, D pretraining to a target accuracy, adversarial training.

The schedule (which stage, which phase each update runs, when D pretraining ends) is
csgan_nmt/stages.py; the D and policy-gradient losses and their metrics are
discriminator_loss.py and policy_gradient.py; the MLE phases use the user's --criterion.
Distributed training, mixed precision and non-finite losses: distributed.py,
mixed_precision.py, nonfinite.py; what a training run would trip over later is checked
when the task is set up and the data loaded (run_checks.py, a base of the task; checkpoints:
checkpoint_check.py); what it measures and logs, validation.py (another base). This class
asks the schedule before every update and acts: it runs the phase's loss, steps only the
optimiser of the model part that phase trains (CSGANOptimizer, which also clips D), lets the
D-pretraining control measure D on the held-out set (discriminator_pretraining.py), and
records stage changes in the model (so they survive resume).

The run's options the task reads (--seed, --valid-subset, ...) are fields of CSGANConfig
interpolated from the root config (fairseq's II), as TranslationConfig's train_subset is; the
root itself is reached (`_run_config`) only for the optimizer, which is absent where nothing
is trained, for the sections checked before training, and to end a run.
"""

import logging
import os

import torch
from fairseq import metrics
from fairseq.tasks import register_task
from fairseq.tasks.translation import TranslationTask

from . import generator_checkpoint, mixed_precision
from .config import CSGANConfig, validate
from .distributed import WorkerSeeds
from .model import CSGANModel
from .optimizer import D_ADVERSARIAL, D_PRETRAIN, GENERATOR, CSGANOptimizer
from .discriminator import CNNDiscriminator, DiscriminatorConfig
from .discriminator_loss import DiscriminatorCriterion
from .discriminator_pretraining import DiscriminatorPretraining
from .logging_outputs import tags
from .nonfinite import NonFiniteGuard, is_finite, skipped_log
from .policy_gradient import PolicyGradientCriterion
from .refusal import MissingInputError, OptionError, install_excepthook
from .run_checks import TrainingRunChecks
from .stages import EXIT_D_BUDGET_EXHAUSTED, DOutcome, Phase, Schedule, Stage
from .validation import ValidationAndMetrics

logger = logging.getLogger(__name__)


@register_task("csgan_nmt", dataclass=CSGANConfig)
class CSGANTranslationTask(TrainingRunChecks, ValidationAndMetrics, TranslationTask):
    """Conditional sequence GAN training of an NMT generator (--task csgan_nmt): fairseq's
    TranslationTask (data, dictionaries, --eval-bleu) that trains a CSGANModel, G and a CNN
    D, through the stages mle -> discriminator -> adversarial, one phase per update (module
    docstring; stages.py). BR-CSGAN reward: lambda * (D - b) + (1 - lambda) * sentence BLEU.

    Args:
        cfg: CSGANConfig, the task's options (checked here by config.validate).
        src_dict: fairseq Dictionary of the source language.
        tgt_dict: fairseq Dictionary of the target language.
    Attributes:
        schedule: stages.Schedule, the stage and phase decisions.
        discriminator_criterion: DiscriminatorCriterion, D's loss (DISCRIMINATOR phase).
        policy_gradient_criterion: PolicyGradientCriterion, G's sequence-level loss
            (POLICY_GRADIENT phase); TEACHER_FORCING uses the trainer's --criterion.
        d_pretraining: DiscriminatorPretraining, the held-out control of D pretraining.
    Raises:
        OptionError: an option out of range or a refused combination (validate).

    Source: Yang et al., NAACL 2018, "Improving Neural Machine Translation with Conditional
    Sequence Generative Adversarial Nets" (BR-CSGAN); fairseq's TranslationTask.
    """

    cfg: CSGANConfig

    def __init__(self, cfg: CSGANConfig, src_dict, tgt_dict):
        super().__init__(cfg, src_dict, tgt_dict)
        validate(cfg, self._optimizer_name())
        self.schedule = Schedule.from_config(cfg)
        self.discriminator_criterion = DiscriminatorCriterion(self)
        self.policy_gradient_criterion = PolicyGradientCriterion(self)
        self._adversarial_criteria = {
            Phase.DISCRIMINATOR: self.discriminator_criterion,
            Phase.POLICY_GRADIENT: self.policy_gradient_criterion,
        }
        self.d_pretraining = DiscriminatorPretraining(self)
        self._phase = Phase.TEACHER_FORCING
        self._stage_announced = False
        self._nonfinite = NonFiniteGuard(cfg.max_nonfinite_updates)
        self._seeds = None  # WorkerSeeds, built with the run's --seed on the first update
        self._step_update, self._backpropagated = None, False  # see _new_trainer_step
        self._validation_bleu = None  # --eval-bleu's sacreBLEU metric, built once

    @classmethod
    def setup_task(cls, cfg, **kwargs):
        """Set up the task as fairseq's TranslationTask does (infer the language pair, load
        the dictionaries, build the task, which validates the options); for a training run
        (an --optimizer set, not a checkpoint loaded with from_checkpoint=True) also check,
        before any data is loaded, what fairseq-train would trip over later: the DDP backend
        with several workers, the precision (--amp, --memory-efficient-fp16/-bf16, --bf16
        without CUDA), the checkpoint to resume from (a damaged checkpoint_last.pt is
        repaired from the newest intact one with one worker), and --eval-bleu's tokenizer.
        It also changes the run's config: --load-checkpoint-on-all-dp-ranks with several
        workers, --fp16-no-flatten-grads under --fp16, and no --tpu under --bf16 on a CUDA
        GPU (fairseq 0.12 sets it with --bf16).

        Args:
            cfg: CSGANConfig (omegaconf DictConfig), the task's section of the run config.
            **kwargs: fairseq's (from_checkpoint: bool).
        Returns:
            CSGANTranslationTask.
        Raises:
            OptionError: a refused option or combination (validate, the DDP backend, the
                precision, --eval-bleu-tokenize).
            CheckpointError: (an InputError) the checkpoint to resume from is unreadable,
                unsafe, or a --restore-file that does not exist.
            RuntimeError: a training run whose root config cannot be reached.
        """
        install_excepthook()  # fairseq-train / -generate: the plugin's refusals as one line
        task = super().setup_task(cfg, **kwargs)
        # a training run (not a checkpoint loaded to translate or to benchmark)
        if task._optimizer_name() is not None and not kwargs.get("from_checkpoint", False):
            task._check_training_run(task._required_run_config())
            task._check_auto_budget(task._required_run_config())
            if cfg.eval_bleu:  # refused now (e.g. ja-mecab not installed), not at validation
                task.validation_bleu()
        return task

    # ------------------------------------------------------------------ model
    def build_model(self, cfg, from_checkpoint=False):
        """Build the model as fairseq does, wrapped: G from --arch (TranslationTask's
        build_model, including --eval-bleu's sequence generator, which decodes with G),
        G's weights from --generator-checkpoint for a new model (not when a checkpoint is
        loaded), a CNN D shaped by the D options of the model config (those a checkpoint
        was trained with) or else the task's, D's initial weights clipped to
        [-c, c] (--d-clip-value) for a new model, and the frozen copies of G that
        --rollout-policy delayed and --kl-from-start keep.

        Args:
            cfg: the model config (FairseqDataclass or DictConfig; a checkpoint's saved one
                when loading).
            from_checkpoint: bool, True when fairseq builds the model to load a checkpoint
                into.
        Returns:
            CSGANModel (a fairseq BaseFairseqModel).
        Raises:
            MissingInputError: --generator-checkpoint is not a file.
            CheckpointError: (an InputError) it is unreadable, damaged or unsafe.
            InputError: its dictionaries differ from the data's, or its weights do not fit
                --arch.
            OptionError: malformed --d-kernel-sizes / --d-num-filters.
        """
        generator = super().build_model(cfg, from_checkpoint)
        if self.cfg.generator_checkpoint and not from_checkpoint:
            generator_checkpoint.load_into(generator, self.cfg.generator_checkpoint, cfg, self)
        # D's shape is read from the model config first: a checkpoint's saved model config
        # carries the D options it was trained with, whatever the current command line says.
        d_cfg = DiscriminatorConfig(**{
            name: getattr(cfg, name, getattr(self.cfg, name))
            for name in DiscriminatorConfig.__dataclass_fields__
        })
        discriminator = CNNDiscriminator(d_cfg, self.source_dictionary, self.target_dictionary)
        if not from_checkpoint:  # a model to train (fairseq-generate loads its weights)
            discriminator.start_inside_clip(self.cfg.d_clip_value)
        keep_policy = getattr(cfg, "rollout_policy", self.cfg.rollout_policy) == "delayed"
        keep_start = getattr(cfg, "kl_from_start", self.cfg.kl_from_start)
        return CSGANModel(generator, discriminator, keep_rollout_policy=keep_policy,
                          keep_start_generator=keep_start)

    # ------------------------------------------------------------------ stages
    def begin_epoch(self, epoch, model):
        """fairseq's hook before each epoch (a no-op there). Here: end a
        --csgan-stage discriminator run whose checkpoint says D pretraining already ended,
        and, while this run may still pretrain D, refuse an empty held-out split now rather
        than at the first measurement (loading it if fairseq did not).

        Args:
            epoch: int >= 1, fairseq's epoch number.
            model: CSGANModel (its saved stage state is read).
        Returns:
            None.
        Raises:
            SystemExit: 0 when that D pretraining reached its target accuracy,
                EXIT_D_BUDGET_EXHAUSTED (3) when its budget ran out.
            InputError: the held-out split (the first --valid-subset) is empty.
            FileNotFoundError: that split does not exist, or has no target side
                (MissingInputError).
        """
        super().begin_epoch(epoch, model)
        state = model.stage
        if self.schedule.finished_pretraining_rerun(state):
            reached = state.d_outcome == DOutcome.TARGET_REACHED
            logger.info("csgan: D pretraining in this checkpoint already ended "
                        f"({'target reached' if reached else 'budget exhausted'}); nothing to do")
            raise SystemExit(0 if reached else EXIT_D_BUDGET_EXHAUSTED)
        if self.schedule.pretrains_discriminator(state):
            self.d_pretraining.check()  # before training, not hours in

    def _advance_stage(self, model, update_num):
        state = model.stage
        if not self._stage_announced:  # once per process: says where a (resumed) run is
            self._stage_announced = True
            logger.info(f"csgan: in stage '{state.current.label}' since update "
                        f"{state.start_update}")
        if state.rebase(update_num):  # keeps the stage, its D outcome and the rollout policy
            logger.info(f"csgan: update counter reset; stage '{state.current.label}' goes on "
                        f"from update {update_num}")
        stage = self.schedule.stage_to_enter(state, update_num)
        if stage is not None:
            self._enter(model, stage, update_num)

    def _enter(self, model, stage: Stage, update_num):
        logger.info(f"csgan: entering stage '{stage.label}' at update {update_num}")
        model.stage.enter(stage, update_num)
        self.d_pretraining.forget()
        self.discriminator_criterion.forget()  # engines and scorer: built once per stage
        self.policy_gradient_criterion.forget()
        if stage == Stage.ADVERSARIAL:
            model.reset_copies()  # the delayed policy and the KL's start are G as it is now

    def state_dict(self):
        """fairseq's task state plus the dictionaries this run trains with, saved in every
        checkpoint (task_state) so that --generator-checkpoint can compare them by content
        later, wherever the data then lives (generator_checkpoint.py).

        Returns:
            dict: fairseq's state (a copy) and generator_checkpoint.RECORD_KEY
            ("csgan_dictionaries") -> generator_checkpoint.dictionaries_record(self).
        """
        state = dict(super().state_dict())
        state[generator_checkpoint.RECORD_KEY] = generator_checkpoint.dictionaries_record(self)
        return state

    # ------------------------------------------------------------------ training
    def train_step(self, sample, model, criterion, optimizer, update_num, ignore_grad=False):
        """Forward and backward of one micro-batch, as fairseq's train_step, in the phase
        the schedule gives this update.

        Before the loss: enter the stage the schedule names (recorded in the model's stage
        state; the criteria's engines and the held-out set dropped, the frozen copies of G
        reset on entering the adversarial stage), pick the phase, and reseed this worker's
        micro-batch (distributed.WorkerSeeds). The loss is the user's
        `criterion` (TEACHER_FORCING), DiscriminatorCriterion (DISCRIMINATOR) or
        PolicyGradientCriterion (POLICY_GRADIENT; under --mle-weight w,
        (1 - w) * L_seq / n_seq + w * L_MLE / n_MLE on the same batch, sample size 1). The
        logging output is tagged with phase and stage (logging_outputs.tags). A non-finite
        loss is not back-propagated and counts towards --max-nonfinite-updates. No AMP
        autocast (--amp is refused at setup).

        Args:
            sample: dict, the mini-batch as fairseq's LanguagePairDataset collates it.
            model: CSGANModel (possibly in fairseq's DDP wrapper).
            criterion: FairseqCriterion, the trainer's (--criterion, G's MLE loss).
            optimizer: FairseqOptimizer (CSGANOptimizer, possibly in an fp16/bf16 wrapper).
            update_num: int >= 0, the number of updates done before this one.
            ignore_grad: bool, multiply the loss by 0 (a dummy batch), as fairseq.
        Returns:
            (loss, sample_size, logging_output): loss a 0-dim float tensor (detached when
            non-finite); sample_size what the gradient is divided by (the criterion's for
            MLE, 2B rows for D, candidate tokens or sources for the policy gradient, 1 under
            --mle-weight, 0 for a non-finite loss); logging_output a dict of sums (all
            values zeroed and nonfinite = 1 for a non-finite loss).
        """
        self._advance_stage(model, update_num)
        self._phase = self.schedule.phase(model.stage, update_num)
        if self._seeds is None:
            self._seeds = WorkerSeeds(int(self.cfg.seed))
        new_step = self._new_trainer_step(model, update_num)
        if new_step:
            self._nonfinite.new_step()
        self._seeds.reseed(update_num, new_step)  # this worker's micro-batch's own stream
        model.train()
        model.set_num_updates(update_num)
        with torch.autograd.profiler.record_function("forward"):
            if self._phase == Phase.TEACHER_FORCING:
                loss, sample_size, logging_output = criterion(model, sample)
            elif self._phase == Phase.POLICY_GRADIENT:  # --mle-weight mixes in criterion's
                loss, sample_size, logging_output = self._adversarial_criteria[self._phase](
                    model, sample, criterion)
            else:
                loss, sample_size, logging_output = self._adversarial_criteria[self._phase](
                    model, sample)
        logging_output.update(tags(self._phase, model.stage.current))
        finite = is_finite(loss)
        if not ignore_grad:  # a dummy batch (a worker out of data) decides nothing
            self._nonfinite.record(finite)
        if not finite:  # never back-propagated: nothing non-finite reaches the gradients
            self._backpropagated = False
            return loss.detach(), 0, skipped_log(logging_output)
        if ignore_grad:
            loss *= 0
        with torch.autograd.profiler.record_function("backward"):
            optimizer.backward(loss)
        self._backpropagated = True
        return loss, sample_size, logging_output

    def _new_trainer_step(self, model, update_num) -> bool:
        """Whether this micro-batch is the first of a trainer step: a new update number, or
        the same one again after a step that never reached its optimiser step (an fp16
        overflow, an out-of-memory batch), recognised by the gradients the trainer cleared
        although the previous micro-batch back-propagated."""
        new = update_num != self._step_update or (
            self._backpropagated and all(p.grad is None for p in model.parameters()))
        self._step_update = update_num
        self._last_stage = model.stage.current  # what an auto run says at its end
        return new

    def optimizer_step(self, optimizer, model, update_num):
        """The update's optimiser step, as fairseq's optimizer_step, but only for the model
        part the phase trains: TEACHER_FORCING steps G's Adam; POLICY_GRADIENT steps G's
        policy-gradient group (its own Adam under --g-optimizer-state per-phase) and then
        moves the delayed rollout policy (--rollout-update-rate); DISCRIMINATOR steps D's
        Adam (stage discriminator) or RMSProp (adversarial stage), D's weights clipped to
        [-c, c] (--d-clip-value) inside the step. In the adversarial stage G's gradient norm
        is logged by phase (pg_gnorm, tf_gnorm). An update none of whose micro-batches on any
        worker had a finite loss takes no step (nonfinite.NonFiniteGuard, a collective).
        After a D pretraining step the D-pretraining control measures D when due; a staged
        D run whose pretraining ended stops after this update (optimization.max_update is
        lowered to update_num + 1). With any other optimiser than --optimizer csgan
        (--csgan-stage mle only), fairseq's step.

        Args:
            optimizer: FairseqOptimizer, the trainer's (CSGANOptimizer, possibly wrapped).
            model: CSGANModel (possibly in fairseq's DDP wrapper).
            update_num: int >= 0, the same number train_step got for this update.
        Returns:
            None.
        Raises:
            NonFiniteTraining: --max-nonfinite-updates updates in a row were skipped.
            OptionError: an adversarial or D phase with an optimiser other than
                --optimizer csgan (validate refuses this at start).
        """
        device = next(model.parameters()).device
        if not self._nonfinite.should_step(update_num, self._phase.label, device):
            return
        inner = mixed_precision.innermost(optimizer)
        if not isinstance(inner, CSGANOptimizer):  # stage mle, any fairseq optimiser
            if self._phase != Phase.TEACHER_FORCING:  # never step D with G (validate refuses it)
                raise OptionError(f"csgan: the {self._phase.label} phase needs "
                                 f"--optimizer csgan, got {type(optimizer).__name__}")
            return super().optimizer_step(optimizer, model, update_num)
        if self._phase != Phase.DISCRIMINATOR:
            adversarial = model.stage.current == Stage.ADVERSARIAL
            if adversarial:  # G's gradient norm by phase (fairseq's gnorm mixes the phases)
                name = "pg_gnorm" if self._phase == Phase.POLICY_GRADIENT else "tf_gnorm"
                metrics.log_scalar(name, _grad_norm(
                    optimizer, inner.optimizers[GENERATOR]), weight=1, round=4)
            if self._phase == Phase.POLICY_GRADIENT:
                optimizer.step(groups=[inner.generator_group_of_policy_gradient])
                model.update_rollout_policy(self.cfg.rollout_update_rate)
            else:
                optimizer.step(groups=[GENERATOR])
            return
        pretraining = model.stage.current == Stage.DISCRIMINATOR
        # clipped inside the step: under --fp16/--bf16 the fp32 master weights are clipped
        inner.clip_discriminator_to(self.cfg.d_clip_value)
        optimizer.step(groups=[D_PRETRAIN if pretraining else D_ADVERSARIAL])
        if pretraining and self.d_pretraining.after_update(model, update_num):
            self._request_stop(update_num + 1)

    # ------------------------------------------------------------------ ending a run
    def _request_stop(self, num_updates):
        """End this fairseq-train run after the current update (checkpoint saved as usual).

        fairseq's train loop stops when num_updates reaches optimization.max_update; the task
        config is a child of the run's root config, so lowering it there ends the run.
        """
        self._required_run_config().optimization.max_update = num_updates

    def post_save(self, cp_path, num_updates):
        """fairseq-train's hook after it saved a checkpoint (called where the task has one;
        not a FairseqTask method). Here: end a --csgan-stage discriminator run whose D
        pretraining budget ran out before the target accuracy, with its own exit status,
        once its checkpoint is saved.

        Args:
            cp_path: str, the absolute path of the first checkpoint file fairseq wrote this
                time (fairseq calls the hook only on the worker that saves, and only when a
                file was written).
            num_updates: int, updates done.
        Returns:
            None.
        Raises:
            SystemExit: EXIT_D_BUDGET_EXHAUSTED (3) when D pretraining stopped on its budget.
        """
        status = self.d_pretraining.exit_status
        if status is not None:
            logger.error(f"csgan: D pretraining stopped on its budget (checkpoints saved in "
                         f"{os.path.dirname(cp_path)}); exit status {status}")
            raise SystemExit(status)

    def load_dataset(self, split, epoch=1, combine=False, **kwargs):
        """Load a split as fairseq's TranslationTask does (into self.datasets[split]); in a
        training run (an --optimizer set) also refuse a split without its target side, and a
        validation split (in --valid-subset) with a sentence longer than
        --max-source-positions / --max-target-positions, unless
        --skip-invalid-size-inputs-valid-test or --disable-validation.

        Args:
            split: str, the split's name (e.g. train, valid, test).
            epoch: int >= 1, selects the shard of a sharded --data, as fairseq.
            combine: bool, combine a split segmented into pieces, as fairseq.
            **kwargs: passed on to fairseq.
        Returns:
            None.
        Raises:
            MissingInputError: (a FileNotFoundError) the split has no target side.
            InputError: a validation sentence is longer than its --max-*-positions (the
                message names its 1-based index, side and length).
            FileNotFoundError: the split does not exist (fairseq).
        """
        super().load_dataset(split, epoch, combine, **kwargs)
        training = self._optimizer_name() is not None
        if training and self.datasets[split].tgt is None:
            # fairseq loads a split without its target side silently; training needs it
            raise MissingInputError(
                f"csgan: split '{split}' of {self.cfg.data} has no target side: "
                f"{split}.{self.cfg.source_lang}-{self.cfg.target_lang}."
                f"{self.cfg.target_lang}.bin/.idx are missing")
        validated = (training and split in self.cfg.valid_subset.split(",")
                     and not self.cfg.disable_validation)
        if validated and not self.cfg.skip_invalid_size_inputs_valid_test:
            self._check_validation_lengths(split)
        if validated:  # fairseq's validation batches filter by positions, never by tokens
            self._check_validation_batch_limit(split)
        elif training and split == self.cfg.train_subset:
            self._say_skipped_training_pairs(split)
            self._check_auto_epochs(split)

@torch.no_grad()
def _grad_norm(optimizer, generator_optimizer) -> float:
    """L2 norm of G's gradient as the optimiser will apply it: the trainer has divided it by
    the sample size; under --fp16/--bf16 the wrapper still holds a pending factor."""
    grads = [p.grad.float().norm() for group in generator_optimizer.param_groups
             for p in group["params"] if p.grad is not None]
    if not grads:
        return 0.0
    factor = getattr(optimizer, "_multiply_factor", 1.0)
    return float(torch.stack(grads).norm() * factor)
