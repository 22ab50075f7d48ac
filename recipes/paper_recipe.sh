#!/usr/bin/env bash
# One of the paper recipes on your own raw parallel text (see `csgan-recipe --help`):
#   bash recipes/paper_recipe.sh NAME TRAIN_PREFIX VALID_PREFIX TEST_PREFIX WORK_DIR \
#       [csgan-recipe options, e.g. --source-lang de --target-lang en --tensorboard] \
#       [-- fairseq-train options for every stage, e.g. --fp16]
# NAME: iwslt14-deen, wmt14-ende or nist-zhen. PREFIX.LANG (or PREFIX.LANG.gz) are untokenised
# text, one sentence per line. Runs the csgan-recipe on PATH; where there is none, sets up
# the checkout's .venv on first use (recipes/setup_env.sh).
set -euo pipefail
if [ $# -lt 5 ]; then
    sed -n '2,8p' "${BASH_SOURCE[0]}" >&2
    exit 2
fi
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if ! command -v csgan-recipe > /dev/null; then  # not installed here: the checkout's .venv
    bash "$ROOT/recipes/setup_env.sh"
    export PATH="$ROOT/.venv/bin:$PATH"
fi
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-$(nproc)}
name=$1 train=$2 valid=$3 test=$4 work=$5
shift 5
exec csgan-recipe "$name" --trainpref "$train" --validpref "$valid" --testpref "$test" \
    --work "$work" "$@"
