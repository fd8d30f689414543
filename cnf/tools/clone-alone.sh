#!/usr/bin/env bash
# A clone alone, as a new user gets the project: clones this repository's committed HEAD into an
# empty temporary folder (nothing beside it: no neighbouring folder of any kind), builds and
# starts it there with ./run and no terminal (stdin from /dev/null), and checks that
#   - it reports "is up",
#   - /confine/api/ (the local CONFINE controller) answers 200,
#   - nothing it printed before the stop is an ERROR or WARN line,
#   - SIGTERM stops it with exit status 0 and the "stopped" line.
# Exits non-zero, with the container's output, on any failure. Called by .ci/run after ./test.
# Needs git, curl, Java 17 and Maven (third-party artifacts come from ~/.m2 / Maven Central;
# nothing is installed into ~/.m2: ./run builds with 'mvn package').
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
deadline=${CLONE_ALONE_DEADLINE:-300}   # seconds for the start (the build is not counted)

work="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "clone-alone: FAILED: $*" >&2
  [ -f "$work/run.log" ] && { echo "--- container output ---" >&2; cat "$work/run.log" >&2; }
  exit 1
}
command -v curl >/dev/null || fail "curl is needed"

git clone -q "$root" "$work/occi"
git -C "$work/occi" checkout -q --detach "$(git -C "$root" rev-parse HEAD)"
[ -z "$(ls -A "$work" | grep -v '^occi$')" ] || fail "the temporary folder holds more than the clone"
echo "clone-alone: cloned $(git -C "$work/occi" rev-parse --short HEAD) into $work/occi; building..."
(cd "$work/occi" && mvn -B -q package -DskipTests -Dbnd.testing.skip=true > "$work/build.log" 2>&1) \
  || { cat "$work/build.log" >&2; fail "the build in the clone failed"; }

# Port 0: a free port, read back from the start-up report.
mkdir "$work/home"
(cd "$work/home" && exec "$work/occi/run" -Dorg.osgi.service.http.port=0 </dev/null > "$work/run.log" 2>&1) &
pid=$!
end=$((SECONDS + deadline))
until grep -q ' is up$' "$work/run.log"; do
  kill -0 "$pid" 2>/dev/null || fail "the container ended before it was up"
  [ $SECONDS -lt $end ] || fail "the container was not up within ${deadline}s"
  sleep 1
done
base="$(sed -n 's/^  OCCI base *//p' "$work/run.log" | head -1)"
[ -n "$base" ] || fail "no OCCI base in the start-up report"

status="$(curl -s -o "$work/confine.json" -w '%{http_code}' --max-time 30 "${base}confine/api/")"
[ "$status" = 200 ] || fail "${base}confine/api/ answered $status"

before_stop="$(cat "$work/run.log")"
kill -TERM "$pid"
set +e
wait "$pid"
exit_status=$?
set -e
pid=""
if printf '%s\n' "$before_stop" | grep -E '(^|[[:space:]])(ERROR|WARN)([[:space:]]|:|$)' >&2; then
  fail "ERROR or WARN lines (above) before the stop"
fi
[ "$exit_status" = 0 ] || fail "SIGTERM ended the container with exit status $exit_status, not 0"
grep -q ' stopped: every bundle stopped' "$work/run.log" || fail "no 'stopped' line after SIGTERM"
echo "clone-alone: a clone alone builds, starts (${base}), serves /confine/api/ (200) with no ERROR or WARN, and stops on SIGTERM with 0"
