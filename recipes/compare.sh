#!/usr/bin/env bash
# The comparison recipe: bash recipes/compare.sh [--size tiny|quickstart|cpu|gpu] [--prepared DIR]
#   [--seeds N] [--arms a,b] [--out DIR] [--work DIR]   (see `csgan-compare --help`)
# Sets up .venv on first use, then runs `csgan-compare` with every core.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# no cd: relative --prepared/--work/--out stay relative to the caller's directory
bash "$ROOT/recipes/setup_env.sh"
export PATH="$ROOT/.venv/bin:$PATH"
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-$(nproc)}
exec csgan-compare "$@"
