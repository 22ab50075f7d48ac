"""Fixtures: one intra-op thread, and a tiny real-data binarisation (helpers live in helpers.py)."""

import pytest

from helpers import write_slice


@pytest.fixture(autouse=True, scope="session")
def _one_intra_op_thread():
    """Every test in-process on one torch thread, whatever OMP_NUM_THREADS says: a test's
    verdict must not depend on the thread count (tests/run.sh pins OMP_NUM_THREADS=1 for
    the processes the tests start)."""
    import torch

    torch.set_num_threads(1)


@pytest.fixture
def one_thread():
    """In-process tiny models: one intra-op thread is faster, and ~10x faster on a busy CPU."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="session")
def tiny_data(tmp_path_factory):
    """Real es->en slice (1200 train, 80 valid, 60 test pairs), sentencepiece 600, binarised."""
    from csgan_preprocess.prepare import main as prepare

    root = tmp_path_factory.mktemp("tiny")
    raw = write_slice(root / "raw", {"train": 1200, "valid": 80, "test": 60})
    dest = root / "prepared"
    assert prepare([str(a) for a in (
        "--source-lang", "es", "--target-lang", "en", "--trainpref", raw / "train",
        "--validpref", raw / "valid", "--testpref", raw / "test", "--destdir", dest,
        "--vocab-size", "600", "--joined-dictionary", "--workers", "1",
    )]) == 0
    return dest
