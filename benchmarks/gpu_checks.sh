#!/usr/bin/env bash
# Every check that needs a GPU, in one call on a lent GPU machine (see ../shared/gpu/README.md):
#
#   bash benchmarks/gpu_checks.sh DATA_BIN START_CHECKPOINT OUT_DIR [cuda|cpu]
#
# DATA_BIN: a fairseq-binarised es-en directory (e.g. work/compare-cpu/data/bin);
# START_CHECKPOINT: a trained G for the rollout benchmark on real sentences (e.g. the
# comparison recipe's work/compare-cpu/start/checkpoint_best.pt). Writes into OUT_DIR:
#   env.txt             GPU, torch and fairseq versions
#   rollout-cuda.txt    benchmarks/rollout_benchmark.py, default model (engine vs reference loop)
#   rollout-cuda-trained.txt   the same with START_CHECKPOINT as G on DATA_BIN's valid batch
#   precision-cuda.txt  --csgan-stage auto (MLE, D pretraining, adversarial) in fp32, --fp16
#                       and --bf16, each then translating the valid split; stage transitions,
#                       final metrics, non-finite counts, tensorboard tags
#   memory-cuda.txt     benchmarks/memory_benchmark.py with the GPU columns
# The last argument `cpu` runs the same steps at toy sizes on a CPU (to try the script
# before spending device time); each step has its own time limit, so one slow step cannot
# take the others' time. Steps run in order of importance.
set -u
self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
data=$1 start=$2 out=$3 device=${4:-cuda} only=${5:-}  # only=precision: that step alone
mkdir -p "$out"
data=$(realpath "$data") start=$(realpath "$start") out=$(realpath "$out")  # before the cd
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ "$device" = cuda ]; then
    precisions=${PRECISIONS:-fp32 fp16 bf16} arch=(--arch rnnsearch) cpu=() updates=(20 20 50)
    bench=() trained=() mem_configs=8x32x20,16x64x20,4x128x20,2x256x20 mem_rows=512,8192
else  # a dry run of the script: toy sizes, fp32 only (fairseq takes --bf16 on CPU for a TPU)
    precisions="fp32" cpu=(--cpu) updates=(4 4 11)
    arch=(--arch rnnsearch --encoder-embed-dim 32 --encoder-hidden-size 32 --decoder-embed-dim 32
          --decoder-hidden-size 32 --decoder-out-embed-dim 32)
    bench=(--hidden 32 --vocab 200 --repeats 1 --rollouts 2) trained=(--repeats 1 --rollouts 2)
    mem_configs=2x8x2 mem_rows=512
fi

