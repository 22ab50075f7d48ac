"""G' as a policy: sampled, greedy and beam translations, their log-probabilities, and Monte
Carlo search (rollouts of all their prefixes), batched.

The authors' code re-decoded every prefix from scratch, once per rollout (49 prefixes x 20
rollouts x a full decode per batch). Here everything runs as ONE lock-step incremental
decode over fairseq's own decoder state:

- the source is encoded once;
- a *trunk* row per sentence feeds the sampled translation Y token by token (teacher
  forcing), so the decoder state of every prefix Y_1..t is computed once;
- right after the trunk has consumed y_t, N rollout rows are spawned from it by
  `reorder_incremental_state` with an index that repeats the trunk row N times, and they
  sample on from there;
- rows that finish (EOS or their length cap) are dropped the same way, so the batch only
  holds live rows.

All rows advance one position per step, so every row's incremental state has the same
length and the decoder's own reorder method (LSTM or Transformer alike) is the only state
manipulation needed.

Sampling draws token ids by inverse CDF from a uniform number u in [0, 1) per (sentence,
prefix, rollout, position); pad and bos have probability zero and can never be drawn, u = 0
included. Passing those uniforms in (`noise`) makes the result independent of batching
(exactly in float64; in float32 a batch-size-dependent rounding of the logits can flip a
rare draw), which is what lets the reference loop in the tests and the benchmark reproduce
the engine.

Everything runs on the model in eval mode (no dropout): that network, with pad and bos
banned, is the policy G' whose log-probabilities `log_probs` returns for the policy
gradient.
"""

from dataclasses import dataclass
from typing import Optional

import torch
from fairseq.dataclass import FairseqDataclass

from .option_ranges import NON_NEGATIVE, POSITIVE, option
from .utils import eval_mode

# The length cap of every sampled translation and rollout, min(a * n + b, MAX_LENGTH) tokens
# for a source of n tokens, EOS included; the recipes cap test decoding and validation BLEU
# with the same a and b (csgan_tools.fairseq_options).
LENGTH_CAP_A, LENGTH_CAP_B, MAX_LENGTH = 1.5, 10, 200


@dataclass
class RolloutConfig(FairseqDataclass):
    """The length caps and the row cap of the engine that samples G's translations and
    rolls out their prefixes (`Policy`).

    Attributes:
        rollout_max_len_a: float a >= 0; rollout_max_len_b: int b >= 0; rollout_max_len:
            int >= 1, the cap min(a * n + b, max_len) in tokens, EOS included.
        rollout_max_rows: int >= 0, decoder rows live at once (0: the engine's default).
    """

    rollout_max_len_a: float = option(LENGTH_CAP_A, "length cap a*src_len+b: a", NON_NEGATIVE)
    rollout_max_len_b: int = option(LENGTH_CAP_B, "length cap a*src_len+b: b", NON_NEGATIVE)
    rollout_max_len: int = option(MAX_LENGTH, "absolute length cap", POSITIVE)
    rollout_max_rows: int = option(
        0, "most decoder rows live at once in the rollout engine (0: 512 on CPU, 8192 on GPU)",
        NON_NEGATIVE)


@dataclass
class RolloutChunk:
    """The completions of some rolled-out prefixes (one chunk of Policy.rollout_chunks).

    Attributes:
        sentence: (P,) int64, the row of the batch (of `tokens`) of every prefix.
        prefix: (P,) int64, its length t in [0, T].
        completions: (P, N, L) int32, the N completions of prefix p: Y_1..t followed by
            sampled tokens up to EOS or the length cap, right-padded with pad; L the largest
            cap, max(length cap, len(Y)), of the chunk's sentences.
    """

    sentence: torch.Tensor
    prefix: torch.Tensor
    completions: torch.Tensor


