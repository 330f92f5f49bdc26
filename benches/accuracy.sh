#!/usr/bin/env bash
# Scores quotegraph and the peer (spaCy + textacy) side by side with the
# independent scorer, on the seed articles, the development set and the held-out set.
#   benches/accuracy.sh [PEER_VENV]   (default /tmp/quotegraph-peer-venv; made by ../shared/tools/peer/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${1:-${TMPDIR:-/tmp}/quotegraph-peer-venv}"
shared=../shared
score="python3 $shared/tools/score.py"
cargo build --release --quiet
out=$(mktemp -d)
[ -x "$venv/bin/python" ] || bash "$shared/tools/peer/setup.sh" "$venv" >/dev/null
run() { # name dir gold entities
  local name=$1 dir=$2 gold=$3 ents=$4
  ./target/release/quotegraph build "$dir" --out "$out/qg-$name" --no-render -q
  "$venv/bin/python" "$shared/tools/peer/peer_textacy.py" "$dir" > "$out/peer-$name.jsonl" 2>"$out/peer-$name.err" || true
  local bailed; bailed=$(grep -c '"error"' "$out/peer-$name.err" || true)
  for kind in direct indirect; do
    for who in qg peer; do
      local pred="$out/peer-$name.jsonl"; [ $who = qg ] && pred="$out/qg-$name/quotes.jsonl"
      local lenient strict
      lenient=$($score --gold "$gold" --pred "$pred" --entities "$ents" --kind $kind)
      strict=$($score --gold "$gold" --pred "$pred" --entities "$ents" --kind $kind --strict)
      python3 - "$name" "$kind" "$who" "$lenient" "$strict" "$bailed" <<'PY'
import json, sys
name, kind, who, l, s, bailed = sys.argv[1:]
l, s = json.loads(l), json.loads(s)
tool = "quotegraph" if who == "qg" else f"spaCy+textacy ({bailed} articles bailed out)"
print(f"| {name} | {kind} | {tool} | {l['quote_p']:.3f} | {l['quote_r']:.3f} | {l['quote_f1']:.3f} | {l['attribution_f1']:.3f} | {s['attribution_f1']:.3f} | {s['speaker_acc_on_matched']:.3f} |")
PY
    done
  done
}
echo "| set | kind | tool | quote P | quote R | quote F1 | attribution F1 (any alias) | attribution F1 (canonical) | right canonical speaker on found quotes |"
echo "|---|---|---|---|---|---|---|---|---|"
run seeds data/seeds data/gold/quotes.jsonl data/gold/entities.json
run dev data/dev/articles data/dev/quotes.jsonl data/dev/entities.json
run heldout data/heldout/articles data/heldout/quotes.jsonl data/heldout/entities.json
