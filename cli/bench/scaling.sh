#!/usr/bin/env bash
# How launchlint's cost grows with the size of a kit: audits generated kits of 100, 400, 2,000 and
# 10,000 documents and runs Apache Tika alone on the same files, then prints wall time, CPU time and
# peak RSS per size and the ratio, writes them to a CSV and draws them as an SVG chart. From the
# repository root:
#
#   cli/bench/scaling.sh [SIZES="100 400 2000 10000"] [RUNS=1] [JOBS=number of processors]
#   cli/bench/scaling.sh --chart      # only redraw the chart from the CSV
#
# launchlint runs as a user runs it: ./launchlint with the launcher's defaults (its bounded heap
# and collector; set LAUNCHLINT_JAVA_OPTS to try others). Tika alone is cli/bench/TikaAlone.java:
# the same Tika version and parsers extracting every file's text on JOBS threads, with the JVM's
# default JIT and $BENCH_TIKA_OPTS (default -Xss8m -Xmx1g), the strictest baseline of
# cli/bench/audit-vs-tika.sh. Kits are made by cli/bench/GenerateKit.java (seed 42) under
# cli/target/bench/kit-N and reused. With RUNS > 1 the runs alternate and the medians are kept.
#
# Output: docs/scaling.csv and docs/scaling.svg (or $BENCH_OUT/), shown in the README.
# The 10,000-document kit takes a few minutes per run on two cores; run it with nohup.
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=${1:-"100 400 2000 10000"}
runs=${2:-1}
jobs=${3:-$(nproc)}
tika_opts=${BENCH_TIKA_OPTS:--Xss8m -Xmx1g}
out=${BENCH_OUT:-docs}
work=cli/target/bench
launchlint_cmd=${LAUNCHLINT:-./launchlint}   # another build can be timed with LAUNCHLINT=path/to/launchlint

command -v java >/dev/null || { echo "needs java 17+" >&2; exit 2; }
command -v python3 >/dev/null || { echo "needs python3 (for the chart)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time; apt-get install time)" >&2; exit 2; }
if [ ! -f cli/target/launchlint.jar ]; then
  echo "building launchlint ..." >&2
  mvn -B -q package -DskipTests
fi
mkdir -p "$work/classes" "$out"
if [ ! -f "$work/classes/TikaAlone.class" ] || [ cli/bench/TikaAlone.java -nt "$work/classes/TikaAlone.class" ]; then
  javac -nowarn -cp 'cli/target/lib/*' -d "$work/classes" cli/bench/TikaAlone.java
fi

# One run of a command: "wallSeconds cpuSeconds maxRssKB" (CPU = user + system).
measure() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.out" bash -c "$1" >/dev/null 2>"$work/last.err" \
    || { cat "$work/last.err" >&2; return 1; }
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$work/time.out"
}
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

csv="$out/scaling.csv"
if [ "$sizes" != --chart ]; then
echo "documents,launchlint_wall_s,launchlint_cpu_s,launchlint_rss_mb,tika_wall_s,tika_cpu_s,tika_rss_mb,ratio_wall,ratio_cpu" > "$csv.tmp"
printf '%9s  %22s  %22s  %12s\n' documents "launchlint wall/CPU/RSS" "tika wall/CPU/RSS" "ratio wall" >&2
for n in $sizes; do
  kit=$work/kit-$n
  if [ ! -d "$kit" ]; then
    echo "generating a kit of $n documents in $kit ..." >&2
    rm -rf "$kit.tmp"
    java -Djava.awt.headless=true -cp 'cli/target/lib/*' cli/bench/GenerateKit.java "$kit.tmp" "$n" 1 42
    mv "$kit.tmp" "$kit"
  fi
  find "$kit" -type f -exec cat {} + >/dev/null   # warm the file cache
  : > "$work/scaling-$n.txt"
  for r in $(seq "$runs"); do
    echo "$(measure "$launchlint_cmd audit '$kit' --format json -o '$work/scaling-$n.json' --fail-on never --jobs $jobs --progress none") launchlint" >> "$work/scaling-$n.txt"
    got=$(grep -c '"path"' "$work/scaling-$n.json")
    [ "$got" -ge "$n" ] || { echo "launchlint reported $got of $n files" >&2; exit 1; }
    # shellcheck disable=SC2086
    echo "$(measure "java $tika_opts -cp '$work/classes:cli/target/lib/*' TikaAlone '$kit' $jobs > '$work/tika-$n.out'") tika" >> "$work/scaling-$n.txt"
    # Tika alone walks the kit without following links: it must have read every file too.
    got=$(awk '{print $1}' "$work/tika-$n.out")
    [ "$got" -ge "$n" ] || { echo "Tika alone read $got of $n files (is $kit a link?)" >&2; exit 1; }
  done
  row="$n"
  for c in launchlint tika; do
    for col in 1 2 3; do
      v=$(awk -v c="$c" -v k="$col" '$4==c {print $k}' "$work/scaling-$n.txt" | median)
      if [ "$col" -eq 3 ]; then v=$(( ${v%.*} / 1024 )); fi
      row="$row,$v"
    done
  done
  row=$(echo "$row" | awk -F, '{printf "%s,%.2f,%.2f\n", $0, $2/$5, $3/$6}')
  echo "$row" >> "$csv.tmp"
  echo "$row" | awk -F, '{printf "%9d  %7.1fs %7.1fs %5d MB  %7.1fs %7.1fs %5d MB  %8.2fx (CPU %.2fx)\n", $1, $2, $3, $4, $5, $6, $7, $8, $9}' >&2
