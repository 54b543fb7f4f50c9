#!/usr/bin/env bash
# Runs every test: installs what the tests need, starts a private PostgreSQL on a free port, runs all test
# projects against it, stops what it started, and ends with a line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
. deploy/scripts/postgres.sh

say() { printf '==> %s\n' "$*"; }

# --- What the tests need --------------------------------------------------------------------------------
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet not found)." >&2; exit 1; }
apt_install() {
  local runner=()
  if [ "$(id -u)" != "0" ]; then
    command -v sudo >/dev/null || { echo "Install $* (Debian packages) or run as root." >&2; exit 1; }
    runner=(sudo)
  fi
  say "Installing $* (Debian packages)"
  "${runner[@]}" apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive "${runner[@]}" apt-get install -y -qq "$@" >/dev/null
}
[ -x /usr/bin/chromium ] || apt_install chromium
command -v npm >/dev/null || apt_install nodejs npm
pg_find_bin >/dev/null || apt_install postgresql
command -v psql >/dev/null || apt_install postgresql-client

# --- A private PostgreSQL for this run ------------------------------------------------------------------
work=$(mktemp -d /tmp/counseling-tests.XXXXXX)
chmod 755 "$work"
pg_data="$work/pg"
pg_port=$(pg_free_port)
pg_password=$(pg_random_secret)
cleanup() { pg_stop "$pg_data"; rm -rf "$work"; }
trap cleanup EXIT
say "Starting PostgreSQL on 127.0.0.1:$pg_port"
PG_FSYNC=off pg_start "$pg_data" "$pg_port" "$pg_password"
export COUNSELING_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=counseling;Password=$pg_password;Database=postgres"
export COUNSELING_TEST_CHROMIUM=/usr/bin/chromium

# --- Build and test --------------------------------------------------------------------------------------
results="$PWD/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
say "Building"
dotnet build Counseling.sln -c Release -nologo -clp:ErrorsOnly
say "Checking the web client: lint, formatting, types, unit tests"
set +e
web_passed=0
web_failed=0
web_check() {  # one check that passes or fails as a whole
  local name=$1; shift
  if (cd api/web && "$@") >"$results/web-$name.log" 2>&1; then
    web_passed=$(( web_passed + 1 )); echo "  Passed web $name"
  else
    web_failed=$(( web_failed + 1 )); echo "  Failed web $name:"; sed 's/^/    /' "$results/web-$name.log" | tail -40
  fi
}
web_check lint npx --no-install eslint .
web_check format npx --no-install prettier --check .
web_check types npx --no-install tsc --noEmit -p .
(cd api/web && node --test --test-reporter=spec test/) >"$results/web-unit.log" 2>&1
web_unit=$?
p=$(sed -n 's/^ℹ pass \([0-9]*\).*/\1/p' "$results/web-unit.log" | tail -1)
f=$(sed -n 's/^ℹ fail \([0-9]*\).*/\1/p' "$results/web-unit.log" | tail -1)
web_passed=$(( web_passed + ${p:-0} ))
web_failed=$(( web_failed + ${f:-0} ))
if [ "$web_unit" != "0" ] && [ "${f:-0}" = "0" ]; then web_failed=$(( web_failed + 1 )); fi
echo "  web unit tests: ${p:-0} passed, ${f:-0} failed"
[ "${f:-0}" = "0" ] || grep -B2 -A12 '✖' "$results/web-unit.log" | head -80
set -e

say "Testing"
set +e
dotnet test Counseling.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@"
status=$?
set -e

passed=$web_passed
failed=$web_failed
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$(( passed + ${p:-0} ))
  failed=$(( failed + ${f:-0} ))
done
if [ "$status" != "0" ] && [ "$failed" = "$web_failed" ]; then
  failed=1  # the runner failed without reporting a failed test (build or host crash): never report green
fi
if [ "$failed" != "0" ]; then
  # The console log scrolls past the failures: name each one again with the start of its message.
  failures=$(for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    tr -d '\r' <"$trx" | awk '
      /<UnitTestResult / && /outcome="Failed"/ { match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11); print "  " name; want = 1 }
      want && /<Message>/ { sub(/.*<Message>/, ""); print "    " substr($0, 1, 300); want = 0 }'
  done)
  [ -z "$failures" ] || printf 'Failed tests:\n%s\n' "$failures"
fi
echo "$passed passed, $failed failed"
[ "$status" = "0" ] && [ "$failed" = "0" ]
