"""Small helpers at the bottom of the plugin, imported by the modules above them (no plugin
imports here): how D and BLEU see a translation, and running a module without dropout."""

import contextlib

import torch


def eos_to_pad(tokens: torch.Tensor, eos: int, pad: int) -> torch.Tensor:
    """`tokens` (any shape, integer ids) with EOS replaced by `pad`, same shape and dtype:
    D and BLEU judge the words only."""
    return tokens.masked_fill(tokens.eq(eos), pad)


@contextlib.contextmanager
def eval_mode(module: torch.nn.Module):
    """Run `module` without dropout for a while (sampling, scoring), then restore its
    train/eval mode, also when the block raises. Yields the module."""
    was_training = module.training
    module.eval()
    try:
        yield module
    finally:
        module.train(was_training)
