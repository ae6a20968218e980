#!/usr/bin/env bash
# Times `launchlint audit` on a large generated kit against Apache Tika alone extracting the same
# files, alternating the runs, and prints the ratio. From the repository root:
#
#   cli/bench/audit-vs-tika.sh [DOCUMENTS=400] [RUNS=5] [JOBS=number of processors]
#
# With BENCH_KITS=N it times `launchlint batch` instead, over a root of N kits made of copies of the
# labelled corpus kits (corpus/kits: real launch material in every format), against Tika alone
# over the same files; DOCUMENTS is then ignored.
#
# Three contenders, each a whole process with the same JVM flags ($BENCH_JAVA_OPTS) and the same
# number of threads, over the same files, with the file cache warm:
#   launchlint  ./launchlint audit KIT --format json -o FILE   (discover, extract, analyze, compare, score, report)
#   tika        the same Tika version and parsers launchlint ships, extracting every file's text in
#               one JVM on JOBS threads (cli/bench/TikaAlone.java): the strictest baseline
#   tika_c1     the same, with the JIT setting the ./launchlint launcher uses (-XX:TieredStopAtLevel=1):
#               what launchlint's own pipeline costs over extraction, its JVM choice taken out
#   tika-app    Apache tika-app from Maven Central in batch mode (-t -i KIT -o DIR -numConsumers
#               JOBS), which forks a watchdog-supervised child JVM
# The ratio that the 1.5x target refers to is launchlint / tika; launchlint / tika_c1 is printed too.
set -euo pipefail
cd "$(dirname "$0")/../.."

documents=${1:-400}
runs=${2:-5}
jobs=${3:-$(nproc)}
java_opts=${BENCH_JAVA_OPTS:--Xmx1g}
tika_app_versions=${TIKA_APP_VERSIONS:-"3.3.1 3.2.2"}
work=cli/target/bench
kit=$work/kit-$documents

command -v java >/dev/null || { echo "needs java 17+" >&2; exit 2; }
command -v mvn >/dev/null || { echo "needs maven" >&2; exit 2; }
if [ ! -x /usr/bin/time ] && command -v apt-get >/dev/null; then
  (apt-get install -y -q time >/dev/null 2>&1 || sudo apt-get install -y -q time >/dev/null 2>&1) || true
fi

if [ ! -f cli/target/launchlint.jar ]; then
  echo "building launchlint ..." >&2
  mvn -B -q package -DskipTests
fi
mkdir -p "$work/classes"

# tika-app: the version launchlint uses when Central has it, else the newest one listed above.
tika_app=""
for v in $tika_app_versions; do
  if [ -f "$work/tika-app-$v.jar" ] || mvn -B -q dependency:copy -Dartifact="org.apache.tika:tika-app:$v" \
      -DoutputDirectory="$work" >/dev/null 2>&1; then
    tika_app="$work/tika-app-$v.jar"
    break
  fi
done
[ -n "$tika_app" ] || echo "tika-app not available from Maven Central; comparing with in-process Tika only" >&2

if [ ! -f "$work/classes/TikaAlone.class" ] || [ cli/bench/TikaAlone.java -nt "$work/classes/TikaAlone.class" ]; then
  javac -nowarn -cp 'cli/target/lib/*' -d "$work/classes" cli/bench/TikaAlone.java
