# Functions to run a private PostgreSQL server for the run and test commands. Source this file.
# PostgreSQL refuses to run as root, so when we are root the server runs as the 'postgres' user.

pg_find_bin() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return 0
  fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

# Runs a command as the server's owner: ourselves, or 'postgres' when we are root.
pg_as_owner() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# True when the server's owner can reach and write the given folder.
pg_owner_can_use() {
  pg_as_owner test -w "$1" -a -x "$1" 2>/dev/null
}

pg_free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

# pg_start DATA_DIR PORT PASSWORD
# Initializes DATA_DIR on first use (superuser 'counseling', SCRAM passwords, loopback only) and starts the server.
pg_start() {
  local data="$1" port="$2" password="$3" bin
  bin=$(pg_find_bin) || { echo "PostgreSQL server binaries (initdb, pg_ctl) not found" >&2; return 1; }
  mkdir -p "$data"
  if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$data"; fi
  chmod 700 "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    local pwfile
    pwfile=$(mktemp)
    printf '%s\n' "$password" > "$pwfile"
    if [ "$(id -u)" = "0" ]; then chown postgres "$pwfile"; fi
    pg_as_owner "$bin/initdb" -D "$data" -U counseling --pwfile="$pwfile" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$data.initdb.log" 2>&1 \
      || { rm -f "$pwfile"; echo "initdb failed; see $data.initdb.log" >&2; return 1; }
    rm -f "$pwfile"
  fi
  if pg_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    pg_as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  # No Unix socket: a long repository path can exceed the socket path limit, and TCP on loopback is enough.
  pg_as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c fsync=${PG_FSYNC:-on}" \
    start >/dev/null || { echo "PostgreSQL did not start; see $data/server.log" >&2; return 1; }
}

pg_stop() {
  local data="$1" bin
  bin=$(pg_find_bin) || return 0
  [ -f "$data/postmaster.pid" ] || return 0
  pg_as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_ensure_database PORT PASSWORD NAME
pg_ensure_database() {
  local port="$1" password="$2" name="$3"
  local exists
  exists=$(PGPASSWORD="$password" psql -h 127.0.0.1 -p "$port" -U counseling -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$name'") || return 1
  if [ "$exists" != "1" ]; then
    PGPASSWORD="$password" psql -h 127.0.0.1 -p "$port" -U counseling -d postgres -qc "CREATE DATABASE \"$name\"" || return 1
  fi
}

# Hex, so it is safe inside connection strings and URLs.
pg_random_secret() {
  head -c "${1:-24}" /dev/urandom | od -An -tx1 | tr -d ' \n'
}
