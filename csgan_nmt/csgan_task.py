"""The csgan_nmt task: MLE pretraining, D pretraining to a target accuracy, adversarial training.

Every fairseq update runs exactly one *phase* and steps only the optimiser of the model part
that phase trains (see CSGANOptimizer):

- `mle`: teacher forcing on the gold target with the user's `--criterion` (stage mle, and the
  teacher-forcing updates of the adversarial stage);
- `discriminator`: D on a balanced batch of gold pairs and pairs with G's translations;
- `policy_gradient`: G on sampled translations weighted by Monte Carlo rewards.

The adversarial stage cycles through `g_steps` x (policy gradient, `teacher_forcing_steps`
x mle) and then `d_steps` x discriminator. With `--csgan-stage auto` the whole algorithm
runs in one fairseq-train: `mle_updates` MLE updates, D pretraining until its accuracy on a
held-out set of validation pairs reaches `d_target_accuracy`, then adversarial training
until fairseq's --max-update / --max-epoch.
"""

import contextlib
import logging
import os
import time
from argparse import Namespace
from dataclasses import dataclass, field
from typing import Optional

import torch
import torch.nn.functional as F
from fairseq import metrics, utils
from fairseq.data import data_utils
from fairseq.dataclass import ChoiceEnum
from fairseq.tasks import register_task
from fairseq.tasks.translation import TranslationConfig, TranslationTask

from . import generator_checkpoint
from .csgan_model import CSGANModel
from .csgan_optimizer import D_ADVERSARIAL, D_PRETRAIN, GENERATOR, CSGANOptimizer
from .discriminator import CNNDiscriminator, DiscriminatorConfig
from .reward import SequenceScorer, monte_carlo_rewards, policy_gradient_loss, strip_eos
from .rollout import RolloutEngine
from .stages import D_BUDGET_EXHAUSTED, D_PENDING, D_TARGET_REACHED, STAGES

logger = logging.getLogger(__name__)

MLE, DISCRIMINATOR, POLICY_GRADIENT = 0, 1, 2
PHASE_NAMES = {MLE: "mle", DISCRIMINATOR: "discriminator", POLICY_GRADIENT: "policy_gradient"}
# exit status of a `--csgan-stage discriminator` run whose --d-max-updates ran out
EXIT_D_BUDGET_EXHAUSTED = 3


@dataclass
class CSGANConfig(TranslationConfig, DiscriminatorConfig):
    csgan_stage: ChoiceEnum(["auto", "mle", "discriminator", "adversarial"]) = field(
        default="auto",
        metadata={"help": "stage to train; auto runs mle -> discriminator -> adversarial"},
    )
    generator_checkpoint: Optional[str] = field(
        default=None,
        metadata={"help": "seed the generator from a plain fairseq translation checkpoint"},
    )
    mle_updates: int = field(
        default=1000, metadata={"help": "auto: MLE updates before D pretraining (0 skips)"}
    )
    # D pretraining
    d_target_accuracy: float = field(
        default=0.82, metadata={"help": "stop D pretraining at this held-out accuracy (xi)"}
    )
    d_max_updates: int = field(
        default=1000, metadata={"help": "budget of D pretraining updates"}
    )
    d_eval_interval: int = field(
        default=10, metadata={"help": "measure held-out D accuracy every N D updates"}
    )
    d_heldout_size: int = field(
        default=200, metadata={"help": "validation sentences in the held-out D set"}
    )
    d_clip_value: float = field(
        default=1.0, metadata={"help": "clip every D weight to [-c, c] after each D update"}
    )
    d_negatives: ChoiceEnum(["sample", "beam"]) = field(
        default="sample", metadata={"help": "how G translates sources into D's negatives"}
    )
    d_negative_beam: int = field(default=4, metadata={"help": "beam size for --d-negatives beam"})
    # adversarial stage
    g_steps: int = field(default=1, metadata={"help": "policy-gradient updates per cycle"})
    d_steps: int = field(default=1, metadata={"help": "D updates per cycle"})
    teacher_forcing_steps: int = field(
        default=1, metadata={"help": "MLE updates after each policy-gradient update"}
    )
    rollouts: int = field(default=20, metadata={"help": "Monte Carlo rollouts per prefix (N)"})
    rollout_stride: int = field(default=1, metadata={"help": "roll out every s-th prefix"})
    rollout_max_len_a: float = field(default=1.5, metadata={"help": "length cap a*src_len+b: a"})
    rollout_max_len_b: int = field(default=10, metadata={"help": "length cap a*src_len+b: b"})
    rollout_max_len: int = field(default=200, metadata={"help": "absolute length cap"})
    rollout_max_rows: int = field(
        default=0, metadata={"help": "most decoder rows live at once in the rollout engine "
                                     "(0: 512 on CPU, 8192 on GPU)"}
    )
    rollout_policy: ChoiceEnum(["current", "delayed"]) = field(
        default="current",
        metadata={"help": "roll out with the current G or a delayed copy of it"},
    )
    rollout_update_rate: float = field(
        default=0.8, metadata={"help": "delayed policy: theta_r <- r*theta_r + (1-r)*theta_G"}
    )
    reward_lambda: float = field(
        default=0.7, metadata={"help": "lambda: weight of D in the reward (1 = pure CSGAN)"}
    )
    reward_baseline: float = field(default=0.5, metadata={"help": "baseline b of D's reward"})


