"""Separate optimisers for G and D inside one fairseq trainer (`--optimizer csgan`).

fairseq's trainer owns one optimiser and calls `task.optimizer_step` once per update. The
csgan_nmt task runs one *phase* per update (an MLE, policy-gradient or D update), so this
optimiser keeps three fairseq optimisers (four with `--g-optimizer-state per-phase`) and
steps only the group the phase names:

- `generator`: Adam on G, learning rate from `--lr` and the lr scheduler;
- `generator_pg`: with `--g-optimizer-state per-phase`, a second Adam on G for the
  policy-gradient updates, so that the teacher-forcing updates' moments do not flow into the
  policy-gradient steps and back (the paper's code shares one; GNMT's RL refinement and
  Edunov et al., 2018, mix the two losses in one update instead: --mle-weight). Same
  learning rate and schedule as `generator`;
- `discriminator_pretrain`: Adam on D (`--d-lr`), used while D is pretrained;
- `discriminator_adversarial`: RMSProp on D (`--d-adversarial-lr`), used in the
  adversarial stage, as in the paper.

All their states are saved in the checkpoint, so resuming restores each of them. After a D
step the optimiser clips D's weights to [-c, c] (`clip_discriminator_to`): under --fp16 /
--bf16 its parameters are fairseq's fp32 master weights, which are then copied into the model.
"""

import logging
from argparse import Namespace
from dataclasses import dataclass, field
from typing import Any, List

import torch
from fairseq.dataclass import ChoiceEnum, FairseqDataclass
from fairseq.optim import FairseqOptimizer, register_optimizer
from fairseq.optim.adam import FairseqAdam
from omegaconf import II

from .option_ranges import Range
from .model import DISCRIMINATOR_GROUP
from .refusal import OptionError, install_excepthook
from .rmsprop import FairseqRMSProp

logger = logging.getLogger(__name__)

GENERATOR = "generator"
GENERATOR_PG = "generator_pg"
D_PRETRAIN = "discriminator_pretrain"
D_ADVERSARIAL = "discriminator_adversarial"


@dataclass
class CSGANOptimizerConfig(FairseqDataclass):
    """Options of `--optimizer csgan`.

    Attributes:
        adam_betas: str "(beta1, beta2)", Adam's betas of G and of D's pretraining.
        adam_eps: float > 0, Adam's epsilon (G and D).
        weight_decay: float >= 0, weight decay of G's Adam (D has none).
        d_lr: float > 0, Adam learning rate of D pretraining (fixed, not scheduled).
        d_adversarial_lr: float > 0, RMSProp learning rate of D in the adversarial stage.
        rmsprop_alpha: float, RMSProp's smoothing constant of D (default 0.99).
        rmsprop_eps: float > 0, RMSProp's epsilon of D.
        g_optimizer_state: "shared" (one Adam state for G's policy-gradient and
            teacher-forcing updates, as the paper's code) or "per-phase" (one each).
        tpu, lr: fairseq's --tpu and --lr (G's learning rates), interpolated.
    """

    adam_betas: Any = field(default="(0.9, 0.999)", metadata={"help": "Adam betas (G and D)"})
    adam_eps: float = field(default=1e-8, metadata={"help": "Adam epsilon (G and D)"})
    weight_decay: float = field(default=0.0, metadata={"help": "weight decay of G"})
    d_lr: float = field(default=1e-4, metadata={"help": "Adam learning rate of D pretraining"})
    d_adversarial_lr: float = field(
        default=1e-4, metadata={"help": "RMSProp learning rate of D in the adversarial stage"}
    )
    rmsprop_alpha: float = field(default=0.99, metadata={"help": "RMSProp smoothing of D"})
    rmsprop_eps: float = field(default=1e-8, metadata={"help": "RMSProp epsilon of D"})
    g_optimizer_state: ChoiceEnum(["shared", "per-phase"]) = field(
        default="shared",
        metadata={"help": "shared: one Adam state for G's policy-gradient and teacher-forcing "
                          "updates (the paper's code); per-phase: one Adam state each"},
    )
    tpu: bool = II("common.tpu")
    lr: List[float] = II("optimization.lr")


