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
    def __init__(self, cfg: FairseqRMSPropConfig, params):
        super().__init__(cfg)
        self._optimizer = torch.optim.RMSprop(params, **self.optimizer_config)

    @property
    def optimizer_config(self):
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
        return True
