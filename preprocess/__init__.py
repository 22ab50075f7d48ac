"""Data preparation for csgan-nmt: raw parallel text -> normalised, cleaned, subword-segmented
text and fairseq binaries (the ``csgan-prepare`` command).

The directory is ``preprocess/`` in the repository (the design card's top level) and is
installed as the package ``csgan_preprocess`` (setup.py's ``package_dir``): a top-level
``preprocess`` would clash with the unrelated ``preprocess`` distribution on PyPI and with any
project's own ``preprocess`` module on ``sys.path``; every csgan-nmt package carries the
``csgan_`` prefix. Import it as ``csgan_preprocess`` only.

One step per file, in the order they run:

    normalise.py   reading (plain or gzipped UTF-8, strict), Unicode NFC and whitespace
    clean.py       dropping empty pairs, length and length-ratio filters (train only)
    subwords.py    sentencepiece or subword-nmt models, trained on train, applied to all
    binarise.py    fairseq-preprocess on the segmented text
    prepare.py     the command: options, the atomic output directory, prepare.json

This package imports neither fairseq nor the csgan_nmt plugin (fairseq-preprocess runs as a
subprocess), and nothing else of csgan-nmt: the commands (csgan_tools) and recipes import it.
"""


class PrepareError(ValueError):
    """Bad input or options for data preparation; the message names the file (and line) or
    option and the offending values. ``csgan-prepare`` prints it as one line
    ``csgan-prepare: error: MESSAGE`` with exit status 2; the other csgan-* commands that
    prepare data (csgan-recipe, csgan-compare) print it under their own name."""
