"""The commands a csgan-nmt user runs around fairseq-train (installed by `pip install`):

csgan-prepare   raw parallel text -> subword-segmented fairseq binaries   (prepare.py)
csgan-evaluate  translate the test set with a checkpoint, score with sacreBLEU  (evaluate.py)
csgan-export    a csgan checkpoint's G -> a plain fairseq translation checkpoint  (export.py)
csgan-recipe    the paper's settings on your own corpus, prepare to export   (paper_recipes.py)
csgan-user-dir  prints the plugin's directory, for `fairseq-train --user-dir`   (user_dir.py)

(`csgan-compare`, the comparison recipe, is the csgan_compare package.)
"""


def split_at_dashes(argv=None):
    """(our arguments, the arguments after the first `--`, which the command passes to fairseq)."""
    import sys

    argv = list(sys.argv[1:] if argv is None else argv)
    if "--" in argv:
        i = argv.index("--")
        return argv[:i], argv[i + 1:]
    return argv, []
