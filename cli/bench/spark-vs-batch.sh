#!/usr/bin/env bash
# The Spark job in local mode against `launchlint batch` on the same kits and cores: KITS kits of
# DOCS documents each (the shapes of batch-many.sh, same generator and seed). Prints for each the
# time, throughput in all and per core, peak resident memory and the largest live heap after a
# collection; the Spark job once more on an empty root, for what Spark itself costs to start, stop
# and hold; and checks that both wrote the same files byte for byte. From the repository root:
#
#   cli/bench/spark-vs-batch.sh [KITS=300] [DOCS=3] [CORES=2] [BATCH_HEAP=256m] [SPARK_HEAP=1g]
set -euo pipefail
cd "$(dirname "$0")/../.."
kits=${1:-300}
docs=${2:-3}
cores=${3:-2}
batch_heap=${4:-256m}
spark_heap=${5:-1g}
work=cli/target/bench
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
[ -f cli/target/launchlint.jar ] || mvn -B -q package -DskipTests
mkdir -p "$work" "$work/empty-root"
root=$work/batch-$kits-$docs
if [ ! -d "$root" ]; then
  java -Djava.awt.headless=true -cp 'cli/target/lib/*' cli/bench/GenerateKit.java "$root.tmp" $((kits * docs)) "$kits" 7
  mv "$root.tmp" "$root"
fi
total=$(find "$root" -type f | wc -l)
report() {  # LABEL GCLOG KITS DOCS
  read -r wall rss < "$work/time.out"
  live=$(grep -o '[0-9]*M->[0-9]*M' "$2" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  printf '%-14s %4d kits, %4d documents: %6.1f s, %5.2f documents/s (%5.2f per core), %5.2f kits/s per core, max RSS %4d MB, max live heap %4s MB\n' \
    "$1" "$3" "$4" "$wall" "$(awk -v n="$4" -v t="$wall" 'BEGIN {print n/t}')" \
    "$(awk -v n="$4" -v t="$wall" -v c="$cores" 'BEGIN {print n/t/c}')" \
    "$(awk -v n="$3" -v t="$wall" -v c="$cores" 'BEGIN {print n/t/c}')" $((rss / 1024)) "${live:-?}"
}
# Built before anything is timed.
cli/bench/spark-local.sh "$work/empty-root" "$work/spark-out-empty" "$cores" >/dev/null 2>&1

rm -rf "$work/batch-out" "$work/spark-out" "$work/spark-out-empty"
LAUNCHLINT_JAVA_OPTS="-Xmx$batch_heap -Xlog:gc:file=$work/gc-batch.log" /usr/bin/time -f "%e %M" -o "$work/time.out" \
  ./launchlint batch "$root" --out "$work/batch-out" --jobs "$cores" --progress none >/dev/null || test $? -eq 1
report "batch" "$work/gc-batch.log" "$kits" "$total"

LAUNCHLINT_JAVA_OPTS="-Xmx$spark_heap -Xlog:gc:file=$work/gc-spark.log" /usr/bin/time -f "%e %M" -o "$work/time.out" \
  cli/bench/spark-local.sh "$root" "$work/spark-out" "$cores" >/dev/null
report "spark local[$cores]" "$work/gc-spark.log" "$kits" "$total"

LAUNCHLINT_JAVA_OPTS="-Xmx$spark_heap -Xlog:gc:file=$work/gc-spark-empty.log" /usr/bin/time -f "%e %M" -o "$work/time.out" \
  cli/bench/spark-local.sh "$work/empty-root" "$work/spark-out-empty" "$cores" >/dev/null
read -r wall rss < "$work/time.out"
live=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc-spark-empty.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
printf '%-14s no kits: %.1f s to start and stop, max RSS %d MB, max live heap %s MB\n' "spark alone" "$wall" \
  $((rss / 1024)) "${live:-?}"

diff -r "$work/batch-out" "$work/spark-out" >/dev/null \
  && echo "same files, byte for byte: $(find "$work/spark-out" -type f | wc -l)" \
  || { echo "the Spark job's files differ from batch's" >&2; exit 1; }
