#!/usr/bin/env bash
# Translate every test sentence with a checkpoint and score it with sacrebleu.
#   bash recipes/evaluate.sh PREPARED_DIR CHECKPOINT OUT_DIR [NAME] [extra fairseq-generate args]
# PREPARED_DIR is a `python -m preprocess.prepare` output (bin/, text/, prepare.json).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prepared=$1 checkpoint=$2 out=$3 name=${4:-$(basename "$checkpoint" .pt)}
shift $(( $# < 4 ? $# : 4 ))
read -r tgt remove_bpe < <(python -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["args"]["target_lang"], r["remove_bpe"])' "$prepared/prepare.json")
mkdir -p "$out"
# --required-batch-size-multiple 1: otherwise fairseq drops the last partial batch
fairseq-generate "$prepared/bin" --user-dir "$ROOT/csgan_nmt" --task csgan_nmt \
    --path "$checkpoint" --gen-subset test --beam 5 --batch-size 64 \
    --required-batch-size-multiple 1 --remove-bpe "$remove_bpe" "$@" \
    > "$out/$name.generate.log" 2> "$out/$name.generate.err" \
    || { tail -n 20 "$out/$name.generate.err"; exit 1; }
python "$ROOT/recipes/score.py" --generate-log "$out/$name.generate.log" \
    --reference "$prepared/text/test.$tgt" --hyp-out "$out/$name.hyp.$tgt" --name "$name" \
    --json-out "$out/$name.score.json"
