#!/usr/bin/env bash
# Score khparse on the shared dev set (needs ../shared, which a user's clone does not have).
#   scripts/score_dev.sh [SHARED_DIR]   → the scorer's table
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-$here/../shared}
kh=${KHPARSE:-$here/.venv/bin/khparse}
pred=$(mktemp -d)
for f in "$shared"/eval/dev/docs/*; do
  n=$(basename "${f%.*}")
  "$kh" extract "$f" > "$pred/$n.json" || echo "failed: $f" >&2
done
python3 "$shared/eval/score.py" "$shared/eval/dev/gold" "$pred" "${@:2}"
rm -rf "$pred"
