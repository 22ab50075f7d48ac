#!/usr/bin/env bash
# Set up .venv if needed and run the test suite: bash tests/run.sh [pytest args]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
bash recipes/setup_env.sh
export PATH="$ROOT/.venv/bin:$PATH"
# one intra-op thread per test process, whatever the caller's OMP_NUM_THREADS: tiny models
# run faster so, and a test's verdict must not depend on the thread count (conftest.py pins
# torch's threads the same way for `python -m pytest`)
export OMP_NUM_THREADS=1
# two test processes (pytest-xdist) where there are two cores: 6 minutes instead of 10 on
# CI's 2 cores (each process builds the session's tiny corpus once); CSGAN_TEST_WORKERS=0
# runs them in this process, as `-n 0` after the command does
# (GNU nproc reports OMP_NUM_THREADS when it is set: count the cores without it)
cores=$(env -u OMP_NUM_THREADS -u OMP_THREAD_LIMIT nproc)
workers=${CSGAN_TEST_WORKERS:-$(( cores >= 2 ? 2 : 0 ))}
exec python -m pytest -q -rs --durations=15 -n "$workers" tests "$@"
