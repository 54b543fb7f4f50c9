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
say "Testing"
set +e
dotnet test Counseling.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@"
status=$?
set -e

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$(( passed + ${p:-0} ))
  failed=$(( failed + ${f:-0} ))
done
if [ "$status" != "0" ] && [ "$failed" = "0" ]; then
  failed=1  # the runner failed without reporting a failed test (build or host crash): never report green
fi
echo "$passed passed, $failed failed"
[ "$status" = "0" ] && [ "$failed" = "0" ]
