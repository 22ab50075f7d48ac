"""RMSProp for fairseq (fairseq ships none); the paper trains D with it adversarially."""

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import List

import torch
from fairseq.dataclass import FairseqDataclass
from fairseq.optim import FairseqOptimizer, register_optimizer
from omegaconf import II


@dataclass
class FairseqRMSPropConfig(FairseqDataclass):
    """Options of `--optimizer rmsprop` (torch.optim.RMSprop's arguments).

    Attributes:
        rmsprop_alpha: float, smoothing constant of the squared-gradient average.
        rmsprop_eps: float > 0, added to the denominator.
        rmsprop_momentum: float >= 0, momentum factor.
        rmsprop_centered: bool, normalise by an estimate of the gradient variance.
        weight_decay: float >= 0, L2 penalty.
        lr: fairseq's --lr (its first entry is used), interpolated.
    """

    rmsprop_alpha: float = field(default=0.99, metadata={"help": "smoothing constant"})
    rmsprop_eps: float = field(default=1e-8, metadata={"help": "term added to the denominator"})
    rmsprop_momentum: float = field(default=0.0, metadata={"help": "momentum factor"})
    rmsprop_centered: bool = field(
        default=False, metadata={"help": "normalise by an estimate of the gradient variance"}
    )
    weight_decay: float = field(default=0.0, metadata={"help": "weight decay"})
    lr: List[float] = II("optimization.lr")


@register_optimizer("rmsprop", dataclass=FairseqRMSPropConfig)
class FairseqRMSProp(FairseqOptimizer):
    """torch.optim.RMSprop as a fairseq optimiser (`--optimizer rmsprop`); CSGANOptimizer
    uses it for D in the adversarial stage.

    Args:
        cfg: FairseqRMSPropConfig, or any object with its fields (CSGANOptimizer passes
            an argparse.Namespace).
        params: iterable of parameters (or param-group dicts) to optimise.

    Source: fairseq's FairseqOptimizer (as fairseq's adam.py wraps Adam); Tieleman and
    Hinton, 2012 (RMSProp); Yang et al., NAACL 2018 (D trained with RMSProp).
    """

    def __init__(self, cfg: FairseqRMSPropConfig, params):
        super().__init__(cfg)
        self._optimizer = torch.optim.RMSprop(params, **self.optimizer_config)

    @property
    def optimizer_config(self):
        """dict of torch.optim.RMSprop's keyword arguments (lr, alpha, eps, momentum,
        centered, weight_decay) from the config; lr is cfg.lr's first entry when it is a
        list. fairseq uses it to override the settings of a restored state."""
        lr = self.cfg.lr[0] if isinstance(self.cfg.lr, Collection) else self.cfg.lr
        return {
            "lr": lr,
            "alpha": self.cfg.rmsprop_alpha,
            "eps": self.cfg.rmsprop_eps,
            "momentum": self.cfg.rmsprop_momentum,
            "centered": self.cfg.rmsprop_centered,
            "weight_decay": self.cfg.weight_decay,
        }

    @property
    def supports_flat_params(self):
        """True: it can step one flattened parameter tensor (fairseq's flat fp16 masters)."""
        return True
