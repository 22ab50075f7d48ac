#!/usr/bin/env bash
# Create the repo's virtual environment (.venv) and install csgan-nmt into it, once.
#
# The tested versions come from constraints.txt; torch==2.13.0 there resolves to the local
# CPU wheel on a CPU machine. On a machine whose python3 already has a CUDA torch, the venv
# sees the system packages and the torch pins are dropped, so that torch is kept.
# Re-running is a no-op unless setup.py or constraints.txt changed.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${CSGAN_VENV:-$ROOT/.venv}
PYTHON=${PYTHON:-python3}
stamp="$VENV/.installed-$(cat "$ROOT/setup.py" "$ROOT/constraints.txt" | sha1sum | cut -c1-12)"

if [ -f "$stamp" ]; then
    exit 0
fi
if "$PYTHON" -c 'import sys, torch; sys.exit(0 if torch.version.cuda else 1)' 2>/dev/null; then
    echo "setup_env: keeping the CUDA torch of $PYTHON" >&2
    "$PYTHON" -m venv --system-site-packages "$VENV"
    grep -v -E '^torch(audio)?==' "$ROOT/constraints.txt" > "$VENV/constraints.txt"
else
    "$PYTHON" -m venv "$VENV"
    cp "$ROOT/constraints.txt" "$VENV/constraints.txt"
fi
start=$(date +%s)
"$VENV/bin/python" -m pip install -q --disable-pip-version-check \
    -c "$VENV/constraints.txt" -e "$ROOT[test,tensorboard]"
rm -f "$VENV"/.installed-*
touch "$stamp"
echo "setup_env: installed csgan-nmt into $VENV in $(( $(date +%s) - start )) s" >&2
