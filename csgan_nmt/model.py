"""One fairseq model holding the generator G, the discriminator D and the training stage.

The csgan_nmt task builds the generator from `--arch` (any registered fairseq
encoder-decoder translation arch) and wraps it here together with D, so a single fairseq
checkpoint carries both, their optimiser state and the training stage. Everything fairseq's
SequenceGenerator, `fairseq-generate` and the criteria need (encoder, decoder, forward,
normalised probabilities, max positions) is delegated to the generator, so the wrapper
translates exactly like the generator alone.

Parameter names are `generator.*` and `discriminator.*` (and `rollout_policy.*` when a
delayed rollout copy is kept, `start_generator.*` under --kl-from-start): stripping the
`generator.` prefix gives a plain fairseq checkpoint of G.
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
    """G's weights out of a CSGANModel state dict (what a plain checkpoint of G holds).

    Args:
        model_state: mapping name -> tensor, a CSGANModel state dict (a checkpoint's
            "model").
    Returns:
        OrderedDict name -> tensor of the `generator.*` entries, in their order, with the
        `generator.` prefix stripped; the same tensors, not copies. D, the frozen copies
        (rollout_policy, start_generator) and the stage buffer are left out.
    """
    return OrderedDict((k[len(GENERATOR_PREFIX):], v) for k, v in model_state.items()
                       if k.startswith(GENERATOR_PREFIX))


class CSGANModel(BaseFairseqModel):
    """G and D of CSGAN-NMT, and optionally the delayed rollout policy of the Monte Carlo
    search (a trailing copy of G, as in SeqGAN's rollout module) and G at the start of the
    adversarial stage, in one fairseq model that translates exactly like G.

    Every parameter of D is tagged `param_group = DISCRIMINATOR_GROUP`, which
    CSGANOptimizer reads to give D its own optimisers.

    Args:
        generator: fairseq encoder-decoder translation model built from --arch.
        discriminator: CNNDiscriminator.
        keep_rollout_policy: bool, keep a frozen copy of G as the delayed rollout policy
            (--rollout-policy delayed).
        keep_start_generator: bool, keep a frozen copy of G as the reference of the
            validation KL (--kl-from-start).
    Attributes:
        generator, discriminator: the modules given.
        rollout_policy: frozen (requires_grad False) copy of G, or None.
        start_generator: frozen copy of G, or None.
        stage_state: (3,) int64 buffer [stage, update the stage began at, D outcome],
            read through `stage`; saved in every checkpoint.

    Source: Yang et al., NAACL 2018, "Improving Neural Machine Translation with
    Conditional Sequence Generative Adversarial Nets"; Yu et al., AAAI 2017 (SeqGAN's
    rollout module).
    """

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
        """G's encoder (what SequenceGenerator calls)."""
        return self.generator.encoder

    @property
    def decoder(self):
        """G's decoder (what SequenceGenerator calls)."""
        return self.generator.decoder

    def forward(self, src_tokens, src_lengths, prev_output_tokens, **kwargs):
        """G's teacher-forced forward pass (D is not involved).

        Args:
            src_tokens: (B, S) int64 source ids, padded as fairseq batches them.
            src_lengths: (B,) int64 source lengths in tokens, EOS included.
            prev_output_tokens: (B, T) int64 decoder inputs (the target shifted right,
                starting with EOS).
            **kwargs: passed on to G.
        Returns:
            G's net output: (logits (B, T, V) float, extra), as G's decoder returns it
            (extra: a dict for a Transformer, attention scores for an lstm).
        """
        return self.generator(src_tokens, src_lengths, prev_output_tokens, **kwargs)

    def extract_features(self, *args, **kwargs):
        """G's decoder features before the output layer (arguments as G's
        `extract_features`).

        Returns:
            (features (B, T, C) float, extra), as G's decoder returns them.
        """
        return self.generator.extract_features(*args, **kwargs)

    def output_layer(self, *args, **kwargs):
        """G's output layer: decoder features to vocabulary scores.

        Args:
            *args, **kwargs: G's `output_layer`'s, first the (B, T, C) float features.
        Returns:
            (B, T, V) float logits (G's features unchanged under an adaptive softmax).
        """
        return self.generator.output_layer(*args, **kwargs)

    def get_normalized_probs(self, net_output, log_probs, sample=None):
        """G's output distribution over the target vocabulary.

        Args:
            net_output: G's net output (`forward`).
            log_probs: bool, natural-log probabilities if True, probabilities otherwise.
            sample: fairseq sample or None (for adaptive softmax).
        Returns:
            (B, T, V) float tensor of (log-)probabilities.
        """
        return self.generator.get_normalized_probs(net_output, log_probs, sample)

    def get_targets(self, sample, net_output):
        """G's targets of a sample: (B, T) int64 sample["target"], right-padded, EOS last."""
        return self.generator.get_targets(sample, net_output)

    def max_positions(self):
        """G's (max source positions, max target positions), in tokens."""
        return self.generator.max_positions()

    def max_decoder_positions(self):
        """G's decoder's max positions, in tokens."""
        return self.generator.max_decoder_positions()

    # -- stage bookkeeping --
    @property
    def stage(self) -> StageState:
        """The training stage: a StageState view over `stage_state` (writes go to the
        buffer, so they are saved with the model)."""
        return StageState(self.stage_state)

    def load_state_dict(self, state_dict, strict=True, model_cfg=None, args=None):
        """Load a CSGANModel state dict: strict, except for the frozen copies of G (the
        delayed rollout policy, the start generator), which a checkpoint of another stage
        or option may lack or carry. Lacking, a kept copy starts as the checkpoint's G (the
        adversarial stage copies G into it when it begins anyway); carried but not kept, it
        is dropped.

        Args:
            state_dict: mapping name -> tensor (a checkpoint's "model").
            strict: bool, as for nn.Module.load_state_dict.
            model_cfg, args: passed on to fairseq's BaseFairseqModel.load_state_dict.
        Returns:
            nn.Module.load_state_dict's (missing_keys, unexpected_keys).
        Raises:
            RuntimeError: under `strict`, for any other missing or unexpected key or shape
            mismatch (from PyTorch).
        """
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
        """Copy G's current state into each frozen copy kept (rollout policy, start
        generator), when the adversarial stage begins; a no-op without copies.

        Returns:
            None.
        """
        for name in FROZEN_COPIES:
            if getattr(self, name) is not None:
                getattr(self, name).load_state_dict(self.generator.state_dict())

    @torch.no_grad()
    def update_rollout_policy(self, rate: float):
        """Move the delayed rollout policy towards G after a policy-gradient update:
        theta_roll <- rate * theta_roll + (1 - rate) * theta_G, parameter by parameter
        (buffers untouched); a no-op without a rollout policy.

        Args:
            rate: float in [0, 1] (--rollout-update-rate); 0 copies G, 1 never moves.
        Returns:
            None.

        Source: Yu et al., AAAI 2017 (SeqGAN's rollout module, its update_rate).
        """
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
