"""The policy-gradient update of G (Yang et al., NAACL 2018, section 3.3; SeqGAN, Yu et al.,
AAAI 2017).

For a batch of sources X, the generator samples Y ~ G'(.|X), every token gets a reward Q_t
(--reward-estimator: Monte Carlo search, reward.py, as in the paper; the whole sentence's
reward; a prefix D, partial_discriminator.py; MaliGAN weights, maligan.py), minus a
baseline (--reward-baseline-mode, baselines.py), and the loss is

    L = - sum_b sum_t log G'(y_t | Y_<t, X) * Q_t        (tokens up to EOS; summed)

(fairseq's trainer then divides the gradient by the sample size, the number of sampled
tokens, as for its MLE criteria.) G' is exactly the distribution Y was drawn from: G in eval
mode (no dropout) with pad and bos banned and the other tokens renormalised
(RolloutEngine.log_probs). With the rollouts drawn
from G' as well (`--rollout-policy current`), E[-grad L] = grad E_{Y~G'}[R(Y)]: the Monte
Carlo Q_t is an unbiased estimate of E[R | Y_<=t] (tests/test_policy_gradient.py checks
this against an exact enumeration). A delayed rollout policy trades that for stability, as
in the paper.

`policy_gradient_step` is the one implementation of the update's forward pass: the task,
the benchmark and the tests all call it.
"""

import time
from dataclasses import dataclass

import torch
from fairseq import metrics
from fairseq.criterions import FairseqCriterion

from .logging_outputs import sum_logs
from .baselines import self_critical_values
from .csgan_config import RewardBaselineMode, RewardEstimator, RewardType
from .maligan import maligan_rewards
from .partial_discriminator import partial_d_rewards
from .reward import RewardScorer, constant_rewards, monte_carlo_rewards, sequence_rewards
from .rollout import RolloutEngine


@dataclass
class PolicyGradientOutput:
    loss: torch.Tensor  # differentiable w.r.t. the sampler's model
    tokens: torch.Tensor  # (B, T) sampled Y, right-padded
    rewards: torch.Tensor  # (B, T) Q_t, zero after EOS
    token_log_probs: torch.Tensor  # (B, T) log G'(y_t | Y_<t, X), zero after EOS
    rollout_seconds: float


def policy_gradient_loss(token_log_probs, rewards):
    """-sum_t log G'(y_t | Y_<t, X) * Q_t; both inputs are zero after EOS."""
    return -(token_log_probs * rewards.detach()).sum()


def policy_gradient_step(sampler: RolloutEngine, roller: RolloutEngine, scorer: RewardScorer,
                         src_tokens, src_lengths, refs, num_rollouts, stride=1,
                         constant_reward=None, estimator=RewardEstimator.MONTE_CARLO,
                         baseline_mode=RewardBaselineMode.CONSTANT, maligan_samples=4):
    """Sample Y with `sampler`, estimate Q with `estimator` (Monte Carlo: `roller`'s
    rollouts scored by `scorer`), subtract the baseline, and return the loss whose gradient
    is the policy-gradient update of `sampler.model`. With `constant_reward` set, every
    token gets that reward instead (no rollouts). MaliGAN draws `maligan_samples` Y per
    source (the batch grows K-fold)."""
    estimator, baseline_mode = RewardEstimator(estimator), RewardBaselineMode(baseline_mode)
    if estimator == RewardEstimator.MALIGAN:
        src_tokens, src_lengths, refs = (t.repeat_interleave(maligan_samples, 0)
                                         for t in (src_tokens, src_lengths, refs))
    tokens = sampler.sample(src_tokens, src_lengths)
    started = time.perf_counter()
    if constant_reward is not None:
        rewards = constant_rewards(tokens, sampler.pad, constant_reward)
    elif estimator == RewardEstimator.MONTE_CARLO:
        rewards = monte_carlo_rewards(
            roller, scorer, src_tokens, src_lengths, tokens, refs, num_rollouts, stride,
            rollout_mean_baseline=baseline_mode == RewardBaselineMode.ROLLOUT_MEAN)
    elif estimator == RewardEstimator.SEQUENCE:
        rewards = sequence_rewards(scorer, src_tokens, tokens, refs)
    elif estimator == RewardEstimator.PARTIAL_D:
        rewards = partial_d_rewards(scorer, src_tokens, tokens, refs)
    else:
        rewards = maligan_rewards(scorer, src_tokens, tokens, refs, maligan_samples)
    if baseline_mode == RewardBaselineMode.SELF_CRITICAL:
        greedy = self_critical_values(sampler, scorer, src_tokens, src_lengths, refs)
        rewards = (rewards - greedy) * tokens.ne(sampler.pad).float()
    rollout_seconds = time.perf_counter() - started
    token_log_probs = sampler.log_probs(src_tokens, src_lengths, tokens)
    return PolicyGradientOutput(policy_gradient_loss(token_log_probs, rewards), tokens,
                                rewards, token_log_probs, rollout_seconds)


class PolicyGradientCriterion(FairseqCriterion):
    """The adversarial G update of CSGAN-NMT (Yang et al., 2018): a loss and its metrics.

    Built by the csgan_nmt task (the trainer's own criterion is the user's MLE --criterion,
    used by the teacher-forcing updates), so it is not registered for --criterion.
    """

    def __init__(self, task):
        super().__init__(task)
        self.cfg = task.cfg

    def forward(self, model, sample):
        started = time.perf_counter()
        cfg, tgt_dict = self.cfg, self.task.target_dictionary
        policy = model.rollout_policy if model.rollout_policy is not None else model.generator
        scorer = RewardScorer(model.discriminator, tgt_dict.pad(), tgt_dict.eos(),
                              cfg.reward_lambda, cfg.reward_baseline)
        out = policy_gradient_step(
            RolloutEngine.from_config(model.generator, tgt_dict, cfg),
            RolloutEngine.from_config(policy, tgt_dict, cfg), scorer,
            sample["net_input"]["src_tokens"], sample["net_input"]["src_lengths"],
            sample["target"], cfg.rollouts, cfg.rollout_stride,
            constant_reward=(cfg.reward_constant
                             if RewardType(cfg.reward_type) == RewardType.CONSTANT else None),
            estimator=cfg.reward_estimator, baseline_mode=cfg.reward_baseline_mode,
            maligan_samples=cfg.maligan_samples,
        )
        ntokens = int(out.tokens.ne(tgt_dict.pad()).sum())
        return out.loss, ntokens, {
            "pg_loss": out.loss.detach().item(),
            "reward_sum": float(out.rewards.sum()),
            "ntokens": ntokens,
            "nsentences": out.tokens.size(0),
            "sample_size": ntokens,
            "rollout_s": out.rollout_seconds,
            "pg_step_s": time.perf_counter() - started,
        }

    @staticmethod
    def reduce_metrics(logging_outputs) -> None:
        ntokens = sum_logs(logging_outputs, "ntokens")
        metrics.log_scalar("pg_loss", sum_logs(logging_outputs, "pg_loss") / max(ntokens, 1),
                           ntokens, round=4)
        metrics.log_scalar("reward", sum_logs(logging_outputs, "reward_sum") / max(ntokens, 1),
                           ntokens, round=4)
        step_s = sum_logs(logging_outputs, "pg_step_s")
        if step_s > 0:
            metrics.log_scalar("rollout_share", sum_logs(logging_outputs, "rollout_s") / step_s,
                               step_s, round=3)
