"""Binarising the segmented text with fairseq-preprocess (the last step of csgan-prepare).

fairseq-preprocess runs as a subprocess of this interpreter (``python -m
fairseq_cli.preprocess``), so this package never imports fairseq, and works whether or not
the environment's bin/ is on PATH.
"""

import subprocess
import sys

from . import PrepareError

FAIRSEQ_PREPROCESS = [sys.executable, "-m", "fairseq_cli.preprocess"]
# Enough of fairseq-preprocess's output to show the actual error without flooding the terminal.
ERROR_TAIL_LINES = 20


def run_fairseq_preprocess(args, seg_dir, bin_dir, split_names):
    """fairseq-preprocess of SEG_DIR/SPLIT.LANG into `bin_dir` (binaries and dict.LANG.txt).

    Args:
        args: the options (--source-lang, --target-lang, --workers, --joined-dictionary).
        seg_dir: Path of the subword-segmented text.
        bin_dir: Path to write; fairseq-preprocess creates it.
        split_names: the splits present, 'train' first.
    Raises:
        PrepareError: fairseq-preprocess failed; the message has its command line, exit
            status and the last ERROR_TAIL_LINES lines of its output.
    """
    cmd = [*FAIRSEQ_PREPROCESS, "--source-lang", args.source_lang,
           "--target-lang", args.target_lang, "--destdir", str(bin_dir),
           "--workers", str(args.workers)]
    for name in split_names:
        cmd += [f"--{name}pref", str(seg_dir / name)]
    if args.joined_dictionary:
        cmd.append("--joined-dictionary")
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, errors="replace", check=False)
    if result.returncode != 0:
        tail = "\n".join(result.stdout.splitlines()[-ERROR_TAIL_LINES:])
        raise PrepareError(f"fairseq-preprocess failed with exit status {result.returncode}: "
                           f"{' '.join(cmd)}\n{tail}")
