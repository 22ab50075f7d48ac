#!/usr/bin/env bash
# csgan-nmt quick start: the comparison recipe (csgan-compare) at its `quickstart`
# size, on the bundled es->en Bible corpus, sized for a 2-core CPU (<= 20 minutes):
#
#   prepare data -> start: MLE generator (early stopping on validation loss, capped)
#   -> pretrain D to held-out accuracy xi
#   -> from the start checkpoint: control (continued MLE) and BR-CSGAN, same generator updates
#   -> test BLEU / chrF of start, control and brcsgan (best validation checkpoint, length
#      penalty chosen on validation), brcsgan - control; one seed: a demonstration, not evidence
#
# Sets up .venv on first use. Finished jobs are skipped when the script is run again; delete
# work/quickstart to start over. Arguments are passed on to `csgan-compare`
# (e.g. --seeds 2); WORK and OUT choose the folders. The full comparison (every control arm,
# MLE to convergence, five seeds of the primary arms) is `csgan-compare --size cpu --jobs 2`:
# see the README.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# no cd: a relative WORK/OUT stays relative to the caller's directory
t0=$(date +%s)
bash "$ROOT/recipes/setup_env.sh"
export PATH="$ROOT/.venv/bin:$PATH"
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-$(nproc)}
WORK=${WORK:-$ROOT/work/quickstart}
# two jobs at once where there are two cores (D pretraining beside the start's decode, the
# two arms side by side)
# (the cores this process may use: `nproc` would follow OMP_NUM_THREADS)
CORES=$(python -c "import os; print(len(os.sched_getaffinity(0)))")
JOBS=$(( CORES >= 2 ? 2 : 1 ))
csgan-compare --size quickstart --jobs "$JOBS" --work "$WORK" --out "${OUT:-$WORK/results}" "$@"
echo "quickstart: $(( $(date +%s) - t0 )) s in all"
