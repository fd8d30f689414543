#!/usr/bin/env bash
# Write rate of the JDBC registry on an H2 file (as the container opens it) and on
# PostgreSQL if one answers on 127.0.0.1:5432 (cnf/tools/install-postgres.sh; schema
# occi_bench of occi_test, dropped and made again): creates per second for commits of one
# entity from 1 and 8 threads, and for commits of 1 000. Figures only; no test asserts a rate.
#   bench/registry/write.sh [creates per single-entity run, default 2000] [bulk commits, default 5]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out="$root/bench/registry/target"
mkdir -p "$out"
mvn -B -q -pl occi.registry.jdbc -am package dependency:build-classpath -DskipTests -Dbnd.testing.skip=true \
    -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >/dev/null
cp="$root/occi.registry.jdbc/target/classes:$(cat "$out/classpath.txt")"
java -Xmx512m -cp "$cp" "$root/bench/registry/WriteBench.java" "${1:-2000}" "${2:-5}" "$out/write-h2"
