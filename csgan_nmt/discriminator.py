"""The CNN discriminator D of CSGAN-NMT (Yang et al., 2018, section 3.2).

D(X, Y) = P(Y is a human translation of X). Source and target have their own embeddings
and their own bank of convolutions (several window widths, several filters each);
max-over-time pooling turns each into a fixed vector, the two are concatenated and go
through a highway layer and dropout to a single logit.

Unlike the authors' code, which padded every sentence to a fixed 50 tokens (and crashed on
longer ones), D takes any length and any padding: padding positions are zeroed before the
convolutions and windows that start past the end of a sentence are excluded from the max.
A sentence shorter than the widest window is treated as zero-padded to that width, the
same way whether it stands alone or inside a padded batch.
"""

import logging
from dataclasses import dataclass, field
from typing import List, Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F
from fairseq.dataclass import FairseqDataclass

from .option_ranges import POSITIVE, Range, option
from .refusal import OptionError
from .utils import pads_to_end

logger = logging.getLogger(__name__)


@dataclass
class DiscriminatorConfig(FairseqDataclass):
    """D's options (--d-*), part of the csgan_nmt task's config and of a checkpoint's model
    config, so a loaded D keeps the shape it was trained with.

    Attributes:
        d_embed_dim: int >= 1, size of the source and of the target embeddings.
        d_kernel_sizes: str, comma-separated positive convolution window widths in tokens.
        d_num_filters: str, comma-separated positive filter counts, one per window width.
        d_dropout: float in [0, 1), dropout on the highway output before the output layer.

    Source: Yang et al., NAACL 2018, section 3.2 (the CNN discriminator).
    """

    d_embed_dim: int = option(
        128, "discriminator: source and target embedding size", POSITIVE)
    d_kernel_sizes: str = field(
        default="1,2,3,4,5",
        metadata={"help": "discriminator: comma-separated convolution window widths"},
    )
    d_num_filters: str = field(
        default="100,200,200,200,160",
        metadata={"help": "discriminator: filters per window width (same count as --d-kernel-sizes)"},
    )
    d_dropout: float = option(
        0.25, "discriminator: dropout before the output layer", Range(0.0, 1.0, high_open=True))


def parse_int_list(value: str, option: str) -> List[int]:
    """The positive integers of a comma-separated option value.

    Args:
        value: str (or anything whose str() is one), e.g. "1,2,3"; empty items are skipped.
        option: str, the option's name for the message, e.g. "--d-kernel-sizes".
    Returns:
        List[int], every item > 0, in the given order, at least one.
    Raises:
        OptionError: naming `option`, when an item is not an integer, when no item is
        given, or when an item is <= 0.
    """
    try:
        items = [int(v) for v in str(value).split(",") if v.strip()]
    except ValueError:
        raise OptionError(f"{option} must be comma-separated integers, got {value!r}")
    if not items or min(items) <= 0:
        raise OptionError(f"{option} must list positive integers, got {value!r}")
    return items


def layer_sizes(cfg) -> Tuple[List[int], List[int]]:
    """D's convolution layer sizes from --d-kernel-sizes and --d-num-filters: the one
    place they are checked (config.validate calls it when the task is built,
    CNNDiscriminator when D is).

    Args:
        cfg: any config with str fields `d_kernel_sizes` and `d_num_filters`
            (DiscriminatorConfig, the task's config).
    Returns:
        (kernel_sizes, num_filters): two List[int] of the same length, all items > 0;
        window widths in tokens and the number of filters of each width.
    Raises:
        OptionError: when either list is malformed (`parse_int_list`) or their lengths
        differ.
    """
    kernel_sizes = parse_int_list(cfg.d_kernel_sizes, "--d-kernel-sizes")
    num_filters = parse_int_list(cfg.d_num_filters, "--d-num-filters")
    if len(kernel_sizes) != len(num_filters):
        raise OptionError(f"--d-kernel-sizes ({cfg.d_kernel_sizes}) and --d-num-filters "
                          f"({cfg.d_num_filters}) must have the same number of entries")
    return kernel_sizes, num_filters


