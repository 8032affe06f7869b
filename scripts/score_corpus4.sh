#!/usr/bin/env bash
# Score khparse on the blind corpus4/ (gold written without running khparse; for measuring only, not tuning).
#   scripts/score_corpus.sh [--json]   (needs the shared scorer in ../shared)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$here/../shared}
kh=${KHPARSE:-$here/.venv/bin/khparse}
pred=$(mktemp -d)
for f in "$here"/corpus4/docs/*; do
  n=$(basename "${f%.*}")
  "$kh" extract "$f" > "$pred/$n.json" || echo "failed: $f" >&2
done
python3 "$shared/eval/score.py" "$here/corpus4/gold" "$pred" "$@"
rm -rf "$pred"
