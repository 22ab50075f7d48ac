#!/usr/bin/env bash
# Reward estimators judged on the comparison recipe (issue 10):
#   bash recipes/estimators.sh [cpu|gpu]
# 1. the estimator arms, with control and brcsgan, from the size's start checkpoint (a work
#    directory that already holds the start, D and the paper's arms is reused, job by job);
# 2. gradient variance and cost of every option on one batch (benchmarks/estimator_benchmark.py);
# 3. one table and one figure: results/estimators-SIZE/{estimators.md,gain_vs_cost.png}.
set -euo pipefail
SIZE=${1:-cpu}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
bash recipes/setup_env.sh
export PATH="$ROOT/.venv/bin:$PATH"
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-$(nproc)}
WORK=work/compare-$SIZE
OUT=results/estimators-$SIZE
DEVICE=cpu
if [ "$SIZE" = gpu ]; then DEVICE=cuda; fi
ROLLOUTS=$(python -c "from csgan_compare.sizes import SIZES; print(SIZES['$SIZE'].rollouts)")
STRIDE=$(python -c "from csgan_compare.sizes import SIZES; print(SIZES['$SIZE'].rollout_stride)")
csgan-compare --size "$SIZE" --work "$WORK" --out "$OUT" \
    --arms control,brcsgan,mc_rollout_mean,sequence,self_critical,partial_d,maligan
python benchmarks/estimator_benchmark.py --work "$WORK" --device "$DEVICE" \
    --threads "$OMP_NUM_THREADS" --rollouts "$ROLLOUTS" --rollout-stride "$STRIDE" \
    --json "$OUT/benchmark.json" | tee "$OUT/benchmark.txt"
python -m csgan_compare.estimator_report --results "$OUT/results.json" \
    --benchmark "$OUT/benchmark.json" --out "$OUT"
