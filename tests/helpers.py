"""Helpers shared by the tests: the tiny CPU model options, running the fairseq CLIs, reading
their logs, and building the task, model and trainer in-process."""

import gzip
import os
import re
import signal
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import torch
from fairseq.data import Dictionary, data_utils
from fairseq.models.lstm import LSTMModel, base_architecture as lstm_arch
from fairseq.models.transformer import TransformerModel, base_architecture as transformer_arch

from csgan_nmt.discriminator import CNNDiscriminator, DiscriminatorConfig
from csgan_nmt.reward import RewardScorer

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "data" / "bible-kjv-rv1909"
BIN_DIR = Path(sys.executable).parent

# A CPU-sized generator and discriminator: fast enough for the suite, real enough to learn.
TINY_GENERATOR = [
    "--arch", "rnnsearch", "--encoder-embed-dim", "32", "--encoder-hidden-size", "32",
    "--decoder-embed-dim", "32", "--decoder-hidden-size", "32",
    "--decoder-out-embed-dim", "32", "--dropout", "0.0",
]
TINY_DISCRIMINATOR = ["--d-embed-dim", "16", "--d-kernel-sizes", "1,2,3",
                      "--d-num-filters", "16,16,16", "--d-dropout", "0.0"]


def cli_env():
    env = dict(os.environ)
    env["PATH"] = f"{BIN_DIR}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = f"{REPO}{os.pathsep}{env.get('PYTHONPATH', '')}"
    # tiny models: one thread per process; two threads on a busy 2-core box ran 10-30x slower
    env["OMP_NUM_THREADS"] = "1"
    return env


def run_cli(args, check=True, timeout=600):
    """Run a fairseq console script from this environment; return the CompletedProcess."""
    proc = subprocess.run(
        [str(BIN_DIR / args[0]), *map(str, args[1:])], cwd=REPO, env=cli_env(),
        capture_output=True, text=True, timeout=timeout,
    )
    if check and proc.returncode != 0:
        raise AssertionError(
            f"{args[0]} exited {proc.returncode}\n--- stdout\n{proc.stdout[-4000:]}"
            f"\n--- stderr\n{proc.stderr[-4000:]}"
        )
    return proc


def kill_after_checkpoint(args, min_updates):
    """Run fairseq-train and SIGKILL it right after it saved a checkpoint at >= min_updates;
    return its log."""
    proc = subprocess.Popen([str(BIN_DIR / args[0]), *map(str, args[1:])], cwd=REPO,
                            env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    seen = []
    try:
        for line in proc.stdout:
            seen.append(line)
            saved_at = re.search(r"Saved checkpoint .* @ (\d+) updates", line)
            if saved_at and int(saved_at.group(1)) >= min_updates:
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=60)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL, "".join(seen[-30:])
    return "".join(seen)


def train_args(data_bin, save_dir, *extra, generator=TINY_GENERATOR, optimizer="csgan"):
    """fairseq-train arguments for the tiny csgan_nmt setup (callers add stage options)."""
    return [
        "fairseq-train", data_bin, "--user-dir", REPO / "csgan_nmt", "--task", "csgan_nmt",
        *generator, *TINY_DISCRIMINATOR, "--optimizer", optimizer, "--lr", "0.005",
        "--criterion", "label_smoothed_cross_entropy", "--label-smoothing", "0.1",
        "--max-tokens", "1500", "--save-dir", save_dir, "--cpu", "--seed", "1",
        "--log-format", "simple", "--log-interval", "1", "--no-progress-bar",
        "--num-workers", "0", "--required-batch-size-multiple", "1", *extra,
    ]


def logged(text, key):
    """Values of `key=...` (train_inner) or `| key value` (epoch / valid lines) in a log."""
    pattern = rf"(?:\b{key}=|\| {key} )(-?[0-9.]+(?:e-?\d+)?)"
    return [float(v) for v in re.findall(pattern, text)]


def write_slice(dest, sizes):
    """The first N lines of each bundled split, gzipped like the original."""
    dest.mkdir(parents=True, exist_ok=True)
    for split, n in sizes.items():
        for lang in ("es", "en"):
            with gzip.open(BUNDLED / f"{split}.{lang}.gz", "rt", encoding="utf-8") as fh:
                lines = [line for _, line in zip(range(n), fh)]
            with gzip.open(dest / f"{split}.{lang}.gz", "wt", encoding="utf-8") as fh:
                fh.writelines(lines)
    return dest


def write_template_en_zh(dest, sizes, seed=0):
    """English-Chinese template pairs ("he likes four dogs ." / "他喜欢四只狗。"), 600 in
    all, shuffled and split by `sizes` ({split: n}): a target written without spaces."""
    import random

    subjects = [("he", "他", True), ("she", "她", True), ("i", "我", False),
                ("we", "我们", False), ("they", "他们", False)]
    verbs = [("likes", "like", "喜欢"), ("sees", "see", "看见"), ("has", "have", "有")]
    numbers = list(zip("two three four five six seven eight nine".split(), "两三四五六七八九"))
    nouns = [("dogs", "只狗"), ("cats", "只猫"), ("books", "本书"), ("apples", "个苹果"),
             ("birds", "只鸟")]
    pairs = [(f"{s} {v3 if third else v} {n} {noun} .", f"{zs}{zv}{zn}{znoun}。")
             for s, zs, third in subjects for v3, v, zv in verbs for n, zn in numbers
             for noun, znoun in nouns]
    random.Random(seed).shuffle(pairs)
    dest.mkdir(parents=True, exist_ok=True)
    start = 0
    for split, n in sizes.items():
        chosen = pairs[start:start + n]
        start += n
        for side, lang in ((0, "en"), (1, "zh")):
            (dest / f"{split}.{lang}").write_text("".join(p[side] + "\n" for p in chosen),
                                                  encoding="utf-8")
    return dest


