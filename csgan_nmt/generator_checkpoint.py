"""Seed the generator from an existing plain fairseq translation checkpoint (or a csgan one's
G), refusing a checkpoint that cannot be read, was trained on other dictionaries than the
data's, or has another architecture, before anything is trained. csgan_nmt checkpoints (and
their csgan-export) record their dictionaries' content for this check
(`dictionaries_record`)."""

import logging
import os

from fairseq import checkpoint_utils
from fairseq.data import Dictionary

from .checkpoint_check import check_checkpoint
from .model import GENERATOR_PREFIX, generator_weights
from .refusal import InputError, MissingInputError

logger = logging.getLogger(__name__)
OPTION = "--generator-checkpoint"
EMBEDDINGS = {"source": "encoder.embed_tokens.weight", "target": "decoder.embed_tokens.weight"}
RECORD_KEY = "csgan_dictionaries"  # in a checkpoint's task_state (dictionaries_record)


def _arch_of(model_cfg):
    return getattr(model_cfg, "arch", None) or getattr(model_cfg, "_name", None)


def load_into(generator, path, model_cfg, task):
    """Copy the weights of the checkpoint at `path` into `generator` (strict): a plain
    fairseq translation checkpoint, or a csgan_nmt one's G (its `generator.*` weights).

    The file is checked first (`check_checkpoint`), then its dictionaries
    (`check_dictionaries`), then the weights are loaded.

    Args:
        generator: the fairseq model built from --arch, changed in place.
        path: str, --generator-checkpoint.
        model_cfg: the current model config (for the load and the message's --arch).
        task: the csgan_nmt task (its cfg and dictionaries).
    Returns:
        None.
    Raises:
        MissingInputError: when `path` is not a file.
        CheckpointError: when it is unreadable, damaged or unsafe.
        InputError: when its dictionaries differ from the data's, or its weights do not
        fit --arch (missing, unexpected or differently shaped parameters).
    """
    if not os.path.isfile(path):
        raise MissingInputError(f"{OPTION} {path}: no such file")
    check_checkpoint(path, OPTION)
    state = checkpoint_utils.load_checkpoint_to_cpu(path)
    weights = state["model"]
    if any(k.startswith(GENERATOR_PREFIX) for k in weights):  # a csgan checkpoint: its G
        weights = generator_weights(weights)
    saved_cfg = state.get("cfg") or {}
    check_dictionaries(path, state, weights, task)
    saved_arch = _arch_of(saved_cfg["model"]) if saved_cfg.get("model") else "unknown"
    try:
        generator.load_state_dict(weights, strict=True, model_cfg=model_cfg)
    except RuntimeError as e:
        detail = str(e).strip().splitlines()
        raise InputError(
            f"{OPTION} {path} (arch {saved_arch}) does not fit --arch "
            f"{_arch_of(model_cfg)}: {' '.join(detail[:3])}"
        ) from None


def dictionaries_record(task) -> dict:
    """What a csgan_nmt checkpoint records of the dictionaries it was trained with (saved
    in its `task_state` under RECORD_KEY), so that a later run compares content, wherever
    the data now lives.

    Args:
        task: the csgan_nmt task (cfg.data, cfg.source_lang, cfg.target_lang, and its
            source and target dictionaries).
    Returns:
        dict {"source"|"target": {"lang": str, "file": str absolute path of
        DATA/dict.LANG.txt (the first of --data's paths), "symbols": List[str] in index
        order, specials included}}.
    """
    return {side: {"lang": lang, "file": os.path.abspath(os.path.join(
                       task.cfg.data.split(os.pathsep)[0], f"dict.{lang}.txt")),
                   "symbols": list(dictionary.symbols)}
            for side, lang, dictionary in (
                ("source", task.cfg.source_lang, task.source_dictionary),
                ("target", task.cfg.target_lang, task.target_dictionary))}


def check_dictionaries(path, state, weights, task):
    """Refuse a generator trained with other dictionaries than the task's data
    (`compare_dictionaries` on the task's data directory, languages and dictionaries, for
    --generator-checkpoint).

    Args:
        path: str, the checkpoint's path, for the messages.
        state: dict, the loaded checkpoint.
        weights: mapping name -> tensor of G's weights (prefix stripped).
        task: the csgan_nmt task (its config and dictionaries).
    Returns:
        None.
    Raises:
        InputError: as `compare_dictionaries`.
    """
    compare_dictionaries(path, state, weights, task.cfg.data.split(os.pathsep)[0],
                         {"source": task.cfg.source_lang, "target": task.cfg.target_lang},
                         {"source": task.source_dictionary, "target": task.target_dictionary})


