#!/usr/bin/env bash
# The comparison recipe's `gpu-short` size in one call on a lent GPU machine (see
# ../shared/gpu/README.md): start -> D -> every arm x 3 seeds -> scores and table, as
# parallel processes on the one GPU.
#
#   bash benchmarks/gpu_short.sh PREPARED OUT_DIR [JOBS] [SIZE]
#
# PREPARED: a csgan-prepare output (the bundled corpus at the cpu size's settings:
# work/compare-cpu/data, 6 MB; carry it). OUT_DIR ($OUT on the device): gets env.txt,
# progress.txt (one line per job, written as they finish, with its seconds) and, at the end,
# results.tar.gz (results.json, table.md, figures, every run's log). JOBS defaults to 14.
# SIZE defaults to gpu-short; `tiny` tries the script on a CPU first (JOBS 2).
set -u
prepared=$1 out=$2 jobs=${3:-14} size=${4:-gpu-short}
mkdir -p "$out"
prepared=$(realpath "$prepared") out=$(realpath "$out")  # before the cd below
cd "$(dirname "${BASH_SOURCE[0]}")/.."
{
    nvidia-smi --query-gpu=name,memory.total --format=csv,noheader 2>/dev/null || echo "no GPU"
    python3 -c "import torch, fairseq, sacrebleu; print('torch', torch.__version__, '| fairseq', fairseq.__version__, '| sacrebleu', sacrebleu.__version__)"
} > "$out/env.txt" 2>&1
work=/tmp/compare-$size
t0=$(date +%s)
python3 -m csgan_compare --size "$size" --prepared "$prepared" --jobs "$jobs" \
    --work "$work" --out "$work/results" > "$out/progress.txt" 2>"$work.stderr"
status=$?
echo "exit $status after $(( $(date +%s) - t0 )) s" >> "$out/progress.txt"
tail -c 4000 "$work.stderr" > "$out/stderr-tail.txt"
tar czf "$out/results.tar.gz" -C "$work" results logs done 2>/dev/null
exit $status
