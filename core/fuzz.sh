#!/usr/bin/env bash
# Fuzzes launchlint's extraction (bytes -> located units) with Jazzer for 10 minutes (the
# maxDuration of ExtractionFuzzTest#bytesToUnits); CI only replays the committed seeds.
#   core/fuzz.sh
# Builds offline from the reactor root. Coverage guides the fuzzer through launchlint, Tika, POI,
# PDFBox and commonmark. Inputs that widen coverage go to core/.cifuzz-corpus (not committed); a
# failing input is saved beside the committed seeds in
# core/src/test/resources/dev/launchlint/extract/ExtractionFuzzTestInputs/bytesToUnits/, where the
# normal test run (regression mode) replays it until it is fixed. Stop early with Ctrl-C, not
# kill: an interrupted run may save the input it was on as a false crash file.
set -euo pipefail
cd "$(dirname "$0")/.."
includes='dev.launchlint.**:org.apache.tika.**:org.apache.poi.**:org.apache.pdfbox.**:org.commonmark.**'
JAZZER_FUZZ=1 mvn -B -o -pl core -am test \
  -Dtest='ExtractionFuzzTest#bytesToUnits' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.extraArgs="-Djazzer.instrumentation_includes=$includes"
