"""How long a sentence a translation model can take, and fairseq-generate options that let
every sentence it can take through fairseq's length filter.

fairseq-generate drops or refuses ("Size of sample #N is invalid") any sentence longer than
the smaller of the task's and the model's --max-source-positions / --max-target-positions
(1,024 by default), whether or not the model has such a limit. Which models have one:
- fairseq's `lstm` model and the architectures registered on it (`rnnsearch`): none, an RNN
  reads any length (its config's positions are only a filter);
- a Transformer: learned positional embeddings end at the trained --max-*-positions;
  sinusoidal ones (fairseq's default) are recomputed for any length; none without positional
  embeddings (--no-token-positional-embeddings);
- any other architecture: its configured positions are taken as a real limit.
The target side matters in fairseq-generate because the reference is loaded and filtered
with the source; a model with learned target positions cannot write a longer translation.
"""

from typing import Callable, List, Optional, Tuple

import numpy as np

from .refusal import InputError

# fairseq's translation default for --max-source-positions / --max-target-positions
FAIRSEQ_DEFAULT_POSITIONS = 1024
# fairseq's lstm default (DEFAULT_MAX_SOURCE_POSITIONS = 1e5): "no limit" for a filter
UNLIMITED_POSITIONS = 100_000


def model_config(state) -> dict:
    """The model config of a loaded fairseq checkpoint as a dict.

    Args:
        state: dict, a checkpoint as torch.load returns it, with "cfg" (whose "model" is a
            dict, or an argparse.Namespace for legacy architectures such as lstm) or the
            legacy "args" (a Namespace).
    Returns:
        dict of option name -> value (a new dict; a Namespace's own __dict__ for one); {}
        when neither is present.
    """
    from argparse import Namespace

    cfg = state.get("cfg")
    model_cfg = cfg.get("model") if cfg is not None else state.get("args")
    return vars(model_cfg) if isinstance(model_cfg, Namespace) else dict(model_cfg or {})


def _model_family(model_cfg) -> str:
    from fairseq.models import ARCH_MODEL_NAME_REGISTRY

    arch = model_cfg.get("arch") or model_cfg.get("_name") or ""
    return ARCH_MODEL_NAME_REGISTRY.get(arch, arch)


def position_limits(model_cfg) -> Tuple[Optional[int], Optional[int]]:
    """The longest sentences the model can really take, side by side (see the module
    docstring for which models have a limit).

    Args:
        model_cfg: a checkpoint's model config, a dict or DictConfig (`model_config`).
    Returns:
        (source, target): each an int, the length in subword tokens, EOS included, beyond
        which the model cannot translate (its configured --max-*-positions, None where
        the config states none), or None for a side without such a limit.
    """
    configured = (model_cfg.get("max_source_positions"), model_cfg.get("max_target_positions"))
    family = _model_family(model_cfg)
    if family == "lstm":
        return None, None
    if "encoder_learned_pos" in model_cfg:  # fairseq's Transformer family
        if model_cfg.get("no_token_positional_embeddings"):
            return None, None
        return (configured[0] if model_cfg.get("encoder_learned_pos") else None,
                configured[1] if model_cfg.get("decoder_learned_pos") else None)
    return configured


def positions_only_filter(model_cfg) -> bool:
    """Whether --max-*-positions size nothing in the model and only filter sentences
    (fairseq's lstm family), so they can be raised freely (csgan-export writes
    UNLIMITED_POSITIONS); a sinusoidal Transformer precomputes a table of that size.

    Args:
        model_cfg: a checkpoint's model config, a dict or DictConfig.
    Returns:
        bool, True for an architecture registered on fairseq's lstm model (rnnsearch).
    """
    return _model_family(model_cfg) == "lstm"


def split_lengths(data: str, split: str, src: str, tgt: str) -> List[np.ndarray]:
    """The sentence lengths of a binarised split DATA/SPLIT.SRC-TGT.{SRC,TGT}, the sizes
    fairseq filters on.

    Args:
        data: str, the binarised data directory.
        split: str, e.g. "test".
        src, tgt: str, the source and target language suffixes.
    Returns:
        [source lengths, target lengths]: (N,) int64 numpy arrays (copies), subword tokens
        per sentence with EOS, N sentences; the target entry is missing when the split has
        no target side.
    Raises:
        InputError: when the source side's .bin/.idx are missing.
    """
    from fairseq.data import indexed_dataset

    lengths = []
    for lang in (src, tgt):
        path = f"{data}/{split}.{src}-{tgt}.{lang}"
        impl = indexed_dataset.infer_dataset_impl(path)  # None where the files are missing
        dataset = indexed_dataset.make_dataset(path, impl) if impl not in (None, "raw") else None
        if dataset is None:
            if lang == src:
                raise InputError(f"no binarised split {data}/{split}.{src}-{tgt}.{src}.bin/.idx")
            continue
        # a copy: the sizes are a view of the memory map, gone with the dataset
        lengths.append(np.array(dataset.sizes, dtype=np.int64, copy=True))
    return lengths


