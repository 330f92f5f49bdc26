#!/usr/bin/env python3
"""The map step of quotegraph on Apache Spark: `quotegraph mine --records`
run over a JSON Lines corpus with `RDD.pipe`, one process per partition.

    spark_map.py QUOTEGRAPH CORPUS.jsonl OUTDIR [--partitions N] [--master M]

Each partition's lines (one article each) go to the stdin of
`QUOTEGRAPH mine --records -q -`; the article records it prints become the
output RDD, saved as OUTDIR/part-NNNNN text files. Build the graph from them
with `quotegraph build --quotes OUTDIR/part-* --out GRAPHDIR` (the reduce).

On a cluster, give `--master yarn` (or `spark://HOST:7077`) and make the
quotegraph binary available on every worker at the same path (for example
ship it with `spark-submit --files target/release/quotegraph` and pass
`./quotegraph`), and use an HDFS/S3 path for CORPUS and OUTDIR.
"""

import argparse
import os
import shlex
import sys
import time


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("quotegraph", help="path to the quotegraph binary")
    ap.add_argument("corpus", help="JSON Lines corpus ({\"id\",\"text\",...} per line)")
    ap.add_argument("outdir", help="output folder for the record shards (must not exist)")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--master", default="local[2]")
    a = ap.parse_args()

    from pyspark import SparkConf, SparkContext

    conf = (
        SparkConf()
        .setMaster(a.master)
        .setAppName("quotegraph-mine")
        .set("spark.ui.enabled", "false")
        .set("spark.driver.memory", "1g")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    qg = os.path.abspath(a.quotegraph) if os.path.exists(a.quotegraph) else a.quotegraph
    cmd = f"{shlex.quote(qg)} mine --records -q -"
    t0 = time.time()
    lines = sc.textFile(a.corpus, minPartitions=a.partitions)
    records = lines.pipe(cmd, env={"RAYON_NUM_THREADS": "1"}, checkCode=True)
    records.saveAsTextFile(a.outdir)
    dt = time.time() - t0
    n = len([f for f in os.listdir(a.outdir) if f.startswith("part-")])
    print(f"spark map: {a.corpus} -> {a.outdir} ({n} shards) in {dt:.1f} s "
          f"with master {a.master}", file=sys.stderr)
    sc.stop()


if __name__ == "__main__":
    main()
