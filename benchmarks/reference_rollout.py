"""The authors' Monte Carlo search, kept as a baseline for the benchmark and the tests.

For every prefix length t and every rollout n *separately*, a decode starts from scratch:
the source batch is encoded again, y_1..y_t are teacher-forced after BOS (= EOS in
fairseq), then tokens are sampled until EOS or the length cap. Each decode is batched over
the sentences that roll out from t. It uses fairseq's incremental decoding (one token per
decoder call, like any fairseq decode); the teacher-forced steps only compute decoder
features, not the vocabulary projection, as the authors' rollout graph did not either, so
the baseline is not slowed by work it never did.

Sampling follows Policy's convention exactly (inverse CDF over
the softmax's cumulative sum with u = noise[b, t, n, k], pad and bos banned, stop at EOS or at
the cap, at least one token drawn), so with the same `noise` the completions are identical.
"""

import torch

from csgan_nmt.estimators.monte_carlo import rollout_positions
from csgan_nmt.policy import _inverse_cdf


def _encode(model, src_tokens, src_lengths, pad):
    # fairseq's LSTM encoder needs the widest row to fill the tensor: drop all-pad columns
    src_tokens = src_tokens[:, src_tokens.ne(pad).any(0)]
    return model.encoder(src_tokens, src_lengths=src_lengths)


def _features(model, history, encoder_out, state):
    return model.decoder.extract_features(history, encoder_out=encoder_out,
                                          incremental_state=state)[0][:, -1:]


def _draw(model, features, u, pad, bos):
    logits = model.decoder.output_layer(features)
    probs = model.get_normalized_probs((logits, None), log_probs=False)[:, -1]
    probs[:, [pad, bos]] = 0
    return _inverse_cdf(probs.cumsum(1), u.unsqueeze(1)).squeeze(1)


@torch.no_grad()
def reference_rollout(model, tgt_dict, src_tokens, src_lengths, tokens, num_rollouts,
                      spawn_at, noise=None, caps=None):
    """(B, T+1, N, L) completions like Policy.rollout; L = caps.max().

    `caps` (B,) are the per-sentence length caps (Policy.length_caps).
    """
    pad, eos, bos = tgt_dict.pad(), tgt_dict.eos(), tgt_dict.bos()
    B, T = tokens.shape
    width = int(caps.max())
    out = tokens.new_full((B, T + 1, num_rollouts, width), pad)
    for t in range(T + 1):
        rows = spawn_at[:, t].nonzero().squeeze(1)
        if len(rows) == 0:
            continue
        if t >= width:
            raise ValueError(f"prefix length {t} is not below the widest length cap {width}")
        for n in range(num_rollouts):
            encoder_out = _encode(model, src_tokens[rows], src_lengths[rows], pad)
            state = {}
            history = tokens.new_full((len(rows), 1), eos)
            for k in range(t):  # teacher forcing: only the decoder state is needed
                _features(model, history, encoder_out, state)
                history = torch.cat([history, tokens[rows, k:k + 1]], 1)
            seq = tokens.new_full((len(rows), width), pad)
            seq[:, :t] = tokens[rows, :t]
            alive = torch.ones(len(rows), dtype=torch.bool, device=tokens.device)
            for k in range(t, width):
                u = (torch.rand(len(rows), device=tokens.device) if noise is None
                     else noise[rows, t, n, k])
                nxt = _draw(model, _features(model, history, encoder_out, state), u, pad, bos)
                seq[alive, k] = nxt[alive]
                alive &= nxt.ne(eos) & (k + 1 < caps[rows])
                if not alive.any():
                    break
                history = torch.cat([history, nxt.unsqueeze(1)], 1)
            out[rows, t, n] = seq
    return out


@torch.no_grad()
def reference_rewards(model, tgt_dict, scorer, src_tokens, src_lengths, tokens, refs,
                      num_rollouts, stride=1, noise=None, caps=None):
    """monte_carlo_rewards with reference_rollout: Q (B, T), zero after EOS."""
    pad = tgt_dict.pad()
    B, T = tokens.shape
    spawn_at = rollout_positions(tokens, pad, stride)
    rolled = reference_rollout(model, tgt_dict, src_tokens, src_lengths, tokens,
                               num_rollouts, spawn_at, noise, caps)
    full = scorer(src_tokens, tokens, refs)
    q = torch.zeros(B, T, device=tokens.device)
    for b in range(B):
        length = int(tokens[b].ne(pad).sum())
        q[b, length - 1] = full[b]  # the last token is judged on Y itself
        for t in range(length - 1, 0, -1):
            if spawn_at[b, t]:
                n = num_rollouts
                q[b, t - 1] = scorer(src_tokens[b].expand(n, -1), rolled[b, t],
                                     refs[b].expand(n, -1)).mean()
            else:  # stride gap: the estimate of the next (longer) prefix
                q[b, t - 1] = q[b, t]
    return q
