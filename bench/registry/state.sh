#!/usr/bin/env bash
# The web console's filters on the JDBC registry: N computes (default 100 000) in four states,
# on an H2 file and on PostgreSQL if one answers on 127.0.0.1:5432 (schema occi_state_bench of
# occi_test); times each filter's count (the page's total) and its pages, and the counts per
# state. The databases are kept for the next run (which then times the migrations it applies);
# remove bench/registry/target/state-h2 and DROP SCHEMA occi_state_bench CASCADE to start afresh.
# Figures only; no test asserts a time.
#   bench/registry/state.sh [N]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out="$root/bench/registry/target"
mkdir -p "$out"
mvn -o -B -q -pl occi.registry.jdbc -am package dependency:build-classpath -DskipTests -Dbnd.testing.skip=true \
    -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >/dev/null
cp="$root/occi.registry.jdbc/target/classes:$(cat "$out/classpath.txt")"
java -Xmx512m -cp "$cp" "$root/bench/registry/StateBench.java" "${1:-100000}" "$out/state-h2"
