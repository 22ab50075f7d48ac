#!/bin/bash
# The long comparison (size cpu-long): one sitting's share of it, on any machine.
# usage (from anywhere):  results/compare-cpu-long/run.sh ARMS [SEEDS]
#   ARMS: comma-separated trained arms (the pilot: control,control_tf,brcsgan)
#   SEEDS: seeds per arm (default: the size's, 3)
# - The comparison runs the code of one fixed commit, checked out as a git worktree in $WT
#   (later edits never reach later jobs).
# - A work directory that is not there ($EXP/work) is first restored from ./archive
#   (python -m csgan_compare.archive restore): the machine is not kept between sittings.
#   Finished jobs are skipped; a job cut short by the sitting's end starts over.
# - The recipe's progress lines are appended to ./progress.txt.
# Before the sitting ends: ./save.sh (writes ./archive back), then commit this folder.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
COMMIT=5629440   # every job of the comparison runs this commit's code
WT=${WT:-/work/wt-long}
EXP=${EXP:-/work/exp/long}
PY=$ROOT/.venv/bin/python
[ -x "$PY" ] || bash "$ROOT/recipes/setup_env.sh"
if [ ! -d "$WT" ]; then
    git -C "$ROOT" worktree prune
    git -C "$ROOT" worktree add --detach "$WT" "$COMMIT"
fi
[ "$(git -C "$WT" rev-parse --short=7 HEAD)" = "$COMMIT" ] || {
    echo "run.sh: $WT is not at $COMMIT" >&2; exit 1; }
# PYTHONPATH=$WT imports the worktree's packages; csgan_preprocess is installed from preprocess/
[ -e "$WT/csgan_preprocess" ] || ln -s preprocess "$WT/csgan_preprocess"
mkdir -p "$EXP"
if [ ! -d "$EXP/work" ] && [ -f "$HERE/archive/manifest.json" ]; then
    PYTHONPATH=$ROOT "$PY" -m csgan_compare.archive restore --archive "$HERE/archive" \
        --work "$EXP/work"
fi
cd "$WT"
export OMP_NUM_THREADS=2 PYTHONPATH=$WT
echo "# $(date -u +%FT%TZ) commit $COMMIT: --arms $1 --seeds ${2:-3} --jobs 2" >> "$HERE/progress.txt"
status=0
"$PY" -m csgan_compare --size cpu-long --arms "$1" ${2:+--seeds $2} --jobs 2 \
    --work "$EXP/work" --out "$EXP/results" >> "$HERE/progress.txt" 2>> "$EXP/stderr.txt" || status=$?
echo "# $(date -u +%FT%TZ) exit $status" >> "$HERE/progress.txt"
exit $status