class Policy:
    """A fairseq generator as the policy G' of the sequence-level updates: the model in eval
    mode (no dropout) with pad and bos banned, for `sample` (sampled or greedy), `n_best`
    (beam), `rollout` (Monte Carlo search) and `log_probs` alike. Constructor arguments: see
    `__init__`.

    Attributes:
        model: the fairseq encoder-decoder model.
        dictionary: the target dictionary.
        pad, eos, bos: int target ids.
        max_len_a, max_len_b: the length cap a*n + b.
        max_len: int, the absolute cap in tokens (EOS included), at most the model's
            max_decoder_positions() - 1.
        max_rows: int, the most decoder rows live at once.

    Source: the policy and Monte Carlo search of Yu et al., AAAI 2017 (SeqGAN) and Yang et
    al., NAACL 2018, section 3.3.
    """

    @classmethod
    def from_config(cls, model, tgt_dict, cfg):
        """An engine with the task's length caps and row cap.

        Args:
            model: fairseq encoder-decoder model (the policy).
            tgt_dict: fairseq Dictionary of the target language.
            cfg: RolloutConfig (or the task's config, which composes it); reads
                rollout_max_len_a, rollout_max_len_b, rollout_max_len and rollout_max_rows
                (0: the engine's default).
        Returns:
            Policy.
        """
        return cls(model, tgt_dict, cfg.rollout_max_len_a, cfg.rollout_max_len_b,
                   cfg.rollout_max_len, cfg.rollout_max_rows or None)

    def __init__(self, model, tgt_dict, max_len_a=LENGTH_CAP_A, max_len_b=LENGTH_CAP_B,
                 max_len=MAX_LENGTH, max_rows=None):
        """A translation of a source of n tokens is cut after min(int(a*n + b), max_len)
        tokens, EOS included (at least 1).

        Args:
            model: fairseq encoder-decoder generator (the rollout policy) with an
                incremental decoder.
            tgt_dict: fairseq Dictionary of the target language (pad, eos, bos ids).
            max_len_a: float a >= 0 of the length cap.
            max_len_b: int b >= 0 of the length cap, tokens.
            max_len: int, absolute cap in tokens (EOS included); lowered to the model's
                max_decoder_positions() - 1.
            max_rows: int, the live rows of one decode; larger jobs are split by sentence.
                None: 512 rows on a CPU and 8192 on a GPU, what was fastest in
                benchmarks/rollout_benchmark.py (on a CPU, rows beyond a few hundred only add
                cache misses; the vocabulary CDF of 8192 rows is 260 MB).
        """
        self.model = model
        self.dictionary = tgt_dict
        self.pad, self.eos, self.bos = tgt_dict.pad(), tgt_dict.eos(), tgt_dict.bos()
        self.max_len_a, self.max_len_b = max_len_a, max_len_b
        self.max_len = min(max_len, model.max_decoder_positions() - 1)
        self.max_rows = max_rows
        if max_rows is None:
            on_gpu = next(model.parameters()).is_cuda
            self.max_rows = 8192 if on_gpu else 512

    def length_caps(self, src_tokens):
        """The length cap of every source's translation, in tokens, EOS included.

        Args:
            src_tokens: (B, S) integer source ids, padded with pad (either side).
        Returns:
            (B,) int64 in [1, max_len]: int(a*n + b) clamped, n the source's non-pad tokens
            (its EOS included).
        """
        src_lengths = src_tokens.ne(self.pad).sum(1)
        caps = (self.max_len_a * src_lengths.float() + self.max_len_b).long()
        return caps.clamp(min=1, max=self.max_len)

    @torch.no_grad()
    def sample(self, src_tokens, src_lengths, noise: Optional[torch.Tensor] = None,
               greedy: bool = False):
        """Y ~ G'(.|X) by multinomial sampling, token by token, one translation per source;
        no gradient.

        Args:
            src_tokens: (B, S) int64 source ids.
            src_lengths: (B,) int64 source lengths.
            noise: optional (B, 1, 1, L') float uniforms in [0, 1), L' >= the longest length
                cap (see the module docstring); None draws from torch's RNG.
            greedy: take G's most probable token at every step instead (the self-critical
                baseline's translation, Rennie et al. 2017): the same decode, the same
                length caps; no random draw.
        Returns:
            (B, L) tokens of src_tokens' dtype and device, right-padded with pad, EOS-ended
            unless cut at the length cap (length_caps); L the longest translation (>= 1).
        """
        B = src_tokens.size(0)
        empty = src_tokens.new_zeros(B, 0)
        spawn_at = torch.ones(B, 1, dtype=torch.bool, device=src_tokens.device)
        with eval_mode(self.model):
            out = self._decode(src_tokens, src_lengths, empty, spawn_at, 1, noise, greedy)
        return _trim(out[:, 0].to(src_tokens.dtype), self.pad)

    @torch.no_grad()
    def n_best(self, src_tokens, src_lengths, beam: int):
        """The `beam` best translations of every source by fairseq's beam search
        (SequenceGenerator, length-normalised scores), in eval mode; no gradient.

        Length: fairseq's cap, at most min(int(a*S + b), max_len - 1) tokens before EOS with
        S = src_tokens.size(1), the batch's padded width: not `sample`'s per-source caps.
        fairseq's search bans pad, not bos.

        Args:
            src_tokens: (B, S) int64 source ids.
            src_lengths: (B,) int64 source lengths.
            beam: int >= 1, beam size and number of translations kept per source.
        Returns:
            (B * beam, L) int64 on src_tokens' device, rows b*beam .. b*beam+beam-1 for
            source b, best first, right-padded with pad, EOS-ended.
        """
        from fairseq.data import data_utils
        from fairseq.sequence_generator import SequenceGenerator

        search = SequenceGenerator([self.model], self.dictionary, beam_size=beam,
                                   max_len_a=self.max_len_a, max_len_b=self.max_len_b,
                                   max_len=self.max_len)
        with eval_mode(self.model):
            hypos = search.generate([self.model], {"net_input": {
                "src_tokens": src_tokens, "src_lengths": src_lengths}})
        return data_utils.collate_tokens([h["tokens"] for hyps in hypos for h in hyps[:beam]],
                                         self.pad).to(src_tokens.device)

    @torch.no_grad()
    def rollout(self, src_tokens, src_lengths, tokens, num_rollouts, spawn_at,
                noise: Optional[torch.Tensor] = None):
        """Complete marked prefixes of `tokens` with N samples each (Monte Carlo search); no
        gradient. Training uses `rollout_chunks`, which never holds more than one chunk's
        completions.

        Args:
            src_tokens: (B, S) int64 source ids.
            src_lengths: (B,) int64 source lengths.
            tokens: (B, T) integer ids of the translations whose prefixes are rolled out,
                right-padded with pad.
            num_rollouts: int N >= 1, completions per prefix.
            spawn_at: (B, T+1) bool, column t marks the prefix length t to roll out from.
            noise: optional (B, T+1, N, L') float uniforms in [0, 1), L' >= L, indexed by
                (sentence, prefix, rollout, position); None draws from torch's RNG.
        Returns:
            (B, T+1, N, L) of the tokens' dtype and device: the completions (the prefix
            included) right-padded with pad, all pad where nothing was rolled out; L the
            longest cap, max(length_caps, len(Y)) over the batch.

        Source: Yang et al., NAACL 2018, section 3.3 (Monte Carlo search).
        """
        width = int(self._caps(src_tokens, tokens).max())
        out = tokens.new_full((tokens.size(0), tokens.size(1) + 1, num_rollouts, width), self.pad)
        for c in self.rollout_chunks(src_tokens, src_lengths, tokens, num_rollouts, spawn_at,
                                     noise):
            out[c.sentence, c.prefix, :, :c.completions.size(-1)] = c.completions.to(out.dtype)
        return out

    @torch.no_grad()
    def rollout_chunks(self, src_tokens, src_lengths, tokens, num_rollouts, spawn_at,
                       noise: Optional[torch.Tensor] = None):
        """`rollout`, one sentence chunk at a time; no gradient.

        A chunk holds at most max_rows rows (its trunk rows and rollouts; at least one
        prefix's N rollouts), so the decoder state and the completions in memory are bounded
        by max_rows, whatever the sentence length. A chunk with no prefix to roll out (every
        Y no longer than the stride) is neither decoded nor yielded.

        Args:
            src_tokens, src_lengths, tokens, num_rollouts, spawn_at, noise: as for `rollout`.
        Returns:
            a generator of RolloutChunk: completions (P, N, L) int32 of the chunk's P
            rolled-out prefixes (sentence[p], prefix[p]), sentence indices into the whole
            batch.

        Source: Yang et al., NAACL 2018, section 3.3 (Monte Carlo search).
        """
        with eval_mode(self.model):
            for rows, mask in self._chunks(spawn_at, num_rollouts):
                if not mask.any():
                    continue
                completions = self._decode(
                    src_tokens[rows], src_lengths[rows], tokens[rows], mask,
                    num_rollouts, None if noise is None else noise[rows],
                )
                sentence, prefix = mask.nonzero(as_tuple=True)
                yield RolloutChunk(sentence + rows.start, prefix, completions)

    def _caps(self, src_tokens, tokens):
        """Per-row length caps of the completions of prefixes of `tokens`: a given Y longer
        than its cap (gold, beam) still gets every prefix rolled out."""
        return torch.maximum(self.length_caps(src_tokens), tokens.ne(self.pad).sum(1))

    def _chunks(self, spawn_at, num_rollouts):
        """(sentence slice, its spawn mask) pairs within max_rows: whole sentences while they
        fit; a sentence with more rows than max_rows alone, its prefixes split into groups
        (each decode re-feeds the sentence's trunk, one row, up to its last prefix)."""
        per_chunk = max(1, (self.max_rows - 1) // num_rollouts)  # prefixes besides the trunk
        for rows in self._sentence_chunks(spawn_at, num_rollouts):
            mask = spawn_at[rows]
            if rows.stop - rows.start > 1 or int(mask.sum()) <= per_chunk:
                yield rows, mask
                continue
            for group in mask[0].nonzero().squeeze(1).split(per_chunk):
                part = torch.zeros_like(mask)
                part[0, group] = True
                yield rows, part

    def _sentence_chunks(self, spawn_at, num_rollouts):
        """Consecutive sentence slices whose rollout rows stay within max_rows."""
        per_sentence = (spawn_at.sum(1) * num_rollouts + 1).tolist()
        start, rows = 0, 0
        for i, n in enumerate(per_sentence):
            if rows and rows + n > self.max_rows:
                yield slice(start, i)
                start, rows = i, 0
            rows += n
        yield slice(start, len(per_sentence))

    def _decode(self, src_tokens, src_lengths, tokens, spawn_at, N, noise, greedy=False):
        """The lock-step decode: trunk rows feed `tokens`, spawned rows sample on. Returns
        (P, N, width) int32 completions of the P marked prefixes, in spawn_at's row-major
        order (int32 and no slot for unmarked prefixes: a quarter of the old int64 (B, T+1)
        layout's memory at stride 2)."""
        B, T = tokens.shape
        device = tokens.device
        caps = self._caps(src_tokens, tokens)
        width = int(caps.max())
        # slot[b, t]: the row of prefix (b, t) in `out`
        slot = (spawn_at.flatten().cumsum(0) - 1).view(spawn_at.shape)
        out = torch.full((int(spawn_at.sum()), N, width), self.pad, dtype=torch.int32,
                         device=device)

        # a slice of a left-padded batch may have all-pad columns, which RNN encoders reject
        src_tokens = src_tokens[:, src_tokens.ne(self.pad).any(0)]
        encoder_out = self.model.encoder.forward_torchscript(
            {"src_tokens": src_tokens, "src_lengths": src_lengths}
        )
        state = {}
        last_spawn = _last_true(spawn_at)  # trunk rows live until their last prefix
        # per-row bookkeeping: sentence, prefix length (-1 = trunk), rollout index
        sent = torch.arange(B, device=device)
        prefix = torch.full((B,), -1, dtype=torch.long, device=device)
        rollout_idx = torch.zeros(B, dtype=torch.long, device=device)
        history = tokens.new_full((B, 1), self.eos)  # fairseq decoders start from EOS

        for k in range(width):
            cdf = self._step(history, encoder_out, state)
            is_trunk = prefix < 0
            # every row draws (no copy of the big cdf); trunk rows then feed Y's next token
            u = self._uniforms(noise, sent, prefix.clamp(min=0), rollout_idx, k, greedy)
            nxt = _draw(cdf, u.unsqueeze(1), greedy).squeeze(1)
            roll = ~is_trunk
            out[slot[sent[roll], prefix[roll]], rollout_idx[roll], k] = nxt[roll].int()
            if k < T:
                nxt = torch.where(is_trunk, tokens[sent, k], nxt)
            done = torch.where(is_trunk, last_spawn[sent] <= k,
                               nxt.eq(self.eos) | (k + 1 >= caps[sent]))

            # trunk rows that have just consumed y_k spawn the N rollouts of prefix k; their
            # first tokens come from the trunk's distribution at this step
            parents = sent.new_zeros(0)
            if k <= T:
                parents = (is_trunk & spawn_at[sent, k]).nonzero().squeeze(1)
            new = None
            if len(parents):
                new_sent = sent[parents].repeat_interleave(N)
                new_n = torch.arange(N, device=device).repeat(len(parents))
                new_prefix = torch.full_like(new_sent, k)
                u = self._uniforms(noise, new_sent, new_prefix, new_n, k, greedy).view(-1, N)
                new_tok = _draw(cdf[parents], u, greedy).view(-1)
                new_slot = slot[new_sent, k]
                out[new_slot, new_n, :k] = tokens[new_sent, :k].int()
                out[new_slot, new_n, k] = new_tok.int()
                alive = ~(new_tok.eq(self.eos) | (k + 1 >= caps[new_sent]))
                parents = parents.repeat_interleave(N)[alive]
                new = (new_sent[alive], new_prefix[alive], new_n[alive], new_tok[alive])

            keep = (~done).nonzero().squeeze(1)
            if len(keep) + len(parents) == 0:
                break
            if len(parents) or len(keep) < len(sent):  # one reorder per step: drop + spawn
                order = torch.cat([keep, parents])
                self.model.decoder.reorder_incremental_state_scripting(state, order)
                encoder_out = self.model.encoder.reorder_encoder_out(encoder_out, order)
                history = history.index_select(0, order)
                sent, prefix, rollout_idx, nxt = sent[keep], prefix[keep], rollout_idx[keep], nxt[keep]
                if new is not None:
                    sent, prefix, rollout_idx, nxt = (
                        torch.cat([a, b]) for a, b in zip((sent, prefix, rollout_idx, nxt), new)
                    )
            history = torch.cat([history, nxt.unsqueeze(1)], dim=1)
        return out

    def log_probs(self, src_tokens, src_lengths, tokens, entropy=False):
        """log G'(y_t | Y_<t, X) under the distribution that `sample` and `rollout` draw
        from: the model's softmax with pad and bos banned and the rest renormalised.

        Differentiable: this is the policy-gradient forward pass (teacher forcing on
        `tokens`). It runs in eval mode, like the sampling: with dropout it would be the
        gradient of another policy than the one that drew the tokens. On a GPU cuDNN is
        off for this forward (its RNN cannot backpropagate in eval mode).

        Args:
            src_tokens: (B, S) int64 source ids.
            src_lengths: (B,) int64 source lengths.
            tokens: (B, T) int64 translations, right-padded with pad, EOS-ended unless cut.
            entropy: also return the entropy of G' at every position.
        Returns:
            (B, T) float32 log-probabilities (nats, <= 0) with gradient, 0 at padding; with
            `entropy`, (log-probabilities, H), H (B, T) float32 the entropy in nats of G' at
            every position, no gradient, 0 at padding.

        Source: Williams, 1992 (REINFORCE), the log-probabilities of the policy gradient.
        """
        prev = torch.cat([tokens.new_full((tokens.size(0), 1), self.eos), tokens[:, :-1]], 1)
        # cuDNN cannot backpropagate through an RNN run in eval mode: on a GPU this forward
        # takes PyTorch's own RNN kernels, whose backward works in either mode
        with eval_mode(self.model), torch.backends.cudnn.flags(enabled=False):
            lprobs = self.model.get_normalized_probs(self.model(src_tokens, src_lengths, prev),
                                                     log_probs=True)
        banned = torch.tensor([self.pad, self.bos], device=lprobs.device)
        lprobs = lprobs.index_fill(-1, banned, float("-inf"))
        lprobs = lprobs - lprobs.logsumexp(-1, keepdim=True)
        token_lprobs = lprobs.gather(-1, tokens.unsqueeze(-1)).squeeze(-1)
        token_lprobs = token_lprobs.masked_fill(tokens.eq(self.pad), 0.0)
        if not entropy:
            return token_lprobs
        with torch.no_grad():
            h = -(lprobs.exp() * lprobs.masked_fill(torch.isinf(lprobs), 0.0)).sum(-1)
        return token_lprobs, h.masked_fill(tokens.eq(self.pad), 0.0)

    def _step(self, history, encoder_out, state):
        """One decoder step for all rows: the unnormalised CDF of the next token."""
        decoder_out = self.model.decoder.forward(
            history, encoder_out=encoder_out, incremental_state=state
        )
        logits = decoder_out[0][:, -1:, :]
        probs = self.model.get_normalized_probs((logits, None), log_probs=False)[:, -1, :]
        probs[:, self.pad] = 0  # never sample padding or BOS (as fairseq's search does)
        probs[:, self.bos] = 0
        return probs.cumsum_(dim=1)

    @staticmethod
    def _uniforms(noise, sent, prefix, rollout_idx, k, greedy=False):
        if greedy:  # no draw: leave the RNG as it was
            return torch.zeros(sent.shape, device=sent.device)
        if noise is None:
            return torch.rand(sent.shape, device=sent.device)
        return noise[sent, prefix, rollout_idx, k]


def _draw(cdf, u, greedy):
    """Token ids (R, M): by inverse CDF, or with `greedy` the most probable token (the
    largest step of the CDF) for every column."""
    if not greedy:
        return _inverse_cdf(cdf, u)
    steps = torch.diff(cdf, dim=1, prepend=cdf.new_zeros(cdf.size(0), 1))
    return steps.argmax(1, keepdim=True).expand(u.shape).contiguous()


def _inverse_cdf(cdf, u):
    """Token ids for uniforms u in [0, 1) (R, M) under each row's unnormalised CDF (R, V).

    Token i is drawn when cdf[i-1] <= u * total < cdf[i] (the right-side search), so a token
    of probability zero (pad, bos, an underflow) has cdf[i] == cdf[i-1] and can never be
    drawn, for any u, u = 0 included. u * total is kept below the total, so float rounding
    cannot run past the last token of positive probability.
    """
    total = cdf[:, -1:]
    x = torch.minimum(u.to(cdf.dtype) * total, torch.nextafter(total, torch.zeros_like(total)))
    # the clamp only matters for a row whose every samplable token underflowed to zero
    return torch.searchsorted(cdf, x, right=True).clamp(max=cdf.size(1) - 1)


def _last_true(mask):
    """Index of the last True per row (-1 if none)."""
    idx = torch.arange(mask.size(1), device=mask.device).expand_as(mask)
    return torch.where(mask, idx, torch.full_like(idx, -1)).max(dim=1).values


def _trim(tokens, pad):
    """Drop all-pad columns on the right."""
    width = int(tokens.ne(pad).sum(1).max()) if tokens.numel() else 0
    return tokens[:, :max(width, 1)]
