#!/usr/bin/env bash
# A batch over many small kits: KITS kits of DOCS documents each (and a quarter as many kits, for
# comparison), under one heap limit. Checks that the summary lists every kit and prints time,
# throughput, peak resident memory and the largest live heap after GC; then reruns the big batch
# to show that unchanged kits are skipped. From the repository root:
#
#   cli/bench/batch-many.sh [KITS=300] [DOCS=3] [HEAP=256m] [JOBS=number of processors]
set -euo pipefail
cd "$(dirname "$0")/../.."
kits=${1:-300}
docs=${2:-3}
heap=${3:-256m}
jobs=${4:-$(nproc)}
work=cli/target/bench
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
[ -f cli/target/launchlint.jar ] || mvn -B -q package -DskipTests
mkdir -p "$work"
run() {  # ROOT OUT LABEL
  rm -f "$work/gc-batch.log"
  LAUNCHLINT_JAVA_OPTS="-Xmx$heap -Xlog:gc:file=$work/gc-batch.log" /usr/bin/time -f "%e %M" -o "$work/batch.out" \
    ./launchlint batch "$1" --out "$2" --jobs "$jobs" --progress none >/dev/null || test $? -eq 1
  read -r wall rss < "$work/batch.out"
  live=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc-batch.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  listed=$(grep -c '"kit" :' "$2/summary.json")
  total=$(find "$1" -type f | wc -l)
  printf '%-8s %4d kits listed in the summary, %5d documents: %6.1f s, %5.1f documents/s, max RSS %4d MB, max live heap %4s MB\n' \
    "$3" "$listed" "$total" "$wall" "$(awk -v n="$total" -v t="$wall" 'BEGIN {print n/t}')" $((rss / 1024)) "${live:-?}"
}
for k in $((kits / 4)) "$kits"; do
  root=$work/batch-$k-$docs
  if [ ! -d "$root" ]; then
    java -Djava.awt.headless=true -cp 'cli/target/lib/*' cli/bench/GenerateKit.java "$root.tmp" $((k * docs)) "$k" 7
    mv "$root.tmp" "$root"
  fi
  rm -rf "$work/batch-out-$k"
  run "$root" "$work/batch-out-$k" "$k kits"
  [ "$(grep -c '"kit" :' "$work/batch-out-$k/summary.json")" -eq "$k" ] || { echo "summary incomplete" >&2; exit 1; }
done
run "$work/batch-$kits-$docs" "$work/batch-out-$kits" "rerun"
