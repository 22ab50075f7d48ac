"""The policy-gradient update of G (Yang et al., NAACL 2018, section 3.3; SeqGAN, Yu et al.,
AAAI 2017).

For a batch of sources X, the generator samples K translations Y ~ G'(.|X) of every source
(--samples-per-source), every token gets a reward Q_t from the registered estimator
(--reward-estimator, estimators/: Monte Carlo search as in the paper, monte_carlo.py; the
whole sentence's reward, reinforce.py; a prefix D, regs.py; MaliGAN weights, maligan.py),
minus a baseline (--reward-baseline-mode, estimators/baselines.py), and the loss is

    L = - sum_b sum_t log G'(y_t | Y_<t, X) * Q_t        (tokens up to EOS; summed)

(fairseq's trainer then divides the gradient by the sample size, the number of sampled
tokens, as for its MLE criteria.) Minimum risk training (--reward-estimator risk,
estimators/minimum_risk.py) has its own loss, the expected -R over a candidate set per source. G' is
exactly the distribution Y was drawn from: G in eval mode (no dropout) with pad and bos
banned and the other tokens renormalised (Policy.log_probs). With the rollouts drawn
from G' as well (`--rollout-policy current`), E[-grad L] = grad E_{Y~G'}[R(Y)]: the Monte
Carlo Q_t is an unbiased estimate of E[R | Y_<=t] (tests/test_policy_gradient.py checks
this against an exact enumeration). A delayed rollout policy trades that for stability, as
in the paper.

`policy_gradient_step` is the one implementation of the update's forward pass: the
criterion, the benchmarks and the tests all call it, with the update's `objective.Objective`.
Under --mle-weight w the criterion mixes in the MLE loss of the same batch (`mix_mle`).
"""

import math
import time
from dataclasses import dataclass
from typing import Optional

import torch
from fairseq import metrics
from fairseq.criterions import FairseqCriterion

from .estimators import (RewardNormalize, apply_baseline, build_estimator, normalise,
                         normalise_per_source, policy_gradient_loss, source_spread)
from .estimators.minimum_risk import spread
from .logging_outputs import sum_logs
from .objective import Objective
from .refusal import OptionError
from .reward import RewardScorer, constant_rewards
from .policy import Policy

__all__ = ["PolicyGradientOutput", "policy_gradient_loss", "policy_gradient_step",
           "PolicyGradientCriterion"]


@dataclass
class PolicyGradientOutput:
    """What `policy_gradient_step` returns for a batch of B sources and its N = B * group
    candidates (rows k*group .. k*group+group-1 of source k).

    Attributes:
        loss: 0-dim float tensor, differentiable w.r.t. the sampler's model (G): the
            policy-gradient loss summed over the candidate tokens (risk: the expected risk
            summed over sources).
        tokens: (N, T) int64 candidates, right-padded with pad, EOS-ended unless cut at the
            length cap.
        rewards: (N, T) float32, the advantages the loss weighs tokens by (Q_t after the
            baseline and --reward-normalize), zero at padding (after EOS).
        token_log_probs: (N, T) float32 log G'(y_t | Y_<t, X) (nats, <= 0), with gradient,
            zero at padding.
        rollout_seconds: float, wall-clock seconds of the reward estimation (rollouts, D and
            BLEU scoring, baseline), not of drawing the candidates.
        returns: (N,) float32 R(Y) of every candidate, before baselines (the constant under
            --reward-type constant); None only where built without it.
        entropy: (N, T) float32 entropy of G' at every position (nats), no gradient, zero at
            padding; None only where built without it.
        sample_size: int, what fairseq's trainer divides the gradient by: the candidate
            tokens, EOS included (risk: the number of sources B).
        group: int >= 1, candidates per source (K samples; risk: plus beam n-best and
            reference).
        candidate_weights: (B, group) float32 the distribution the loss puts over every
            source's candidates (risk's Q), no gradient; None for the sampled estimators.
        flat_sources: (B,) bool, sources whose candidates' returns are all equal (standard
            deviation <= 1e-6); None with one candidate per source or a constant reward.
    """

    loss: torch.Tensor  # differentiable w.r.t. the sampler's model
    tokens: torch.Tensor  # (N, T) candidates (N = sources * group), right-padded
    rewards: torch.Tensor  # (N, T) the advantages the loss weighs tokens by, zero after EOS
    token_log_probs: torch.Tensor  # (N, T) log G'(y_t | Y_<t, X), zero after EOS
    rollout_seconds: float
    returns: Optional[torch.Tensor] = None  # (N,) R(Y) of every candidate, before baselines
    entropy: Optional[torch.Tensor] = None  # (N, T) entropy (nats) of G' at every token
    sample_size: int = 0  # what fairseq's trainer divides the gradient by
    group: int = 1  # candidates per source
    candidate_weights: Optional[torch.Tensor] = None  # (B, group) risk's Q
    flat_sources: Optional[torch.Tensor] = None  # (B,) sources whose returns are all equal


