#!/usr/bin/env bash
# The map/reduce split on a real engine: mine a synthetic corpus through
# Apache Spark in local mode (RDD.pipe -> `quotegraph mine --records`), build
# the graph from the record shards (`build --quotes`), and check that every
# output file is byte-identical to one `build` over the whole corpus.
#
#   benches/spark.sh [ARTICLES] [PARTITIONS]      (defaults 2000, 4)
#
# Needs Java 17+ and pyspark; set SPARK_PYTHON to a python that has pyspark,
# otherwise a venv is made in ${SPARK_VENV:-/tmp/spark-venv} (pip install pyspark).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
parts=${2:-4}
py=${SPARK_PYTHON:-}
if [ -z "$py" ]; then
  venv=${SPARK_VENV:-/tmp/spark-venv}
  if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
    echo "== installing pyspark into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet pyspark
  fi
  py="$venv/bin/python"
fi
command -v java >/dev/null || { echo "spark.sh: java not found (install openjdk-17-jre-headless)" >&2; exit 2; }

cargo build --release --quiet
qg=./target/release/quotegraph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$qg synth --articles "$n" --seed 11 > "$work/corpus.jsonl"
echo "== corpus: $n articles, $(wc -c < "$work/corpus.jsonl") bytes"

echo "== map on Spark (local[2], $parts partitions)"
start=$(date +%s.%N)
"$py" benches/spark_map.py "$qg" "$work/corpus.jsonl" "$work/shards" --partitions "$parts"
echo "   $(ls "$work"/shards/part-* | wc -l) shards, $(cat "$work"/shards/part-* | wc -l) records, $(echo "$(date +%s.%N) - $start" | bc) s"

echo "== reduce: build --quotes"
$qg build -q --no-render --quotes "$work"/shards/part-* --out "$work/from_spark"
echo "== reference: build over the whole corpus"
$qg build -q --no-render "$work/corpus.jsonl" --out "$work/whole"

status=0
for f in $(cd "$work/whole" && ls); do
  if cmp -s "$work/whole/$f" "$work/from_spark/$f"; then
    echo "   identical: $f"
  else
    echo "   DIFFERENT: $f"; status=1
  fi
done
[ "$status" = 0 ] && echo "== Spark map + build --quotes == build: byte-identical" || echo "== outputs differ"
exit $status
