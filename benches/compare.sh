#!/usr/bin/env bash
# Times quotegraph `mine` and the peer (spaCy + textacy) on the same synthetic
# English documents in one run, and prints bytes/s for each and the ratio.
#   benches/compare.sh [N_ARTICLES (default 400)] [PEER_VENV (default /tmp/peer-venv)]
# The peer is made with ../shared/tools/peer/setup.sh when the venv is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-400}
venv=${2:-/tmp/peer-venv}
peer=/work/shared/tools/peer
[ -d "$peer" ] || peer=../shared/tools/peer
[ -n "${SKIP_BUILD:-}" ] || cargo build --release --quiet   # SKIP_BUILD=1: use the binary as built
qg=./target/release/quotegraph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x "$venv/bin/python" ] || bash "$peer/setup.sh" "$venv" >/dev/null

# The documents: English only (the peer's model is English), one .txt each.
$qg synth --articles "$n" --seed 2024 --vi-share 0 --out "$work/corpus.jsonl"
mkdir -p "$work/txt"
python3 - "$work/corpus.jsonl" "$work/txt" <<'PY'
import json, sys, os
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    with open(os.path.join(sys.argv[2], a["id"] + ".txt"), "w", encoding="utf-8") as f:
        f.write(a["text"])
PY
bytes=$(cat "$work"/txt/*.txt | wc -c)
chars=$(cat "$work"/txt/*.txt | python3 -c 'import sys; print(len(sys.stdin.read()))')
echo "load average before the run: $(cut -d" " -f1-3 /proc/loadavg)"
echo "corpus: $n articles, $bytes bytes, $chars characters ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"

# quotegraph: best of 3 whole runs (process start, reading, mining, JSON out).
time_qg() { # threads
  local best=
  for _ in 1 2 3; do
    local t0 t1 d
    t0=$(date +%s.%N)
    RAYON_NUM_THREADS=$1 $qg mine --quiet "$work/txt" > "$work/qg-$1.jsonl"
    t1=$(date +%s.%N)
    d=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$d < $best" | bc -l)" = 1 ]; then best=$d; fi
  done
  echo "$best"
}
t1=$(time_qg 1)
t2=$(time_qg 2)
q1=$(wc -l < "$work/qg-1.jsonl")

# The peer, one process, batch 32 (its best single-process setting).
"$venv/bin/python" "$peer/peer_textacy.py" --time --batch-size 32 "$work/txt" > "$work/peer.txt" 2>/dev/null
peer_cps=$(grep '^chars_per_s_excl_load:' "$work/peer.txt" | awk '{print $2}')
peer_s=$(grep '^wall_s_excl_load:' "$work/peer.txt" | awk '{print $2}')
peer_q=$(grep '^quotes:' "$work/peer.txt" | awk '{print $2}')
peer_bps=$(echo "$bytes / $peer_s" | bc -l)

bps1=$(echo "$bytes / $t1" | bc -l)
bps2=$(echo "$bytes / $t2" | bc -l)
printf '%-34s %10s %14s %12s %10s\n' tool seconds bytes/s MB/s quotes
printf '%-34s %10.3f %14.0f %12.2f %10s\n' "quotegraph mine, 1 thread" "$t1" "$bps1" "$(echo "$bps1/1000000" | bc -l)" "$q1"
printf '%-34s %10.3f %14.0f %12.2f %10s\n' "quotegraph mine, 2 threads" "$t2" "$bps2" "$(echo "$bps2/1000000" | bc -l)" "$q1"
printf '%-34s %10.3f %14.0f %12.3f %10s\n' "spaCy+textacy, 1 process, b=32" "$peer_s" "$peer_bps" "$(echo "$peer_bps/1000000" | bc -l)" "$peer_q"
echo "peer characters/s (model load excluded): $peer_cps"
printf 'ratio quotegraph 1 thread / peer 1 process (bytes/s): %.1f\n' "$(echo "$bps1 / $peer_bps" | bc -l)"
printf 'scaling quotegraph 2 threads / 1 thread: %.2f\n' "$(echo "$bps2 / $bps1" | bc -l)"
