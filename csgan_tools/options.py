"""csgan-options: the reference of every option the plugin adds to fairseq-train, generated
from the config dataclasses (`--task csgan_nmt`: the groups of csgan_nmt.config.GROUPS, each
declared beside the code that reads it; `--optimizer csgan`:
csgan_nmt.optimizer.CSGANOptimizerConfig): flag, type, default, range and help, group by
group.

    csgan-options                       # print the reference (Markdown)
    csgan-options --write docs/options.md

fairseq-train --help never lists a task's or an optimizer's options (they are added once
--task / --optimizer are parsed); this page is where they are listed. docs/options.md is
this command's output; a test fails when the two differ or an option has no help text.
"""

import argparse
import dataclasses
import sys
from enum import Enum
from pathlib import Path

from . import CommandError, refuse_as_one_line, write_text

# the task's groups are csgan_nmt.config.GROUPS, each a config dataclass beside its owner;
# the optimizer's options are one group: (title, what they control, the fields, in order)
OPTIMIZER_GROUPS = [
    ("--optimizer csgan", "G's Adam and D's Adam (pretraining) and RMSProp (adversarial "
     "stage); G's learning rate and schedule are fairseq's --lr and --lr-scheduler",
     ["adam_betas", "adam_eps", "weight_decay", "d_lr", "d_adversarial_lr", "rmsprop_alpha",
      "rmsprop_eps", "g_optimizer_state"]),
]


def own_fields(config_class, inherited=()):
    """The dataclass fields a config adds as command-line options: those with a help text
    or a plain default, less the inherited config classes' own and the ones interpolated
    from fairseq's root config (II("...")).

    Args:
        config_class: a fairseq dataclass config.
        inherited: config classes whose fields are not this page's (fairseq's).
    Returns:
        List[dataclasses.Field] in declaration order.
    """
    skip = {f.name for base in inherited for f in dataclasses.fields(base)}
    out = []
    for f in dataclasses.fields(config_class):
        if f.name in skip or f.name.startswith("_"):
            continue
        if isinstance(f.default, str) and f.default.startswith("${"):  # interpolated
            continue
        out.append(f)
    return out


def _type(f):
    choices = getattr(f.type, "__members__", None)
    if isinstance(f.type, type) and issubclass(f.type, Enum) and choices:
        return "one of " + ", ".join(f"`{m.value}`" for m in f.type)
    name = getattr(f.type, "__name__", str(f.type)).replace("typing.", "")
    return {"Optional": "str or unset", "Any": "str"}.get(name, name)


def _default(f):
    value = f.default if f.default is not dataclasses.MISSING else (
        f.default_factory() if f.default_factory is not dataclasses.MISSING else None)
    if isinstance(value, Enum):
        value = value.value
    return "unset" if value is None else f"`{value}`"


def rows(config_class, groups, ranges, inherited=(), choices=None):
    """The reference's rows, group by group.

    Args:
        config_class: the config dataclass.
        groups: [(title, description, [field names])].
        ranges: {field name: csgan_nmt.option_ranges.Range}, the checked ranges.
        inherited: config classes left out (`own_fields`).
        choices: {field name: [str]}, the values of a string option checked against a list.
    Returns:
        List of (title, description, [(flag, type, default, range, help)]).
    Raises:
        CommandError: when an option is in no group or in two, or has no help text.
    """
    from csgan_nmt.option_ranges import flag

    fields = {f.name: f for f in own_fields(config_class, inherited)}
    grouped = [name for _, _, names in groups for name in names]
    missing = sorted(set(fields) - set(grouped))
    extra = sorted({n for n in grouped if grouped.count(n) > 1} | (set(grouped) - set(fields)))
    if missing or extra:
        raise CommandError(f"{config_class.__name__}: options in no group {missing}, in two "
                           f"or unknown {extra}: update csgan_tools/options.py")
    out = []
    for title, description, names in groups:
        entries = []
        for name in names:
            f = fields[name]
            help_text = (f.metadata or {}).get("help")
            if not help_text:
                raise CommandError(f"{flag(name)} ({config_class.__name__}.{name}) has no "
                                   "help text")
            kind = (("one of " + ", ".join(f"`{c}`" for c in choices[name]))
                    if choices and name in choices else _type(f))
            entries.append((flag(name), kind, _default(f),
                            str(ranges[name]) if name in ranges else "—", help_text))
        out.append((title, description, entries))
    return out


def reference() -> str:
    """The options reference as Markdown (docs/options.md).

    Returns:
        str.
    Raises:
        CommandError: as `rows`.
    """
    from fairseq.dataclass import FairseqDataclass
    from fairseq.tasks.translation import TranslationConfig

    from csgan_nmt.config import GROUPS, RANGES, TEXT_CHOICES, CSGANConfig
    from csgan_nmt.optimizer import OPTIMIZER_RANGES, CSGANOptimizerConfig

    task_groups = [(title, description, [f.name for f in own_fields(group)])
                   for title, description, group in GROUPS]

    lines = [
        "# Options the plugin adds to fairseq-train",
        "",
        "Generated by `csgan-options` from the config dataclasses, each beside the code "
        "that reads its options (`csgan_nmt/config.py` lists them: `GROUPS`; the "
        "optimizer's in `csgan_nmt/optimizer.py`); do not edit by hand: "
        "`csgan-options --write docs/options.md`. `fairseq-train --help` does not list them "
        "(fairseq adds a task's options only once `--task` is parsed). Every range is "
        "checked when the task or optimizer is built, before any data is loaded; every "
        "other fairseq option (`--lr`, `--max-tokens`, `--max-update`, ...) is fairseq's "
        "own.",
        ""]
    for config, groups, ranges, inherited in (
            (CSGANConfig, task_groups, RANGES, (TranslationConfig,)),
            (CSGANOptimizerConfig, OPTIMIZER_GROUPS, OPTIMIZER_RANGES, (FairseqDataclass,))):
        for title, description, entries in rows(config, groups, ranges, inherited,
                                                TEXT_CHOICES):
            lines += [f"## {title}", "", description[0].upper() + description[1:] + ".", "",
                      "| option | type | default | range | what it does |",
                      "|---|---|---|---|---|"]
            lines += [f"| `{flag}` | {kind} | {default} | {interval} | "
                      f"{help_text.replace('|', '/')} |"
                      for flag, kind, default, interval, help_text in entries]
            lines.append("")
    return "\n".join(lines)


def parse_args(argv=None):
    p = argparse.ArgumentParser(
        prog="csgan-options",
        description="Print the reference of every option csgan_nmt adds to fairseq-train "
                    "(--task csgan_nmt, --optimizer csgan): type, default, range, help.")
    p.add_argument("--write", type=Path, help="write it to this file (e.g. docs/options.md) "
                                               "instead of printing it")
    return p.parse_args(argv)


@refuse_as_one_line("csgan-options")
def main(argv=None):
    """The csgan-options command.

    Args:
        argv: list of str (None: sys.argv[1:]).
    Returns:
        None.
    Raises:
        SystemExit: status 1 after one line for a CommandError (an option without help, or
            outside every group).
    """
    args = parse_args(argv)
    text = reference()
    if args.write:
        write_text(args.write, text)
        print(f"csgan-options: wrote {args.write}")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
