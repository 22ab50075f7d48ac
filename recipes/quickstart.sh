#!/usr/bin/env bash
# csgan-nmt quick start: the comparison recipe (csgan-compare) at its `quickstart`
# size, on the bundled es->en Bible corpus, sized for a 2-core CPU (<= 20 minutes):
#
#   prepare data -> start: MLE generator (early stopping on validation loss, capped)
#   -> pretrain D to held-out accuracy xi
#   -> from the start checkpoint: control (continued MLE) and BR-CSGAN, same generator updates
#   -> test BLEU / chrF of start, control and brcsgan, paired bootstrap against start and control
#
# Sets up .venv on first use. Finished jobs are skipped when the script is run again; delete
# work/quickstart to start over. Arguments are passed on to `csgan-compare`
# (e.g. --seeds 2); WORK and OUT choose the folders. The full comparison (every control arm,
# MLE to convergence, two seeds) is `csgan-compare --size cpu`: see the README.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
t0=$(date +%s)
bash recipes/setup_env.sh
export PATH="$ROOT/.venv/bin:$PATH"
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-$(nproc)}
WORK=${WORK:-$ROOT/work/quickstart}
csgan-compare --size quickstart --work "$WORK" --out "${OUT:-$WORK/results}" "$@"
echo "quickstart: $(( $(date +%s) - t0 )) s in all"