class SentenceConvEncoder(nn.Module):
    """One side's sentence encoder of D: embedding, convolutions of several widths and
    masked max-over-time pooling, giving one fixed-size vector per sentence (Kim, 2014).

    Args:
        dictionary: fairseq Dictionary of this side (its size and pad() are used).
        embed_dim: int, E, the embedding size.
        kernel_sizes: List[int], window widths in tokens (`layer_sizes`).
        num_filters: List[int], filters per window width, same length.
    Attributes:
        padding_idx: int, the dictionary's pad id (masked out).
        max_width: int, the widest window; shorter sentences count as zero-padded to it.
        output_dim: int, F = sum(num_filters), the size of the pooled vector.

    Source: Yang et al., NAACL 2018, section 3.2; Kim, EMNLP 2014 (CNN sentence encoder).
    """

    def __init__(self, dictionary, embed_dim, kernel_sizes, num_filters):
        super().__init__()
        self.padding_idx = dictionary.pad()
        self.embed = nn.Embedding(len(dictionary), embed_dim, padding_idx=self.padding_idx)
        nn.init.normal_(self.embed.weight, mean=0.0, std=0.1)
        self.convs = nn.ModuleList(
            nn.Conv1d(embed_dim, n, k) for k, n in zip(kernel_sizes, num_filters)
        )
        self.max_width = max(kernel_sizes)
        self.output_dim = sum(num_filters)

    def forward(self, tokens):
        """Pooled features of each row: for every filter, the max of relu(conv) over the
        windows that lie inside the sentence (one zero-padded window for a sentence shorter
        than the filter's width).

        Args:
            tokens: (R, L) int64 token ids on D's device, each row left- or right-padded
                with pad (rows may differ; an all-pad row is an empty sentence, e.g. a
                translation that was EOS only); the words of a row must be contiguous.
        Returns:
            (R, F) float tensor in the embedding's dtype, F = `output_dim`, every value >= 0;
            an empty row gives the features of one all-zero window.
        """
        # Move every row's padding to its end, the words in order, so that position i holds
        # the i-th token of every row; then mask by length. Only where a row starts with pad
        # (fairseq left-pads sources; an empty row): fairseq's convert_padding_direction
        # would shift every row of such a batch as if all were left-padded.
        if tokens[:, :1].eq(self.padding_idx).any():
            tokens = pads_to_end(tokens, self.padding_idx)
        mask = tokens.ne(self.padding_idx)
        lengths = mask.sum(1)
        width = max(tokens.size(1), self.max_width)
        x = self.embed(tokens) * mask.unsqueeze(-1).type_as(self.embed.weight)
        x = F.pad(x, (0, 0, 0, width - tokens.size(1))).transpose(1, 2)  # B x C x T
        pooled = [self._conv_max(conv, x, lengths) for conv in self.convs]
        return torch.cat(pooled, dim=1)

    def _conv_max(self, conv, x, lengths):
        h = F.relu(conv(x))  # B x F x (T - k + 1)
        k = conv.kernel_size[0]
        # A window starting at i is real if it lies inside max(length, k): sentences
        # shorter than k keep exactly one window, as when they stand alone.
        n_windows = torch.clamp(lengths, min=k) - k + 1
        positions = torch.arange(h.size(2), device=h.device)
        valid = positions.unsqueeze(0) < n_windows.unsqueeze(1)
        h = h.masked_fill(~valid.unsqueeze(1), float("-inf"))
        return h.max(dim=2).values


class Highway(nn.Module):
    """One highway layer: y = g * relu(W x) + (1 - g) * x, g = sigmoid(V x); the gate's
    bias starts at -1 (carry x through at first).

    Args:
        dim: int, the size of x and y.

    Source: Srivastava et al., 2015 (highway networks), as in SeqGAN's discriminator.
    """

    def __init__(self, dim):
        super().__init__()
        self.transform = nn.Linear(dim, dim)
        self.gate = nn.Linear(dim, dim)
        # bias the gate towards carrying x through at the start, as in Srivastava et al.
        nn.init.constant_(self.gate.bias, -1.0)

    def forward(self, x):
        """The highway transform of x.

        Args:
            x: (..., dim) float tensor.
        Returns:
            (..., dim) float tensor, same shape and dtype.
        """
        g = torch.sigmoid(self.gate(x))
        return g * F.relu(self.transform(x)) + (1 - g) * x