def first_longer(sizes: np.ndarray, limit: int) -> Optional[int]:
    """The first sentence longer than a limit.

    Args:
        sizes: (N,) integer array-like, sentence lengths in tokens, EOS included.
        limit: int, the longest length allowed.
    Returns:
        int in [0, N), the 0-based index of the first size > limit, or None.
    """
    over = np.flatnonzero(np.asarray(sizes) > limit)
    return int(over[0]) if len(over) else None


def decode_options(model_cfg, lengths: List[np.ndarray],
                   where: Callable[[str, int], str], checkpoint: str,
                   extra=()) -> List[str]:
    """fairseq-generate options that let every sentence of a split through fairseq's length
    filter: --max-source-positions / --max-target-positions of at least the longest
    sentence, and --model-overrides lifting the model's configured positions on the sides
    where it has no real limit. Nothing when `extra` (the user's own fairseq-generate
    options) already sets them.

    Args:
        model_cfg: the checkpoint's model config, a dict or DictConfig (`model_config`).
        lengths: `split_lengths` of the split ([source, target] int arrays, target
            optional).
        where: where(side, index) -> str naming sentence `index` (0-based) of "source" or
            "target" for the error, e.g. "text/test.en line 10".
        checkpoint: str, the checkpoint's name, for the error.
        extra: iterable of str, the user's own fairseq-generate options.
    Returns:
        List[str] of fairseq-generate arguments: "--max-source-positions", N and, with
        target lengths, "--max-target-positions", N (N the longest sentence, at least
        1024, fairseq's default), then "--model-overrides", repr(dict) when a side has no
        real limit; [] when `extra` already sets any of these options.
    Raises:
        InputError: before anything is decoded, when a sentence is longer than a real
        limit, naming it, its length and the option.
    """
    if any(str(option).startswith(("--max-source-positions", "--max-target-positions",
                                   "--model-overrides")) for option in extra):
        return []
    limits = position_limits(model_cfg)
    options, overrides = [], {}
    for side, sizes, limit in zip(("source", "target"), lengths, limits):
        key, option = f"max_{side}_positions", f"--max-{side}-positions"
        index = first_longer(sizes, limit) if limit is not None else None
        if index is not None:
            raise InputError(
                f"{where(side, index)} has {int(sizes[index])} subword tokens (with EOS), more "
                f"than the {limit} {side} positions {checkpoint} learned ({option} when it "
                f"was trained): train with a larger {option}, or shorten or remove the line")
        needed = max(int(sizes.max()) if len(sizes) else 0, FAIRSEQ_DEFAULT_POSITIONS)
        options += [option, str(needed)]
        if limit is None:
            overrides[key] = max(needed, int(model_cfg.get(key) or 0))
    if overrides:
        options += ["--model-overrides", repr(overrides)]
    return options


def option_value(extra, option: str) -> Optional[str]:
    """The last value of `option` among command-line arguments ("--opt V" or "--opt=V").

    Args:
        extra: iterable of str, the arguments.
        option: str, e.g. "--max-tokens".
    Returns:
        str or None when the option is absent (or has no value).
    """
    extra, value = [str(a) for a in extra], None
    for i, arg in enumerate(extra):
        if arg == option and i + 1 < len(extra):
            value = extra[i + 1]
        elif arg.startswith(option + "="):
            value = arg[len(option) + 1:]
    return value


def check_batch_limit(lengths: List[np.ndarray], max_tokens: int,
                      where: Callable[[str, int], str], option: str = "--max-tokens"):
    """Refuse a sentence that fits no batch of `max_tokens` tokens, which fairseq's
    batching asserts on (`Sentences lengths should not exceed max_tokens`, naming nothing).
    A sentence's size is its longer side, as fairseq's LanguagePairDataset counts it.

    Args:
        lengths: `split_lengths` of the split ([source, target] int arrays, target
            optional).
        max_tokens: int, tokens per batch.
        where: where(side, index) -> str naming sentence `index` (0-based) of a side.
        option: str, the option that set `max_tokens`, for the message.
    Returns:
        None (a sentence of exactly `max_tokens` tokens fits).
    Raises:
        InputError: naming the first sentence over the limit, its side and length.
    """
    sizes = np.maximum(*lengths) if len(lengths) == 2 else lengths[0]
    index = first_longer(sizes, max_tokens)
    if index is None:
        return
    side = "source" if int(lengths[0][index]) == int(sizes[index]) else "target"
    raise InputError(f"{where(side, index)} has {int(sizes[index])} subword tokens (with EOS), "
                     f"more than {option} {max_tokens} tokens per batch: fairseq would stop "
                     f"on it; raise {option} to at least {int(sizes.max())}, or shorten or "
                     "remove the line")
