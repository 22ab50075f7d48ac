"""Seed the generator from an existing plain fairseq translation checkpoint."""

import os

from fairseq import checkpoint_utils


def _arch_of(model_cfg):
    return getattr(model_cfg, "arch", None) or getattr(model_cfg, "_name", None)


def load_into(generator, path, model_cfg):
    """Copy the weights of the checkpoint at `path` into `generator` (strict)."""
    if not os.path.isfile(path):
        raise FileNotFoundError(f"--generator-checkpoint {path}: no such file")
    state = checkpoint_utils.load_checkpoint_to_cpu(path)
    weights = state["model"]
    if any(k.startswith("generator.") for k in weights):  # a csgan checkpoint: take its G
        weights = {k[len("generator."):]: v for k, v in weights.items()
                   if k.startswith("generator.")}
    saved_cfg = state.get("cfg") or {}
    saved_arch = _arch_of(saved_cfg["model"]) if "model" in saved_cfg else "unknown"
    try:
        generator.load_state_dict(weights, strict=True, model_cfg=model_cfg)
    except RuntimeError as e:
        detail = str(e).strip().splitlines()
        raise ValueError(
            f"--generator-checkpoint {path} (arch {saved_arch}) does not fit --arch "
            f"{_arch_of(model_cfg)}: {' '.join(detail[:3])}"
        ) from None
