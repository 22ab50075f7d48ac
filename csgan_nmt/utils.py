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


def pads_to_end(tokens: torch.Tensor, pad: int) -> torch.Tensor:
    """Every row's non-pad tokens moved to its front, in their order, its pads to its end:
    a left-padded row, an empty one, or one with a pad inside (an EOS replaced by pad before
    trailing tokens) reads as it would with its pads removed. A stable sort per row.

    Args:
        tokens: (R, L) integer token ids, any device.
        pad: the padding id.
    Returns:
        (R, L) tensor of the same dtype and device.
    """
    if tokens.size(1) == 0:
        return tokens
    order = torch.sort(tokens.eq(pad).to(torch.int32), dim=1, stable=True).indices
    return tokens.gather(1, order)


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
