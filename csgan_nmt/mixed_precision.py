"""Which precisions CSGAN trains in, and the optimiser inside fairseq's mixed-precision
wrappers.

--fp16 and --bf16 wrap `--optimizer csgan` in fairseq's FP16Optimizer: it keeps an fp32
master copy of every parameter, scales the loss (--fp16; bf16 needs no scaling), unscales
the gradients into the masters, steps the wrapped optimiser on the masters and copies them
back. CSGAN needs per-parameter masters (fairseq's default flattens them into one tensor,
which would merge G and D): `prepare` sets --fp16-no-flatten-grads. The masters keep the
`param_group` tag D's parameters carry, so CSGANOptimizer still finds D; D's clipping happens
inside CSGANOptimizer.step, on the masters, before they are copied back.

--bf16 on a GPU: fairseq 0.12's options.py turns every --bf16 into a TPU run (--tpu), and
its trainer then asks torch_xla for the device. Where torch_xla is not installed (no TPU) and
CUDA is, `keep_bf16_on_gpu` unsets --tpu before the trainer is built, so --bf16 trains on the
GPU; without CUDA it refuses with that reason. (Several bf16 workers still fail inside
fairseq, before the plugin is loaded: fairseq starts them as TPU processes.)

--fp16 without CUDA (or with --cpu) is refused as --bf16 is (`refuse_fp16_without_cuda`):
fairseq accepts it, and the run dies at its first loss-scale overflow, which dynamic loss
scaling makes sooner or later, inside fairseq's overflow handler (`torch.cuda` calls).

Refused: --amp (fairseq's AMPOptimizer steps the optimiser through torch's GradScaler, which
knows neither groups nor G's and D's separate optimisers) and --memory-efficient-fp16/bf16
(the wrapped Adam and RMSProp would keep fp16 state).
"""

import importlib.util
import logging

import torch

from .refusal import OptionError

logger = logging.getLogger(__name__)

SUPPORTED = "fp32 (the default), --fp16 or --bf16"


def check_precision(common_cfg):
    """Refuse the precision modes CSGAN cannot train in (module docstring: --amp,
    --memory-efficient-fp16, --memory-efficient-bf16).

    Args:
        common_cfg: the run's `common` config (DictConfig).
    Returns:
        None.
    Raises:
        OptionError: naming the first refused flag that is set.
    """
    refused = [flag for flag, on in (
        ("--amp", common_cfg.get("amp", False)),
        ("--memory-efficient-fp16", common_cfg.get("memory_efficient_fp16", False)),
        ("--memory-efficient-bf16", common_cfg.get("memory_efficient_bf16", False)),
    ) if on]
    if refused:
        raise OptionError(f"csgan_nmt: {refused[0]} is not supported: G and D have separate "
                         f"optimisers stepped one phase at a time; train in {SUPPORTED}")


def keep_bf16_on_gpu(common_cfg):
    """Under --bf16 without torch_xla, unset the --tpu that fairseq 0.12 sets with --bf16,
    so that the run trains on the CUDA GPU (logged). Nothing changes without --bf16 or
    --tpu, or where torch_xla is installed (a real TPU run).

    Args:
        common_cfg: the run's `common` config (DictConfig); its `tpu` is set False in place.
    Returns:
        None.
    Raises:
        OptionError: under --bf16 with --cpu or without CUDA (fairseq would ask torch_xla
        for a device).
    """
    if not (common_cfg.get("bf16", False) and common_cfg.get("tpu", False)):
        return
    if importlib.util.find_spec("torch_xla") is not None:
        return  # a TPU run, as fairseq means it
    if common_cfg.get("cpu", False) or not torch.cuda.is_available():
        raise OptionError("csgan_nmt: --bf16 needs a CUDA GPU here: fairseq 0.12 takes --bf16 "
                         "for a TPU run (it sets --tpu) and torch_xla is not installed; train "
                         "in fp32 on a CPU")
    logger.info("csgan: --bf16 on a CUDA GPU: unsetting the --tpu that fairseq 0.12 sets with "
                "--bf16 (torch_xla is not installed)")
    common_cfg.tpu = False


def prepare(common_cfg):
    """Per-parameter fp32 masters under --fp16: set --fp16-no-flatten-grads (logged) so
    that fairseq's FP16Optimizer does not merge G's and D's masters into one flat tensor
    (bf16 never flattens).

    Args:
        common_cfg: the run's `common` config (DictConfig), changed in place.
    Returns:
        None.
    """
    if common_cfg.get("fp16", False) and not common_cfg.get("fp16_no_flatten_grads", False):
        logger.info("csgan: --fp16 with separate G and D optimisers: setting "
                    "--fp16-no-flatten-grads (one fp32 master per parameter)")
        common_cfg.fp16_no_flatten_grads = True


def innermost(optimizer):
    """The optimiser inside fairseq's mixed-precision wrappers (FP16Optimizer's
    `fp32_optimizer`, the memory-efficient ones' `wrapped_optimizer`), unwrapped
    recursively.

    Args:
        optimizer: a fairseq optimiser, wrapped or not.
    Returns:
        The innermost optimiser (e.g. the CSGANOptimizer); `optimizer` itself when it wraps
        none.
    """
    for attribute in ("fp32_optimizer", "wrapped_optimizer"):
        inner = getattr(optimizer, attribute, None)
        if inner is not None:
            return innermost(inner)
    return optimizer


def refuse_fp16_without_cuda(common_cfg):
    """Refuse --fp16 where there is no CUDA GPU (or with --cpu): fairseq would accept it and
    die at the first loss-scale overflow inside its handler, which asks CUDA for memory
    statistics (`AssertionError: Torch not compiled with CUDA enabled`).

    Args:
        common_cfg: the run's `common` config (DictConfig).
    Returns:
        None.
    Raises:
        OptionError: under --fp16 with --cpu or without CUDA.
    """
    if not common_cfg.get("fp16", False):
        return
    if common_cfg.get("cpu", False) or not torch.cuda.is_available():
        raise OptionError("csgan_nmt: --fp16 needs a CUDA GPU here (fairseq's loss-scale "
                         "overflow handler calls CUDA; no GPU is visible or --cpu is set); "
                         "train in fp32 on a CPU")