# the range of each numeric option of --optimizer csgan, checked when the task is built
# (`check_optimizer_options`) and listed by the options reference (csgan-options)
OPTIMIZER_RANGES = {
    "adam_eps": Range(low=0.0, low_open=True),
    "weight_decay": Range(low=0.0),
    "d_lr": Range(low=0.0, low_open=True),
    "d_adversarial_lr": Range(low=0.0, low_open=True),
    "rmsprop_alpha": Range(0.0, 1.0, high_open=True),
    "rmsprop_eps": Range(low=0.0, low_open=True),
}


def check_optimizer_options(cfg):
    """Refuse an --optimizer csgan option outside its range (OPTIMIZER_RANGES), before
    training: fairseq builds the optimiser only at the first update.

    Args:
        cfg: the run's optimizer config (DictConfig or CSGANOptimizerConfig).
    Returns:
        None.
    Raises:
        OptionError: naming the first option out of range.
    """
    for name, interval in OPTIMIZER_RANGES.items():
        interval.check("--" + name.replace("_", "-"), float(getattr(cfg, name)))


@register_optimizer("csgan", dataclass=CSGANOptimizerConfig)
class CSGANOptimizer(FairseqOptimizer):
    """The optimisers of CSGAN-NMT: Adam for G (two with --g-optimizer-state per-phase),
    Adam for D in pretraining and RMSProp for D in the adversarial stage, stepped one group
    at a time by the phase of each update (csgan_nmt/stages.py). Only G's learning rate is
    scheduled; D's weights are clipped to [-c, c] after each D step once
    `clip_discriminator_to` was called.

    Args:
        cfg: CSGANOptimizerConfig.
        params: iterable of the model's parameters; those tagged
            `param_group == DISCRIMINATOR_GROUP` (CSGANModel tags D's; fairseq's
            FP16Optimizer copies the tag onto the fp32 masters) are D's, the rest G's.
    Attributes:
        optimizers: dict group name -> fairseq optimiser: GENERATOR and D_PRETRAIN
            (FairseqAdam), D_ADVERSARIAL (FairseqRMSProp), and GENERATOR_PG (FairseqAdam)
            with --g-optimizer-state per-phase.
        d_clip_value: float c > 0 or None (no clipping); set by `clip_discriminator_to`.
    Raises:
        OptionError: when no parameter is tagged as D's (not --task csgan_nmt).

    Source: Yang et al., NAACL 2018 (Adam for G; RMSProp for D with weights clipped to
    [-c, c], following WGAN, Arjovsky et al., 2017); fairseq's FairseqOptimizer.
    """

    def __init__(self, cfg: CSGANOptimizerConfig, params):
        install_excepthook()  # built by fairseq, perhaps without the csgan_nmt task
        super().__init__(cfg)
        params = list(params)
        d_params = [p for p in params if getattr(p, "param_group", None) == DISCRIMINATOR_GROUP]
        g_params = [p for p in params if getattr(p, "param_group", None) != DISCRIMINATOR_GROUP]
        if not d_params:
            raise OptionError(
                "--optimizer csgan found no discriminator parameters: use it with --task csgan_nmt"
            )
        self._d_params = d_params
        self.d_clip_value = None  # set by the task (--d-clip-value) before a D step
        adam = dict(adam_betas=cfg.adam_betas, adam_eps=cfg.adam_eps, tpu=cfg.tpu,
                    use_old_adam=False, fp16_adam_stats=False)
        self.optimizers = {
            GENERATOR: FairseqAdam(
                Namespace(lr=cfg.lr, weight_decay=cfg.weight_decay, **adam), g_params
            ),
            D_PRETRAIN: FairseqAdam(
                Namespace(lr=[cfg.d_lr], weight_decay=0.0, **adam), d_params
            ),
            D_ADVERSARIAL: FairseqRMSProp(
                Namespace(lr=[cfg.d_adversarial_lr], rmsprop_alpha=cfg.rmsprop_alpha,
                          rmsprop_eps=cfg.rmsprop_eps, rmsprop_momentum=0.0,
                          rmsprop_centered=False, weight_decay=0.0),
                d_params,
            ),
        }
        if cfg.g_optimizer_state == "per-phase":
            self.optimizers[GENERATOR_PG] = FairseqAdam(
                Namespace(lr=cfg.lr, weight_decay=cfg.weight_decay, **adam), g_params)
        # the lr scheduler drives G's learning rate (get_lr acts on this one; set_lr on both)
        self._optimizer = self.optimizers[GENERATOR].optimizer
        self._all_params = g_params + d_params

    @property
    def params(self):
        """Iterator over every parameter, G's then D's (tensors), so that the trainer
        zeroes, scales and clips D's gradients too."""
        # every parameter, so the trainer zeroes, scales and clips D's gradients too
        return iter(self._all_params)

    @property
    def supports_groups(self):
        """True: `step` takes `groups` (fairseq's FP16Optimizer passes them on)."""
        return True

    @property
    def generator_group_of_policy_gradient(self) -> str:
        """The group a policy-gradient update steps: GENERATOR_PG ("generator_pg") with
        --g-optimizer-state per-phase, else GENERATOR ("generator"), G's shared Adam."""
        return GENERATOR_PG if GENERATOR_PG in self.optimizers else GENERATOR

    def set_lr(self, lr):
        """Set G's learning rate, in both of G's optimisers where there are two; D's stay
        fixed at --d-lr and --d-adversarial-lr. Called by fairseq's lr scheduler.

        Args:
            lr: float >= 0, the new learning rate.
        Returns:
            None.
        """
        for name in (GENERATOR, GENERATOR_PG):
            if name in self.optimizers:
                self.optimizers[name].set_lr(lr)

    def clip_discriminator_to(self, clip_value: float):
        """Clip D's weights to [-c, c] after every D step (pretraining or adversarial)
        from now on.

        Args:
            clip_value: float c > 0 (--d-clip-value).
        Returns:
            None.

        Source: Yang et al., NAACL 2018, following WGAN (Arjovsky et al., 2017).
        """
        self.d_clip_value = clip_value

    def step(self, closure=None, scale=1.0, groups=None):
        """Step the optimisers named in `groups` only; then, if a D group was stepped and
        `clip_discriminator_to` was called, clamp D's weights to [-c, c] in place.

        Args:
            closure: passed on to each optimiser's step.
            scale: float; gradients are divided by it first (when != 1), as in fairseq's
                FairseqOptimizer.step.
            groups: iterable of group names (GENERATOR, GENERATOR_PG, D_PRETRAIN,
                D_ADVERSARIAL), or None / empty for (GENERATOR,).
        Returns:
            None.
        Raises:
            KeyError: for a group this optimiser does not hold (GENERATOR_PG with
            --g-optimizer-state shared).
        """
        if scale != 1.0:
            self.multiply_grads(1.0 / scale)
        groups = groups or (GENERATOR,)
        for name in groups:
            self.optimizers[name].step(closure)
        if self.d_clip_value is not None and any(name in (D_PRETRAIN, D_ADVERSARIAL)
                                                  for name in groups):
            with torch.no_grad():
                for p in self._d_params:
                    p.clamp_(-self.d_clip_value, self.d_clip_value)

    def zero_grad(self):
        """Set every parameter's gradient (G's and D's) to None."""
        for p in self._all_params:
            p.grad = None

    def state_dict(self):
        """dict group name -> that optimiser's state dict (what the checkpoint saves)."""
        return {name: opt.state_dict() for name, opt in self.optimizers.items()}

    def load_state_dict(self, state_dict, optimizer_overrides=None):
        """Restore each optimiser's state from a `state_dict` of this class; a group the
        checkpoint lacks (GENERATOR_PG from a shared-state run) starts fresh, logged.

        Args:
            state_dict: dict group name -> optimiser state dict.
            optimizer_overrides: dict of param-group settings (fairseq's
                --optimizer-overrides, e.g. {"lr": ...}) or None; applied to G's
                optimisers only.
        Returns:
            None.
        """
        for name, opt in self.optimizers.items():
            if name not in state_dict:  # a checkpoint of --g-optimizer-state shared
                logger.info(f"csgan: no saved state for optimiser '{name}'; it starts fresh")
                continue
            # --optimizer-overrides (e.g. a new lr) is meant for G, the scheduled optimiser(s)
            overrides = optimizer_overrides if name in (GENERATOR, GENERATOR_PG) else None
            opt.load_state_dict(state_dict[name], overrides)
