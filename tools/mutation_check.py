"""Break the code on purpose, once per formula and decision, and check that a test fails.

    python tools/mutation_check.py [--drop-in | --learning | --statistics | --inputs |
        --preprocess | --long | --twins | --docs]
        [--only ID ...] [--out FILE.md]

Each mutation replaces one snippet of csgan_nmt/, csgan_tools/, csgan_compare/ or preprocess/
(a swap, a dropped term, an off-by-one, a removed call) in a scratch copy of the repository
(the working tree is never touched), runs the fast in-process test files there with
`pytest -x`, and records the first test that FAILED (errors at collection do not count).
The unmutated copy must pass first. A mutation that no test catches is reported as SURVIVED
and makes the script exit 1. Run it inside the environment; it takes about 15 minutes (one
pytest run per mutation, stopped at the first failure).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TESTS = ["tests/test_schedule.py", "tests/test_rollout_reward.py",
         "tests/test_policy_gradient.py", "tests/test_estimators.py", "tests/test_task.py",
         "tests/test_faults.py", "tests/test_mixed_precision.py", "tests/test_compare.py"]

# (id, what it breaks, file (in csgan_nmt/ unless a path is given), original, mutated)
MUTATIONS = [
    # distributed training, mixed precision, faults (results/mutations-faults.md; the
    # distributed ones need --tests tests/test_distributed.py)
    ("seeds-shared", "DDP: every worker and micro-batch on fairseq's one seed", "distributed.py",
     "        if index:  # index 0", "        if False:  # index 0"),
    ("seeds-by-rank-only", "DDP: seed by rank, not by global micro-batch index",
     "distributed.py", "return self._micro_batch * workers + rank", "return rank"),
    ("heldout-local", "DDP: D's held-out accuracy not summed over workers",
     "discriminator_pretraining.py",
     "correct, total = all_reduce_sum(counts, next(model.parameters()).device)",
     "correct, total = counts"),
    ("backend-any", "DDP: pytorch_ddp accepted with several workers", "distributed.py",
     "if world_size > 1 and ddp_backend not in SUPPORTED_BACKENDS:", "if False:"),
    ("amp-accepted", "mixed precision: --amp accepted", "mixed_precision.py",
     '("--amp", common_cfg.get("amp", False)),', ""),
    ("no-clip-masters", "mixed precision: D clipped on the model, not the fp32 masters",
     "task.py",
     "        inner.clip_discriminator_to(self.cfg.d_clip_value)\n"
     "        optimizer.step(groups=[D_PRETRAIN if pretraining else D_ADVERSARIAL])\n",
     "        optimizer.step(groups=[D_PRETRAIN if pretraining else D_ADVERSARIAL])\n"
     "        model.discriminator.clip_weights(self.cfg.d_clip_value)\n"),
    ("d-tag-lost", "mixed precision: D tagged with an attribute the masters lose",
     "model.py", "p.param_group = DISCRIMINATOR_GROUP", "p.csgan_role = DISCRIMINATOR_GROUP"),
    ("d-empty-row-shifts", "D: an empty row shifts every row of a right-padded batch "
     "(needs --tests tests/test_discriminator.py)", "discriminator.py",
     "            tokens = pads_to_end(tokens, self.padding_idx)\n",
     "            shift = torch.arange(tokens.size(1)) + tokens.eq(self.padding_idx).sum(1, True)\n"
     "            tokens = tokens.gather(1, shift % tokens.size(1))\n"),
    ("nonfinite-backprop", "faults: a NaN loss is back-propagated", "task.py",
     "        if not finite:  # never back-propagated", "        if False:  # never back-propagated"),
    ("nonfinite-step", "faults: an all-NaN update still steps the optimiser", "nonfinite.py",
     "if finite > 0 or skipped == 0:", "if True:"),
    ("nonfinite-no-stop", "faults: repeated NaN updates never stop the run", "nonfinite.py",
     "if self.in_a_row >= self.limit:", "if False:"),
    ("nonfinite-no-reset", "faults: a finite update does not reset the count", "nonfinite.py",
     "            self.in_a_row = 0\n            return True",
     "            return True"),
    ("crc-unchecked", "checkpoints: a damaged entry not detected by its CRC",
     "checkpoint_check.py", "damaged = archive.testzip()", "damaged = None"),
    ("resume-unchecked", "checkpoints: the checkpoint to resume from not checked",
     "task.py", "            check_or_repair_last(*resume, root.checkpoint.save_dir,",
     "            (lambda *a, **k: None)(*resume, root.checkpoint.save_dir,"),
    ("dict-unchecked", "inputs: dictionaries of the generator checkpoint not compared",
     "generator_checkpoint.py", "    if list(saved) == list(current):", "    if True:"),
    ("target-side-unchecked", "inputs: a split without its target side accepted",
     "task.py", "and self.datasets[split].tgt is None:", "and False:"),
    ("tags-not-one-hot", "logging: phase tags summed into another phase", "logging_outputs.py",
     "{phase_key(p): int(p == phase) for p in Phase}", "{phase_key(p): int(p <= phase) for p in Phase}"),
    ("chunk-whole-sentence", "memory: a sentence over max_rows not split by prefix", "rollout.py",
     "if rows.stop - rows.start > 1 or int(mask.sum()) <= per_chunk:", "if True:"),
    ("lambda-swap", "reward: lambda and 1 - lambda swapped", "reward.py",
     "score += self.reward_lambda * (d - self.baseline)",
     "score += (1 - self.reward_lambda) * (d - self.baseline)"),
    ("lambda-swap-bleu", "reward: BLEU weighted by lambda", "reward.py",
     "score += (1 - self.reward_lambda) * self.bleu(hyps, refs)",
     "score += self.reward_lambda * self.bleu(hyps, refs)"),
    ("baseline-dropped", "reward: baseline b dropped", "reward.py",
     "self.reward_lambda * (d - self.baseline)", "self.reward_lambda * d"),
    ("one-minus-d", "reward: 1 - D in place of D", "reward.py",
     "return torch.sigmoid(self.d_logit(src_tokens, hyps, src_index))",
     "return 1 - torch.sigmoid(self.d_logit(src_tokens, hyps, src_index))"),
    ("labels-swapped", "D: real/fake labels swapped", "discriminator_loss.py",
     "REAL, FAKE = 1.0, 0.0", "REAL, FAKE = 0.0, 1.0"),
    ("labels-swapped-batch", "D: gold rows labelled fake, translations real",
     "discriminator_loss.py",
     "torch.cat([torch.full((gold.size(0),), REAL), torch.full((fake.size(0),), FAKE)])",
     "torch.cat([torch.full((gold.size(0),), FAKE), torch.full((fake.size(0),), REAL)])"),
    ("heldout-from-train", "D: held-out set from the training split",
     "discriminator_pretraining.py", 'split = self.task.cfg.valid_subset.split(",")[0]',
     "split = self.task.cfg.train_subset"),
    ("dropout-in-log-probs", "PG: log-probs under dropout (train mode)", "rollout.py",
     "with eval_mode(self.model), torch.backends.cudnn.flags(enabled=False):",
     "with torch.backends.cudnn.flags(enabled=False):"),
    ("no-renormalisation", "PG: log-probs not renormalised over samplable tokens", "rollout.py",
     "lprobs = lprobs - lprobs.logsumexp(-1, keepdim=True)", "pass"),
    ("pg-shift", "PG: previous tokens not shifted (off by one)", "rollout.py",
     "tokens.new_full((tokens.size(0), 1), self.eos), tokens[:, :-1]], 1)",
     "tokens.new_full((tokens.size(0), 1), self.eos), tokens[:, 1:]], 1)"),
    ("pg-sign", "PG: loss sign flipped", "csgan_nmt/estimators/base.py",
     "return -(token_log_probs * rewards.detach()).sum()",
     "return (token_log_probs * rewards.detach()).sum()"),
    ("reward-alignment", "Q: rewards shifted by one token", "csgan_nmt/estimators/monte_carlo.py",
     "rewards = q[:, 1:]", "rewards = q[:, :-1]"),
    ("stride-fill", "Q: stride gaps take the previous prefix's estimate", "csgan_nmt/estimators/monte_carlo.py",
     "q[:, t] = torch.where(have[:, t], q[:, t], q[:, t + 1])",
     "q[:, t] = torch.where(have[:, t], q[:, t], q[:, t - 1])"),
    ("bos-sampled", "sampling: left-side search (u = 0 draws bos)", "rollout.py",
     "torch.searchsorted(cdf, x, right=True)", "torch.searchsorted(cdf, x)"),
    ("cycle-order", "schedule: teacher forcing before the PG update", "stages.py",
     "g_block = [Phase.POLICY_GRADIENT] + [Phase.TEACHER_FORCING] * self.teacher_forcing_steps",
     "g_block = [Phase.TEACHER_FORCING] * self.teacher_forcing_steps + [Phase.POLICY_GRADIENT]"),
    ("cycle-off-by-one", "schedule: phase index off by one", "stages.py",
     "return cycle[state.updates_done(update_num) % len(cycle)]",
     "return cycle[(state.updates_done(update_num) + 1) % len(cycle)]"),
    ("d-steps-dropped", "schedule: d_steps ignored (one D update per cycle)", "stages.py",
     "[Phase.DISCRIMINATOR] * self.d_steps", "[Phase.DISCRIMINATOR]"),
    ("finished-d-into-auto", "stages: auto ignores a finished D stage", "stages.py",
     "if state.current == Stage.DISCRIMINATOR and state.d_outcome != DOutcome.PENDING:",
     "if False:"),
    ("xi-strict", "D stop: accuracy > xi instead of >= xi", "stages.py",
     "if heldout_accuracy >= self.d_target_accuracy:",
     "if heldout_accuracy > self.d_target_accuracy:"),
    ("eval-interval", "D stop: budget not measured", "stages.py",
     "return d_updates_done % self.d_eval_interval == 0 or d_updates_done >= self.d_max_updates",
     "return d_updates_done % self.d_eval_interval == 0"),
    ("no-clip-adversarial", "D: no clipping after RMSProp steps", "optimizer.py",
     "if self.d_clip_value is not None and any(name in (D_PRETRAIN, D_ADVERSARIAL)",
     "if self.d_clip_value is not None and any(name in (D_PRETRAIN,)"),
    ("adam-adversarially", "D: Adam instead of RMSProp in the adversarial stage",
     "task.py", "groups=[D_PRETRAIN if pretraining else D_ADVERSARIAL]",
     "groups=[D_PRETRAIN]"),
    ("clip-init", "D: initialisation not brought inside [-c, c]", "task.py",
     "        discriminator.start_inside_clip(self.cfg.d_clip_value)\n", ""),
    ("policy-not-reset", "delayed policy not set to G on entering the stage", "task.py",
     "            model.reset_copies()", "            pass"),
    ("policy-strict-load", "delayed policy missing from a checkpoint: strict load fails",
     "model.py",
     "            if kept and not any(k.startswith(prefix) for k in state_dict):",
     "            if False:"),
    ("policy-ema", "delayed policy: r and 1 - r swapped", "model.py",
     "p_roll.mul_(rate).add_(p_gen.detach(), alpha=1.0 - rate)",
     "p_roll.mul_(1.0 - rate).add_(p_gen.detach(), alpha=rate)"),
    ("logs-gathered", "logging outputs gathered as lists (needs CUDA on every worker)",
     "task.py", "        return type(criterion).logging_outputs_can_be_summed()",
     "        return False"),
    ("late-validation", "options not validated when the task is built", "task.py",
     "        validate(cfg, self._optimizer_name())\n", ""),
    ("reset-reenters", "counter reset re-enters the stage (D outcome, policy reset)",
     "stages.py", "        if update_num >= self.start_update:\n            return False",
     "        if update_num >= self.start_update:\n            return False\n"
     "        self.buffer[2] = int(DOutcome.PENDING)"),
    ("empty-valid", "empty validation split not refused before training", "task.py",
     "            self.d_pretraining.check()  # before training, not hours in\n",
     "            pass\n"),
    # the comparison recipe and what it measures
    ("constant-value-ignored", "constant reward: 1 for every token, whatever the option",
     "reward.py", "return tokens.ne(pad).float() * value", "return tokens.ne(pad).float()"),
    ("constant-after-eos", "constant reward also after EOS", "reward.py",
     "return tokens.ne(pad).float() * value",
     "return torch.ones_like(tokens, dtype=torch.float) * value"),
    ("constant-not-wired", "--reward-type constant still rolls out", "policy_gradient.py",
     "    if constant_reward is not None:", "    if False:"),
    ("bp-inverted", "diagnostics: brevity penalty exp(1 - sys/ref)",
     "validation_diagnostics.py", "math.exp(1 - ref_len / sys_len)",
     "math.exp(1 - sys_len / ref_len)"),
    ("peakiness-with-pad", "diagnostics: peakiness averaged over padding too",
     "validation_diagnostics.py",
     'return {"peak_sum": float(top[mask].sum()), "peak_n": int(mask.sum())}',
     'return {"peak_sum": float(top.sum()), "peak_n": int(top.numel())}'),
    ("control-half-updates", "control: half the generator updates of the adversarial arms",
     "csgan_compare/arms.py",
     "return 1 + int(self.policy_gradient and self.teacher_forcing)", "return 2"),
    ("d-arm-no-d-update", "adversarial arms with D: no D update in the cycle",
     "csgan_compare/arms.py",
     "return self.generator_updates_per_cycle + int(self.uses_discriminator)",
     "return self.generator_updates_per_cycle"),
    ("lenpen-on-test", "length penalty chosen on the test set", "csgan_compare/decoding.py",
     "lambda hyps: scoring.score(hyps, valid_refs,",
     "lambda hyps: scoring.score(hyps, test_refs,"),
    # reward estimators and baselines (issue 10)
    ("rollout-mean-sees-yt", "rollout-mean baseline from prefix t (it depends on y_t)",
     "csgan_nmt/estimators/baselines.py", "values = means[:, :-1].clone()",
     "values = means[:, 1:].clone()"),
    ("rollout-mean-stride-next", "rollout-mean: stride gaps take the next prefix's mean",
     "csgan_nmt/estimators/baselines.py", "values[:, t] = torch.where(have[:, t], values[:, t], values[:, t - 1])",
     "values[:, t] = torch.where(have[:, t], values[:, t], values[:, t + 1] if t + 1 < "
     "values.size(1) else values[:, t])"),
    ("rollout-mean-no-empty", "rollout-mean: the empty prefix is not rolled out",
     "csgan_nmt/estimators/monte_carlo.py",
     "return (t >= (0 if from_empty else 1))", "return (t >= 1)"),
    ("self-critical-sampled", "self-critical: a sampled translation as the baseline",
     "csgan_nmt/estimators/baselines.py", "greedy = engine.sample(src_tokens, src_lengths, greedy=True)",
     "greedy = engine.sample(src_tokens, src_lengths)"),
    ("greedy-draws", "greedy decoding draws from the RNG", "rollout.py",
     "        if greedy:  # no draw: leave the RNG as it was\n", "        if False:\n"),
    ("self-critical-not-wired", "--reward-baseline-mode self-critical ignored",
     "csgan_nmt/estimators/baselines.py", "    if mode in (RewardBaselineMode.CONSTANT, RewardBaselineMode.ROLLOUT_MEAN):",
     "    if mode in (RewardBaselineMode.CONSTANT, RewardBaselineMode.ROLLOUT_MEAN,\n"
     "                RewardBaselineMode.SELF_CRITICAL):"),
    ("sequence-last-token-only", "sequence: R(Y) on the last token only",
     "csgan_nmt/estimators/reinforce.py",
     "mask = candidates.tokens.ne(scorer.pad).float()",
     "mask = candidates.tokens.eq(scorer.eos).float()"),
    ("prefix-off-by-one", "partial-d: prefix Y_<t in place of Y_<=t", "csgan_nmt/estimators/regs.py",
     "return rows.masked_fill(columns > position.unsqueeze(1), pad), sentence, position",
     "return rows.masked_fill(columns >= position.unsqueeze(1), pad), sentence, position"),
    ("prefix-length-zero", "partial-d D training: prefixes may be empty (0..len-1)",
     "discriminator_loss.py",
     "keep = (torch.rand(lengths.shape, device=tokens.device) * lengths).long() + 1",
     "keep = (torch.rand(lengths.shape, device=tokens.device) * lengths).long()"),
    ("prefix-d-full-sentences", "partial-d: D still trained on whole sentences",
     "discriminator_loss.py", "    if prefixes:\n", "    if False:\n"),
    ("prefix-d-gold-only", "partial-d: only gold translations cut", "discriminator_loss.py",
     "gold, fake = random_prefixes(gold, pad), random_prefixes(fake, pad)",
     "gold = random_prefixes(gold, pad)"),
    ("maligan-global-norm", "MaliGAN: weights normalised over the batch, not per source",
     "csgan_nmt/estimators/maligan.py", "samples * torch.softmax(logits.view(-1, samples), dim=1).view(-1)",
     "samples * torch.softmax(logits.view(1, -1), dim=1).view(-1)"),
    ("maligan-d-not-ratio", "MaliGAN: weights D instead of D / (1 - D)",
     "csgan_nmt/estimators/maligan.py",
     "logits = scorer.d_logit(src_tokens, words, index)",
     "logits = torch.log(scorer.d_probability(src_tokens, words, index))"),
    ("maligan-no-baseline", "MaliGAN: baseline 1/K dropped", "csgan_nmt/estimators/maligan.py",
     "reward = lam * (group_weights(logits, samples) - 1)",
     "reward = lam * group_weights(logits, samples)"),
    ("maligan-tiled", "MaliGAN: sources tiled, not repeated per sample", "csgan_nmt/estimators/base.py",
     "src_tokens, src_lengths, refs = (t.repeat_interleave(group, 0)",
     "src_tokens, src_lengths, refs = (t.repeat(group, *([1] * (t.dim() - 1)))"),
    ("estimator-cost-bar", "estimator verdict: options above 1/5 of Monte Carlo's cost pass",
     "csgan_compare/estimator_report.py", 'r["cost_vs_mc"] <= COST_SHARE',
     'r["cost_vs_mc"] <= 2 * COST_SHARE'),
    ("estimator-gain-bar", "estimator verdict: less than 80% of Monte Carlo's gain passes",
     "csgan_compare/estimator_report.py", 'r["gain"] >= GAIN_SHARE * mc["gain"]',
     'r["gain"] >= GAIN_SHARE * mc["gain"] - 0.05'),
]


# `--learning`: the sequence-level objectives of issue 19 (results/mutations-learning.md),
# against the learning test and the objectives' tests
LEARNING_TESTS = ["tests/test_objectives.py", "tests/test_self_training.py",
                  "tests/test_policy_gradient.py", "tests/test_estimators.py",
                  "tests/test_learning.py"]
LEARNING = [
    ("pg-sign", "PG: loss sign flipped", "csgan_nmt/estimators/base.py",
     "return -(token_log_probs * rewards.detach()).sum()",
     "return (token_log_probs * rewards.detach()).sum()"),
    ("pg-no-step", "PG: no optimiser step after a policy-gradient update", "task.py",
     "optimizer.step(groups=[inner.generator_group_of_policy_gradient])", "pass"),
    ("pg-steps-d", "PG: the update applied to D's parameter group", "task.py",
     "optimizer.step(groups=[inner.generator_group_of_policy_gradient])",
     "optimizer.step(groups=[D_ADVERSARIAL])"),
    ("tf-replaces-pg", "schedule: a teacher-forcing update in place of the PG update",
     "stages.py",
     "g_block = [Phase.POLICY_GRADIENT] + [Phase.TEACHER_FORCING] * self.teacher_forcing_steps",
     "g_block = [Phase.TEACHER_FORCING] + [Phase.TEACHER_FORCING] * self.teacher_forcing_steps"),
    ("per-phase-shared", "--g-optimizer-state per-phase: PG steps the shared Adam state",
     "optimizer.py", "return GENERATOR_PG if GENERATOR_PG in self.optimizers else GENERATOR",
     "return GENERATOR"),
    ("per-phase-lr", "--g-optimizer-state per-phase: the scheduler's lr reaches one of G's two",
     "optimizer.py", "        for name in (GENERATOR, GENERATOR_PG):\n            if name in",
     "        for name in (GENERATOR,):\n            if name in"),
    ("loo-includes-self", "leave-one-out: the sample's own reward in its baseline",
     "csgan_nmt/estimators/baselines.py", "return ((totals - returns.view(-1, group)) / (group - 1)).view(-1)",
     "return (totals / group).expand(-1, group).reshape(-1)"),
    ("loo-not-wired", "leave-one-out: no baseline subtracted", "csgan_nmt/estimators/baselines.py",
     "        values = leave_one_out_values(estimate.returns, K).unsqueeze(1)",
     "        values = 0"),
    ("k-tiled", "K samples: sources tiled, not repeated per sample", "csgan_nmt/estimators/base.py",
     "src_tokens, src_lengths, refs = (t.repeat_interleave(group, 0)",
     "src_tokens, src_lengths, refs = (t.repeat(group, *([1] * (t.dim() - 1)))"),
    ("normalize-ignored", "--reward-normalize batch ignored", "policy_gradient.py",
     "        if objective.normalize == RewardNormalize.BATCH:", "        if False:"),
    ("penalty-inverted", "--unfinished-penalty on finished translations", "reward.py",
     "cut = ~hyps.eq(self.eos).any(1)", "cut = hyps.eq(self.eos).any(1)"),
    ("risk-sign", "risk: expected reward minimised", "csgan_nmt/estimators/minimum_risk.py",
     "return -(q * rewards.detach()", "return (q * rewards.detach()"),
    ("risk-sharpness-ignored", "risk: alpha ignored", "csgan_nmt/estimators/minimum_risk.py",
     "    scores = sharpness * scores", "    scores = 1.0 * scores"),
    ("risk-duplicates-kept", "risk: duplicate candidates counted twice", "csgan_nmt/estimators/minimum_risk.py",
     "        scores = scores.masked_fill(duplicate, float(\"-inf\"))", "        pass"),
    ("risk-no-reference", "risk: --risk-include-reference ignored", "csgan_nmt/estimators/minimum_risk.py",
     "            parts.append(refs.unsqueeze(1))", "            pass"),
    # issue 28: Q's spread, per-source scaling, reward-filtered self-training
    ("risk-length-ignored", "risk: --risk-length-normalize ignored", "csgan_nmt/estimators/minimum_risk.py",
     "        scores = scores / lengths.to(scores.dtype)", "        scores = scores"),
    ("risk-default-one-hot", "risk: the default alpha back at 1 (Q one-hot)",
     "csgan_nmt/estimators/minimum_risk.py", "RISK_SHARPNESS = 0.05", "RISK_SHARPNESS = 1.0"),
    ("spread-not-exp", "Q's effective candidates: the entropy, not its exp", "csgan_nmt/estimators/minimum_risk.py",
     "return entropy.exp(), q.max(1).values", "return entropy, q.max(1).values"),
    ("source-sd-of-batch", "--reward-normalize source: the batch's sd", "csgan_nmt/estimators/advantages.py",
     "sd = returns.detach().float().view(-1, group).std(1)",
     "sd = returns.detach().float().std().expand(returns.numel() // group)"),
    ("source-flat-kept", "--reward-normalize source: equal-reward sources keep a gradient",
     "csgan_nmt/estimators/advantages.py", "scale = torch.where(flat, torch.zeros_like(sd), 1.0 / sd.clamp_min(FLAT))",
     "scale = torch.where(flat, torch.ones_like(sd), 1.0 / sd.clamp_min(FLAT))"),
    ("source-normalize-ignored", "--reward-normalize source ignored", "policy_gradient.py",
     "        elif objective.normalize == RewardNormalize.SOURCE:", "        elif False:"),
    ("keep-worst", "self-training: each source's worst candidate kept", "self_training.py",
     "best.scatter_(1, score.argmax(1, keepdim=True), True)",
     "best.scatter_(1, score.argmin(1, keepdim=True), True)"),
    ("keep-unfinished", "self-training: translations cut at the length cap kept",
     "self_training.py", "eligible = grown.finished & (grown.rewards >= tau)",
     "eligible = grown.rewards >= tau"),
    ("keep-duplicates", "self-training: a source's repeated candidate kept twice",
     "self_training.py", "    eligible &= ~duplicates(grown.tokens.view(-1, G, grown.tokens.size(1)))",
     "    pass"),
    ("tau-not-quantile", "self-training: tau the lowest reward whatever the quantile",
     "self_training.py", "return float(numpy.quantile(finished.double().numpy(), quantile))",
     "return float(finished.min())"),
    ("grow-unscored", "self-training: Grow's candidates all scored 0", "self_training.py",
     "rewards.append(scorer(rep[0], cand, rep[1]).float().cpu())",
     "rewards.append(torch.zeros(cand.size(0)))"),
    ("shard-empty", "self-training: the kept pairs never written", "csgan_tools/self_train.py",
     "            builder.add_item(item.long())", "            pass"),
    ("mix-swapped", "--mle-weight: w and 1 - w swapped", "policy_gradient.py",
     "loss = (1 - weight) * seq_loss / max(seq_size, 1) + weight * mle_loss / max(mle_size, 1)",
     "loss = weight * seq_loss / max(seq_size, 1) + (1 - weight) * mle_loss / max(mle_size, 1)"),
    ("mix-unnormalised", "--mle-weight: the losses mixed as sums", "policy_gradient.py",
     "loss = (1 - weight) * seq_loss / max(seq_size, 1) + weight * mle_loss / max(mle_size, 1)",
     "loss = (1 - weight) * seq_loss + weight * mle_loss"),
    ("kl-reversed", "kl_from_start: KL(G || G_start) for KL(G_start || G)",
     "validation_diagnostics.py",
     "kl = (log_probs[0].exp() * (log_probs[0] - log_probs[1])).sum(-1)",
     "kl = (log_probs[1].exp() * (log_probs[1] - log_probs[0])).sum(-1)"),
    ("kl-start-not-reset", "kl_from_start: the copy not set to G as the stage begins",
     "model.py", "        for name in FROZEN_COPIES:\n            if getattr(self, name) is not None:",
     "        for name in FROZEN_COPIES[:1]:\n            if getattr(self, name) is not None:"),
    ("entropy-unrenormalised", "entropy: of the distribution before pad/bos are banned",
     "rollout.py", "h = -(lprobs.exp() * lprobs.masked_fill(torch.isinf(lprobs), 0.0)).sum(-1)",
     "h = -(lprobs.exp() * lprobs.masked_fill(torch.isinf(lprobs), 0.0)).sum(-1) + 0.01"),
    ("penalty-not-passed", "--unfinished-penalty never reaches the task's scorer",
     "reward.py", "cfg.reward_baseline, unfinished_penalty=cfg.unfinished_penalty)",
     "cfg.reward_baseline)"),
    ("engines-every-update", "engines and scorer rebuilt at every update",
     "policy_gradient.py", "if self._parts is None or self._parts[0] is not model:", "if True:"),
    ("engines-kept-across-stages", "engines and scorer kept when the task enters a stage",
     "task.py", "        self.policy_gradient_criterion.forget()\n", ""),
]


# `--drop-in`: export, recipes, tensorboard, bf16 on a GPU (results/mutations-drop-in.md),
# caught by the slower end-to-end files, hence a set of their own
DROP_IN_TESTS = ["tests/test_mixed_precision.py", "tests/test_pipeline.py",
                 "tests/test_drop_in.py"]
DROP_IN = [
    ("export-keeps-d", "export: D's and the stage's weights kept in G's weights",
     "model.py", "                       if k.startswith(GENERATOR_PREFIX))",
     "                       if True)"),
    ("export-plugin-arch", "export: the plugin's rnnsearch arch kept (not fairseq's lstm)",
     "csgan_tools/export.py", "arch = PLUGIN_ARCHS.get(arch, arch)", "arch = arch"),
    ("export-csgan-task", "export: the task stays csgan_nmt", "csgan_tools/export.py",
     '                     "_name": "translation",', '                     "_name": cfg["task"]["_name"],'),
    ("export-namespace", "export: model options pickled as argparse.Namespace",
     "csgan_tools/export.py",
     'plain["model"] = _generator_model_cfg(_plain(cfg["model"]), translation_fields)',
     'plain["model"] = argparse.Namespace(**_generator_model_cfg(_plain(cfg["model"]), '
     'translation_fields))'),
    ("export-no-languages", "export: the language pair left to inference from data files",
     "csgan_tools/export.py", '    _fill_language_pair(plain["task"])\n', ""),
    ("export-temp-left", "export: a failed write leaves its temporary file",
     "csgan_tools/export.py", "        Path(tmp).unlink(missing_ok=True)\n        raise",
     "        raise"),
    ("average-skips-input", "export --average: INPUT itself left out of the N",
     "csgan_tools/export.py", "(last is None or num <= last)", "(last is None or num < last)"),
    ("average-mixes-numbering", "export --average: epoch- and update-numbered mixed",
     "csgan_tools/export.py", "if k == kind and (last", "if (last"),
    ("average-mean", "export --average: sum divided by N + 1", "csgan_tools/export.py",
     "/ len(weights)", "/ (len(weights) + 1)"),
    ("tensorboard-writers-kept", "in-process runs: fairseq's tensorboard writers reused",
     "csgan_tools/fairseq_runs.py", "    writers.clear()", "    pass"),
    ("bf16-stays-tpu", "bf16 on a GPU: fairseq's --tpu left set", "mixed_precision.py",
     "    common_cfg.tpu = False", "    pass"),
    ("recipe-wmt-lambda", "recipes: WMT'14 Transformer with lambda 0.7 instead of 0.8",
     "csgan_tools/paper_recipes.py", "reward_lambda=0.8", "reward_lambda=0.7"),
    ("recipe-nist-case", "recipes: NIST BLEU case-sensitive", "csgan_tools/paper_recipes.py",
     "beam=10, lenpen=1.0, lowercase_bleu=True", "beam=10, lenpen=1.0, lowercase_bleu=False"),
    # (a csgan checkpoint evaluated without --user-dir is no mutation: csgan-evaluate imports
    # the plugin to read checkpoints, which registers its task; it survived, as it should)
    ("evaluate-keeps-subwords", "csgan-evaluate: subwords not removed before scoring",
     "csgan_tools/evaluate.py", '"--remove-bpe", corpus.remove_bpe,', ""),
    ("recipe-test-cased", "csgan-recipe: its significance test on case-sensitive BLEU beside "
     "lowercased scores", "csgan_tools/paper_recipes.py",
     "tokenize=self.tokenize, lowercase=r.lowercase_bleu)", "tokenize=self.tokenize)"),
]


# `--statistics`: the comparison's statistics and fair-arm rules (issue 20,
# results/mutations-statistics.md)
STATISTICS_TESTS = ["tests/test_significance.py",
                    "tests/test_compare.py::test_seed_comparisons_pair_seeds_judge_the_primary"
                    "_alone_and_holm_the_rest",
                    "tests/test_compare.py::test_every_trained_arm_makes_the_same_number_of_"
                    "generator_updates",
                    "tests/test_learning.py::test_one_nbest_decode_gives_the_translation_of_"
                    "every_length_penalty"]
STATISTICS = [
    ("ar-one-sided", "approximate randomisation: one-sided (no absolute value)",
     "csgan_tools/significance.py",
     "extreme = np.sum(np.abs(permuted) >= abs(delta) - 1e-9)",
     "extreme = np.sum(permuted >= abs(delta) - 1e-9)"),
    ("ar-swap-sign", "approximate randomisation: a swapped sentence moves the wrong way",
     "csgan_tools/significance.py", "system_totals = system.sum(0) - swap @ diff",
     "system_totals = system.sum(0) + swap @ diff"),
    ("bootstrap-uncentred", "paired bootstrap: |Δ*| against |Δ|, not centred",
     "csgan_tools/significance.py", "np.abs(resampled - delta) >= abs(delta)",
     "np.abs(resampled) >= abs(delta)"),
    ("bootstrap-sacrebleu", "paired bootstrap: sacreBLEU 2.x's |Δ*| − mean|Δ*| against |Δ|",
     "csgan_tools/significance.py", "np.abs(resampled - delta) >= abs(delta)",
     "np.abs(resampled) - np.abs(resampled).mean() >= abs(delta)"),
    ("bootstrap-unpaired", "paired bootstrap: the two systems resampled independently",
     "csgan_tools/significance.py",
     "resampled = _scores(metric, counts @ system) - _scores(metric, counts @ base)",
     "resampled = _scores(metric, counts @ system) - _scores(metric, counts[::-1] @ base)"),
    ("seed-sd-ddof0", "seed level: sd with n, not n - 1", "csgan_tools/significance.py",
     "float(d.std(ddof=1)) if n > 1", "float(d.std(ddof=0)) if n > 1"),
    ("seed-normal-quantile", "seed level: normal quantile for 5 seeds, not Student's t",
     "csgan_tools/significance.py", "quantile = scipy_stats.t.ppf(1 - alpha / 2, n - 1)",
     "quantile = scipy_stats.norm.ppf(1 - alpha / 2)"),
    ("seed-one-sided", "seed level: one-sided p", "csgan_tools/significance.py",
     'out["p"] = float(2 * scipy_stats.t.sf(', 'out["p"] = float(1 * scipy_stats.t.sf('),
    ("mde-no-power", "seed level: MDE without the power term", "csgan_tools/significance.py",
     "(quantile + scipy_stats.t.ppf(power, n - 1)) * se", "quantile * se"),
    ("holm-no-monotone", "Holm: adjusted p not made monotone", "csgan_tools/significance.py",
     "running = max(running, min(1.0, (m - rank) * p))",
     "running = min(1.0, (m - rank) * p)"),
    ("holm-off-by-one", "Holm: multiplier m - rank - 1", "csgan_tools/significance.py",
     "min(1.0, (m - rank) * p)", "min(1.0, (m - rank - 1) * p)"),
    ("primary-holm", "report: the primary comparison Holm-corrected with the rest",
     "csgan_compare/report.py",
     'secondary = {i: c["p"] for i, c in enumerate(comparisons) if not c["primary"]}',
     'secondary = {i: c["p"] for i, c in enumerate(comparisons)}'),
    ("pairs-seed-one", "report: every seed paired with the control's seed 1",
     "csgan_compare/report.py",
     'deltas = [rows[s][metric] - scores[base][s if paired else "1"][metric]',
     'deltas = [rows[s][metric] - scores[base]["1"][metric]'),
    ("nbest-length-without-eos", "n-best: length penalty on the length without EOS",
     "csgan_tools/nbest.py", "out.setdefault(sentence, []).append((sum(scores), len(scores), text))",
     "out.setdefault(sentence, []).append((sum(scores), len(scores) - 1, text))"),
    ("nbest-lenpen-inverted", "n-best: score multiplied by length ** lenpen",
     "csgan_tools/nbest.py", "return total / length ** lenpen",
     "return total * length ** lenpen"),
    ("control-tf-all-updates", "control_tf: as many updates as control",
     "csgan_compare/arms.py", "            return generator_updates // 2",
     "            return generator_updates"),
    ("sentence-level-cased", "sentence-level BLEU test case-sensitive under lowercase BLEU",
     "csgan_tools/significance.py",
     'metric = (make(tokenize=tokenize, lowercase=lowercase) if metric_name == "bleu"',
     'metric = (make(tokenize=tokenize) if metric_name == "bleu"'),
]


# `--inputs`: inputs users bring (issue 21, results/mutations-inputs.md)
INPUTS_TESTS = ["tests/test_user_inputs.py",
                "tests/test_faults.py::test_generator_checkpoint_from_another_project_is_"
                "checked_by_the_dictionaries_it_recorded",
                "tests/test_compare.py::test_markers_record_paths_inside_the_work_directory_"
                "relative_to_it",
                "tests/test_distributed.py::test_two_workers_killed_and_resumed_end_bitwise_"
                "as_the_uninterrupted_run"]
INPUTS = [
    ("tokenizer-zh-13a", "BLEU: Chinese mapped to 13a", "csgan_nmt/bleu_tokenize.py",
     'BY_LANGUAGE = {**{code: "zh" for code in CHINESE},',
     'BY_LANGUAGE = {**{code: "13a" for code in CHINESE},'),
    ("tokenizer-no-subtag", "BLEU: zh_CN not reduced to its primary subtag",
     "csgan_nmt/bleu_tokenize.py", 'subtags = target_lang.replace("_", "-").lower().split("-")',
     'subtags = [target_lang]'),
    ("tokenizer-explicit-ignored", "BLEU: an explicit --tokenize ignored",
     "csgan_nmt/bleu_tokenize.py", "name = tokenize or by_language(target_lang)",
     "name = by_language(target_lang)"),
    ("evaluate-default-tokenizer", "csgan-evaluate scores with sacreBLEU's default 13a",
     "csgan_tools/evaluate.py",
     "scores = scoring.score(hyps, refs, lowercase=lowercase, tokenize=tokenize)",
     "scores = scoring.score(hyps, refs, lowercase=lowercase)"),
    ("validation-bleu-13a", "validation BLEU: fairseq's own (13a)", "csgan_nmt/task.py",
     "        return self.validation_bleu().corpus_score(hyps, [refs])",
     "        return super()._inference_with_bleu(generator, sample, model)"),
    ("significance-13a", "significance tests: BLEU with the default tokenizer",
     "csgan_tools/significance.py",
     "make(tokenize=tokenize, lowercase=lowercase) if", "make(lowercase=lowercase) if"),
    ("positions-lstm-limited", "positions: an RNN's configured positions taken as a limit",
     "csgan_nmt/positions.py", '    if family == "lstm":\n        return None, None\n', ""),
    ("positions-learned-ignored", "positions: learned positions taken as no limit",
     "csgan_nmt/positions.py", "return (configured[0] if model_cfg.get(\"encoder_learned_pos\")",
     "return (None if model_cfg.get(\"encoder_learned_pos\")"),
    ("positions-line-off-by-one", "positions: the refused line numbered from 0",
     "csgan_tools/evaluate.py",
     'model_cfg, lengths, lambda side, i: f"{corpus.text(split, side)} line {i + 1}"',
     'model_cfg, lengths, lambda side, i: f"{corpus.text(split, side)} line {i}"'),
    ("export-positions-kept", "export: an RNN's 1,024 positions kept",
     "csgan_tools/export.py", "    _lift_positions(plain)\n", ""),
    ("prepare-no-warning", "csgan-prepare: no warning about over-long lines",
     "preprocess/prepare.py", "    warn_over_default_positions(report, destdir)\n", ""),
    ("validation-length-unchecked", "training: over-long validation sentences not checked",
     "csgan_nmt/task.py", "            self._check_validation_lengths(split)\n",
     "            pass\n"),
    ("dictionaries-record-ignored", "--generator-checkpoint: recorded dictionaries ignored",
     "csgan_nmt/generator_checkpoint.py",
     "record = (state.get(\"task_state\") or {}).get(RECORD_KEY)", "record = None"),
    ("dictionaries-relative-resolved", "--generator-checkpoint: a relative data path trusted",
     "csgan_nmt/generator_checkpoint.py",
     "if saved_file and os.path.isabs(saved_file) and os.path.isfile(saved_file):",
     "if saved_file and os.path.isfile(saved_file):"),
    ("markers-absolute", "markers: paths recorded as absolute", "csgan_compare/runner.py",
     '_paths(result, f"{self.work}{os.sep}", WORK_PREFIX), indent=None)',
     "result, indent=None)"),
    ("resume-broadcast", "several workers: the checkpoint broadcast from rank 0",
     "csgan_nmt/task.py", "        load_checkpoints_on_every_worker(root)\n", ""),
    ("no-excepthook", "fairseq-train: refusals with their traceback", "csgan_nmt/__init__.py",
     "install_excepthook()\n", ""),
    ("commands-traceback", "csgan-* commands: their refusals with a traceback",
     "csgan_tools/__init__.py", "            except (CommandError, PrepareError) as e:",
     "            except ZeroDivisionError as e:"),
]

# data preparation (preprocess/, installed as csgan_preprocess: the scratch copy's symlink
# must shadow the editable install, or every one of these survives)
PREPROCESS_TESTS = ["tests/test_preprocess.py"]
PREPROCESS = [
    ("no-nfc", "normalise: Unicode NFC dropped", "preprocess/normalise.py",
     'unicodedata.normalize("NFC", line).translate(_CONTROL_TO_SPACE)',
     "line.translate(_CONTROL_TO_SPACE)"),
    ("controls-kept", "normalise: control characters kept", "preprocess/normalise.py",
     'unicodedata.normalize("NFC", line).translate(_CONTROL_TO_SPACE)',
     'unicodedata.normalize("NFC", line)'),
    ("utf8-lenient", "reading: invalid UTF-8 replaced, not refused", "preprocess/normalise.py",
     'return raw.decode("utf-8")', 'return raw.decode("utf-8", errors="replace")'),
    ("counts-unchecked", "reading: sides with different line counts accepted",
     "preprocess/normalise.py", "if len(set(counts.values())) > 1:", "if False:"),
    ("empty-kept", "cleaning: a pair with one empty side kept", "preprocess/clean.py",
     "kept = [pair for pair in pairs if all(pair)]",
     "kept = [pair for pair in pairs if any(pair)]"),
    ("ratio-unchecked", "cleaning: the length ratio not checked", "preprocess/clean.py",
     "if max(n_src, n_tgt) / min(n_src, n_tgt) > args.max_len_ratio:", "if False:"),
    ("too-long-kept", "cleaning: --max-len not applied", "preprocess/clean.py",
     "if max(n_src, n_tgt) > args.max_len:", "if False:"),
    ("test-filtered", "cleaning: the test split filtered like train", "preprocess/prepare.py",
     'drops.update(filter_by_length(train.lines, seg["train"], args))',
     'drops.update(filter_by_length(train.lines, seg["train"], args))\n'
     '    filter_by_length(splits[-1].lines, seg[splits[-1].name], args)'),
    ("sample-unseeded", "subwords: sentencepiece's sample differs per process",
     "preprocess/subwords.py", "random.Random(SAMPLE_SEED).sample", "random.Random().sample"),
    ("separate-joint", "subwords: --separate-subwords trains one joint model",
     "preprocess/subwords.py",
     "groups = [langs] if args.joint_subwords else [[lang] for lang in langs]",
     "groups = [langs]"),
    ("tmp-left", "atomic output: a failed run's temporary directory left behind",
     "preprocess/prepare.py", "        shutil.rmtree(tmp, ignore_errors=True)\n", ""),
    ("force-anything", "--force replaces a directory this command did not write",
     "preprocess/prepare.py",
     'if any(destdir.iterdir()) and not (destdir / "prepare.json").is_file():', "if False:"),
    ("cli-traceback", "csgan-prepare: its refusal with a traceback", "preprocess/prepare.py",
     "    except PrepareError as e:", "    except ZeroDivisionError as e:"),
]


# the long comparison (issue 29): the held-out test split, checkpoint averaging and the
# candidate choice, the declared family, the seeds an MDE needs
LONG_TESTS = ["tests/test_significance.py::test_seeds_for_mde_is_the_fewest_seeds_whose_seed_"
              "level_mde_reaches_the_target",
              "tests/test_compare.py::test_the_decode_keeps_the_candidate_validation_prefers_"
              "and_the_best_on_a_tie",
              "tests/test_compare.py::test_heldout_test_takes_every_kth_unread_verse_and_"
              "leaves_out_the_retellings",
              "tests/test_compare.py::test_the_cpu_long_test_split_is_disjoint_from_what_"
              "training_reads",
              "tests/test_compare.py::test_declared_family_chooses_the_arm_on_validation_and_"
              "holms_within_it",
              "tests/test_compare.py::test_an_arm_cut_short_goes_on_from_its_last_checkpoint_"
              "and_averages",
              "tests/test_drop_in.py::test_average_generator_averages_g_over_the_last_n_and_"
              "keeps_the_newest_rest"]
LONG = [
    ("heldout-reads-one", "held-out test: the last verse training reads is taken too",
     "csgan_compare/corpus.py", "unread = [i for i in range(read, len(",
     "unread = [i for i in range(read - 1, len("),
    ("heldout-retellings", "held-out test: Chronicles (retelling Samuel and Kings) kept",
     "csgan_compare/corpus.py", "if lines[\"ids\"][i].rsplit(\" \", 1)[0] not in RETELLING_BOOKS]",
     "]"),
    ("heldout-stride", "held-out test: the stride starts at the second unread verse",
     "csgan_compare/corpus.py", "kept = unread[::stride]", "kept = unread[1::stride]"),
    ("choice-by-min", "decode: the candidate of lower validation BLEU kept",
     "csgan_compare/decoding.py", "choice = max(tuned_of, key=", "choice = min(tuned_of, key="),
    ("choice-tie-average", "decode: a tie goes to the average",
     "csgan_compare/decoding.py", "k == \"best\"))", "k == \"average\"))"),
    ("average-first-n", "averaging: the first n checkpoints, not the last",
     "csgan_tools/export.py", "inputs = [p for _, p in numbered[-n:]]",
     "inputs = [p for _, p in numbered[:n]]"),
    ("average-all-weights", "averaging: D replaced by the oldest's",
     "csgan_tools/export.py",
     "averaged[k[len(GENERATOR_PREFIX):]] if k.startswith(GENERATOR_PREFIX) else v)",
     "averaged[k[len(GENERATOR_PREFIX):]] if k.startswith(GENERATOR_PREFIX) else "
     "torch.load(inputs[0], weights_only=True)[\"model\"][k])"),
    ("family-constant", "declared family: the constant-reward control a candidate",
     "csgan_compare/arms.py", "SEQUENCE_LEVEL_ARMS = tuple(a for a, spec in TRAINED_ARMS.items() "
     "if a != Arm.CONSTANT", "SEQUENCE_LEVEL_ARMS = tuple(a for a, spec in TRAINED_ARMS.items() "
     "if True"),
    ("family-all-seeds", "declared family: means over each arm's own seeds",
     "csgan_compare/report.py", "means = {a: sum(valid_bleu[a][s] for s in shared) / len(shared)",
     "means = {a: sum(valid_bleu[a].values()) / len(valid_bleu[a])"),
    ("family-no-holm", "declared family: raw p, not Holm within it",
     "csgan_compare/report.py", "adjusted = significance.holm({i: c[\"p\"] for i, c in "
     "enumerate(family)})", "adjusted = {i: c[\"p\"] for i, c in enumerate(family)}"),
    ("mde-one-sided-power", "seeds for an MDE: the power's quantile on the wrong side",
     "csgan_tools/significance.py",
     "t = scipy_stats.t.ppf(1 - alpha / 2, n - 1) + scipy_stats.t.ppf(power, n - 1)",
     "t = scipy_stats.t.ppf(1 - alpha / 2, n - 1) + scipy_stats.t.ppf(1 - power, n - 1)"),
    ("arm-restarts", "an arm cut short starts over instead of going on",
     "csgan_compare/training.py",
     "resume = (recipe.work / name / \"checkpoint_last.pt\").is_file()", "resume = False"),
    ("no-average", "the runs' last checkpoints not averaged",
     "csgan_compare/training.py", "if recipe.size.average_checkpoints > 1:", "if False:"),
    ("mde-sqrt", "seeds for an MDE: sd / n instead of sd / sqrt(n)",
     "csgan_tools/significance.py", "if t * sd / np.sqrt(n) <= target:",
     "if t * sd / n <= target:"),
]


# inputs users bring, round 4 (issue 30): each check on every path, at its boundary
TWINS_TESTS = ["tests/test_inputs_twins.py", "tests/test_mixed_precision.py",
               "tests/test_preprocess.py::test_fairseq_symbols_in_raw_text_are_refused_with_"
               "subword_nmt",
               "tests/test_drop_in.py::test_hub_and_interactive_normalise_raw_input_as_csgan_"
               "prepare_did",
               "tests/test_drop_in.py::test_export_refuses_bad_input_and_leaves_nothing",
               "tests/test_distributed.py::test_two_workers_killed_and_resumed_end_bitwise_as_"
               "the_uninterrupted_run"]
TWINS = [
    ("evaluate-dictionaries", "decoding: the checkpoint's dictionaries not compared",
     "csgan_tools/evaluate.py",
     "    check_against_data(checkpoint, corpus.bin, corpus.source_lang, corpus.target_lang,\n"
     "                       \"checkpoint\")", "    pass"),
    ("self-train-dictionaries", "csgan-self-train: the checkpoint's dictionaries not compared",
     "csgan_tools/self_train.py", "    check_against_data(checkpoint, data, option=\"--checkpoint\")",
     "    pass"),
    ("decode-batch-limit-off-by-one", "decoding: a line exactly at --max-tokens refused",
     "csgan_nmt/positions.py", "    index = first_longer(sizes, max_tokens)\n",
     "    index = first_longer(sizes, max_tokens - 1)\n"),
    ("valid-batch-limit", "training: the validation batch limit not checked",
     "csgan_nmt/task.py", "            self._check_validation_batch_limit(split)\n", ""),
    ("skipped-pairs-silent", "training: skipped training pairs not said",
     "csgan_nmt/task.py", "        if skipped:\n            logger.warning(",
     "        if False:\n            logger.warning("),
    ("fp16-accepted", "--fp16 accepted without CUDA", "csgan_nmt/task.py",
     "        mixed_precision.refuse_fp16_without_cuda(root.common)\n", ""),
    ("record-in-place", "records written in place", "csgan_tools/__init__.py",
     "        os.replace(partial, path)\n    except OSError as e:",
     "        os.replace(partial, path)\n        open(path, 'w').write(text[:3])\n"
     "        raise OSError(28, 'No space left on device')\n    except OSError as e:"),
    ("marker-unreadable-crashes", "csgan-compare: an unreadable marker stops the run",
     "csgan_compare/runner.py", "            except CommandError:\n",
     "            except ZeroDivisionError:\n"),
    ("summary-unreadable-done", "csgan-recipe: an unreadable summary counts as done",
     "csgan_tools/paper_recipes.py",
     "            if done.exists() and done.suffix == \".json\" and not _readable(done):",
     "            if False:"),
    ("cjk-639-1-only", "tokenizer: ISO 639-3 / FLORES-200 codes not recognised",
     "csgan_nmt/bleu_tokenize.py", "BY_LANGUAGE = {**{code: \"zh\" for code in CHINESE}, "
     "\"ja\": \"ja-mecab\", \"jpn\": \"ja-mecab\",",
     "BY_LANGUAGE = {\"zh\": \"zh\", \"ja\": \"ja-mecab\", \"jpn\": \"ja-mecab\","),
    ("unsegmented-unchecked", "tokenizer: unsegmented references not checked",
     "csgan_nmt/bleu_tokenize.py", "    if tokenize or by_language(target_lang) != DEFAULT:\n"
     "        return", "    return"),
    ("unsegmented-boundary", "tokenizer: 1.5 tokens a line taken for segmented",
     "csgan_nmt/bleu_tokenize.py", "if tokens <= UNSEGMENTED_TOKENS and chars",
     "if tokens < UNSEGMENTED_TOKENS and chars"),
    ("spm-identity", "sentencepiece without csgan-prepare's normalisation",
     "preprocess/subwords.py", "            normalization_rule_tsv=str(rules),",
     "            normalization_rule_name=\"identity\","),
    ("symbols-unchecked", "csgan-prepare: fairseq's symbols in raw text accepted",
     "preprocess/prepare.py", "    check_special_symbols(splits, args.subword)  # before",
     "    pass  # before"),
    ("auto-update-boundary", "--csgan-stage auto: --max-update one past --mle-updates refused",
     "csgan_nmt/task.py", "if 0 < max_update <= self.cfg.mle_updates:",
     "if 0 < max_update <= self.cfg.mle_updates + 1:"),
    ("auto-epoch-boundary", "--csgan-stage auto: epochs exactly at --mle-updates accepted",
     "csgan_nmt/task.py", "if max_epoch * per_epoch <= self.cfg.mle_updates:",
     "if max_epoch * per_epoch < self.cfg.mle_updates:"),
    ("auto-restored-refused", "--csgan-stage auto: a run restored past MLE refused too",
     "csgan_nmt/task.py", "            return  # a run restored past MLE goes on",
     "            pass  # a run restored past MLE goes on"),
    ("final-stage-unsaid", "--csgan-stage auto: the final stage not said",
     "csgan_nmt/task.py", "        try:  # at exit: the logging handlers may be closed",
     "        return\n        try:  # at exit: the logging handlers may be closed"),
    ("export-disk-traceback", "csgan-export: a full disk as a traceback",
     "csgan_tools/export.py", "    except OSError as e:  # a full disk, a quota",
     "    except ZeroDivisionError as e:  # a full disk, a quota"),
]


# the options reference and live progress (issue 31)
DOCS_TESTS = ["tests/test_options_reference.py", "tests/test_progress.py"]
DOCS = [
    ("reference-no-range", "options reference: ranges left out", "csgan_tools/options.py",
     "str(ranges[name]) if name in ranges else \"—\"", "\"—\""),
    ("reference-help-unchecked", "options reference: an option without help accepted",
     "csgan_tools/options.py", "            if not help_text:\n", "            if False:\n"),
    ("reference-group-unchecked", "options reference: an option in no group accepted",
     "csgan_tools/options.py", "    if missing or extra:\n", "    if False:\n"),
    ("optimizer-range-unchecked", "--optimizer csgan: ranges not checked",
     "csgan_nmt/optimizer.py",
     "        interval.check(\"--\" + name.replace(\"_\", \"-\"), float(getattr(cfg, name)))",
     "        pass"),
    ("progress-silent", "progress: nothing shown while a run trains", "csgan_tools/progress.py",
     "        if self.every and now - self.last_line >= self.every:",
     "        if False:"),
    ("progress-every-ignored", "progress: a line on every record, not every N seconds",
     "csgan_tools/progress.py", "        if self.every and now - self.last_line >= self.every:",
     "        if self.every:"),
    ("progress-no-bleu", "progress: validation BLEU not taken", "csgan_tools/progress.py",
     "        self.bleu = number(\"valid_bleu\") if number(\"valid_bleu\") is not None else self.bleu",
     "        pass"),
    ("decode-progress-silent", "progress: a decode shows nothing", "csgan_tools/progress.py",
     "        if self.every:\n            self._thread.start()", "        if False:\n            pass"),
]


# the sets besides the default one: --NAME runs (mutations, against these tests)
SETS = {
    "drop_in": (DROP_IN, DROP_IN_TESTS,
                "the export/recipe/tensorboard mutations, against DROP_IN_TESTS"),
    "learning": (LEARNING, LEARNING_TESTS,
                 "the sequence-level objectives' mutations, against LEARNING_TESTS"),
    "statistics": (STATISTICS, STATISTICS_TESTS,
                   "the comparison's statistics, against STATISTICS_TESTS"),
    "inputs": (INPUTS, INPUTS_TESTS, "inputs users bring (issue 21), against INPUTS_TESTS"),
    "preprocess": (PREPROCESS, PREPROCESS_TESTS,
                   "data preparation (preprocess/), against PREPROCESS_TESTS"),
    "long": (LONG, LONG_TESTS, "the long comparison's design (issue 29), against LONG_TESTS"),
    "twins": (TWINS, TWINS_TESTS,
              "round-4 inputs (issue 30): checks on every path, TWINS_TESTS"),
    "docs": (DOCS, DOCS_TESTS, "the options reference and live progress (issue 31), DOCS_TESTS"),
}


def run_tests(root, tests):
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONDONTWRITEBYTECODE="1",
               CSGAN_CODE_UNDER_TEST=str(root))  # the installed commands run this copy
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:warnings",
                           "-p", "no:cacheprovider", *tests], cwd=root, env=env,
                          capture_output=True, text=True)
    # a failing test, or an error in a test's fixture (a 2-worker run that crashed), but
    # not an error at collection (a mutation that does not even import)
    failed = re.findall(r"^(?:FAILED (\S+)|ERROR (\S+::\S+))", proc.stdout, re.M)
    failed = [a or b for a, b in failed]
    return proc.returncode, failed[:1], time.perf_counter() - started


def scratch_copy(dest):
    """The files the tests need (pytest.ini puts this copy first on sys.path, ahead of the
    editable install's finder, which maps the package names to the working tree)."""
    for name in ("pytest.ini", "csgan_nmt", "csgan_compare", "tests", "benchmarks", "csgan_tools",
                 "preprocess", "data", "recipes", "setup.py", "constraints.txt", "README.md",
                 "CHANGELOG.md", "docs", "results"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, dest / name)
    # preprocess/ is installed as csgan_preprocess (setup.py's package_dir): under that name
    # the copy must be found first on sys.path, or the finder would import the working tree's
    (dest / "csgan_preprocess").symlink_to("preprocess", target_is_directory=True)


def snippet_problems(groups):
    """The mutations (of any group) whose file is missing or whose snippet does not occur
    exactly once in the working tree: one line each."""
    problems = []
    for mutations in groups:
        for mid, _, name, original, _ in mutations:
            path = REPO / (name if "/" in name else f"csgan_nmt/{name}")
            count = path.read_text().count(original) if path.is_file() else None
            if count != 1:
                problems.append(f"{mid}: {name} " + ("is missing" if count is None else
                                                     f"holds the snippet {count} times"))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", help="mutation ids to run (default: all)")
    parser.add_argument("--tests", nargs="*", default=TESTS,
                        help="pytest node ids to run (default: the fast in-process files)")
    parser.add_argument("--out", help="write a Markdown table here")
    for name, (_, _, help_text) in SETS.items():
        parser.add_argument("--" + name.replace("_", "-"), action="store_true", help=help_text)
    parser.add_argument("--snippets", action="store_true",
                        help="only check that every mutation of every set names a file whose "
                             "snippet occurs exactly once (no tests run)")
    args = parser.parse_args()
    sets = SETS
    if args.snippets:
        stale = snippet_problems([MUTATIONS, *(muts for muts, _, _ in sets.values())])
        print("\n".join(stale) or "every snippet occurs exactly once")
        sys.exit(1 if stale else 0)
    chosen = [name for name in sets if getattr(args, name)]
    if len(chosen) > 1:
        raise SystemExit("choose one of " + ", ".join("--" + n.replace("_", "-") for n in sets))
    mutations = sets[chosen[0]][0] if chosen else MUTATIONS
    if args.tests == TESTS and chosen:
        args.tests = sets[chosen[0]][1]
    rows, survived = [], []
    with tempfile.TemporaryDirectory(prefix="csgan-mutations-") as tmp:
        root = Path(tmp)
        scratch_copy(root)
        code, failed, seconds = run_tests(root, args.tests)
        if code != 0:
            raise SystemExit(f"the unmutated tests fail ({failed}); fix them first")
        print(f"{'(no mutation)':22s} all tests pass ({seconds:.0f} s)", flush=True)
        for mid, what, name, original, mutated in mutations:
            if args.only and mid not in args.only:
                continue
            path = root / (name if "/" in name else f"csgan_nmt/{name}")
            text = path.read_text()
            if text.count(original) != 1:
                raise SystemExit(f"{mid}: the snippet occurs {text.count(original)} times "
                                 f"in {name}")
            path.write_text(text.replace(original, mutated))
            code, failed, seconds = run_tests(root, args.tests)
            path.write_text(text)
            caught = code != 0 and failed
            if not caught:
                survived.append(mid)
            rows.append((mid, what, name, failed[0] if caught else "SURVIVED"))
            print(f"{mid:22s} {'caught by ' + failed[0] if caught else 'SURVIVED'} "
                  f"({seconds:.0f} s)", flush=True)
    if args.out:
        lines = ["| mutation | what it breaks | file | first failing test |",
                 "| --- | --- | --- | --- |"]
        lines += [f"| `{m}` | {w} | `{f}` | `{t}` |" for m, w, f, t in rows]
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text("\n".join(lines) + "\n")
    if survived:
        print(f"survived: {', '.join(survived)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