train_one() {  # train_one PRECISION: every stage, then translate the valid split
    local p=$1 flag=()
    [ "$p" = fp16 ] && flag=(--fp16)
    [ "$p" = bf16 ] && flag=(--bf16)
    rm -rf "/tmp/gpu-$p" "/tmp/tb-$p"
    echo "=== $p: fairseq-train --csgan-stage auto ${flag[*]}"
    fairseq-train "$data" --user-dir csgan_nmt --task csgan_nmt "${arch[@]}" "${cpu[@]}" \
        "${flag[@]}" --optimizer csgan --lr 5e-4 --criterion label_smoothed_cross_entropy \
        --label-smoothing 0.1 --max-tokens 2000 --csgan-stage auto \
        --mle-updates "${updates[0]}" --d-max-updates "${updates[1]}" --d-eval-interval 10 \
        --max-update "${updates[2]}" --save-dir "/tmp/gpu-$p" --seed 1 --log-format json \
        --log-interval 1 --no-progress-bar --num-workers 0 --required-batch-size-multiple 1 \
        --no-epoch-checkpoints --tensorboard-logdir "/tmp/tb-$p" > "/tmp/gpu-$p.log" 2>&1
    echo "exit $?"
    grep -E "entering stage|budget|skipped|overflow|Error|error" "/tmp/gpu-$p.log" | cut -c1-300
    grep -E '"train_inner"|train_inner \|' "/tmp/gpu-$p.log" | tail -3 | cut -c1-600
    python3 - "/tmp/gpu-$p.log" <<'EOF'
import json, re, sys
rows = [json.loads(m.group(0)) for line in open(sys.argv[1])
        if "train_inner" in line and (m := re.search(r"\{.*\}", line))]
for key in ("pg_loss", "reward", "d_loss", "d_heldout_acc", "nll_loss", "nonfinite",
            "loss_scale", "wall"):
    vals = [r[key] for r in rows if r.get(key) is not None]
    print(f"{key}: {len(vals)} logged, last {vals[-1] if vals else None}")
EOF
    python3 - "/tmp/tb-$p" <<'EOF'
import sys
from pathlib import Path
try:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
except ImportError as e:
    sys.exit(f"tensorboard not installed: {e}")
for run in sorted(p for p in Path(sys.argv[1]).iterdir() if p.is_dir()):
    acc = EventAccumulator(str(run)); acc.Reload()
    print(f"tensorboard {run.name}: {sorted(acc.Tags()['scalars'])}")
EOF
    echo "=== $p: fairseq-generate --user-dir csgan_nmt (valid), then csgan-export and plain"
    local gen=(--gen-subset valid "${cpu[@]}" --beam 5 --max-tokens 4000 --num-workers 0
               --required-batch-size-multiple 1 --remove-bpe sentencepiece)
    fairseq-generate "$data" --user-dir csgan_nmt --task csgan_nmt "${gen[@]}" \
        --path "/tmp/gpu-$p/checkpoint_last.pt" > "/tmp/gen-$p.txt" 2>&1
    grep -E "BLEU|Translated|Error" "/tmp/gen-$p.txt" | cut -c1-300
    python3 -m csgan_tools.export "/tmp/gpu-$p/checkpoint_last.pt" "/tmp/export-$p.pt" 2>&1 |
        tail -1
    local data_abs
    data_abs=$(realpath "$data")
    (cd /tmp && fairseq-generate "$data_abs" --path "/tmp/export-$p.pt" "${gen[@]}" \
        > "/tmp/plain-$p.txt" 2>&1)
    grep -E "BLEU|Error" "/tmp/plain-$p.txt" | cut -c1-300
    if cmp -s <(grep ^H- "/tmp/gen-$p.txt" | sort) <(grep ^H- "/tmp/plain-$p.txt" | sort); then
        echo "export: plain fairseq-generate gives the same $(grep -c ^H- "/tmp/plain-$p.txt") hypotheses"
    else
        echo "export: hypotheses DIFFER"
    fi
}

if [ "$only" = precision ]; then
    for p in $precisions; do train_one "$p"; done
    exit
fi

{
    date -u
    nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv 2>&1 | head -3
    python3 -c 'import torch, fairseq; print("torch", torch.__version__, "cuda", torch.version.cuda,
"fairseq", fairseq.__version__)'
} > "$out/env.txt" 2>&1

step() {  # step SECONDS FILE COMMAND...: run with a limit, record the exit status
    local limit=$1 file=$2; shift 2
    local t0=$SECONDS
    timeout "$limit" "$@" > "$out/$file" 2>&1
    echo "exit $? after $((SECONDS - t0)) s: $*" >> "$out/$file"
    tail -1 "$out/$file"
}

step 130 rollout-cuda.txt python3 benchmarks/rollout_benchmark.py --device "$device" "${bench[@]}"
step 80 rollout-cuda-trained.txt python3 benchmarks/rollout_benchmark.py --device "$device" \
    --data "$data" --checkpoint "$start" --max-len-a 1.5 --max-len-b 10 \
    "${trained[@]}"

step 210 precision-cuda.txt bash "$self" "$data" "$start" "$out" "$device" precision
step 120 memory-cuda.txt python3 benchmarks/memory_benchmark.py --device "$device" \
    --configs "$mem_configs" --max-rows "$mem_rows" --threads 4
ls -la "$out"
