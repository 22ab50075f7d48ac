"""csgan-user-dir: print the plugin's directory, for `fairseq-train --user-dir` from anywhere.

fairseq's `--user-dir` takes a path, not a module name, and the plugin may live in
site-packages or in a checkout:

    fairseq-train DATA --user-dir "$(csgan-user-dir)" --task csgan_nmt ...

Found without importing the plugin (importing it imports fairseq, about 8 s).
"""

import importlib.util
import sys
from pathlib import Path

from . import CommandError, refuse_as_one_line


def plugin_dir() -> Path:
    """The directory of the installed csgan_nmt package, found without importing it.

    Returns:
        Path, absolute and resolved, for fairseq's --user-dir.
    Raises:
        RuntimeError: when csgan_nmt is not installed in this Python environment.
    """
    spec = importlib.util.find_spec("csgan_nmt")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("csgan_nmt is not installed in this Python environment")
    return Path(list(spec.submodule_search_locations)[0]).resolve()


@refuse_as_one_line("csgan-user-dir")
def main(argv=None):
    """The csgan-user-dir command: print the plugin's directory (`plugin_dir`); -h or
    --help prints the module's description instead.

    Args:
        argv: list of str, the arguments (None: sys.argv[1:]); none are taken.
    Returns:
        None (exit status 0).
    Raises:
        SystemExit: status 1 with ``csgan-user-dir: error: takes no arguments, got [...]``
            on stderr when given any other argument.
        RuntimeError: when csgan_nmt is not installed.
    """
    argv = sys.argv[1:] if argv is None else argv
    if argv in (["-h"], ["--help"]):
        print(__doc__.strip())
    elif argv:
        raise CommandError(f"takes no arguments, got {argv}")
    else:
        print(plugin_dir())


if __name__ == "__main__":
    main()
