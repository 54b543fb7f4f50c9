#!/usr/bin/env bash
# Live-chat benchmark (issue 4): the session hub through the chat session grains against a grain-free baseline hub.
# Builds Release, starts a private PostgreSQL on a free port in a temporary folder, one silo, one api and the baseline
# relay's own host (bench/Counseling.BaselineRelay) on free ports (127.0.0.1 only), runs bench/Counseling.ChatBench
# against them, and stops everything it started on exit. The report (Markdown) is printed and kept under
# artifacts/bench-chat/.
#
#   bench/chat.sh [generator options]        e.g. bench/chat.sh --pairs 50 --rate 2 --fixed-seconds 20
#   bench/chat.sh --help                     lists the generator's options
#
# Environment: QUIET_WAIT=SECONDS waits (at most that long) for the 1-minute load average to fall to 1.0 or below
# before measuring (default 0: measure at once, the load is reported either way). PG_FSYNC=off trades durability for
# speed in PostgreSQL (default on, as in production). PG_CONNECTION_EXTRA="Key=Value;..." is appended to the
# PostgreSQL connection string of the silo, the api and the baseline relay, for experiments such as "Max Auto Prepare=20".
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/scripts/postgres.sh
. deploy/scripts/processes.sh

say() { printf '==> %s\n' "$*"; }

for arg in "$@"; do
  if [ "$arg" = "--help" ] || [ "$arg" = "-h" ]; then
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; echo
    [ -f bench/Counseling.ChatBench/bin/Release/net10.0/Counseling.ChatBench.dll ] &&
      dotnet bench/Counseling.ChatBench/bin/Release/net10.0/Counseling.ChatBench.dll --help || true
    exit 0
  fi
done

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet not found)." >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js and npm are required to build the api (Debian: nodejs npm)." >&2; exit 1; }
pg_find_bin >/dev/null || { echo "The PostgreSQL server binaries are required (Debian: postgresql)." >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is required (Debian: postgresql-client)." >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is required." >&2; exit 1; }

# Ten thousand WebSockets need ten thousand descriptors in the api and as many in the generator.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
say "Open files limit: $(ulimit -n)"

# --- Build -------------------------------------------------------------------------------------------------
say "Building (Release): silo, api, baseline relay, load generator"
for project in silo/Counseling.Silo.csproj api/Counseling.Api.csproj bench/Counseling.BaselineRelay/Counseling.BaselineRelay.csproj \
  bench/Counseling.ChatBench/Counseling.ChatBench.csproj; do
  dotnet build "$project" -c Release -nologo -clp:ErrorsOnly -v:quiet
done

# --- A private PostgreSQL, silo, api and baseline relay ----------------------------------------------------
work=$(mktemp -d /tmp/counseling-chatbench.XXXXXX)
chmod 755 "$work"
pg_data="$work/pg"
logs="$work/logs"
mkdir -p "$logs"
results_dir="$PWD/artifacts/bench-chat"
mkdir -p "$results_dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
pids=()

