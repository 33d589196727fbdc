#!/usr/bin/env bash
# JMH microbenchmarks of the per-article inner loops: tokenising, extraction (with and without the
# entity model) and article page rendering. What each measures: bench/JMH.md.
#
#   bench/jmh.sh                            every benchmark with the settings in its class (a few minutes)
#   bench/jmh.sh -f 1 -wi 2 -i 3 Tokenise   any JMH options, then a regex of benchmarks to run
#   bench/jmh.sh -h                         JMH's own options (-l lists the benchmarks, -prof gc ...)
#   BUILD_DIR=/tmp/b bench/jmh.sh           where Maven builds, passed on as -Dbuild.dir (default target)
#   JAVA_OPTS="-Xmx2g" bench/jmh.sh         options of the JVM that runs JMH; its forks inherit them
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
BUILD_DIR=${BUILD_DIR:-target}
case $BUILD_DIR in /*) ;; *) BUILD_DIR=$REPO/$BUILD_DIR ;; esac
JAVA_OPTS=${JAVA_OPTS:-}

# the benchmarks are test classes: JMH's annotation processor writes their harness and
# META-INF/BenchmarkList as they compile, and the test classpath has jmh-core
# (quiet Maven still prints colour resets; its output is shown only when it fails)
echo "bench/jmh.sh: compiling the benchmarks (mvn test-compile, build dir $BUILD_DIR)" >&2
if ! log=$(mvn -q -B -ntp -DskipTests -Dbuild.dir="$BUILD_DIR" test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$BUILD_DIR/jmh.classpath" 2>&1); then
  printf '%s\n' "$log" >&2
  exit 1
fi
if [ ! -s "$BUILD_DIR/test-classes/META-INF/BenchmarkList" ]; then
  echo "bench/jmh.sh: no $BUILD_DIR/test-classes/META-INF/BenchmarkList: JMH's annotation processor did not run" >&2
  exit 1
fi

# the 20 generated articles the benchmarks read besides articles/ (BenchCorpus); made once, the same every time
CORPUS=$BUILD_DIR/jmh-corpus
if [ ! -d "$CORPUS" ]; then
  rm -rf "$CORPUS.partial"
  java bench/GenerateCorpus.java --count 20 --seed 42 --out "$CORPUS.partial" >/dev/null
  mv "$CORPUS.partial" "$CORPUS"
fi

# no arguments: every benchmark as its class sets it up, results also kept as JSON
[ $# -gt 0 ] || set -- -rf json -rff "$BUILD_DIR/jmh-result.json"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java $JAVA_OPTS -Dclippings.bench.corpus="$CORPUS" \
  -cp "$BUILD_DIR/test-classes:$BUILD_DIR/classes:$(cat "$BUILD_DIR/jmh.classpath")" org.openjdk.jmh.Main "$@"
