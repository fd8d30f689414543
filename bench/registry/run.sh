#!/usr/bin/env bash
# Benchmark of the JDBC registry on H2: fills it with N compute resources (default 1 000 000,
# kept in bench/registry/target/ for the next run) and times listing pages of the kind at the
# start, middle and end. Figures only; no test asserts a time.
#   bench/registry/run.sh [N]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out="$root/bench/registry/target"
mkdir -p "$out"
mvn -B -q -pl occi.registry.jdbc -am package dependency:build-classpath -DskipTests -Dbnd.testing.skip=true \
    -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >/dev/null
cp="$root/occi.registry.jdbc/target/classes:$(cat "$out/classpath.txt")"
java -Xmx512m -cp "$cp" "$root/bench/registry/RegistryBench.java" "${1:-1000000}" "$out/h2"
