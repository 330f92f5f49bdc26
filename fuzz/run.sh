#!/usr/bin/env bash
# Runs the fuzz targets one after another, each for SECONDS (default 600),
# starting from the committed seeds in fuzz/seeds/<target>/ and growing the
# working corpus in fuzz/corpus/<target>/ (git-ignored). Crashes land in
# fuzz/artifacts/<target>/; each one found becomes a test in tests/reliability.rs.
#
#   fuzz/run.sh              # all three targets, 10 minutes each
#   fuzz/run.sh 60 graph_json
#
# Needs nightly and cargo-fuzz: `cargo install cargo-fuzz`.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(mine_bytes jsonl_reader graph_json)
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  echo "== $t for ${secs}s ($(date -u +%FT%TZ))"
  # -timeout: an input that takes over 10 s is reported as a hang (the
  # superlinear-time check); -rss_limit_mb: the same for memory.
  cargo +nightly fuzz run "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
done