@register_task("csgan_nmt", dataclass=CSGANConfig)
class CSGANTranslationTask(TranslationTask):
    cfg: CSGANConfig

    def __init__(self, cfg: CSGANConfig, src_dict, tgt_dict):
        super().__init__(cfg, src_dict, tgt_dict)
        self._validate_options()
        self._phase = MLE
        self._heldout = None  # held-out D pairs, built when D pretraining needs them
        self._exit_status = None
        self._stage_announced = False

    def _validate_options(self):
        cfg = self.cfg
        for name in ("rollouts", "rollout_stride", "g_steps", "d_steps", "d_eval_interval",
                     "d_heldout_size", "d_max_updates"):
            if getattr(cfg, name) < 1:
                raise ValueError(f"--{name.replace('_', '-')} must be >= 1, got {getattr(cfg, name)}")
        if not 0.0 < cfg.d_target_accuracy <= 1.0:
            raise ValueError(f"--d-target-accuracy must be in (0, 1], got {cfg.d_target_accuracy}")
        if cfg.d_clip_value <= 0:
            raise ValueError(f"--d-clip-value must be > 0, got {cfg.d_clip_value}")

    # ------------------------------------------------------------------ model
    def build_model(self, cfg, from_checkpoint=False):
        generator = super().build_model(cfg, from_checkpoint)
        if self.cfg.generator_checkpoint and not from_checkpoint:
            generator_checkpoint.load_into(generator, self.cfg.generator_checkpoint, cfg)
        # D's shape is read from the model config first: a checkpoint's saved model config
        # carries the D options it was trained with, whatever the current command line says.
        d_cfg = DiscriminatorConfig(**{
            name: getattr(cfg, name, getattr(self.cfg, name))
            for name in DiscriminatorConfig.__dataclass_fields__
        })
        discriminator = CNNDiscriminator(d_cfg, self.source_dictionary, self.target_dictionary)
        keep_policy = getattr(cfg, "rollout_policy", self.cfg.rollout_policy) == "delayed"
        return CSGANModel(generator, discriminator, keep_rollout_policy=keep_policy)

    # ------------------------------------------------------------------ stages and phases
    def _advance_stage(self, model, update_num):
        stage = model.stage
        if not self._stage_announced:  # once per process: says where a (resumed) run is
            self._stage_announced = True
            logger.info(f"csgan: in stage '{stage.name}' since update {stage.start_update}")
        requested = self.cfg.csgan_stage
        if requested != "auto":
            if stage.name != requested or update_num < stage.start_update:
                self._enter(model, requested, update_num)
        elif update_num < stage.start_update:  # counters were reset (--reset-optimizer)
            self._enter(model, stage.name, update_num)
        elif stage.name == "mle" and stage.updates_done(update_num) >= self.cfg.mle_updates:
            self._enter(model, "discriminator", update_num)

    def begin_epoch(self, epoch, model):
        super().begin_epoch(epoch, model)
        self._exit_if_pretraining_ended(model.stage)

    def _exit_if_pretraining_ended(self, stage):
        """A rerun of a finished `--csgan-stage discriminator` run has nothing to do."""
        if (self.cfg.csgan_stage != "discriminator" or stage.name != "discriminator"
                or stage.d_outcome == D_PENDING):
            return
        reached = stage.d_outcome == D_TARGET_REACHED
        logger.info("csgan: D pretraining in this checkpoint already ended "
                    f"({'target reached' if reached else 'budget exhausted'}); nothing to do")
        raise SystemExit(0 if reached else EXIT_D_BUDGET_EXHAUSTED)

    def _enter(self, model, name, update_num):
        logger.info(f"csgan: entering stage '{name}' at update {update_num}")
        model.stage.enter(name, update_num)
        self._heldout = None

    def _phase_of(self, model, update_num):
        stage = model.stage
        if stage.name == "mle":
            return MLE
        if stage.name == "discriminator":
            return DISCRIMINATOR
        g_block = 1 + self.cfg.teacher_forcing_steps
        i = stage.updates_done(update_num) % (self.cfg.g_steps * g_block + self.cfg.d_steps)
        if i >= self.cfg.g_steps * g_block:
            return DISCRIMINATOR
        return POLICY_GRADIENT if i % g_block == 0 else MLE

    def _require_csgan_optimizer(self, optimizer, model):
        if model.stage.name != "mle" and not isinstance(optimizer, CSGANOptimizer):
            raise ValueError(
                f"--csgan-stage {model.stage.name} needs --optimizer csgan (separate G and D "
                f"optimisers), got {type(optimizer).__name__}"
            )

    # ------------------------------------------------------------------ training
    def train_step(self, sample, model, criterion, optimizer, update_num, ignore_grad=False):
        self._advance_stage(model, update_num)
        self._require_csgan_optimizer(optimizer, model)
        self._phase = self._phase_of(model, update_num)
        if self._phase == MLE:
            loss, sample_size, logging_output = super().train_step(
                sample, model, criterion, optimizer, update_num, ignore_grad
            )
        else:
            model.train()
            model.set_num_updates(update_num)
            step = (self._discriminator_loss if self._phase == DISCRIMINATOR
                    else self._policy_gradient_loss)
            loss, sample_size, logging_output = step(sample, model)
            if ignore_grad:
                loss *= 0
            optimizer.backward(loss)
        logging_output["csgan_phase"] = self._phase
        logging_output["csgan_stage"] = STAGES.index(model.stage.name)
        return loss, sample_size, logging_output

    def optimizer_step(self, optimizer, model, update_num):
        if not isinstance(optimizer, CSGANOptimizer):
            return super().optimizer_step(optimizer, model, update_num)
        if self._phase == DISCRIMINATOR:
            pretraining = model.stage.name == "discriminator"
            optimizer.step(groups=[D_PRETRAIN if pretraining else D_ADVERSARIAL])
            model.discriminator.clip_weights(self.cfg.d_clip_value)
            if pretraining:
                self._after_pretraining_update(model, update_num)
        else:
            optimizer.step(groups=[GENERATOR])
            if self._phase == POLICY_GRADIENT and model.rollout_policy is not None:
                model.update_rollout_policy(self.cfg.rollout_update_rate)

    # ------------------------------------------------------------------ D pretraining control
    def _after_pretraining_update(self, model, update_num):
        stage = model.stage
        done = stage.updates_done(update_num) + 1
        if done % self.cfg.d_eval_interval and done < self.cfg.d_max_updates:
            return
        accuracy = self.heldout_accuracy(model)
        metrics.log_scalar("d_heldout_acc", accuracy, weight=0, round=4)
        logger.info(f"csgan: D held-out accuracy {accuracy:.4f} after {done} D updates "
                    f"(target {self.cfg.d_target_accuracy})")
        if accuracy >= self.cfg.d_target_accuracy:
            stage.set_d_outcome(D_TARGET_REACHED)
            logger.info(f"csgan: D reached the target accuracy after {done} D updates")
        elif done >= self.cfg.d_max_updates:
            stage.set_d_outcome(D_BUDGET_EXHAUSTED)
            logger.warning(
                f"csgan: D pretraining budget --d-max-updates {self.cfg.d_max_updates} ran out "
                f"at held-out accuracy {accuracy:.4f} < target {self.cfg.d_target_accuracy}"
            )
        else:
            return
        if self.cfg.csgan_stage == "auto":
            self._enter(model, "adversarial", update_num + 1)
        else:
            self._request_stop(update_num + 1)
            if stage.d_outcome == D_BUDGET_EXHAUSTED:
                self._exit_status = EXIT_D_BUDGET_EXHAUSTED

    def _run_config(self):
        root = self.cfg.__dict__.get("_parent")  # the task config is a child of the run's
        if root is None or "optimization" not in root:
            raise RuntimeError("csgan: cannot reach the run configuration")
        return root

    def _run_seed(self):
        return int(self._run_config().common.seed)

    def _request_stop(self, num_updates):
        """End this fairseq-train run after the current update (checkpoint saved as usual).

        fairseq's train loop stops when num_updates reaches optimization.max_update; the task
        config is a child of the run's root config, so lowering it there ends the run.
        """
        self._run_config().optimization.max_update = num_updates

    def post_save(self, cp_path, num_updates):
        if self._exit_status is not None:
            logger.error(f"csgan: D pretraining stopped on its budget (checkpoints saved in "
                         f"{os.path.dirname(cp_path)}); exit status {self._exit_status}")
            raise SystemExit(self._exit_status)

    # ------------------------------------------------------------------ D
    def _discriminator_loss(self, sample, model):
        src = sample["net_input"]["src_tokens"]
        src_lengths = sample["net_input"]["src_lengths"]
        with _eval_mode(model.generator):
            fake = self.translate_for_discriminator(model, src, src_lengths)
        src_pair, tgt_pair, labels = self.discriminator_batch(src, sample["target"], fake)
        logits = model.discriminator(src_pair, tgt_pair)
        loss = F.binary_cross_entropy_with_logits(logits, labels, reduction="sum")
        return loss, labels.numel(), _classification_log(loss, logits, labels, sample)

    def discriminator_batch(self, src, gold, fake):
        """Balanced D batch: (src, gold) labelled 1, (src, G's translation) labelled 0."""
        pad, eos = self.tgt_dict.pad(), self.tgt_dict.eos()
        tgt = data_utils.collate_tokens(
            list(strip_eos(gold, eos, pad)) + list(strip_eos(fake, eos, pad)), pad
        )
        labels = torch.cat([gold.new_ones(gold.size(0)), gold.new_zeros(fake.size(0))]).float()
        return torch.cat([src, src]), tgt, labels

    @torch.no_grad()
    def translate_for_discriminator(self, model, src_tokens, src_lengths):
        """G's translations of a batch, right-padded (sampled, or beam search)."""
        if self.cfg.d_negatives == "sample":
            return self._engine(model.generator).sample(src_tokens, src_lengths)
        generator = self._beam_generator(model)
        hypos = generator.generate([model.generator], {
            "net_input": {"src_tokens": src_tokens, "src_lengths": src_lengths}
        })
        return data_utils.collate_tokens([h[0]["tokens"] for h in hypos], self.tgt_dict.pad())

    def _beam_generator(self, model):
        if getattr(self, "_beam_gen", None) is None:
            self._beam_gen = self.build_generator(
                [model.generator],
                Namespace(beam=self.cfg.d_negative_beam, max_len_a=self.cfg.rollout_max_len_a,
                          max_len_b=self.cfg.rollout_max_len_b),
            )
        return self._beam_gen

    @torch.no_grad()
    def heldout_accuracy(self, model):
        """D accuracy on held-out validation pairs: gold vs G's translations (built once)."""
        if self._heldout is None:
            self._heldout = self._build_heldout(model)
        with _eval_mode(model.discriminator):
            correct = sum(
                ((model.discriminator(src, tgt) > 0).float() == labels).sum().item()
                for src, tgt, labels in self._heldout
            )
        return correct / sum(labels.numel() for _, _, labels in self._heldout)

    def _build_heldout(self, model):
        split = self._run_config().dataset.valid_subset.split(",")[0]
        if split not in self.datasets:  # not loaded by fairseq under --disable-validation
            self.load_dataset(split, combine=False, epoch=1)
        dataset = self.dataset(split)
        n = min(self.cfg.d_heldout_size, len(dataset))
        device = next(model.parameters()).device
        batches = []
        # G is frozen during D pretraining, so its translations are drawn once, with a fixed
        # seed and without disturbing the training RNG.
        with torch.random.fork_rng(devices=[device] if device.type == "cuda" else []), \
                _eval_mode(model.generator):
            torch.manual_seed(self._run_seed())
            for start in range(0, n, 64):
                sample = dataset.collater([dataset[i] for i in range(start, min(start + 64, n))])
                sample = _to_device(sample, device)
                src = sample["net_input"]["src_tokens"]
                fake = self.translate_for_discriminator(model, src, sample["net_input"]["src_lengths"])
                batches.append(self.discriminator_batch(src, sample["target"], fake))
        return batches

    # ------------------------------------------------------------------ policy gradient
    def _engine(self, policy):
        return RolloutEngine(policy, self.tgt_dict, self.cfg.rollout_max_len_a,
                             self.cfg.rollout_max_len_b, self.cfg.rollout_max_len,
                             self.cfg.rollout_max_rows or None)

    def _policy_gradient_loss(self, sample, model):
        started = time.perf_counter()
        src = sample["net_input"]["src_tokens"]
        src_lengths = sample["net_input"]["src_lengths"]
        policy = model.rollout_policy or model.generator
        with _eval_mode(model.generator), _eval_mode(policy), _eval_mode(model.discriminator):
            tokens = self._engine(model.generator).sample(src, src_lengths)
            rollout_started = time.perf_counter()
            rewards = monte_carlo_rewards(
                self._engine(policy), self._scorer(model), src, src_lengths, tokens,
                sample["target"], self.cfg.rollouts, self.cfg.rollout_stride,
            )
            rollout_s = time.perf_counter() - rollout_started
        prev = torch.cat([tokens.new_full((tokens.size(0), 1), self.tgt_dict.eos()),
                          tokens[:, :-1]], dim=1)
        net_output = model.generator(src, src_lengths, prev)
        lprobs = model.generator.get_normalized_probs(net_output, log_probs=True)
        loss = policy_gradient_loss(lprobs, tokens, rewards, self.tgt_dict.pad())
        ntokens = int(tokens.ne(self.tgt_dict.pad()).sum())
        return loss, ntokens, {
            "pg_loss": loss.detach().item(),
            "reward_sum": float(rewards.sum()),
            "ntokens": ntokens,
            "nsentences": tokens.size(0),
            "sample_size": ntokens,
            "rollout_s": rollout_s,
            "pg_step_s": time.perf_counter() - started,
        }

    def _scorer(self, model):
        return SequenceScorer(model.discriminator, self.tgt_dict.pad(), self.tgt_dict.eos(),
                              self.cfg.reward_lambda, self.cfg.reward_baseline)

    # ------------------------------------------------------------------ metrics
    def reduce_metrics(self, logging_outputs, criterion):
        by_phase = {p: [] for p in PHASE_NAMES}
        for log in logging_outputs:
            by_phase[int(log.get("csgan_phase", MLE))].append(log)
        if by_phase[MLE] or not logging_outputs:
            super().reduce_metrics(by_phase[MLE], criterion)
        if by_phase[DISCRIMINATOR]:
            _reduce_discriminator(by_phase[DISCRIMINATOR])
        if by_phase[POLICY_GRADIENT]:
            _reduce_policy_gradient(by_phase[POLICY_GRADIENT])
        stages = [log["csgan_stage"] for log in logging_outputs if "csgan_stage" in log]
        if stages:
            metrics.log_scalar("csgan_stage", max(stages), weight=0, round=0)
        if logging_outputs and not by_phase[MLE]:
            # fairseq's trainer logs loss=-1 for an update without a 'loss', which would drag
            # the interval average down: log D's loss, averaged in D pretraining and with
            # weight 0 (shown only if nothing else is) between the adversarial MLE updates.
            n = _sum(logging_outputs, "sample_size")
            loss = _sum(logging_outputs, "d_loss") + _sum(logging_outputs, "pg_loss")
            weight = n if max(stages, default=0) == 1 else 0
            metrics.log_scalar("loss", loss / max(n, 1), weight, round=3)


