#!/usr/bin/env bash
# Translate every test sentence with a checkpoint and score it with sacrebleu:
#   bash recipes/evaluate.sh PREPARED_DIR CHECKPOINT OUT_DIR [NAME] [extra fairseq-generate args]
# = csgan-evaluate PREPARED_DIR CHECKPOINT --out OUT_DIR --name NAME -- EXTRA (see its --help);
# PREPARED_DIR is a csgan-prepare output (bin/, text/, prepare.json).
set -euo pipefail
if [ $# -lt 3 ]; then
    sed -n '2,5p' "${BASH_SOURCE[0]}" >&2
    exit 2
fi
prepared=$1 checkpoint=$2 out=$3 name=${4:-$(basename "$checkpoint" .pt)}
shift $(( $# < 4 ? $# : 4 ))
exec csgan-evaluate "$prepared" "$checkpoint" --out "$out" --name "$name" -- "$@"
