"""Vectorised smoothed sentence-level BLEU on token ids.

Used as the reward of the adversarial NMT generator, where thousands of
Monte-Carlo rollouts per batch must each be scored against a reference; a
Python loop over sacrebleu would dominate the training step.

The score reproduces ``sacrebleu.sentence_bleu(hyp, [ref], tokenize='none')``
(i.e. ``BLEU(smooth_method='exp', effective_order=True)``) on the
space-joined id strings, divided by 100:

* clipped n-gram matches / hypothesis n-gram totals for n = 1..max_order;
* effective order: only orders with at least one hypothesis n-gram count,
  i.e. ``min(max_order, hyp_len)`` orders;
* 'exp' smoothing: the k-th order (counted in increasing n) with zero matches
  gets precision ``1 / (2**k * total_n)``;
* a score of 0 when nothing matches at all (this covers empty hypotheses and
  empty references);
* brevity penalty ``exp(1 - ref_len / hyp_len)`` when ``hyp_len < ref_len``.

Method.  N-gram equality is computed exactly, without hashing, from the
unigram equality matrices: ``eq_n[i, j] = eq_{n-1}[i, j] & eq_1[i+n-1, j+n-1]``.
For a hypothesis position ``i`` holding a valid n-gram, ``c_h(i)`` counts the
equal valid n-grams in the same hypothesis and ``c_r(i)`` those in the
reference; summing ``min(c_h, c_r) / c_h`` over the hypothesis positions
gives sacrebleu's clipped count (exact after rounding).  Padding slots get
ids of their own, so n-grams over padding never match anything else.

Memory is O(R * L^2): about six (rows, Lh, max(Lh, Lr)) boolean masks are
alive at once, so rows are processed in chunks of ``chunk_size``; with
L ~ 60 a 4096-row chunk needs roughly 100 MB.
"""

from functools import lru_cache
from typing import List, Tuple

import torch
from torch import Tensor

from .utils import pads_to_end

__all__ = ["sentence_bleu", "sentence_bleu_reference"]


def _compact(tokens: Tensor, pad: int) -> Tuple[Tensor, Tensor]:
    """Move non-pad tokens to the front of each row, keeping their order.

    Any pad is "not part of the sentence", so a pad in the middle (e.g. an EOS
    replaced by pad before trailing tokens) must join its neighbours just as
    removing it from the string would (`utils.pads_to_end`).  Returns (tokens, lengths).
    """
    return pads_to_end(tokens, pad), tokens.ne(pad).sum(1)


def _unique_padding(hyps: Tensor, refs: Tensor, hyp_len: Tensor,
                    ref_len: Tensor) -> Tuple[Tensor, Tensor]:
    """Give every padding slot an id of its own, below all real ids.

    An n-gram that covers padding then equals nothing but itself (same row,
    same position), so the O(L^2) equality masks need no validity masking;
    only the (R, L) per-position results are masked.
    """
    lh, lr = hyps.size(1), refs.size(1)
    zero = hyps.new_zeros(1)  # also keeps min() defined for empty inputs
    base = torch.cat([hyps.flatten(), refs.flatten(), zero]).min() - 1
    pos_h = torch.arange(lh, device=hyps.device)
    pos_r = torch.arange(lr, device=refs.device)
    hyps = torch.where(pos_h < hyp_len.unsqueeze(1), hyps, base - pos_h)
    refs = torch.where(pos_r < ref_len.unsqueeze(1), refs, base - lh - pos_r)
    return hyps, refs


def _count(eq: Tensor) -> Tensor:
    # Summing bools promotes through int64 (slow); uint8 -> int16 is exact
    # while the row width stays below 2**15 and several times faster.
    dtype = torch.int16 if eq.size(2) < 2 ** 15 else torch.int32
    return eq.view(torch.uint8).sum(2, dtype=dtype)


def _ngram_stats(hyps: Tensor, refs: Tensor, hyp_len: Tensor, ref_len: Tensor,
                 max_order: int) -> Tuple[Tensor, Tensor]:
    """Clipped matches and hypothesis n-gram totals, both (R, max_order)."""
    hyps, refs = _unique_padding(hyps, refs, hyp_len, ref_len)
    eq_hh1 = hyps.unsqueeze(2).eq(hyps.unsqueeze(1))  # (R, Lh, Lh)
    eq_hr1 = hyps.unsqueeze(2).eq(refs.unsqueeze(1))  # (R, Lh, Lr)
    eq_hh, eq_hr = eq_hh1, eq_hr1
    pos = torch.arange(hyps.size(1), device=hyps.device)
    correct, total = [], []
    for n in range(1, max_order + 1):
        if n > 1:  # n-gram equality = (n-1)-gram equality & equality of the last token
            eq_hh = eq_hh[:, :-1, :-1] & eq_hh1[:, n - 1:, n - 1:]
            eq_hr = eq_hr[:, :-1, :-1] & eq_hr1[:, n - 1:, n - 1:]
        valid = pos[:eq_hh.size(1)].unsqueeze(0) < (hyp_len - n + 1).unsqueeze(1)
        c_h = _count(eq_hh).double()
        c_r = _count(eq_hr).double()
        # Each of the c_h copies of an n-gram gets 1/c_h of its clipped count
        # min(c_h, c_r); the row sum is an integer up to rounding error.
        share = torch.where(valid, torch.minimum(c_h, c_r) / c_h, torch.zeros_like(c_h))
        correct.append(share.sum(1).round())
        total.append((hyp_len - n + 1).clamp(min=0))
    return torch.stack(correct, 1), torch.stack(total, 1)


