"""csgan-nmt: conditional sequence GANs for NMT (Yang et al., NAACL 2018) as a fairseq plugin.

Load with `--user-dir csgan_nmt`. Importing registers, as fairseq's plugins do, the
`csgan_nmt` task, the `csgan` and `rmsprop` optimisers and the `rnnsearch` architecture, and
lets torch's weights_only loader read fairseq checkpoints (fairseq-generate loads the
checkpoint before it builds the task). The task, once set up, prints an uncaught refusal of
the plugin's (a bad option or input, `refusal.Refusal`) as one line without a traceback.
"""

from .serialization import register_checkpoint_safe_globals

register_checkpoint_safe_globals()

from . import optimizer, task, rmsprop, rnnsearch  # noqa: E402,F401  (registration)
