"""The commands a csgan-nmt user runs around fairseq-train (installed by `pip install`):

csgan-prepare   raw parallel text -> subword-segmented fairseq binaries   (prepare.py)
csgan-evaluate  translate the test set with a checkpoint, score with sacreBLEU  (evaluate.py)
csgan-export    a csgan checkpoint's G -> a plain fairseq translation checkpoint  (export.py)
csgan-recipe    the paper's settings on your own corpus, prepare to export   (paper_recipes.py)
csgan-user-dir  prints the plugin's directory, for `fairseq-train --user-dir`   (user_dir.py)

(`csgan-compare`, the comparison recipe, is the csgan_compare package.)
"""
