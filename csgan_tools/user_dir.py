"""csgan-user-dir: print the plugin's directory, for `fairseq-train --user-dir` from anywhere.

fairseq's `--user-dir` takes a path, not a module name, and the plugin may live in
site-packages or in a checkout:

    fairseq-train DATA --user-dir "$(csgan-user-dir)" --task csgan_nmt ...

Found without importing the plugin (importing it imports fairseq, about 8 s).
"""

import importlib.util
import sys
from pathlib import Path


def plugin_dir() -> Path:
    spec = importlib.util.find_spec("csgan_nmt")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("csgan_nmt is not installed in this Python environment")
    return Path(list(spec.submodule_search_locations)[0]).resolve()


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv in (["-h"], ["--help"]):
        print(__doc__.strip())
    elif argv:
        sys.exit(f"csgan-user-dir: takes no arguments, got {argv}")
    else:
        print(plugin_dir())


if __name__ == "__main__":
    main()
