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
from fairseq import utils
from fairseq.dataclass import FairseqDataclass

from .refusal import OptionError

logger = logging.getLogger(__name__)


@dataclass
class DiscriminatorConfig(FairseqDataclass):
    d_embed_dim: int = field(
        default=128, metadata={"help": "discriminator: source and target embedding size"}
    )
    d_kernel_sizes: str = field(
        default="1,2,3,4,5",
        metadata={"help": "discriminator: comma-separated convolution window widths"},
    )
    d_num_filters: str = field(
        default="100,200,200,200,160",
        metadata={"help": "discriminator: filters per window width (same count as --d-kernel-sizes)"},
    )
    d_dropout: float = field(
        default=0.25, metadata={"help": "discriminator: dropout before the output layer"}
    )


def parse_int_list(value: str, option: str) -> List[int]:
    """The positive integers of a comma-separated option value. Raises OptionError naming
    `option`."""
    try:
        items = [int(v) for v in str(value).split(",") if v.strip()]
    except ValueError:
        raise OptionError(f"{option} must be comma-separated integers, got {value!r}")
    if not items or min(items) <= 0:
        raise OptionError(f"{option} must list positive integers, got {value!r}")
    return items


def layer_sizes(cfg) -> Tuple[List[int], List[int]]:
    """(window widths, filters per width) of D's convolutions from --d-kernel-sizes and
    --d-num-filters: the one place they are checked (csgan_config.validate calls it when
    the task is built; CNNDiscriminator when it is). Raises OptionError."""
    kernel_sizes = parse_int_list(cfg.d_kernel_sizes, "--d-kernel-sizes")
    num_filters = parse_int_list(cfg.d_num_filters, "--d-num-filters")
    if len(kernel_sizes) != len(num_filters):
        raise OptionError(f"--d-kernel-sizes ({cfg.d_kernel_sizes}) and --d-num-filters "
                          f"({cfg.d_num_filters}) must have the same number of entries")
    return kernel_sizes, num_filters


class SentenceConvEncoder(nn.Module):
    """Embedding + convolutions of several widths + masked max-over-time pooling."""

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
        # Move any left padding (fairseq left-pads sources) to the right, so position i
        # holds the i-th token of every row; then mask by length.
        tokens = utils.convert_padding_direction(tokens, self.padding_idx, left_to_right=True)
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
    """One highway layer: y = g * relu(W x) + (1 - g) * x, g = sigmoid(V x)."""

    def __init__(self, dim):
        super().__init__()
        self.transform = nn.Linear(dim, dim)
        self.gate = nn.Linear(dim, dim)
        # bias the gate towards carrying x through at the start, as in Srivastava et al.
        nn.init.constant_(self.gate.bias, -1.0)

    def forward(self, x):
        g = torch.sigmoid(self.gate(x))
        return g * F.relu(self.transform(x)) + (1 - g) * x


class CNNDiscriminator(nn.Module):
    """The CNN discriminator of CSGAN-NMT (Yang et al., NAACL 2018, section 3.2; after Kim,
    2014, and SeqGAN's D): D(X, Y) = P(Y is a human translation of X), as a logit."""

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
        """D's logit of P(Y is a human translation of X), one per target row: (M,) float
        (sigmoid gives D(X, Y) in (0, 1)).

        src_tokens: (B, S) int64 source ids; tgt_tokens: (M, T) int64 target ids (words
        only: EOS replaced by pad, `utils.eos_to_pad`); any padding, either side. Without
        `src_index`, M = B and row i pairs source i with target i; with `src_index` (M,)
        int64, target row i is paired with source row src_index[i], so that many candidate
        translations of one source (rollouts) encode that source only once.
        Yang et al. (NAACL 2018), section 3.2.
        """
        src_features = self.source_encoder(src_tokens)
        if src_index is not None:
            src_features = src_features.index_select(0, src_index)
        features = torch.cat([src_features, self.target_encoder(tgt_tokens)], dim=1)
        return self.output(self.dropout(self.highway(features))).squeeze(1)

    @torch.no_grad()
    def clip_weights(self, clip_value: float):
        """Clip every weight to [-c, c] after an update (WGAN-style, as in the paper)."""
        for p in self.parameters():
            p.clamp_(-clip_value, clip_value)

    def start_inside_clip(self, clip_value: float):
        """Make the initial weights obey the clip bound too, so that the first D update does
        not silently rewrite the initialisation. Only c < 1 changes anything: the highway
        gate's bias then starts at -c instead of -1 (less carry-through at the start)."""
        if clip_value < 1.0:
            logger.warning(
                f"--d-clip-value {clip_value} < 1: D starts inside [-{clip_value}, {clip_value}]"
                f"; its highway gate bias starts at -{clip_value} instead of -1")
        self.clip_weights(clip_value)