fi
if [ -n "${BENCH_KITS:-}" ]; then
  kit=$work/corpus-x$BENCH_KITS
  if [ ! -d "$kit" ]; then
    mkdir -p "$kit.tmp"
    i=0
    while [ "$i" -lt "$BENCH_KITS" ]; do
      for k in corpus/kits/*/; do
        [ "$i" -lt "$BENCH_KITS" ] || break
        cp -r "$k" "$kit.tmp/$(basename "$k")-$i"
        rm -f "$kit.tmp/$(basename "$k")-$i/expected.json"
        i=$((i + 1))
      done
    done
    mv "$kit.tmp" "$kit"
  fi
  documents=$(find "$kit" -type f | wc -l)
elif [ ! -d "$kit" ]; then
  echo "generating a kit of $documents documents in $kit ..." >&2
  java -Djava.awt.headless=true -cp 'cli/target/lib/*' cli/bench/GenerateKit.java "$kit.tmp" "$documents" 1 42
  mv "$kit.tmp" "$kit"
fi
find "$kit" -type f -exec cat {} + >/dev/null   # warm the file cache

# One run: prints "wallSeconds maxRssKB cpuSeconds" (CPU = user + system, of the process and its children).
measure() {
  local start end
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %M %U %S" -o "$work/time.out" bash -c "$1" >/dev/null 2>"$work/last.err" || { cat "$work/last.err" >&2; return 1; }
    awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$work/time.out"
  else
    start=$(date +%s%N)
    bash -c "$1" >/dev/null 2>"$work/last.err" || { cat "$work/last.err" >&2; return 1; }
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000000 ))e-3 0 0"
  fi
}

launchlint_cmd=${LAUNCHLINT:-./launchlint}   # another build can be timed with LAUNCHLINT=path/to/launchlint
run_launchlint() {
  if [ -n "${BENCH_KITS:-}" ]; then
    LAUNCHLINT_JAVA_OPTS="$java_opts" $launchlint_cmd batch "$kit" --out "$work/batch-out" --force --jobs "$jobs" --progress none
  else
    LAUNCHLINT_JAVA_OPTS="$java_opts" $launchlint_cmd audit "$kit" --format json -o "$work/report.json" --fail-on never --jobs "$jobs"
  fi
}
run_tika() {
  # shellcheck disable=SC2086
  java -Xss8m $java_opts -cp "$work/classes:cli/target/lib/*" TikaAlone "$kit" "$jobs"
}
run_tika_c1() {
  # shellcheck disable=SC2086
  java -Xss8m -XX:TieredStopAtLevel=1 $java_opts -cp "$work/classes:cli/target/lib/*" TikaAlone "$kit" "$jobs"
}
run_tika_app() {
  rm -rf "$work/tika-out"
  local child="" o
  for o in $java_opts; do child="$child -J${o#-}"; done   # tika-app passes -JXmx1g to its child JVM as -Xmx1g
  # shellcheck disable=SC2086
  java -Xss8m $java_opts -jar "$tika_app" -t -numConsumers "$jobs" -JXss8m $child \
    -i "$kit" -o "$work/tika-out"
}

export kit work jobs java_opts tika_app BENCH_KITS launchlint_cmd
export -f run_launchlint run_tika run_tika_c1 run_tika_app
contenders="launchlint tika tika_c1"
[ -n "$tika_app" ] && contenders="$contenders tika_app"
: > "$work/results.txt"
echo "kit: $documents documents ($(du -sh "$kit" | cut -f1)), $runs alternating runs, $jobs threads, JVM flags: $java_opts" >&2
for c in $contenders; do measure "run_$c" >/dev/null; done   # warm-up, not counted
# Each contender must have read every file, or its time means nothing.
if [ -n "${BENCH_KITS:-}" ]; then
  got=$(cat "$work"/batch-out/kits/*/report.json | grep -c '"path"')
else
  got=$(grep -c '"path"' "$work/report.json")
fi
configs=$(find "$kit" -name launchlint.yml | wc -l)   # a kit's configuration is not one of its documents
[ "$got" -ge $((documents - configs)) ] || { echo "launchlint reported $got of $documents files" >&2; exit 1; }
if [ -n "$tika_app" ]; then
  got=$(find "$work/tika-out" -type f | wc -l)
  [ "$got" -eq "$documents" ] || { echo "tika-app wrote $got of $documents texts; see $work/last.err" >&2; exit 1; }
fi
for r in $(seq "$runs"); do
  for c in $contenders; do
    m=$(measure "run_$c")
    echo "$c $m" >> "$work/results.txt"
    read -r wall rss cpu <<< "$m"
    echo "run $r  $c: $wall s wall, $cpu s CPU, max RSS $rss KB" >&2
  done
done

median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
for c in $contenders; do
  t=$(awk -v c="$c" '$1==c {print $2}' "$work/results.txt" | median)
  m=$(awk -v c="$c" '$1==c {print $3}' "$work/results.txt" | median)
  u=$(awk -v c="$c" '$1==c {print $4}' "$work/results.txt" | median)
  eval "t_$c=$t; u_$c=$u"
  printf '%-11s median %7.2f s wall  %7.2f s CPU  %6.1f documents/s  max RSS %5d MB\n' "$c" "$t" "$u" \
    "$(awk -v n="$documents" -v t="$t" 'BEGIN {print n/t}')" "$(( ${m%.*} / 1024 ))"
done
ratio() { awk -v a="$2" -v b="$3" -v c="$4" -v d="$5" -v what="$1" \
  'BEGIN {printf "ratio launchlint / %s: %.2fx wall, %.2fx CPU\n", what, a/b, (d > 0 ? c/d : 0)}'; }
ratio "tika (same Tika, in-process, default JVM; target <= 1.5x)" "$t_launchlint" "$t_tika" "$u_launchlint" "$u_tika"
ratio "tika_c1 (the same with launchlint's JIT setting)" "$t_launchlint" "$t_tika_c1" "$u_launchlint" "$u_tika_c1"
if [ -n "$tika_app" ]; then
  ratio "$(basename "$tika_app" .jar) batch mode" "$t_launchlint" "$t_tika_app" "$u_launchlint" "$u_tika_app"
fi
