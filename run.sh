#!/usr/bin/env bash
# Builds and starts the whole platform on this machine: a private PostgreSQL under .data/ (in memory, with a
# warning, where PostgreSQL is not installed), a mail catcher (smtp4dev) that shows every email the platform sends,
# one silo, one api node, demo accounts. Ctrl-C stops it all.
# Everything stored survives the next run.
set -euo pipefail
cd "$(dirname "$0")"
. deploy/scripts/postgres.sh
. deploy/scripts/processes.sh

API_PORT="${API_PORT:-5080}"
MAIL_UI_PORT="${MAIL_UI_PORT:-5081}"
MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-2525}"
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

logs="$data_root/logs"
mkdir -p "$logs"

# --- Mail ------------------------------------------------------------------------------------------------
# Without an SMTP server of your own (Email__Smtp__Host), email goes to a local mail catcher whose web page shows it.
export Email__PublicBaseUrl="http://localhost:$API_PORT"
mail_ui=""
if [ -z "${Email__Smtp__Host:-}" ]; then
  smtp4dev="$PWD/.tools/smtp4dev/smtp4dev"
  if [ -x "$smtp4dev" ] || { say "Installing the mail catcher (the Rnwood.Smtp4dev dotnet tool)";
       dotnet tool install Rnwood.Smtp4dev --version 3.15.0 --tool-path "$PWD/.tools/smtp4dev" >"$logs/smtp4dev-install.log" 2>&1; }; then
    mkdir -p "$data_root/mail"
    say "Starting the mail catcher on 127.0.0.1:$MAIL_SMTP_PORT (log: $logs/mail.log)"
    "$smtp4dev" --urls="http://127.0.0.1:$MAIL_UI_PORT" --smtpport="$MAIL_SMTP_PORT" --bindaddress=127.0.0.1 --imapport=0 --pop3port=0 \
      --db="$data_root/mail/smtp4dev.db" --baseappdatapath="$data_root/mail" --nousersettings >"$logs/mail.log" 2>&1 &
    pids+=($!)
    wait_for 60 "The mail catcher" curl -fsS "http://127.0.0.1:$MAIL_UI_PORT/"
    export Email__Smtp__Host=127.0.0.1 Email__Smtp__Port="$MAIL_SMTP_PORT" Email__Smtp__Tls=None
    mail_ui="http://localhost:$MAIL_UI_PORT"
  else
    cat >&2 <<'WARN'
################################################################################
#  The mail catcher could not be installed: email is ONLY LOGGED (silo log).    #
#  Set Email__Smtp__Host (and __Port, __Username, __Password, __From) to send.  #
################################################################################
WARN
  fi
fi

# --- Silo and api --------------------------------------------------------------------------------------
say "Starting the silo (log: $logs/silo.log)"
dotnet silo/bin/Release/net10.0/Counseling.Silo.dll >"$logs/silo.log" 2>&1 &
pids+=($!)
wait_for 90 "The silo" bash -c 'exec 3<>/dev/tcp/127.0.0.1/30000'

say "Starting the api (log: $logs/api.log)"
ASPNETCORE_URLS="http://127.0.0.1:$API_PORT" ASPNETCORE_CONTENTROOT="$PWD/api" \
  dotnet api/bin/Release/net10.0/Counseling.Api.dll >"$logs/api.log" 2>&1 &
pids+=($!)
wait_for 90 "The api" curl -fsS "http://127.0.0.1:$API_PORT/health/ready"

if [ -n "$mail_ui" ]; then mail_line="$mail_ui  (every email the platform sends)"
elif [ -n "${Email__Smtp__Host:-}" ]; then mail_line="sent through $Email__Smtp__Host"
else mail_line="ONLY LOGGED (no mail server; see $logs/silo.log)"; fi
cat <<INFO

  Counseling platform is running:  http://localhost:$API_PORT
  API description (OpenAPI):       http://localhost:$API_PORT/openapi/v1.json

  Payments:                        ${Payments__StripeSecretKey:+Stripe}${Payments__StripeSecretKey:-SIMULATED (no Stripe keys set; no real money moves)}
  Email:                           $mail_line

  Demo accounts (password for all: $Seed__DemoPassword)
INFO
printf '    %-26s %s\n' operator@demo.example "operator" maya.chen@demo.example "counselor" \
  sam.rivera@demo.example "counselor" casey@demo.example "client" jordan@demo.example "client"
echo
echo "  Press Ctrl-C to stop."
wait -n "${pids[@]}" || true
echo "A platform process exited unexpectedly; see $logs/" >&2
exit 1
