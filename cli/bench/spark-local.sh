#!/usr/bin/env bash
# The launchlint Spark job in local mode on this machine, with no Spark installation: Maven fetches
# Spark from Maven Central when it builds (profile spark; nothing is downloaded when it runs), and
# a plain `java -cp` runs the job with master local[CORES]. It writes what
# `launchlint batch ROOT --out OUT` writes, byte for byte, and a rerun skips finished kits.
#
#   cli/bench/spark-local.sh ROOT OUT [CORES=2] [--format html,md,...] [--force] [--max-chars N] ...
#
# ROOT and OUT are taken as given, relative to where you run it: the reports name each kit's
# folder as batch does. Rebuilds when a source is newer than the jar (SPARK_LOCAL_BUILD=always to
# force it). LAUNCHLINT_JAVA_OPTS comes last on the java command line (e.g. -Xmx2g).
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 ROOT OUT [CORES] [options of launchlint-spark]" >&2
  exit 2
fi
root=$1
out=$2
cores=${3:-2}
shift $(($# < 3 ? $# : 3))
repo=$(cd "$(dirname "$0")/../.." && pwd)
jar=$repo/cli/target/launchlint-spark.jar
classpath=$repo/cli/target/spark-classpath.txt
stale() {
  [ ! -f "$jar" ] || [ ! -f "$classpath" ] || [ -n "$(find "$repo/pom.xml" "$repo/core/pom.xml" "$repo/cli/pom.xml" \
    "$repo/core/src/main" "$repo/cli/src/main" "$repo/cli/src/spark/java" -newer "$jar" -print -quit)" ]
}
if [ "${SPARK_LOCAL_BUILD:-auto}" = always ] || stale; then
  (cd "$repo" && mvn -B -q -pl cli -am package -DskipTests -Pspark) >&2
  # Spark's own jars, with Spark's versions, as a distribution's jars/ folder has them.
  version=$(sed -n 's|.*<spark.version>\(.*\)</spark.version>.*|\1|p' "$repo/cli/pom.xml")
  mvn -B -q -f "$repo/cli/bench/spark-runtime/pom.xml" dependency:build-classpath -Dspark.version="$version" \
    -Dmdep.outputFile="$classpath" >&2
fi
# What spark-submit adds on Java 17 (org.apache.spark.launcher.JavaModuleOptions): Spark reaches
# into these JDK internals.
opens="-XX:+IgnoreUnrecognizedVMOptions"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
  java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
opens="$opens -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
# The launcher's JVM settings (README, Batch audits and performance): deep stacks for hostile
# documents, C1 only, the serial collector on a small machine. Spark itself wants a heap of at
# least 450 MB.
# Local mode talks to itself only: bind to the loopback, not the first network interface.
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
# shellcheck disable=SC2086
exec java -Xss8m -Xms64m -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $opens \
  -Dlog4j2.configurationFile="$repo/cli/bench/spark-log4j2.properties" \
  -Dspark.master="local[$cores]" -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 \
  ${LAUNCHLINT_JAVA_OPTS:-} -cp "$jar:$(cat "$classpath")" dev.launchlint.spark.SparkBatchCommand \
  "$root" --out "$out" "$@"
