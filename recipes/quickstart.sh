#!/usr/bin/env bash
# csgan-nmt quick start: the whole method on the bundled Bible corpus, sized for a 2-core CPU.
#
#   prepare data -> MLE generator -> BLEU -> pretrain D to held-out accuracy xi
#   -> adversarial training (BR-CSGAN) -> BLEU
#
# Sets up .venv on first use. Stages that finished (a DONE file in their directory) are
# skipped when the script is run again; delete work/quickstart to start over. Sizes can be
# overridden from the environment (MLE_UPDATES, ADV_UPDATES, ...); see the README.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
t0=$(date +%s)
bash recipes/setup_env.sh
export PATH="$ROOT/.venv/bin:$PATH"
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-$(nproc)}

SRC=${SRC:-es} TGT=${TGT:-en}
WORK=${WORK:-$ROOT/work/quickstart}
VOCAB=${VOCAB:-4000}
MLE_UPDATES=${MLE_UPDATES:-700}
D_TARGET=${D_TARGET:-0.82}
D_MAX_UPDATES=${D_MAX_UPDATES:-400}
ADV_UPDATES=${ADV_UPDATES:-60}
ROLLOUTS=${ROLLOUTS:-8}
ROLLOUT_STRIDE=${ROLLOUT_STRIDE:-2}
CORPUS=$ROOT/data/bible-kjv-rv1909
DATA=$WORK/data
mkdir -p "$WORK"

# A small RNNSearch (bidirectional LSTM encoder, attention) and a small CNN discriminator.
GENERATOR=(--arch rnnsearch --encoder-embed-dim 128 --encoder-hidden-size 192
           --decoder-embed-dim 128 --decoder-hidden-size 256 --decoder-out-embed-dim 128
           --share-decoder-input-output-embed --dropout 0.1)
DISCRIMINATOR=(--d-embed-dim 64 --d-kernel-sizes 1,2,3,4,5 --d-num-filters 32,64,64,64,32)
COMMON=(--user-dir "$ROOT/csgan_nmt" --task csgan_nmt --optimizer csgan
        --criterion label_smoothed_cross_entropy --label-smoothing 0.1
        --max-tokens 4000 --skip-invalid-size-inputs-valid-test --max-source-positions 200
        --max-target-positions 200 --no-epoch-checkpoints --log-format simple
        --log-interval 50 --seed 1 --num-workers 0 "${GENERATOR[@]}" "${DISCRIMINATOR[@]}")

stage_done() { [ -f "$1/DONE" ]; }
elapsed() { echo "$(( $(date +%s) - t0 )) s"; }

echo "== 1/5 prepare $SRC->$TGT ($(elapsed))"
if [ ! -f "$DATA/prepare.json" ]; then
    python -m preprocess.prepare --source-lang "$SRC" --target-lang "$TGT" \
        --trainpref "$CORPUS/train" --validpref "$CORPUS/valid" --testpref "$CORPUS/test" \
        --destdir "$DATA" --vocab-size "$VOCAB" --joined-dictionary --max-len 120 --workers 2
fi

echo "== 2/5 MLE generator, $MLE_UPDATES updates ($(elapsed))"
if ! stage_done "$WORK/mle"; then
    fairseq-train "$DATA/bin" "${COMMON[@]}" --csgan-stage mle --lr 0.003 \
        --max-update "$MLE_UPDATES" --save-dir "$WORK/mle" --validate-interval-updates 500 \
        --save-interval-updates 500 --keep-interval-updates 1 2>&1 | tee "$WORK/mle.log" \
        | grep --line-buffered -E "train_inner|valid on|done training"
    touch "$WORK/mle/DONE"
fi
bash recipes/evaluate.sh "$DATA" "$WORK/mle/checkpoint_last.pt" "$WORK/eval" mle

echo "== 3/5 discriminator pretraining to held-out accuracy $D_TARGET ($(elapsed))"
if ! stage_done "$WORK/disc"; then
    status=0
    fairseq-train "$DATA/bin" "${COMMON[@]}" --csgan-stage discriminator --lr 0.003 \
        --generator-checkpoint "$WORK/mle/checkpoint_last.pt" --d-lr 0.001 \
        --d-target-accuracy "$D_TARGET" --d-max-updates "$D_MAX_UPDATES" --d-eval-interval 10 \
        --max-update 100000 --save-dir "$WORK/disc" > "$WORK/disc.log" 2>&1 || status=$?
    grep -E "held-out accuracy|budget|entering stage" "$WORK/disc.log" | tail -n 3
    if [ "$status" = 3 ]; then
        echo "WARNING: D did not reach $D_TARGET within $D_MAX_UPDATES updates; continuing"
    elif [ "$status" != 0 ]; then
        tail -n 30 "$WORK/disc.log"; exit "$status"
    fi
    touch "$WORK/disc/DONE"
fi
grep -E "held-out accuracy" "$WORK/disc.log" | tail -n 1 | sed 's/.*csgan: /D: /'

echo "== 4/5 adversarial training (BR-CSGAN), $ADV_UPDATES updates, N=$ROLLOUTS ($(elapsed))"
if ! stage_done "$WORK/adv"; then
    fairseq-train "$DATA/bin" "${COMMON[@]}" --csgan-stage adversarial --lr 0.0005 \
        --restore-file "$WORK/disc/checkpoint_last.pt" --reset-optimizer --reset-dataloader \
        --reset-meters --reset-lr-scheduler --max-tokens 1000 --d-adversarial-lr 0.0001 \
        --rollouts "$ROLLOUTS" --rollout-stride "$ROLLOUT_STRIDE" --reward-lambda 0.7 \
        --max-update "$ADV_UPDATES" --log-interval 10 --save-dir "$WORK/adv" 2>&1 \
        | tee "$WORK/adv.log" | grep --line-buffered -E "train_inner|valid on|done training"
    touch "$WORK/adv/DONE"
fi
bash recipes/evaluate.sh "$DATA" "$WORK/adv/checkpoint_last.pt" "$WORK/eval" csgan

echo "== 5/5 summary ($(elapsed))"
python - "$WORK/eval" <<'PY'
import json, sys
scores = {n: json.load(open(f"{sys.argv[1]}/{n}.score.json")) for n in ("mle", "csgan")}
for name, s in scores.items():
    print(f"{name:6s} test BLEU {s['bleu']:6.2f}  chrF {s['chrf']:6.2f}  ({s['sentences']} sentences)")
print(f"signature: {scores['mle']['bleu_signature']}")
PY
