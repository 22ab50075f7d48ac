"""The steps of csgan-self-train (self_train.py): the checkpoint loaded on the data, a Grow
step (K samples of every training source, scored by the policy gradient's reward) and the
data of an Improve step (the kept candidates as a second training shard beside the
references).

Source: Gulcehre et al., 2023 (ReST); Dong et al., 2023 (RAFT).
"""

import functools
import os
import shutil
from pathlib import Path

from . import CommandError


def load(checkpoint: Path, data: Path):
    """The checkpoint's model (eval mode, CPU or the current CUDA device) and its csgan_nmt
    task on `data`, with the training split loaded.

    Args:
        checkpoint: path of a csgan_nmt checkpoint.
        data: the data directory.
    Returns:
        (model, task).
    Raises:
        CommandError: when the checkpoint is not a csgan_nmt model (no generator).
        InputError: when its dictionaries differ from the data's (`check_against_data`).
    """
    import torch
    from fairseq import checkpoint_utils

    from csgan_nmt.generator_checkpoint import check_against_data

    # before fairseq builds the model: a checkpoint of other dictionaries would score and
    # train on every sample with each embedding attached to the wrong symbol
    check_against_data(checkpoint, data, option="--checkpoint")
    models, _cfg, task = checkpoint_utils.load_model_ensemble_and_task(
        [str(checkpoint)], arg_overrides={"data": str(data)})
    model = models[0]
    if not hasattr(model, "generator"):
        raise CommandError(f"--checkpoint {checkpoint} is not a csgan_nmt checkpoint (train "
                           "with --task csgan_nmt, or start from D pretraining's checkpoint)")
    if torch.cuda.is_available():
        model.cuda()
    task.load_dataset("train")
    return model.eval(), task


def grow_step(checkpoint: Path, data: Path, cfg, beam: int, max_tokens: int, out: Path,
              show_progress: bool = True) -> Path:
    """One Grow step: the checkpoint's G translates every training source K times (plus the
    beam's best), its D and sentence-BLEU score them; saved to OUT/grown.pt.

    Args:
        checkpoint: csgan_nmt checkpoint of G (and D).
        data: data directory (its train split).
        cfg: the task config of `reward_settings`.
        beam: int M >= 0, --grow-beam.
        max_tokens: int, source tokens per batch.
        out: the step's directory (created).
        show_progress: a tqdm bar of the sources done.
    Returns:
        Path of grown.pt (torch.save of a dict of the Grown's fields).
    """
    import torch
    from fairseq import utils
    from tqdm import tqdm

    from csgan_nmt.reward import RewardScorer, RewardType
    from csgan_nmt.policy import Policy
    from csgan_nmt.self_training import constant_reward, grow

    model, task = load(checkpoint, data)
    tgt = task.target_dictionary
    dataset = task.dataset("train")
    engine = Policy.from_config(model.generator, tgt, cfg)
    if RewardType(cfg.reward_type) == RewardType.CONSTANT:  # the control: no reward at all
        scorer = functools.partial(constant_reward, cfg.reward_constant)
    else:
        scorer = RewardScorer.from_config(
            model.discriminator if cfg.reward_lambda > 0 else None, tgt, cfg)
    batches = task.get_batch_iterator(
        dataset, max_tokens=max_tokens, max_positions=utils.resolve_max_positions(
            task.max_positions(), model.generator.max_positions()),
        ignore_invalid_inputs=True, seed=cfg.seed).next_epoch_itr(shuffle=False)
    device = next(model.parameters()).device
    bar = tqdm(total=len(dataset), unit="src", desc="grow", disable=not show_progress,
               mininterval=5)
    with torch.random.fork_rng(devices=[device] if device.type == "cuda" else []):
        torch.manual_seed(cfg.seed)
        grown = grow(engine, scorer, (utils.move_to_cuda(b) if device.type == "cuda" else b
                                      for b in batches),
                     cfg.samples_per_source, beam,
                     progress=lambda done: bar.update(done - bar.n))
    bar.close()
    out.mkdir(parents=True, exist_ok=True)
    path = out / "grown.pt"
    partial = out / "grown.pt.tmp"
    torch.save(dict(vars(grown)), partial)
    os.replace(partial, path)
    return path


def write_improve_data(data: Path, grown_path: Path, keep_mode: str, quantile: float,
                       out: Path, source_lang: str, target_lang: str) -> dict:
    """An Improve step's data: OUT/data with every file of DATA linked and the kept pairs
    as the next free training shard (trainN.SRC-TGT.{SRC,TGT}.{bin,idx}), which fairseq's
    translation task loads with `train`.

    Args:
        data: the data directory.
        grown_path: grown.pt of the Grow step.
        keep_mode: "best" or "all".
        quantile: float in [0, 1), the threshold's quantile.
        out: the step's directory (created).
        source_lang, target_lang: str, the language pair.
    Returns:
        `self_training.statistics` of the step, with "shard" (str, the shard's prefix) and
        "data" (str, OUT/data).
    """
    import torch
    from fairseq.data import Dictionary, data_utils, indexed_dataset

    from csgan_nmt.self_training import Grown, keep, kept_pairs, statistics, threshold

    grown = Grown(**torch.load(grown_path, weights_only=True))
    tau = threshold(grown, quantile)
    kept = keep(grown, keep_mode, tau)
    stats = statistics(grown, kept, tau, quantile)
    target = out / "data"
    shutil.rmtree(target, ignore_errors=True)
    partial = out / "data.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    for f in sorted(data.iterdir()):
        if f.is_file():
            (partial / f.name).symlink_to(f.resolve())
    pair = f"{source_lang}-{target_lang}"
    shard = next(f"train{k}" for k in range(1, 10000)
                 if not (data / f"train{k}.{pair}.{source_lang}.idx").exists())
    src_dict = Dictionary.load(str(data / f"dict.{source_lang}.txt"))
    vocab = max(len(src_dict), len(Dictionary.load(str(data / f"dict.{target_lang}.txt"))))
    sources = data_utils.load_indexed_dataset(str(data / f"train.{pair}.{source_lang}"),
                                              src_dict)
    for lang, items in ((source_lang, [sources[i] for i, _ in kept_pairs(grown, kept)]),
                        (target_lang, [t for _, t in kept_pairs(grown, kept)])):
        prefix = partial / f"{shard}.{pair}.{lang}"
        builder = indexed_dataset.make_builder(f"{prefix}.bin", impl="mmap",
                                               vocab_size=vocab)
        for item in items:
            builder.add_item(item.long())
        builder.finalize(f"{prefix}.idx")
    os.replace(partial, target)
    return dict(stats, shard=str(target / f"{shard}.{pair}"), data=str(target))