def policy_gradient_step(sampler: Policy, rollout_engine: Optional[Policy],
                         scorer: Optional[RewardScorer], src_tokens, src_lengths, refs,
                         objective: Objective = Objective()) -> "PolicyGradientOutput":
    """The sequence-level update's loss for a batch of B sources: the forward pass of G's
    policy-gradient (or minimum risk) update.

    Draws the candidates of every source (K = `objective.samples` samples
    Y ~ G' of `sampler`; risk: plus beam n-best and reference), estimates Q with the
    registered estimator (Monte Carlo: N rollouts of every s-th prefix by `rollout_engine`,
    scored by `scorer`), subtracts the baseline (estimators.apply_baseline), optionally
    divides by the batch's or each source's standard deviation, and returns the loss whose
    gradient is the update of `sampler.model`. With `objective.constant_reward` set, every
    token gets that reward instead (no rollouts, no scorer, no baseline, no scaling).

    Args:
        sampler: Policy of G (the policy G': eval mode, pad and bos banned); draws
            the candidates and gives their log-probabilities, with gradient.
        rollout_engine: Policy of the rollout policy (G, or its delayed copy);
            used by monte-carlo only; may be None with a constant reward.
        scorer: RewardScorer, the reward R; may be None with a constant reward.
        src_tokens: (B, S) int64 source ids.
        src_lengths: (B,) int64 source lengths.
        refs: (B, R) int64 gold translations, EOS-ended, right-padded with pad.
        objective: Objective, the estimator, baseline, K, scaling and the estimators'
            options (its `mle_weight` is the criterion's business, `mix_mle`).
    Returns:
        PolicyGradientOutput, N = B * group rows on src_tokens' device.
    Raises:
        ValueError: leave-one-out or per-source normalisation with one candidate per source.
        OptionError: (a ValueError) the estimator is not registered, or does not take the
            baseline (unless the reward is constant).

    Source: Williams, 1992 (REINFORCE); Yu et al., AAAI 2017 (SeqGAN); Yang et al., NAACL
    2018, section 3.3.
    """
    constant_reward, baseline_mode = objective.constant_reward, objective.baseline
    impl = build_estimator(objective.estimator.value, objective)
    if constant_reward is None and baseline_mode not in impl.baselines:
        raise OptionError(f"--reward-estimator {objective.estimator.value} does not take "
                          f"--reward-baseline-mode {baseline_mode.value}")
    candidates = impl.candidates(sampler, src_tokens, src_lengths, refs, objective.samples)
    mask = candidates.tokens.ne(sampler.pad).float()
    started = time.perf_counter()
    flat = None
    if constant_reward is not None:
        advantages = constant_rewards(candidates.tokens, sampler.pad, constant_reward)
        returns = advantages.new_full((advantages.size(0),), float(constant_reward))
    else:
        estimate = impl.estimate(rollout_engine, scorer, candidates, baseline_mode)
        advantages = apply_baseline(estimate, baseline_mode, candidates, sampler, scorer, mask)
        returns = estimate.returns
        if objective.normalize == RewardNormalize.BATCH:
            advantages = normalise(advantages, mask)
        elif objective.normalize == RewardNormalize.SOURCE:
            advantages, flat = normalise_per_source(advantages, returns, candidates.group)
        if flat is None and candidates.group > 1:
            flat = source_spread(returns, candidates.group)[1]
    rollout_seconds = time.perf_counter() - started
    token_log_probs, entropy = sampler.log_probs(candidates.src_tokens, candidates.src_lengths,
                                                 candidates.tokens, entropy=True)
    loss, sample_size = impl.loss(candidates, advantages, token_log_probs)
    return PolicyGradientOutput(loss, candidates.tokens, advantages, token_log_probs,
                                rollout_seconds, returns, entropy, sample_size, candidates.group,
                                impl.weights(candidates, token_log_probs), flat)


