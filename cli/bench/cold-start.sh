#!/usr/bin/env bash
# Cold start of ./launchlint: `--help` and a small audit (one document of each format), with and
# without the class-data sharing archive the launcher keeps in cli/target/launchlint.jsa.
# Alternating runs; prints medians of wall and CPU time. From the repository root:
#
#   cli/bench/cold-start.sh [RUNS=10]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
work=cli/target/bench
kit=$work/small-kit
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
[ -f cli/target/launchlint.jar ] || mvn -B -q package -DskipTests
mkdir -p "$work"
if [ ! -d "$kit" ]; then
  java -Djava.awt.headless=true -cp 'cli/target/lib/*' cli/bench/GenerateKit.java "$kit.tmp" 7 1 7
  mv "$kit.tmp" "$kit"
fi
# The archive as a user gets it: recorded by the launcher (on the sample kit) before the first audit
# after the build.
rm -f cli/target/launchlint.jsa
./launchlint audit "$kit" --format json -o "$work/small.json" --fail-on never
[ -f cli/target/launchlint.jsa ] || { echo "the launcher made no archive" >&2; exit 1; }

: > "$work/cold.txt"
for r in $(seq "$runs"); do
  for cds in off on; do
    /usr/bin/time -f "help-$cds %e %U %S" -a -o "$work/cold.txt" env LAUNCHLINT_CDS=$cds ./launchlint --help >/dev/null
    /usr/bin/time -f "audit-$cds %e %U %S" -a -o "$work/cold.txt" env LAUNCHLINT_CDS=$cds \
      ./launchlint audit "$kit" --format json -o "$work/small.json" --fail-on never
  done
done
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
for what in help audit; do
  for cds in off on; do
    w=$(awk -v k="$what-$cds" '$1==k {print $2}' "$work/cold.txt" | median)
    c=$(awk -v k="$what-$cds" '$1==k {print $3 + $4}' "$work/cold.txt" | median)
    printf '%-6s CDS %-3s  median %5.2f s wall  %5.2f s CPU\n' "$what" "$cds" "$w" "$c"
  done
done