cleanup() {
  trap - INT TERM EXIT
  stop_processes
  pg_stop "$pg_data"
  mkdir -p "$results_dir/logs-$stamp" && cp "$logs"/*.log "$results_dir/logs-$stamp/" 2>/dev/null || true
  rm -rf "$work"
}
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap cleanup EXIT

pg_port=$(free_port_except)
api_port=$(free_port_except "$pg_port")
silo_port=$(free_port_except "$pg_port" "$api_port")
gateway_port=$(free_port_except "$pg_port" "$api_port" "$silo_port")
relay_port=$(free_port_except "$pg_port" "$api_port" "$silo_port" "$gateway_port")
pg_password=$(pg_random_secret)

say "Starting PostgreSQL on 127.0.0.1:$pg_port (fsync=${PG_FSYNC:-on})"
pg_start "$pg_data" "$pg_port" "$pg_password"
pg_ensure_database "$pg_port" "$pg_password" counseling
pg_pid=$(head -1 "$pg_data/postmaster.pid")

export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$pg_port;Username=counseling;Password=$pg_password;Database=counseling${PG_CONNECTION_EXTRA:+;$PG_CONNECTION_EXTRA}"
export Orleans__ClusterId="chatbench-$stamp"
export DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production
# Chat flood control off for the bench: the limit protects people, the bench measures the path.
export Sessions__MessageBurst=1000000 Sessions__MessagesPerSecond=1000000

say "Starting the silo (silo port $silo_port, gateway $gateway_port)"
Orleans__SiloPort=$silo_port Orleans__GatewayPort=$gateway_port \
  dotnet silo/bin/Release/net10.0/Counseling.Silo.dll >"$logs/silo.log" 2>&1 &
silo_pid=$!
pids+=("$silo_pid")
wait_for 120 "The silo" bash -c "exec 3<>/dev/tcp/127.0.0.1/$gateway_port"

operator_email="operator@bench.example"
operator_password="bench-$(pg_random_secret 12)"
# One signing key for the api and the baseline relay: the relay accepts the tokens the api issues.
signing_key="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
say "Starting the api on http://127.0.0.1:$api_port"
ASPNETCORE_URLS="http://127.0.0.1:$api_port" ASPNETCORE_CONTENTROOT="$PWD/api" Jwt__SigningKey="$signing_key" \
  LoginThrottle__PermitsPerAddress=1000000 LoginThrottle__PermitsPerAccount=1000000 \
  Seed__Operator__Email="$operator_email" Seed__Operator__Password="$operator_password" Seed__Operator__DisplayName="Bench Operator" \
  dotnet api/bin/Release/net10.0/Counseling.Api.dll >"$logs/api.log" 2>&1 &
api_pid=$!
pids+=("$api_pid")
wait_for 120 "The api" curl -fsS "http://127.0.0.1:$api_port/health/ready"

say "Starting the baseline relay on http://127.0.0.1:$relay_port"
ASPNETCORE_URLS="http://127.0.0.1:$relay_port" ASPNETCORE_CONTENTROOT="$PWD/bench/Counseling.BaselineRelay" Jwt__SigningKey="$signing_key" \
  dotnet bench/Counseling.BaselineRelay/bin/Release/net10.0/Counseling.BaselineRelay.dll >"$logs/baseline-relay.log" 2>&1 &
relay_pid=$!
pids+=("$relay_pid")
wait_for 60 "The baseline relay" bash -c "exec 3<>/dev/tcp/127.0.0.1/$relay_port"

# --- Measure -----------------------------------------------------------------------------------------------
quiet_wait="${QUIET_WAIT:-0}"
load1() { cut -d' ' -f1 /proc/loadavg; }
for _ in $(seq 1 $(( quiet_wait / 10 ))); do
  awk -v l="$(load1)" 'BEGIN { exit !(l > 1.0) }' || break
  say "1-minute load $(load1) > 1.0; waiting for a quieter machine"
  sleep 10
done

results="$results_dir/chat-$stamp.md"
{
  echo "Machine: $(nproc) cores, $(free -h | awk '/^Mem:/ { print $2 }') memory; $(uname -sr); .NET $(dotnet --version)."
  echo "Load average at start (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
} >"$results"
say "Load average: $(cut -d' ' -f1-3 /proc/loadavg); running the load generator"
BENCH_OPERATOR_EMAIL="$operator_email" BENCH_OPERATOR_PASSWORD="$operator_password" \
  timeout 1200 dotnet bench/Counseling.ChatBench/bin/Release/net10.0/Counseling.ChatBench.dll \
  --url "http://127.0.0.1:$api_port" --baseline-url "http://127.0.0.1:$relay_port" \
  --api-pid "$api_pid" --silo-pid "$silo_pid" --baseline-pid "$relay_pid" --postgres-pid "$pg_pid" \
  --clk-tck "$(getconf CLK_TCK)" --out "$results.part" "$@"
cat "$results.part" >>"$results"
rm -f "$results.part"
echo "Load average at end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)." >>"$results"
say "Report: $results"
