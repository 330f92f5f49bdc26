#!/usr/bin/env bash
# Scaling run: `quotegraph build --no-render` over synthetic corpora of
# growing size; wall time, CPU time (user and system) and peak RSS (GNU time)
# go to a CSV, and a plot of time and memory against corpus size to
# docs/scale.png.
#   benches/scale.sh [SIZES...]          (default: 10000 100000 1000000)
# Env: OUT (CSV, default docs/scale.csv), WORK (scratch dir, default a temp
# dir), SKIP_BUILD=1 to use the binary as built, PLOT_ONLY=1 to only replot.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
csv=${OUT:-docs/scale.csv}
work=${WORK:-$(mktemp -d)}
qg=./target/release/quotegraph
[ -x /usr/bin/time ] || { apt-get install -y time >/dev/null; }
if [ -z "${PLOT_ONLY:-}" ]; then
  [ -n "${SKIP_BUILD:-}" ] || cargo build --release --quiet
  [ -f "$csv" ] || echo "articles,bytes,wall_s,user_s,sys_s,peak_rss_mb,exit,threads,date" > "$csv"
  for n in "${sizes[@]}"; do
    corpus="$work/synth-$n.jsonl"
    # Generated to a pipe: the generator streams, memory stays flat.
    [ -s "$corpus" ] || $qg synth --articles "$n" --seed 1 --vi-share 0.2 > "$corpus"
    bytes=$(stat -L -c %s "$corpus")
    rm -rf "$work/out-$n"; mkdir -p "$work/out-$n"
    set +e
    /usr/bin/time -v -o "$work/time-$n.txt" $qg build "$corpus" --out "$work/out-$n" --no-render --quiet
    rc=$?
    set -e
    wall=$(grep 'Elapsed (wall clock)' "$work/time-$n.txt" | awk '{print $NF}' |
      awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    user=$(grep 'User time (seconds)' "$work/time-$n.txt" | awk '{print $NF}')
    sys=$(grep 'System time (seconds)' "$work/time-$n.txt" | awk '{print $NF}')
    rss=$(grep 'Maximum resident set size' "$work/time-$n.txt" | awk '{printf "%.1f", $NF/1024}')
    echo "$n,$bytes,$wall,$user,$sys,$rss,$rc,$(nproc),$(date -u +%Y-%m-%dT%H:%M:%SZ)" | tee -a "$csv"
    rm -rf "$work/out-$n"
  done
fi

# Plot: matplotlib (installed into a small venv if needed), else gnuplot.
png=docs/scale.png
venv=${PLOT_VENV:-/tmp/quotegraph-plot-venv}
if ! python3 -c 'import matplotlib' 2>/dev/null && [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" && "$venv/bin/pip" install --quiet matplotlib || true
fi
py=python3; python3 -c 'import matplotlib' 2>/dev/null || py="$venv/bin/python"
if "$py" -c 'import matplotlib' 2>/dev/null; then
  "$py" - "$csv" "$png" <<'PY'
import csv, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
rows = [r for r in csv.DictReader(open(sys.argv[1])) if r["exit"] in ("0", "2")]
killed = [r for r in csv.DictReader(open(sys.argv[1])) if r["exit"] not in ("0", "2")]
best = {}
for r in rows:  # latest measurement per size
    best[int(r["articles"])] = r
xs = sorted(best)
t = [float(best[x]["wall_s"]) for x in xs]
m = [float(best[x]["peak_rss_mb"]) for x in xs]
fig, ax = plt.subplots(figsize=(7, 4.2))
ax.plot(xs, t, "o-", color="tab:blue", label="wall time (s)")
ax.set_xscale("log"); ax.set_yscale("log")
ax.set_xlabel("synthetic articles (about 3.2 KB each)")
ax.set_ylabel("wall time, s", color="tab:blue")
for x, y in zip(xs, t):
    ax.annotate(f"{y:.0f} s", (x, y), textcoords="offset points", xytext=(4, 6), fontsize=8, color="tab:blue")
ax2 = ax.twinx(); ax2.set_yscale("log")
ax2.plot(xs, m, "s--", color="tab:red", label="peak RSS (MB)")
ax2.set_ylabel("peak RSS, MB", color="tab:red")
for x, y in zip(xs, m):
    ax2.annotate(f"{y:.0f} MB", (x, y), textcoords="offset points", xytext=(4, -12), fontsize=8, color="tab:red")
for r in killed:  # stopped runs: lower bounds
    ax.plot([int(r["articles"])], [float(r["wall_s"])], "^", color="tab:blue", mfc="none")
    ax.annotate(f"stopped after {float(r['wall_s']):.0f} s", (int(r["articles"]), float(r["wall_s"])), textcoords="offset points", xytext=(-60, 8), fontsize=8, color="tab:blue")
ax.set_title("quotegraph build --no-render: time and memory vs corpus size (measured)")
fig.tight_layout(); fig.savefig(sys.argv[2], dpi=110)
print("wrote", sys.argv[2])
PY
elif command -v gnuplot >/dev/null; then
  gnuplot <<GP
set terminal pngcairo size 800,480
set output "$png"
set datafile separator ","
set logscale xy
set xlabel "synthetic articles"
set ylabel "wall time, s"
set y2label "peak RSS, MB"
set y2tics
set logscale y2
plot "$csv" every ::1 using 1:3 with linespoints title "wall time (s)", "" every ::1 using 1:6 axes x1y2 with linespoints title "peak RSS (MB)"
GP
else
  echo "no matplotlib or gnuplot: CSV only ($csv)" >&2
fi
