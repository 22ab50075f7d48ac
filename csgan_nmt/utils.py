"""Small helpers at the bottom of the plugin, imported by the modules above them (no plugin
imports here): how D and BLEU see a translation, and running a module without dropout."""

import contextlib

import torch


def eos_to_pad(tokens: torch.Tensor, eos: int, pad: int) -> torch.Tensor:
    """A copy of `tokens` with every EOS replaced by pad: D and BLEU judge the words only.

    Args:
        tokens: any shape, integer token ids (int32 or int64), any device.
        eos: the EOS id to replace.
        pad: the padding id written in its place.
    Returns:
        a new tensor of the same shape, dtype and device as `tokens`.
    """
    return tokens.masked_fill(tokens.eq(eos), pad)


@contextlib.contextmanager
def eval_mode(module: torch.nn.Module):
    """Context manager: `module` in eval mode (no dropout) inside the block (sampling,
    scoring), then back in its former mode, also when the block raises.

    Only `module.training` is saved: `train()` is recursive, so on exit every submodule takes
    the module's former mode, whatever mode it had of its own.

    Args:
        module: any torch.nn.Module.
    Returns:
        a context manager that yields `module` itself.
    """
    was_training = module.training
    module.eval()
    try:
        yield module
    finally:
        module.train(was_training)
