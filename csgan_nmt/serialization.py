"""Let torch >= 2.6 load fairseq checkpoints under its weights_only default.

fairseq checkpoints pickle the training args as an argparse.Namespace, and with
`--eval-bleu` the best-score bookkeeping holds numpy scalars. We allow exactly those types
(a narrow allowlist) instead of turning weights_only off for every load in the process.
"""

import argparse

import numpy as np
import torch


def _numpy_globals():
    # numpy 2 moved the pickle reconstructors to numpy._core; numpy 1 has numpy.core
    try:
        from numpy._core import multiarray
    except ImportError:  # numpy < 2
        from numpy.core import multiarray
    dtype_classes = [type(np.dtype(t)) for t in ("float64", "float32", "int64", "int32", "bool")]
    return [multiarray._reconstruct, multiarray.scalar, np.ndarray, np.dtype, *dtype_classes]


def register_checkpoint_safe_globals():
    """Add argparse.Namespace and the numpy scalar / array reconstructors and dtype
    classes (float64, float32, int64, int32, bool) to torch's weights-only allowlist, for
    this process; a no-op on torch without `add_safe_globals` (< 2.4).

    Returns:
        None.
    """
    if hasattr(torch.serialization, "add_safe_globals"):
        torch.serialization.add_safe_globals([argparse.Namespace, *_numpy_globals()])
