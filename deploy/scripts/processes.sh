# Functions to start, wait for and stop the platform's processes, shared by run.sh and the bench scripts.
# Source this file. The caller keeps the started process ids in the array `pids` and their logs in `$logs`.

# wait_for SECONDS DESCRIPTION COMMAND...: retries COMMAND once a second; gives up early, showing the logs, when a
# started process has died, and after SECONDS otherwise. Returns non-zero on failure.
wait_for() {
  local seconds="$1" what="$2"; shift 2
  for _ in $(seq 1 "$seconds"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    for pid in "${pids[@]}"; do
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "$what: a process exited; see $logs/" >&2
        tail -n 30 "$logs"/*.log >&2 2>/dev/null
        return 1
      fi
    done
    sleep 1
  done
  echo "$what did not become ready in ${seconds}s; see $logs/" >&2
  tail -n 30 "$logs"/*.log >&2 2>/dev/null
  return 1
}

# stop_processes: asks every started process to stop (SIGTERM: silos leave the cluster cleanly), waits up to 30 s
# each, then kills what is left.
stop_processes() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}

# free_port_except PORT...: a free port on 127.0.0.1 that is none of the given ones.
free_port_except() {
  local port
  for _ in $(seq 1 50); do
    port=$(pg_free_port) || return 1
    case " $* " in *" $port "*) continue ;; esac
    echo "$port"
    return 0
  done
  return 1
}