class PolicyGradientCriterion(FairseqCriterion):
    """The adversarial G update of CSGAN-NMT (Yang et al., 2018): a loss and its metrics.

    Built by the csgan_nmt task (the trainer's own criterion is the user's MLE --criterion,
    used by the teacher-forcing updates and by the MLE term of --mle-weight), so it is not
    registered for --criterion. The sampler, the rollout engine and the reward scorer are
    built at the first update of a stage and kept until the task enters another (`forget`).

    Args:
        task: the CSGANTranslationTask (options and target dictionary).
    Attributes:
        cfg: the task's CSGANConfig (the rollout engine's and the reward's options).
        objective: Objective, resolved from it once.

    Source: Yang et al., NAACL 2018, section 3.3 (G trained by policy gradient with the
    BR-CSGAN reward).
    """

    def __init__(self, task):
        super().__init__(task)
        self.cfg = task.cfg
        self.objective = Objective.from_config(task.cfg)
        self._parts = None  # (model, sampler, rollout engine, scorer) of this stage

    def forget(self):
        """Drop the engines and the scorer: the next update builds them anew.

        Returns:
            None.
        """
        self._parts = None

    def parts(self, model):
        """The sampler, rollout engine and reward scorer of `model`, built once per stage
        (and anew for another model object).

        Args:
            model: CSGANModel.
        Returns:
            (sampler, rollout_engine, scorer): Policy of model.generator with the
            --rollout-max-len* and --rollout-max-rows caps; Policy of the rollout
            policy (model.rollout_policy, the delayed copy, under --rollout-policy delayed,
            else G), same caps; reward.RewardScorer of model.discriminator with
            --reward-lambda, --reward-baseline and --unfinished-penalty.
        """
        if self._parts is None or self._parts[0] is not model:
            cfg, tgt_dict = self.cfg, self.task.target_dictionary
            policy = (model.rollout_policy if model.rollout_policy is not None
                      else model.generator)
            self._parts = (model, Policy.from_config(model.generator, tgt_dict, cfg),
                           Policy.from_config(policy, tgt_dict, cfg),
                           RewardScorer.from_config(model.discriminator, tgt_dict, cfg))
        return self._parts[1:]

    def forward(self, model, sample, mle_criterion=None):
        """The policy-gradient loss of one batch (`policy_gradient_step` with the
        objective); under --mle-weight w > 0 mixed with `mle_criterion`'s loss of the same
        batch (`mix_mle`).

        Args:
            model: CSGANModel (G is sampled and trained; D and the rollout policy score).
            sample: fairseq's LanguagePairDataset batch: net_input's src_tokens (B, S) int64
                and src_lengths (B,) int64; target (B, R) int64, EOS-ended, right-padded.
            mle_criterion: the trainer's criterion (G's MLE loss); needed when w > 0.
        Returns:
            (loss, sample_size, logging_output): loss a 0-dim tensor, differentiable w.r.t.
            G; sample_size int, the N candidates' tokens, EOS included (the B sources under
            risk; 1 under --mle-weight), which fairseq divides the gradient by;
            logging_output dict of sums over the batch for `reduce_metrics`: pg_loss (the
            loss's value), reward_sum and advantage_sq (advantages over candidate tokens),
            return_sum and return_sq (R(Y) over candidates), nsamples and nsentences (N),
            unfinished (candidates cut without EOS), entropy_sum (nats), ntokens (candidate
            tokens), sample_size, rollout_s and pg_step_s (wall-clock seconds of the reward
            estimation and of this whole call); under risk also q_effective_sum and
            q_max_sum (over sources, `minimum_risk.spread` of Q) and q_sources; with >= 2
            candidates per source flat_sources (sources whose returns are all equal) and
            grouped_sources; under --mle-weight mix_nll_loss and mix_ntokens.
        Raises:
            ValueError: --mle-weight > 0 without `mle_criterion`.
        """
        started = time.perf_counter()
        tgt_dict = self.task.target_dictionary
        out = policy_gradient_step(
            *self.parts(model), sample["net_input"]["src_tokens"],
            sample["net_input"]["src_lengths"], sample["target"], self.objective)
        mask = out.tokens.ne(tgt_dict.pad())
        ntokens = int(mask.sum())
        advantages = out.rewards.detach()[mask].float()
        returns = out.returns.detach().float()
        logs = {}
        if out.candidate_weights is not None:  # risk: how many candidates Q really weighs
            effective, largest = spread(out.candidate_weights)
            logs.update(q_effective_sum=float(effective.sum()),
                        q_max_sum=float(largest.sum()), q_sources=effective.numel())
        if out.flat_sources is not None:  # sources whose candidates all score the same
            logs.update(flat_sources=int(out.flat_sources.sum()),
                        grouped_sources=out.flat_sources.numel())
        logs.update({
            "pg_loss": out.loss.detach().item(),
            "reward_sum": float(advantages.sum()),
            "advantage_sq": float((advantages ** 2).sum()),
            "return_sum": float(returns.sum()),
            "return_sq": float((returns ** 2).sum()),
            "nsamples": returns.numel(),
            "unfinished": int((~out.tokens.eq(tgt_dict.eos()).any(1)).sum()),
            "entropy_sum": float(out.entropy[mask].sum()),
            "ntokens": ntokens,
            "nsentences": out.tokens.size(0),
            "sample_size": out.sample_size,
            "rollout_s": out.rollout_seconds,
            "pg_step_s": time.perf_counter() - started,
        })
        if self.objective.mle_weight > 0:
            if mle_criterion is None:
                raise ValueError("--mle-weight > 0: the policy-gradient criterion needs the "
                                 "MLE criterion")
            return mix_mle(self.objective.mle_weight, out.loss, out.sample_size, logs,
                           mle_criterion(model, sample))
        return out.loss, out.sample_size, logs

    @staticmethod
    def reduce_metrics(logging_outputs) -> None:
        """Log the policy-gradient metrics of the PG updates' logging outputs to fairseq's
        metrics: pg_loss (the loss per sample-size unit: per candidate token, per source
        under risk, per micro-batch under --mle-weight), reward (mean advantage per
        candidate token), advantage_sd, seq_reward and seq_reward_sd (mean and standard
        deviation of R(Y) over candidates), unfinished (fraction of candidates cut at the
        length cap, in [0, 1]), entropy (of G', nats per candidate token), mix_nll_loss
        (--mle-weight: the MLE term's NLL, bits per target token), rollout_share
        (fraction of the step's wall-clock time spent estimating rewards, in [0, 1]),
        q_effective and q_max (risk: mean over sources of exp(H(Q)), in [1, group], and of
        Q's largest weight, in [1/group, 1]) and flat_sources (fraction of sources whose
        candidates' returns are all equal: no signal, no gradient under --reward-normalize
        source). pg_loss and reward are always logged, the others only when their count is
        non-zero.

        Args:
            logging_outputs: list of dict, `forward`'s logging outputs (summed or not).
        Returns:
            None.
        """
        ntokens = sum_logs(logging_outputs, "ntokens")
        size = sum_logs(logging_outputs, "sample_size")  # tokens; sources under risk
        metrics.log_scalar("pg_loss", sum_logs(logging_outputs, "pg_loss") / max(size, 1),
                           size, round=4)
        metrics.log_scalar("reward", sum_logs(logging_outputs, "reward_sum") / max(ntokens, 1),
                           ntokens, round=4)
        n = sum_logs(logging_outputs, "nsamples")
        if n:
            mean = sum_logs(logging_outputs, "return_sum") / n
            metrics.log_scalar("seq_reward", mean, n, round=4)
            metrics.log_scalar("seq_reward_sd", _sd(sum_logs(logging_outputs, "return_sq") / n,
                                                    mean), n, round=4)
            metrics.log_scalar("unfinished", sum_logs(logging_outputs, "unfinished") / n, n,
                               round=4)
        if ntokens:
            adv_mean = sum_logs(logging_outputs, "reward_sum") / ntokens
            metrics.log_scalar("advantage_sd", _sd(
                sum_logs(logging_outputs, "advantage_sq") / ntokens, adv_mean), ntokens, round=4)
            metrics.log_scalar("entropy", sum_logs(logging_outputs, "entropy_sum") / ntokens,
                               ntokens, round=4)
        mle_tokens = sum_logs(logging_outputs, "mix_ntokens")
        if mle_tokens:  # --mle-weight: the MLE term of the same updates
            metrics.log_scalar("mix_nll_loss", sum_logs(logging_outputs, "mix_nll_loss")
                               / mle_tokens / math.log(2), mle_tokens, round=3)
        q_sources = sum_logs(logging_outputs, "q_sources")
        if q_sources:  # risk: how many candidates Q really weighs
            metrics.log_scalar("q_effective", sum_logs(logging_outputs, "q_effective_sum")
                               / q_sources, q_sources, round=3)
            metrics.log_scalar("q_max", sum_logs(logging_outputs, "q_max_sum") / q_sources,
                               q_sources, round=3)
        grouped = sum_logs(logging_outputs, "grouped_sources")
        if grouped:
            metrics.log_scalar("flat_sources", sum_logs(logging_outputs, "flat_sources")
                               / grouped, grouped, round=3)
        step_s = sum_logs(logging_outputs, "pg_step_s")
        if step_s > 0:
            metrics.log_scalar("rollout_share", sum_logs(logging_outputs, "rollout_s") / step_s,
                               step_s, round=3)