def check_against_data(path, data_dir, source_lang=None, target_lang=None,
                       option="checkpoint"):
    """Refuse a checkpoint (csgan_nmt, its csgan-export, or a plain fairseq translation one)
    whose dictionaries differ from those of the binarised data it is about to translate or
    train on: the twin of --generator-checkpoint's check for the commands that load a
    checkpoint against prepared data (csgan-evaluate, csgan-compare's and csgan-recipe's
    decodes, csgan-self-train).

    Args:
        path: str or Path of the checkpoint.
        data_dir: str or Path, the binarised data (DATA/dict.LANG.txt).
        source_lang, target_lang: str, the data's languages; None: the checkpoint's own
            (its saved task config), else inferred from the data's file names as fairseq
            does.
        option: str, what names the checkpoint in the messages (e.g. "--checkpoint").
    Returns:
        None.
    Raises:
        CheckpointError: when the file is unreadable, damaged or unsafe.
        InputError: naming the first differing line of a dictionary file, or the sizes.
    """
    path, data_dir = str(path), str(data_dir)
    check_checkpoint(path, option)
    state = checkpoint_utils.load_checkpoint_to_cpu(path)
    weights = state["model"]
    if any(k.startswith(GENERATOR_PREFIX) for k in weights):
        weights = generator_weights(weights)
    saved_task = (state.get("cfg") or {}).get("task") or {}
    if not (source_lang or saved_task.get("source_lang")):
        # as fairseq's translation task infers the pair when -s/-t are not given
        from fairseq.data.data_utils import infer_language_pair

        inferred = infer_language_pair(data_dir)
        source_lang, target_lang = (source_lang or inferred[0], target_lang or inferred[1])
    langs = {"source": source_lang or saved_task.get("source_lang"),
             "target": target_lang or saved_task.get("target_lang")}
    for side, lang in langs.items():
        if not lang or not os.path.isfile(os.path.join(data_dir, f"dict.{lang}.txt")):
            raise InputError(f"{option} {path}: the data {data_dir} has no {side} dictionary "
                             f"dict.{lang}.txt (the checkpoint's {side} language is "
                             f"{saved_task.get(side + '_lang')!r})")
    dictionaries = {side: Dictionary.load(os.path.join(data_dir, f"dict.{lang}.txt"))
                    for side, lang in langs.items()}
    compare_dictionaries(path, state, weights, data_dir, langs, dictionaries, option,
                         remedy="use the data it was trained on, or binarise this data with "
                                "its dictionaries (--srcdict/--tgtdict)")


GENERATOR_REMEDY = "binarise the data with the generator's dictionaries (--srcdict/--tgtdict)"


def compare_dictionaries(path, state, weights, current_dir, langs, dictionaries,
                         option=OPTION, remedy=GENERATOR_REMEDY):
    """Refuse a checkpoint trained with other dictionaries than the data's.

    In order of trust: the dictionaries a csgan_nmt checkpoint records (content, compared
    symbol by symbol); the dictionary files of the saved run's data directory, if that path
    is absolute and still there; else only the embedding sizes, with a warning saying so (a
    relative data path, e.g. `prep/bin`, says nothing about where that run started: resolved
    here it would name this project's data and compare it with itself).

    Args:
        path: str, the checkpoint's path, for the messages.
        state: dict, the loaded checkpoint (its "task_state" and "cfg" are read).
        weights: mapping name -> tensor of G's weights (prefix stripped), for the
            embedding sizes (encoder/decoder.embed_tokens.weight, (V, E)).
        current_dir: str, the data directory now (DIR/dict.LANG.txt, for the messages).
        langs: {"source"|"target": str language}, the data's.
        dictionaries: {"source"|"target": fairseq Dictionary}, the data's.
        option: str, what names the checkpoint in the messages.
        remedy: str, what to do, ending the messages.
    Returns:
        None.
    Raises:
        InputError: naming the first differing line of a dictionary file, or the two
        sizes.
    """
    record = (state.get("task_state") or {}).get(RECORD_KEY)
    saved_task = (state.get("cfg") or {}).get("task") or {}
    data = (saved_task.get("data") or "").split(os.pathsep)[0]
    for side in ("source", "target"):
        lang, current = langs[side], dictionaries[side]
        current_file = os.path.join(current_dir, f"dict.{lang}.txt")
        if record and side in record:
            saved = record[side]
            _compare_symbols(path, f"its {side} dictionary ({saved['file']})", saved["symbols"],
                             current_file, current.symbols, current.nspecial, option, remedy)
            continue
        saved_lang = saved_task.get(f"{side}_lang") or lang
        saved_file = os.path.join(data, f"dict.{saved_lang}.txt") if data else None
        if saved_file and os.path.isabs(saved_file) and os.path.isfile(saved_file):
            saved = Dictionary.load(saved_file)
            _compare_symbols(path, saved_file, saved.symbols, current_file, current.symbols,
                             current.nspecial, option, remedy)
            continue
        rows = weights[EMBEDDINGS[side]].size(0) if EMBEDDINGS[side] in weights else None
        if rows is not None and rows != len(current):
            raise InputError(
                f"{option} {path} has a {side} vocabulary of {rows} symbols, the data's "
                f"{current_file} gives {len(current)}: it was trained on other dictionaries; "
                f"{remedy}")
        if not saved_file:
            why = "its data directory is not recorded"
        elif not os.path.isabs(saved_file):
            why = (f"it was trained with the relative data path {data!r}, and where that run "
                   "started is not recorded")
        else:
            why = f"{saved_file} no longer exists"
        checked = (f"only its size ({rows} symbols) was checked" if rows is not None
                   else "nothing could be checked")
        logger.warning(
            f"csgan: {option} {path}: its {side} dictionary cannot be compared with "
            f"{current_file} ({why}); {checked}. A model trained with --task csgan_nmt "
            "records its dictionaries; or binarise with its dictionaries (--srcdict/--tgtdict)")


def _compare_symbols(path, saved_name, saved, current_file, current, nspecial,
                     option=OPTION, remedy=GENERATOR_REMEDY):
    if list(saved) == list(current):
        return
    for index, (a, b) in enumerate(zip(saved, current)):
        if a != b:
            line = index - nspecial + 1  # the file lists symbols after the specials
            raise InputError(
                f"{option} {path} was trained with {saved_name}, whose line {line} is {a!r} "
                f"where the data's {current_file} has {b!r}: {remedy}")
    raise InputError(f"{option} {path} was trained with {saved_name} ({len(saved)} symbols); "
                     f"the data's {current_file} has {len(current)}: {remedy}")
