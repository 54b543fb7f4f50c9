#!/usr/bin/env bash
# Booking-contention benchmark: builds Release, starts a private PostgreSQL, one silo and one api node on free
# loopback ports (never run.sh's 5080/30000/11111/55432), runs bench/Counseling.Bench against them over HTTP, and
# stops everything it started. Extra arguments go to the load generator, e.g.:
#   bash bench/booking.sh --clients 400 --slots 100 --counselors 10
# BENCH_SKIP_BUILD=1 reuses the existing Release build; PG_FSYNC=off trades durability for speed (default: on).
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/scripts/postgres.sh
. deploy/scripts/processes.sh

say() { printf '==> %s\n' "$*"; }
fail() { echo "$*" >&2; exit 2; }

command -v dotnet >/dev/null || fail "The .NET 10 SDK is required (dotnet not found)."
command -v curl >/dev/null || fail "curl is required."
pg_find_bin >/dev/null || fail "PostgreSQL server binaries are required (Debian: postgresql)."
command -v psql >/dev/null || fail "psql is required (Debian: postgresql-client)."

# --- Everything this run starts, and how it is stopped ---------------------------------------------------------
work=$(mktemp -d /tmp/counseling-bench.XXXXXX)
chmod 755 "$work"  # PostgreSQL runs as 'postgres' when we are root
logs="$work/logs"
mkdir -p "$logs"
pg_data="$work/pg"
pids=()
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  stop_processes
  pg_stop "$pg_data"
  if [ "$status" != "0" ]; then
    echo "--- last lines of the logs ($status) ---" >&2
    tail -n 20 "$logs"/*.log >&2 2>/dev/null || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Free loopback ports, distinct from each other and from run.sh's defaults.
pg_port=$(free_port_except 5080 30000 11111 55432) || fail "No free port found."
api_port=$(free_port_except 5080 30000 11111 55432 "$pg_port") || fail "No free port found."
silo_port=$(free_port_except 5080 30000 11111 55432 "$pg_port" "$api_port") || fail "No free port found."
gateway_port=$(free_port_except 5080 30000 11111 55432 "$pg_port" "$api_port" "$silo_port") || fail "No free port found."

# --- Build -------------------------------------------------------------------------------------------------------
if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
  say "Building (Release)"
  for project in silo/Counseling.Silo.csproj api/Counseling.Api.csproj bench/Counseling.Bench/Counseling.Bench.csproj; do
    dotnet build "$project" -c Release -nologo -clp:ErrorsOnly
  done
fi

# --- PostgreSQL, silo, api -------------------------------------------------------------------------------------
pg_password=$(pg_random_secret)
say "Starting PostgreSQL on 127.0.0.1:$pg_port (fsync=${PG_FSYNC:-on})"
pg_start "$pg_data" "$pg_port" "$pg_password"
pg_ensure_database "$pg_port" "$pg_password" counseling

export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$pg_port;Username=counseling;Password=$pg_password;Database=counseling"
export Orleans__ClusterId="counseling-bench-$$"
export DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production

say "Starting the silo (silo port $silo_port, gateway $gateway_port)"
Orleans__SiloPort="$silo_port" Orleans__GatewayPort="$gateway_port" \
  dotnet silo/bin/Release/net10.0/Counseling.Silo.dll >"$logs/silo.log" 2>&1 &
pids+=($!)
wait_for 90 "The silo" bash -c "exec 3<>/dev/tcp/127.0.0.1/$gateway_port"

operator_email="bench-operator@bench.example"
operator_password="Bench-$(pg_random_secret 12)"
say "Starting the api on http://127.0.0.1:$api_port"
ASPNETCORE_URLS="http://127.0.0.1:$api_port" ASPNETCORE_CONTENTROOT="$PWD/api" \
  Jwt__SigningKey="$(head -c 48 /dev/urandom | base64 | tr -d '\n')" \
  LoginThrottle__PermitsPerAddress=1000000 LoginThrottle__PermitsPerAccount=1000000 \
  Seed__Operator__Email="$operator_email" Seed__Operator__Password="$operator_password" \
  Seed__Operator__DisplayName="Bench Operator" \
  dotnet api/bin/Release/net10.0/Counseling.Api.dll >"$logs/api.log" 2>&1 &
pids+=($!)
wait_for 90 "The api" curl -fsS "http://127.0.0.1:$api_port/health/ready"

# --- The benchmark ---------------------------------------------------------------------------------------------
say "Running the load generator"
set +e
BENCH_OPERATOR_EMAIL="$operator_email" BENCH_OPERATOR_PASSWORD="$operator_password" \
  timeout 600 dotnet bench/Counseling.Bench/bin/Release/net10.0/Counseling.Bench.dll \
  --url "http://127.0.0.1:$api_port" "$@"
status=$?
set -e
exit "$status"
