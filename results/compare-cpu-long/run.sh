#!/bin/bash
# cpu-long: one invocation of the comparison from the worktree /work/wt-long (a fixed
# commit), resumable (markers in work/done, arms go on from checkpoint_last.pt).
# usage: run.sh ARMS [SEEDS]
cd ${WT:-/work/wt-long-b}
export OMP_NUM_THREADS=2 PYTHONPATH=${WT:-/work/wt-long-b} PATH=/work/main/.venv/bin:$PATH
echo "# $(date -u +%FT%TZ) commit $(git rev-parse --short HEAD): --arms $1 --seeds ${2:-3} --jobs 2" >> /work/exp/long/progress.txt
python -m csgan_compare --size cpu-long --arms "$1" ${2:+--seeds $2} --jobs 2 \
  --work /work/exp/long/work --out /work/exp/long/results >> /work/exp/long/progress.txt 2>> /work/exp/long/stderr.txt
echo "# $(date -u +%FT%TZ) exit $?" >> /work/exp/long/progress.txt