def _combine(correct: Tensor, total: Tensor, hyp_len: Tensor,
             ref_len: Tensor) -> Tensor:
    """sacrebleu's compute_bleu (exp smoothing, effective order) in float64."""
    correct, total = correct.double(), total.double()
    has = total > 0  # orders up to the effective order (totals never increase with n)
    zero = has & (correct == 0)
    # exp smoothing: the doubling accumulates over the zero-match orders seen so far
    smooth = torch.pow(2.0, zero.double().cumsum(1))
    safe_total = total.clamp(min=1)
    prec = torch.where(zero, 1.0 / (smooth * safe_total), correct / safe_total)
    log_prec = torch.where(has, prec.clamp(min=1e-300).log(), torch.zeros_like(prec))
    eff_order = has.sum(1).clamp(min=1)
    geo = torch.exp(log_prec.sum(1) / eff_order)
    hl, rl = hyp_len.double(), ref_len.double()
    bp = torch.where(hl < rl, torch.exp(1.0 - rl / hl.clamp(min=1)), torch.ones_like(hl))
    # no match at any order (incl. empty hyp or ref) -> 0, like sacrebleu's early stop
    return torch.where(correct[:, 0] > 0, bp * geo, torch.zeros_like(geo))


def _sentence_bleu_chunk(hyps: Tensor, refs: Tensor, pad: int, max_order: int) -> Tensor:
    hyps, hyp_len = _compact(hyps, pad)
    refs, ref_len = _compact(refs, pad)
    correct, total = _ngram_stats(hyps, refs, hyp_len, ref_len, max_order)
    return _combine(correct, total, hyp_len, ref_len)


def sentence_bleu(hyps: Tensor, refs: Tensor, pad: int, max_order: int = 4,
                  chunk_size: int = 4096) -> Tensor:
    """Smoothed sentence BLEU in [0, 1] of every row of ``hyps`` against ``refs``.

    Args:
        hyps: (R, Lh) integer token ids; tokens equal to ``pad`` are ignored, wherever
            they sit.
        refs: (R, Lr) integer token ids, one reference per row, on the device of ``hyps``;
            ``pad`` ignored likewise.
        pad: id that marks non-sentence positions (replace EOS by it beforehand).
        max_order: int >= 1, maximum n-gram order.
        chunk_size: int >= 1, rows per chunk, bounding the O(chunk_size * L^2) memory.

    Returns:
        (R,) float32 tensor in [0, 1] (not [0, 100]) on the inputs' device, equal to
        ``sacrebleu.sentence_bleu(hyp, [ref], tokenize='none').score / 100``; (0,) when
        R = 0.

    Raises:
        ValueError: when ``hyps`` or ``refs`` is not 2-D, their row counts differ, or
            ``chunk_size`` < 1.

    Source: sacrebleu's sentence BLEU ('exp' smoothing, effective order), which it
    reproduces on space-joined id strings (see the module docstring).
    """
    if hyps.dim() != 2 or refs.dim() != 2 or hyps.size(0) != refs.size(0):
        raise ValueError(f"expected (R, Lh) and (R, Lr), got {tuple(hyps.shape)} "
                         f"and {tuple(refs.shape)}")
    if chunk_size < 1:
        raise ValueError("chunk_size must be positive")
    hyps, refs = hyps.long(), refs.long()
    scores = [
        _sentence_bleu_chunk(hyps[s:s + chunk_size], refs[s:s + chunk_size], pad, max_order)
        for s in range(0, hyps.size(0), chunk_size)
    ]
    if not scores:
        return torch.zeros(0, dtype=torch.float32, device=hyps.device)
    return torch.cat(scores).float()


@lru_cache(maxsize=None)
def _sacrebleu_metric(max_order: int):
    # Imported lazily: only the tests and benchmarks need sacrebleu here.
    from sacrebleu.metrics import BLEU

    # Same settings as sacrebleu.sentence_bleu's defaults, bar the tokenizer.
    return BLEU(tokenize="none", smooth_method="exp", effective_order=True,
                max_ngram_order=max_order)


def sentence_bleu_reference(hyp: List[int], ref: List[int], max_order: int = 4) -> float:
    """sacrebleu's sentence BLEU / 100 on space-joined id strings (slow, per pair): the
    reference implementation that tests/test_sentence_bleu.py compares ``sentence_bleu`` with.

    Args:
        hyp: the hypothesis token ids (ints, or anything ``int()`` takes); every id counts,
            so strip pad and EOS beforehand.
        ref: the reference token ids, likewise.
        max_order: int >= 1, maximum n-gram order.

    Returns:
        float in [0, 1].

    Source: sacrebleu's ``BLEU(tokenize='none', smooth_method='exp', effective_order=True)``
    (imported lazily: sacrebleu must be installed).
    """
    hyp_str = " ".join(str(int(t)) for t in hyp)
    ref_str = " ".join(str(int(t)) for t in ref)
    return _sacrebleu_metric(max_order).sentence_score(hyp_str, [ref_str]).score / 100.0
