"""``python -m csgan_preprocess``: the csgan-prepare command."""

from .prepare import cli

cli()