done
mv "$csv.tmp" "$csv"
fi

# The chart: wall time and peak RSS against documents, launchlint and Tika alone, linear axes so
# that a straight line means a cost proportional to the kit.
python3 - "$csv" "$out/scaling.svg" "$(nproc)" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
docs = [int(r["documents"]) for r in rows]
W, H, M = 360, 260, 52  # one panel; margins
def panel(x0, title, unit, series):
    top = max(max(v) for _, _, v in series) * 1.1 or 1
    right = max(docs) * 1.05
    px = lambda d: x0 + M + (W - M - 14) * d / right
    py = lambda v: 30 + (H - 30 - M) * (1 - v / top)
    out = [f'<text x="{x0 + W / 2}" y="18" text-anchor="middle" font-weight="bold">{title}</text>',
           f'<line x1="{px(0)}" y1="{py(0)}" x2="{px(right)}" y2="{py(0)}" stroke="#444"/>',
           f'<line x1="{px(0)}" y1="{py(0)}" x2="{px(0)}" y2="{py(top)}" stroke="#444"/>']
    for i in range(5):
        v = top * i / 4
        out.append(f'<text x="{px(0) - 4}" y="{py(v) + 4}" text-anchor="end">{v:.0f}</text>')
        out.append(f'<line x1="{px(0)}" y1="{py(v)}" x2="{px(right)}" y2="{py(v)}" stroke="#ddd"/>')
    for d in docs:
        out.append(f'<text x="{px(d)}" y="{py(0) + 16}" text-anchor="middle">{d:,}</text>')
    out.append(f'<text x="{x0 + W / 2}" y="{H - 8}" text-anchor="middle">documents in the kit</text>')
    out.append(f'<text x="{x0 + 12}" y="{py(top / 2)}" transform="rotate(-90 {x0 + 12} {py(top / 2)})" text-anchor="middle">{unit}</text>')
    for name, colour, values in series:
        pts = " ".join(f"{px(d):.1f},{py(v):.1f}" for d, v in zip(docs, values))
        out.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for d, v in zip(docs, values):
            out.append(f'<circle cx="{px(d):.1f}" cy="{py(v):.1f}" r="3" fill="{colour}"/>')
    return out
f = lambda k: [float(r[k]) for r in rows]
parts = panel(0, "Wall time", "seconds", [("launchlint audit", "#c0392b", f("launchlint_wall_s")), ("Tika alone", "#2471a3", f("tika_wall_s"))])
parts += panel(W + 20, "Peak RSS", "MB", [("launchlint audit", "#c0392b", f("launchlint_rss_mb")), ("Tika alone", "#2471a3", f("tika_rss_mb"))])
ratios = ", ".join(f'{int(r["documents"]):,}: {float(r["ratio_wall"]):.2f}x' for r in rows)
legend = [f'<rect x="{M}" y="{H + 6}" width="12" height="3" fill="#c0392b"/><text x="{M + 16}" y="{H + 11}">launchlint audit (launcher defaults)</text>',
          f'<rect x="{M + 230}" y="{H + 6}" width="12" height="3" fill="#2471a3"/><text x="{M + 246}" y="{H + 11}">Tika alone, same files</text>',
          f'<text x="{M}" y="{H + 30}">launchlint / Tika, wall: {ratios} ({sys.argv[3]} cores)</text>']
width, height = 2 * W + 20, H + 40
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">',
       f'<rect width="{width}" height="{height}" fill="white"/>'] + parts + legend + ["</svg>"]
open(sys.argv[2], "w").write("\n".join(svg) + "\n")
PY
echo "wrote $csv and $out/scaling.svg" >&2
