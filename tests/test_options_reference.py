"""The options reference (csgan-options, docs/options.md) against the code: generated from
the config dataclasses, every option in one group with a help text and its checked range."""

from pathlib import Path

import pytest

from helpers import REPO


def test_docs_options_md_is_what_csgan_options_generates():
    from csgan_tools.options import reference

    page = (REPO / "docs" / "options.md").read_text(encoding="utf-8")
    assert page == reference(), ("docs/options.md differs from the code's options: run "
                                 "`csgan-options --write docs/options.md`")


def test_every_option_is_listed_once_with_its_help_and_range():
    from fairseq.dataclass import FairseqDataclass
    from fairseq.tasks.translation import TranslationConfig

    from csgan_nmt.config import RANGES, CSGANConfig
    from csgan_nmt.optimizer import OPTIMIZER_RANGES, CSGANOptimizerConfig
    from csgan_tools.options import own_fields, reference

    page = reference()
    for config, inherited, ranges in ((CSGANConfig, TranslationConfig, RANGES),
                                      (CSGANOptimizerConfig, FairseqDataclass,
                                       OPTIMIZER_RANGES)):
        names = [f.name for f in own_fields(config, (inherited,))]
        assert len(names) >= 8
        for name in names:
            flag = "--" + name.replace("_", "-")
            [row] = [line for line in page.splitlines() if line.startswith(f"| `{flag}` |")]
            if name in ranges:
                assert f"| {ranges[name]} |" in row
        assert set(ranges) <= set(names)  # no range of an option that does not exist


def test_an_option_without_help_or_group_is_refused(monkeypatch):
    import dataclasses

    from csgan_tools import CommandError
    from csgan_tools.options import rows

    @dataclasses.dataclass
    class Config:
        alpha: int = dataclasses.field(default=1, metadata={"help": "the alpha"})
        beta: int = dataclasses.field(default=2, metadata={})

    with pytest.raises(CommandError, match="--beta .* has no help text"):
        rows(Config, [("G", "g", ["alpha", "beta"])], {})
    with pytest.raises(CommandError, match=r"in no group \['beta'\]"):
        rows(Config, [("G", "g", ["alpha"])], {})


def test_the_optimizer_ranges_are_checked_before_training():
    from omegaconf import OmegaConf

    from csgan_nmt.optimizer import check_optimizer_options
    from csgan_nmt.refusal import OptionError

    good = dict(adam_eps=1e-8, weight_decay=0.0, d_lr=1e-4, d_adversarial_lr=1e-4,
                rmsprop_alpha=0.99, rmsprop_eps=1e-8)
    check_optimizer_options(OmegaConf.create(good))
    for name, value in (("d_lr", 0.0), ("rmsprop_alpha", 1.0), ("weight_decay", -0.1)):
        with pytest.raises(OptionError, match=f"--{name.replace('_', '-')} must be in"):
            check_optimizer_options(OmegaConf.create({**good, name: value}))


def test_readme_and_docs_links_resolve():
    import re

    pages = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md")),
             *sorted((REPO / "results").glob("*/README.md"))]
    broken = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
            if "://" in target or target.startswith("mailto:"):
                continue
            if not (page.parent / target).exists():
                broken.append(f"{page.relative_to(REPO)} -> {target}")
    assert not broken, broken


def test_the_reference_says_where_it_comes_from():
    text = (Path(REPO) / "docs" / "options.md").read_text(encoding="utf-8")
    assert text.startswith("# Options the plugin adds to fairseq-train")
    assert "csgan-options --write docs/options.md" in text
