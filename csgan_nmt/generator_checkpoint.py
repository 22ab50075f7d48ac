"""Seed the generator from an existing plain fairseq translation checkpoint (or a csgan one's
G), refusing a checkpoint that cannot be read, was trained on other dictionaries than the
data's, or has another architecture, before anything is trained."""

import logging
import os

from fairseq import checkpoint_utils
from fairseq.data import Dictionary

from .checkpoint_check import check_checkpoint
from .csgan_model import GENERATOR_PREFIX, generator_weights

logger = logging.getLogger(__name__)
OPTION = "--generator-checkpoint"
EMBEDDINGS = {"source": "encoder.embed_tokens.weight", "target": "decoder.embed_tokens.weight"}


def _arch_of(model_cfg):
    return getattr(model_cfg, "arch", None) or getattr(model_cfg, "_name", None)


def load_into(generator, path, model_cfg, task):
    """Copy the weights of the checkpoint at `path` into `generator` (strict)."""
    if not os.path.isfile(path):
        raise FileNotFoundError(f"{OPTION} {path}: no such file")
    check_checkpoint(path, OPTION)
    state = checkpoint_utils.load_checkpoint_to_cpu(path)
    weights = state["model"]
    if any(k.startswith(GENERATOR_PREFIX) for k in weights):  # a csgan checkpoint: its G
        weights = generator_weights(weights)
    saved_cfg = state.get("cfg") or {}
    check_dictionaries(path, saved_cfg.get("task") or {}, weights, task)
    saved_arch = _arch_of(saved_cfg["model"]) if saved_cfg.get("model") else "unknown"
    try:
        generator.load_state_dict(weights, strict=True, model_cfg=model_cfg)
    except RuntimeError as e:
        detail = str(e).strip().splitlines()
        raise ValueError(
            f"{OPTION} {path} (arch {saved_arch}) does not fit --arch "
            f"{_arch_of(model_cfg)}: {' '.join(detail[:3])}"
        ) from None


def check_dictionaries(path, saved_task, weights, task):
    """Refuse a generator trained with other dictionaries than the data's: compare the saved
    run's dictionary files where they still exist, else the embedding sizes."""
    data = (saved_task.get("data") or "").split(os.pathsep)[0]
    current_dir = task.cfg.data.split(os.pathsep)[0]
    for side, lang, current in (("source", task.cfg.source_lang, task.source_dictionary),
                                ("target", task.cfg.target_lang, task.target_dictionary)):
        saved_lang = saved_task.get(f"{side}_lang") or lang
        saved_file = os.path.join(data, f"dict.{saved_lang}.txt") if data else None
        current_file = os.path.join(current_dir, f"dict.{lang}.txt")
        if saved_file and os.path.isfile(saved_file):
            _compare_symbols(path, saved_file, Dictionary.load(saved_file), current_file, current)
            continue
        rows = weights[EMBEDDINGS[side]].size(0) if EMBEDDINGS[side] in weights else None
        if rows is not None and rows != len(current):
            raise ValueError(
                f"{OPTION} {path} has a {side} vocabulary of {rows} symbols, the data's "
                f"{current_file} gives {len(current)}: it was trained on other dictionaries; "
                "binarise the data with the generator's dictionaries (--srcdict/--tgtdict)")
        checked = (f"only its size ({rows}) could be checked" if rows is not None
                   else "it could not be checked")
        logger.warning(f"csgan: {OPTION} {path}: its {side} dictionary "
                       f"({saved_file or 'not recorded'}) is not available; {checked} against "
                       f"{current_file}")


def _compare_symbols(path, saved_file, saved, current_file, current):
    if saved.symbols == current.symbols:
        return
    for index, (a, b) in enumerate(zip(saved.symbols, current.symbols)):
        if a != b:
            line = index - saved.nspecial + 1  # the file lists symbols after the specials
            raise ValueError(
                f"{OPTION} {path} was trained with {saved_file}, whose line {line} is {a!r} "
                f"where the data's {current_file} has {b!r}: binarise the data with the "
                "generator's dictionaries (--srcdict/--tgtdict)")
    raise ValueError(f"{OPTION} {path} was trained with {saved_file} ({len(saved)} symbols); "
                     f"the data's {current_file} has {len(current)}")