def mix_mle(weight, seq_loss, seq_size, seq_log, mle):
    """--mle-weight w: one update of (1 - w) * L_seq / n_seq + w * L_MLE / n_MLE, the
    sequence-level loss and the MLE criterion's on the same batch, each normalised by its
    own sample size (the returned sample size is 1, so fairseq's trainer averages the
    micro-batches), instead of a separate teacher-forcing update.

    Args:
        weight: float w in [0, 1).
        seq_loss: 0-dim tensor, the sequence-level loss; seq_size: int, its sample size;
            seq_log: dict, its logging output (pg_loss summed).
        mle: (loss, sample_size, logging_output) of the MLE criterion on the same batch.
    Returns:
        (loss, 1, logging_output): the mixed loss; the logging output with sample_size 1,
        pg_loss per sample-size unit, mix_nll_loss (nats summed) and mix_ntokens.

    Source: Wu et al., 2016 (GNMT's RL refinement); Edunov et al., NAACL 2018.
    """
    mle_loss, mle_size, mle_log = mle
    loss = (1 - weight) * seq_loss / max(seq_size, 1) + weight * mle_loss / max(mle_size, 1)
    log = dict(seq_log, sample_size=1, pg_loss=seq_log["pg_loss"] / max(seq_size, 1),
               mix_nll_loss=float(mle_log.get("nll_loss", mle_log["loss"])),
               mix_ntokens=mle_log["ntokens"])
    return loss, 1, log


def _sd(mean_of_squares, mean):
    """Standard deviation from the mean and the mean of squares (summable over workers)."""
    return math.sqrt(max(mean_of_squares - mean * mean, 0.0))
