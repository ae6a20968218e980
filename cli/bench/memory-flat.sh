#!/usr/bin/env bash
# Shows that memory follows the largest document, not the number of documents: audits a kit of N
# documents and one of 4N (same generator, same mix of formats and sizes) under the same heap
# limit, and prints for each the process's peak resident memory and the largest heap still live
# after a garbage collection (from the GC log). From the repository root:
#
#   cli/bench/memory-flat.sh [N=100] [HEAP=256m] [JOBS=number of processors]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-100}
heap=${2:-256m}
jobs=${3:-$(nproc)}
work=cli/target/bench
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
[ -f cli/target/launchlint.jar ] || mvn -B -q package -DskipTests
mkdir -p "$work"
echo "heap limit -Xmx$heap, $jobs jobs" >&2
for size in "$n" $((4 * n)); do
  kit=$work/kit-$size
  if [ ! -d "$kit" ]; then
    java -Djava.awt.headless=true -cp 'cli/target/lib/*' cli/bench/GenerateKit.java "$kit.tmp" "$size" 1 42
    mv "$kit.tmp" "$kit"
  fi
  rm -f "$work/gc-$size.log"
  LAUNCHLINT_JAVA_OPTS="-Xmx$heap -Xlog:gc:file=$work/gc-$size.log" /usr/bin/time -f "%e %M" -o "$work/mem.out" \
    ./launchlint audit "$kit" --format json -o "$work/report-$size.json" --fail-on never --jobs "$jobs"
  read -r wall rss < "$work/mem.out"
  live=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc-$size.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  gcs=$(grep -c 'Pause' "$work/gc-$size.log" || true)
  largest=$(find "$kit" -type f -printf '%s\n' | sort -n | tail -1)
  printf '%5d documents (%s, largest file %d KB): %6.1f s, max RSS %4d MB, max live heap after GC %4s MB (%d GCs)\n' \
    "$size" "$(du -sh "$kit" | cut -f1)" $((largest / 1024)) "$wall" $((rss / 1024)) "${live:-?}" "$gcs"
done
