#!/usr/bin/env bash
# Score khparse with the shared scorer (needs ../shared, which a user's clone does not have).
#   scripts/score.sh dev        the 11 dev documents in ../shared/eval/dev
#   scripts/score.sh corpus4    a set in this repository: corpus4/docs against corpus4/gold
# Extra arguments go to the scorer (e.g. --json). A measuring tool, not a test.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$here/../shared}
kh=${KHPARSE:-$here/.venv/bin/khparse}
set_name=${1:?usage: scripts/score.sh dev|corpus|corpus2|corpus3|corpus4 [--json]}
shift
if [ "$set_name" = dev ]; then
  docs=$shared/eval/dev/docs; gold=$shared/eval/dev/gold
else
  docs=$here/$set_name/docs; gold=$here/$set_name/gold
fi
pred=$(mktemp -d)
trap 'rm -rf "$pred"' EXIT
for f in "$docs"/*; do
  "$kh" extract "$f" > "$pred/$(basename "${f%.*}").json" || echo "failed: $f" >&2
done
python3 "$shared/eval/score.py" "$gold" "$pred" "$@"
