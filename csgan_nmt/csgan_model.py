"""One fairseq model holding the generator G, the discriminator D and the training stage.

The csgan_nmt task builds the generator from `--arch` (any registered fairseq
encoder-decoder translation arch) and wraps it here together with D, so a single fairseq
checkpoint carries both, their optimiser state and the training stage. Everything fairseq's
SequenceGenerator, `fairseq-generate` and the criteria need (encoder, decoder, forward,
normalised probabilities, max positions) is delegated to the generator, so the wrapper
translates exactly like the generator alone.

Parameter names are `generator.*` and `discriminator.*` (and `rollout_policy.*` when a
delayed rollout copy is kept, `start_generator.*` under --kl-from-start): stripping the `generator.` prefix gives a plain fairseq
checkpoint of G.
"""

import copy
from collections import OrderedDict

import torch
from fairseq.models import BaseFairseqModel

from .stages import StageState

DISCRIMINATOR_GROUP = "discriminator"  # the `param_group` tag of D's parameters
GENERATOR_PREFIX = "generator."  # G's parameter names in a CSGANModel state dict
FROZEN_COPIES = ("rollout_policy", "start_generator")  # copies of G that are never trained


def generator_weights(model_state):
    """G's weights out of a CSGANModel state dict: the `generator.` prefix stripped, D, the
    rollout policy and the stage buffer left out (what a plain checkpoint of G holds)."""
    return OrderedDict((k[len(GENERATOR_PREFIX):], v) for k, v in model_state.items()
                       if k.startswith(GENERATOR_PREFIX))


class CSGANModel(BaseFairseqModel):
    """G and D of CSGAN-NMT (Yang et al., NAACL 2018, "Improving Neural Machine Translation
    with Conditional Sequence Generative Adversarial Nets"), and optionally the delayed
    rollout policy of the Monte Carlo search (a trailing copy of G, as in SeqGAN's rollout
    module), in one fairseq model that translates exactly like G."""

    def __init__(self, generator, discriminator, keep_rollout_policy=False,
                 keep_start_generator=False):
        super().__init__()
        self.generator = generator
        self.discriminator = discriminator
        for p in discriminator.parameters():
            # read by CSGANOptimizer to give D its own optimisers; fairseq's FP16Optimizer
            # copies this attribute (and no other of ours) onto the fp32 master weights
            p.param_group = DISCRIMINATOR_GROUP
        # frozen copies of G, placeholders until the adversarial stage begins
        # (reset_copies): the delayed rollout policy, and G as the stage found it
        # (--kl-from-start: the reference of the validation KL)
        self.rollout_policy = _frozen_copy(generator) if keep_rollout_policy else None
        self.start_generator = _frozen_copy(generator) if keep_start_generator else None
        # Stage bookkeeping lives in the model so that checkpoint_last restores it: fairseq's
        # trainer saves task state but does not load it back on resume.
        self.register_buffer("stage_state", StageState.initial_tensor())

    # -- generator interface (what SequenceGenerator and the criteria use) --
    @property
    def encoder(self):
        return self.generator.encoder

    @property
    def decoder(self):
        return self.generator.decoder

    def forward(self, src_tokens, src_lengths, prev_output_tokens, **kwargs):
        return self.generator(src_tokens, src_lengths, prev_output_tokens, **kwargs)

    def extract_features(self, *args, **kwargs):
        return self.generator.extract_features(*args, **kwargs)

    def output_layer(self, *args, **kwargs):
        return self.generator.output_layer(*args, **kwargs)

    def get_normalized_probs(self, net_output, log_probs, sample=None):
        return self.generator.get_normalized_probs(net_output, log_probs, sample)

    def get_targets(self, sample, net_output):
        return self.generator.get_targets(sample, net_output)

    def max_positions(self):
        return self.generator.max_positions()

    def max_decoder_positions(self):
        return self.generator.max_decoder_positions()

    # -- stage bookkeeping --
    @property
    def stage(self) -> StageState:
        return StageState(self.stage_state)

    def load_state_dict(self, state_dict, strict=True, model_cfg=None, args=None):
        """Strict, except for the frozen copies of G (the delayed rollout policy, the start
        generator), which a checkpoint of another stage or option may lack or carry:
        lacking, a kept copy starts as G (the adversarial stage copies G into it when it
        begins anyway); carried but not kept, it is dropped."""
        for name in FROZEN_COPIES:
            prefix, kept = name + ".", getattr(self, name) is not None
            state_dict = {k: v for k, v in state_dict.items() if not k.startswith(prefix)
                          or kept}
            if kept and not any(k.startswith(prefix) for k in state_dict):
                state_dict.update({prefix + k[len(GENERATOR_PREFIX):]: v
                                   for k, v in state_dict.items()
                                   if k.startswith(GENERATOR_PREFIX)})
        return super().load_state_dict(state_dict, strict, model_cfg, args)

    @torch.no_grad()
    def reset_copies(self):
        """The frozen copies of G := G, when the adversarial stage begins (no-op without)."""
        for name in FROZEN_COPIES:
            if getattr(self, name) is not None:
                getattr(self, name).load_state_dict(self.generator.state_dict())

    @torch.no_grad()
    def update_rollout_policy(self, rate: float):
        """Delayed rollout policy: theta_roll <- rate * theta_roll + (1 - rate) * theta_G
        (no-op without one)."""
        if self.rollout_policy is None:
            return
        for p_roll, p_gen in zip(
            self.rollout_policy.parameters(), self.generator.parameters()
        ):
            p_roll.mul_(rate).add_(p_gen.detach(), alpha=1.0 - rate)


def _frozen_copy(generator):
    copy_ = copy.deepcopy(generator)
    copy_.requires_grad_(False)
    return copy_
