#!/usr/bin/env bash
# Runs the fuzz targets one after another, each for SECONDS (default 600),
# starting from the committed seeds in fuzz/seeds/<target>/ and growing the
# working corpus in fuzz/corpus/<target>/ (git-ignored). Crashes land in
# fuzz/artifacts/<target>/; each one found becomes a fixture in
# tests/fixtures/bad/ and a test in tests/reliability.rs.
#
#   fuzz/run.sh              # all three targets, 10 minutes each
#   fuzz/run.sh 60 graph_json
#
# Needs nightly and cargo-fuzz (`cargo install cargo-fuzz`).
#
# -fork=1 -ignore_crashes=1: one worker process (the machine this was set up
# on has 2 cores), restarted after a crash so that one known bug does not end
# the run; every crash is still saved. -timeout=10: an input that takes over
# 10 s counts as a hang (the superlinear-time check). --sanitizer none: the
# crate has no `unsafe`, and without ASan the miner runs about 3x faster;
# debug assertions (overflow checks) stay on.
set -uo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(mine_bytes jsonl_reader graph_json)
status=0
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  echo "== $t for ${secs}s (start $(date -u +%FT%TZ); $(nproc) cores, $(uname -m))"
  cargo +nightly fuzz run --sanitizer none "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -print_final_stats=1 || status=1
  echo "== $t done (end $(date -u +%FT%TZ)); artifacts: $(ls "artifacts/$t" | wc -l)"
done
exit $status