def _classification_log(loss, logits, labels, sample):
    predicted = (logits.detach() > 0).float()
    return {
        "d_loss": loss.detach().item(),
        "d_correct": int((predicted == labels).sum()),
        "d_pred_real": int(predicted.sum()),
        "d_true_real": int((predicted * labels).sum()),
        "d_pred_fake": int((1 - predicted).sum()),
        "d_true_fake": int(((1 - predicted) * (1 - labels)).sum()),
        "ntokens": sample["ntokens"],
        "nsentences": labels.numel(),
        "sample_size": labels.numel(),
    }


def _sum(logs, key):
    return sum(log.get(key, 0) for log in logs)


def _reduce_discriminator(logs):
    n = _sum(logs, "nsentences")
    metrics.log_scalar("d_loss", _sum(logs, "d_loss") / max(n, 1), n, round=4)
    metrics.log_scalar("d_acc", _sum(logs, "d_correct") / max(n, 1), n, round=4)
    for side in ("real", "fake"):
        pred = _sum(logs, f"d_pred_{side}")
        if pred:  # precision is undefined when D predicted no row of this class
            metrics.log_scalar(f"d_precision_{side}", _sum(logs, f"d_true_{side}") / pred,
                               pred, round=4)


def _reduce_policy_gradient(logs):
    ntokens = _sum(logs, "ntokens")
    metrics.log_scalar("pg_loss", _sum(logs, "pg_loss") / max(ntokens, 1), ntokens, round=4)
    metrics.log_scalar("reward", _sum(logs, "reward_sum") / max(ntokens, 1), ntokens, round=4)
    step_s = _sum(logs, "pg_step_s")
    if step_s > 0:
        metrics.log_scalar("rollout_share", _sum(logs, "rollout_s") / step_s, step_s, round=3)


@contextlib.contextmanager
def _eval_mode(module):
    """Run `module` without dropout for a while (sampling, scoring), then restore its mode."""
    was_training = module.training
    module.eval()
    try:
        yield module
    finally:
        module.train(was_training)


def _to_device(sample, device):
    return utils.move_to_cuda(sample, device=device) if device.type == "cuda" else sample
