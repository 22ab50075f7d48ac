"""csgan-nmt: conditional sequence GANs for NMT (Yang et al., NAACL 2018) as a fairseq plugin.

Load with `--user-dir csgan_nmt`. Importing registers the `csgan_nmt` task, the `csgan`
and `rmsprop` optimisers and the `rnnsearch` architecture, and lets torch's weights_only
loader read fairseq checkpoints. An uncaught refusal of the plugin's (a bad option or input,
`refusal.Refusal`) prints as one line without a traceback.
"""

from .refusal import install_excepthook
from .serialization import register_checkpoint_safe_globals

register_checkpoint_safe_globals()
install_excepthook()

from . import optimizer, task, rmsprop, rnnsearch  # noqa: E402,F401  (registration)