def training_config(data_bin, save_dir, *extra, generator=TINY_GENERATOR, optimizer="csgan"):
    """The config fairseq-train builds from train_args(...), parsed in-process."""
    from fairseq import options
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf

    args = train_args(data_bin, save_dir, *extra, generator=generator, optimizer=optimizer)
    parser = options.get_training_parser()
    return convert_namespace_to_omegaconf(
        options.parse_args_and_arch(parser, input_args=[str(a) for a in args[1:]]))


def build_trainer(data_bin, save_dir, *extra, **kwargs):
    """(cfg, task, trainer) built in-process the way fairseq_cli.train builds them (no
    checkpoint loaded, no data iterated yet)."""
    import numpy as np
    from fairseq import tasks, utils
    from fairseq.trainer import Trainer

    cfg = training_config(data_bin, save_dir, *extra, **kwargs)
    np.random.seed(cfg.common.seed)  # as fairseq_cli.train seeds before building the model
    utils.set_torch_seed(cfg.common.seed)
    task = tasks.setup_task(cfg.task)
    model = task.build_model(cfg.model)
    trainer = Trainer(cfg, task, model, task.build_criterion(cfg.criterion))
    return cfg, task, trainer


def train_batches(task, trainer, split="train"):
    """Batches of `split` in a fixed order, prepared for the trainer's device."""
    task.load_dataset(split)
    itr = trainer.get_train_iterator(epoch=1, load_dataset=False).next_epoch_itr(shuffle=False)
    return iter(itr)


# ---------------------------------------------------------------- tiny in-process models
# A three-word vocabulary (plus fairseq's specials), so that sequences can be enumerated.
VOCAB = Dictionary()
for _sym in "abc":
    VOCAB.add_symbol(_sym)
BOS, PAD, EOS, UNK = VOCAB.bos(), VOCAB.pad(), VOCAB.eos(), VOCAB.unk()
A, B, C = (VOCAB.index(s) for s in "abc")
ALLOWED = [EOS, UNK, A, B, C]  # what the rollout policy may draw (pad and bos banned)
TASK = Namespace(source_dictionary=VOCAB, target_dictionary=VOCAB)


def lstm(seed, weight_std=None, dropout=0.0):
    """Tiny bidirectional-LSTM generator (float64, eval mode). fairseq's init gives
    near-uniform outputs that hardly depend on the model; `weight_std` re-draws every weight
    from N(0, std^2) so the distributions are peaked and differ from model to model."""
    torch.manual_seed(seed)
    args = Namespace(encoder_embed_dim=8, encoder_hidden_size=8, encoder_bidirectional=True,
                     decoder_embed_dim=8, decoder_hidden_size=8, decoder_out_embed_dim=8,
                     dropout=dropout, criterion="cross_entropy")
    lstm_arch(args)
    model = LSTMModel.build_model(args, TASK).double().eval()
    if weight_std is not None:
        for p in model.parameters():
            torch.nn.init.normal_(p, std=weight_std)
    return model


def transformer(seed):
    torch.manual_seed(seed)
    args = Namespace(encoder_embed_dim=8, encoder_ffn_embed_dim=16, encoder_layers=1,
                     encoder_attention_heads=2, decoder_embed_dim=8, decoder_ffn_embed_dim=16,
                     decoder_layers=2, decoder_attention_heads=2, dropout=0.0,
                     max_source_positions=64, max_target_positions=64)
    transformer_arch(args)
    return TransformerModel.build_model(args, TASK).double().eval()


def discriminator(seed):
    torch.manual_seed(seed)
    cfg = DiscriminatorConfig(d_embed_dim=8, d_kernel_sizes="1,2", d_num_filters="4,4",
                              d_dropout=0.0)
    d = CNNDiscriminator(cfg, VOCAB, VOCAB).eval()
    with torch.no_grad():  # a D whose opinion varies, so that lambda matters
        d.output.weight.mul_(20)
    return d


def scorer(d, reward_lambda=0.5):
    return RewardScorer(d, PAD, EOS, reward_lambda, baseline=0.5)


def batch(srcs, ys, refs):
    """Sources left-padded and sorted longest first (as fairseq collates); Y, refs right-padded."""
    t = [torch.tensor(s) for s in srcs]
    src = data_utils.collate_tokens(t, PAD, left_pad=True)
    src_lengths = torch.tensor([len(s) for s in srcs])
    assert src_lengths.tolist() == sorted(src_lengths.tolist(), reverse=True)
    ys = data_utils.collate_tokens([torch.tensor(y) for y in ys], PAD)
    refs = data_utils.collate_tokens([torch.tensor(r) for r in refs], PAD)
    return src, src_lengths, ys, refs
