#!/usr/bin/env bash
# Builds and starts the whole platform on this machine: a private PostgreSQL under .data/ (in memory, with a
# warning, where PostgreSQL is not installed), one silo, one api node, demo accounts. Ctrl-C stops it all.
# Everything stored survives the next run.
set -euo pipefail
cd "$(dirname "$0")"
. deploy/scripts/postgres.sh
. deploy/scripts/processes.sh

API_PORT="${API_PORT:-5080}"
PG_PORT="${PG_PORT:-55432}"
data_root="$PWD/.data"
secrets="$data_root/secrets"
mkdir -p "$secrets"
chmod 700 "$secrets"

say() { printf '==> %s\n' "$*"; }
secret() {  # secret NAME GENERATOR...: read a secret kept under .data/secrets, creating it on first use
  local file="$secrets/$1"; shift
  [ -s "$file" ] || { "$@" > "$file"; chmod 600 "$file"; }
  cat "$file"
}

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet not found)." >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js and npm are required to build the web client (Debian: nodejs npm)." >&2; exit 1; }

pids=()
pg_data=""
stop_all() {
  # An impatient second Ctrl-C must not cut the shutdown short and leave PostgreSQL running.
  trap '' INT TERM HUP
  trap - EXIT
  echo
  say "Stopping (this takes a few seconds)"
  stop_processes
  [ -n "$pg_data" ] && pg_stop "$pg_data"
  say "Stopped"
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all; exit 129' HUP   # the terminal was closed: stop everything all the same
trap stop_all EXIT

# --- Storage -----------------------------------------------------------------------------------------------
export ConnectionStrings__Postgres=""
if pg_find_bin >/dev/null && command -v psql >/dev/null; then
  pg_data="$data_root/postgres"
  # PostgreSQL runs as 'postgres' when we are root; it must be able to reach the data folder.
  if [ "$(id -u)" = "0" ] && ! runuser -u postgres -- test -x "$data_root" 2>/dev/null; then
    pg_data="/var/lib/counseling/$(pwd | sha1sum | cut -c1-12)/postgres"
    say "The postgres user cannot reach $data_root; keeping the database in $pg_data"
  fi
  mkdir -p "$(dirname "$pg_data")"
  [ "$(id -u)" = "0" ] && chmod 755 "$data_root" "$(dirname "$pg_data")"
  pg_password=$(secret postgres-password pg_random_secret)
  say "Starting PostgreSQL on 127.0.0.1:$PG_PORT (data: $pg_data)"
  pg_start "$pg_data" "$PG_PORT" "$pg_password"
  pg_ensure_database "$PG_PORT" "$pg_password" counseling
  export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Username=counseling;Password=$pg_password;Database=counseling"
else
  cat >&2 <<'WARN'
################################################################################
#  PostgreSQL is not installed: running IN MEMORY.                              #
#  Accounts and everything else are LOST when this command stops.               #
#  Install the Debian package 'postgresql' to keep data between runs.          #
################################################################################
WARN
fi

# --- Build -------------------------------------------------------------------------------------------------
say "Building"
dotnet build Counseling.sln -c Release -nologo -clp:ErrorsOnly

# --- Secrets and seed data -----------------------------------------------------------------------------
export Jwt__SigningKey=$(secret jwt-signing-key sh -c 'head -c 48 /dev/urandom | base64 | tr -d "\n"')
export Seed__DemoPassword=$(secret demo-password sh -c 'printf "Demo-%s" "$(head -c 9 /dev/urandom | base64 | tr -d "\n/+=")"')
export Orleans__ClusterId="${Orleans__ClusterId:-counseling-local}"
export DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production

# --- Silo and api --------------------------------------------------------------------------------------
logs="$data_root/logs"
mkdir -p "$logs"
say "Starting the silo (log: $logs/silo.log)"
dotnet silo/bin/Release/net10.0/Counseling.Silo.dll >"$logs/silo.log" 2>&1 &
pids+=($!)
wait_for 90 "The silo" bash -c 'exec 3<>/dev/tcp/127.0.0.1/30000'

say "Starting the api (log: $logs/api.log)"
ASPNETCORE_URLS="http://127.0.0.1:$API_PORT" ASPNETCORE_CONTENTROOT="$PWD/api" \
  dotnet api/bin/Release/net10.0/Counseling.Api.dll >"$logs/api.log" 2>&1 &
pids+=($!)
wait_for 90 "The api" curl -fsS "http://127.0.0.1:$API_PORT/health/ready"

cat <<INFO

  Counseling platform is running:  http://localhost:$API_PORT
  API description (OpenAPI):       http://localhost:$API_PORT/openapi/v1.json

  Payments:                        ${Payments__StripeSecretKey:+Stripe}${Payments__StripeSecretKey:-SIMULATED (no Stripe keys set; no real money moves)}

  Demo accounts (password for all: $Seed__DemoPassword)
INFO
printf '    %-26s %s\n' operator@demo.example "operator" maya.chen@demo.example "counselor" \
  sam.rivera@demo.example "counselor" casey@demo.example "client" jordan@demo.example "client"
echo
echo "  Press Ctrl-C to stop."
wait -n "${pids[@]}" || true
echo "A platform process exited unexpectedly; see $logs/" >&2
exit 1