class CNNDiscriminator(nn.Module):
    """The CNN discriminator of CSGAN-NMT: D(X, Y) = P(Y is a human translation of X), as a
    logit. Source and target are encoded separately (`SentenceConvEncoder`), concatenated,
    and go through a highway layer and dropout to one logit.

    Args:
        cfg: DiscriminatorConfig (or any config with its four d_* fields).
        src_dict: fairseq Dictionary of the source side.
        tgt_dict: fairseq Dictionary of the target side.
    Attributes:
        source_encoder, target_encoder: SentenceConvEncoder each, F features per sentence.
        highway: Highway of size 2F; dropout: nn.Dropout(cfg.d_dropout);
        output: nn.Linear(2F, 1), the logit.
    Raises:
        OptionError: when --d-kernel-sizes / --d-num-filters are malformed (`layer_sizes`).

    Source: Yang et al., NAACL 2018, section 3.2; after Kim, EMNLP 2014, and SeqGAN's D
    (Yu et al., AAAI 2017).
    """

    def __init__(self, cfg, src_dict, tgt_dict):
        super().__init__()
        kernel_sizes, num_filters = layer_sizes(cfg)
        self.source_encoder = SentenceConvEncoder(
            src_dict, cfg.d_embed_dim, kernel_sizes, num_filters
        )
        self.target_encoder = SentenceConvEncoder(
            tgt_dict, cfg.d_embed_dim, kernel_sizes, num_filters
        )
        dim = self.source_encoder.output_dim + self.target_encoder.output_dim
        self.highway = Highway(dim)
        self.dropout = nn.Dropout(cfg.d_dropout)
        self.output = nn.Linear(dim, 1)

    def forward(self, src_tokens, tgt_tokens, src_index=None):
        """D's logit of P(Y is a human translation of X), one per target row.

        Args:
            src_tokens: (B, S) int64 source ids (with their EOS, as fairseq batches them),
                left- or right-padded with the source pad.
            tgt_tokens: (M, T) int64 target ids, words only (EOS replaced by pad,
                `utils.eos_to_pad`), each row left- or right-padded; an all-pad row is an
                empty translation (see `SentenceConvEncoder.forward`).
            src_index: None, then M = B and row i pairs source i with target i; or (M,)
                int64 on the same device, target row i paired with source row src_index[i],
                so that many candidate translations of one source (rollouts) encode that
                source once.
        Returns:
            (M,) float logits in D's parameter dtype, unbounded; sigmoid gives D(X, Y) in
            (0, 1). Dropout applies in train mode.

        Source: Yang et al., NAACL 2018, section 3.2.
        """
        src_features = self.source_encoder(src_tokens)
        if src_index is not None:
            src_features = src_features.index_select(0, src_index)
        features = torch.cat([src_features, self.target_encoder(tgt_tokens)], dim=1)
        return self.output(self.dropout(self.highway(features))).squeeze(1)

    @torch.no_grad()
    def clip_weights(self, clip_value: float):
        """Clamp every parameter of D (weights and biases) to [-c, c], in place.

        Training clips inside CSGANOptimizer.step (on the fp32 masters under --fp16/--bf16);
        this is used to start D inside the bound (`start_inside_clip`).

        Args:
            clip_value: float c > 0 (--d-clip-value).
        Returns:
            None.

        Source: Yang et al., NAACL 2018 (D's weights clipped to [-c, c]), following WGAN
        (Arjovsky et al., 2017).
        """
        for p in self.parameters():
            p.clamp_(-clip_value, clip_value)

    def start_inside_clip(self, clip_value: float):
        """Make the initial weights obey the clip bound too, so that the first D update does
        not silently rewrite the initialisation.

        c >= 1 changes nothing in practice (the initial weights lie in [-1, 1]: the gate
        bias is -1, PyTorch's conv/linear inits are bounded by 1/sqrt(fan_in), embeddings
        are N(0, 0.1)). c < 1 logs a warning: the highway gate's bias then starts at -c
        instead of -1 (less carry-through at the start), and any other initial weight
        beyond c is clamped too.

        Args:
            clip_value: float c > 0 (--d-clip-value).
        Returns:
            None.
        """
        if clip_value < 1.0:
            logger.warning(
                f"--d-clip-value {clip_value} < 1: D starts inside [-{clip_value}, {clip_value}]"
                f"; its highway gate bias starts at -{clip_value} instead of -1")
        self.clip_weights(clip_value)
