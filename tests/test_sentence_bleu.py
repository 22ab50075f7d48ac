"""The vectorised sentence BLEU must agree with sacrebleu row by row."""

import gzip
import random
from pathlib import Path

import pytest
import torch

from csgan_nmt.sentence_bleu import sentence_bleu, sentence_bleu_reference

DATA = Path(__file__).resolve().parents[1] / "data" / "bible-kjv-rv1909" / "train.en.gz"
PAD = 1


def _pad_batch(seqs, pad=PAD, extra=0):
    """Right-pad id lists to one (R, L) tensor; `extra` adds all-pad columns."""
    width = max((len(s) for s in seqs), default=0) + extra
    out = torch.full((len(seqs), width), pad, dtype=torch.long)
    for i, s in enumerate(seqs):
        out[i, :len(s)] = torch.tensor(s, dtype=torch.long)
    return out


def _reference(pairs):
    return torch.tensor([sentence_bleu_reference(h, r) for h, r in pairs], dtype=torch.float64)


def _vectorised(pairs, pad=PAD, **kw):
    hyps = _pad_batch([h for h, _ in pairs], pad)
    refs = _pad_batch([r for _, r in pairs], pad, extra=3)
    return sentence_bleu(hyps, refs, pad, **kw).double()


@pytest.fixture(scope="module")
def verses():
    """First 300 English verses as id lists (ids start at 4, clear of PAD)."""
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        lines = [next(f).split() for _ in range(300)]
    vocab = {}
    return [[vocab.setdefault(w, len(vocab) + 4) for w in line] for line in lines]


@pytest.fixture(scope="module")
def real_pairs(verses):
    """Hyp/ref pairs from real text covering the whole score range."""
    rng = random.Random(0)
    pairs = []
    for i, v in enumerate(verses[:-1]):
        kind = i % 6
        if kind == 0:
            pairs.append((v, v))
        elif kind == 1:
            pairs.append((v, verses[i + 1]))
        elif kind == 2:
            pairs.append((rng.sample(v, len(v)), v))
        elif kind == 3:
            pairs.append((v[:rng.randint(1, len(v))], v))
        elif kind == 4:
            pairs.append(([w for w in v if rng.random() > 0.3], v))
        else:
            pairs.append((v, v[:rng.randint(1, len(v))]))
    for k in range(1, 4):  # very short hyps and refs
        pairs += [(verses[k][:k], verses[k]), (verses[k], verses[k][:k]),
                  (verses[k][:k], verses[k][:k]), (verses[k][1:k + 1], verses[k][:k + 1])]
    pairs += [([], verses[0]), (verses[0], []), ([], [])]
    return pairs


def test_matches_sacrebleu_on_real_sentences(real_pairs):
    got = _vectorised(real_pairs)
    want = _reference(real_pairs)
    assert torch.allclose(got, want, atol=1e-6), (got - want).abs().max()
    # the pairs really do span the range
    assert want.min() == 0.0 and want.max() == pytest.approx(1.0)
    assert ((want > 0.05) & (want < 0.95)).sum() > 50


def test_padding_and_pad_id_invariance(real_pairs):
    batch = _vectorised(real_pairs)
    for idx in (1, 2, 7, len(real_pairs) - 4):
        alone = _vectorised([real_pairs[idx]])
        assert torch.allclose(alone[0], batch[idx], atol=1e-7)
    for pad in (0, 10 ** 6):  # below and above every word id
        assert torch.allclose(_vectorised(real_pairs, pad=pad), batch, atol=1e-7)


def test_pad_in_the_middle_is_removed():
    hyp = torch.tensor([[5, 6, PAD, 7, 8, PAD, PAD]])
    ref = torch.tensor([[5, 6, 7, 8, 9]])
    got = sentence_bleu(hyp, ref, PAD).double()
    assert torch.allclose(got, _reference([([5, 6, 7, 8], [5, 6, 7, 8, 9])]), atol=1e-6)


def test_chunking_is_transparent(real_pairs):
    one = _vectorised(real_pairs)
    chunked = _vectorised(real_pairs, chunk_size=7)
    assert torch.equal(one, chunked)


def test_range_and_identity(verses):
    long_enough = [v for v in verses if len(v) >= 4][:50]
    scores = _vectorised([(v, v) for v in long_enough])
    assert torch.allclose(scores, torch.ones_like(scores))
    mixed = _vectorised([(verses[i], verses[i + 3]) for i in range(100)])
    assert ((mixed >= 0) & (mixed <= 1)).all()


def test_random_small_vocab_exercises_clipping():
    rng = random.Random(1234)
    pairs = [([rng.randint(2, 7) for _ in range(rng.randint(0, 25))],
              [rng.randint(2, 7) for _ in range(rng.randint(0, 25))]) for _ in range(500)]
    got = _vectorised(pairs)
    want = _reference(pairs)
    assert torch.allclose(got, want, atol=1e-6), (got - want).abs().max()


def test_degenerate_shapes():
    assert sentence_bleu(torch.zeros(0, 5, dtype=torch.long),
                         torch.zeros(0, 3, dtype=torch.long), PAD).shape == (0,)
    empty = sentence_bleu(torch.zeros(2, 0, dtype=torch.long),
                          torch.tensor([[4, 5], [PAD, PAD]]), PAD)
    assert torch.equal(empty, torch.zeros(2))
    with pytest.raises(ValueError):
        sentence_bleu(torch.zeros(2, 3, dtype=torch.long), torch.zeros(3, 3, dtype=torch.long), PAD)


@pytest.mark.parametrize("max_order", [1, 2, 3, 5])
def test_other_max_orders(real_pairs, max_order):
    pairs = real_pairs[::3]
    got = _vectorised(pairs, max_order=max_order)
    want = torch.tensor([sentence_bleu_reference(h, r, max_order=max_order) for h, r in pairs],
                        dtype=torch.float64)
    assert torch.allclose(got, want, atol=1e-6), (got - want).abs().max()
