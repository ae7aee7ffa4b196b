#!/usr/bin/env bash
# The first README command: install what is needed, build Release, start the reference
# server (guidedesk-server) on loopback with demo data and TLS, and the app signed in to it
# as a demo guide, syncing, with simulated mini-program orders arriving.
#   scripts/run.sh [--user G1005] [--customers 2000] [--orders-per-minute 6] [-- APP ARGS…]
#   scripts/run.sh --embedded [APP ARGS…]   # no server: the app's own demo store
set -euo pipefail
cd "$(dirname "$0")/.."

user=G1002
customers=2000
orders_per_minute=6
embedded=0
app_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --user) user="$2"; shift 2 ;;
        --customers) customers="$2"; shift 2 ;;
        --orders-per-minute) orders_per_minute="$2"; shift 2 ;;
        --embedded) embedded=1; shift ;;
        --) shift; app_args+=("$@"); break ;;
        *) app_args+=("$1"); shift ;;
    esac
done

bash scripts/install-deps.sh
build="${BUILD_DIR:-build}"
BUILD_DIR="$build" bash scripts/build.sh -DGUIDEDESK_BUILD_TESTS=OFF -DGUIDEDESK_BUILD_BENCH=OFF

headless=0
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    headless=1
    echo "run.sh: no display found; starting GuideDesk on a virtual X server (xvfb-run)." >&2
fi
launch() {
    # The database key and the session tokens live in the OS keychain: a desktop session's
    # keyring is used as it is; a headless box gets a throwaway one (see with-keyring.sh).
    if [ "$headless" = 1 ]; then
        xvfb-run -a -s "-screen 0 1440x900x24" scripts/with-keyring.sh "$@"
    else
        scripts/with-keyring.sh "$@"
    fi
}

if [ "$embedded" = 1 ]; then
    launch "$build/app/guidedesk" --demo "${app_args[@]}"
    exit
fi

# Everything the demo server keeps: its database, its certificate (made at first run, so the
# app's trust survives restarts) and the demo accounts' password (random, mode 0600).
state="${XDG_STATE_HOME:-$HOME/.local/state}/guidedesk-demo"
mkdir -p "$state"
server_log="$state/server.log"
"$build/server/guidedesk-server" --listen 127.0.0.1:0 --generate-tls "$state/tls" \
    --db "$state/server.db" --seed "$customers" --seed-password-file "$state/password" \
    --mall-key-file "$state/mall-key" --orders-per-minute "$orders_per_minute" \
    > "$state/server.out" 2> "$server_log" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' EXIT

echo "run.sh: starting guidedesk-server (first run seeds $customers demo customers)…" >&2
url=""
for _ in $(seq 1 600); do
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "run.sh: guidedesk-server stopped; its log:" >&2
        cat "$server_log" >&2
        exit 1
    fi
    url=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$state/server.out" | head -n 1)
    [ -n "$url" ] && break
    sleep 0.5
done
[ -n "$url" ] || { echo "run.sh: guidedesk-server did not start; see $server_log" >&2; exit 1; }
echo "run.sh: server at $url (log: $server_log); signing in as $user." >&2

# A throwaway keyring forgets the local store's key with each run: start that store afresh
# (the server has everything; the first sync shows its progress).
db="$state/guidedesk-$user.db"
if [ "$headless" = 1 ]; then
    rm -f "$db" "$db-wal" "$db-shm"
fi
launch "$build/app/guidedesk" --server "$url" --ca-cert "$state/tls/ca.pem" --user "$user" \
    --password-file "$state/password" --database "$db" "${app_args[@]}"
