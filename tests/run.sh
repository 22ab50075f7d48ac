#!/usr/bin/env bash
# Set up .venv if needed and run the test suite: bash tests/run.sh [pytest args]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
bash recipes/setup_env.sh
export PATH="$ROOT/.venv/bin:$PATH"
# tiny test models: one thread per process beats two threads fighting over 2 cores
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
exec python -m pytest -q -rs --durations=15 tests "$@"
