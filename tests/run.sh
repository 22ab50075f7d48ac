#!/usr/bin/env bash
# Set up .venv if needed and run the test suite: bash tests/run.sh [pytest args]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
bash recipes/setup_env.sh
export PATH="$ROOT/.venv/bin:$PATH"
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-$(nproc)}
exec python -m pytest -q -rs --durations=15 tests "$@"
