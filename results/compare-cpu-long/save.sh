#!/bin/bash
# The long comparison: write what it needs to go on into ./archive (markers, logs, test
# translations, prepared data, the checkpoints jobs still to run read), and its table and
# results when the report was written. Run before a sitting ends, then commit this folder.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
EXP=${EXP:-/work/exp/long}
PYTHONPATH=$ROOT "$ROOT/.venv/bin/python" -m csgan_compare.archive save --work "$EXP/work" \
    --archive "$HERE/archive"
for f in table.md results.json curves.json curves.png test_scores.png; do
    [ -f "$EXP/results/$f" ] && cp "$EXP/results/$f" "$HERE/$f"
done
exit 0
