#!/usr/bin/env bash
# Runs a command with an OS keychain (Secret Service) available.
#   with-keyring.sh [--private] COMMAND [ARGS…]
# Without --private, a Secret Service already on the session bus (a desktop's login keyring)
# is used as it is. Otherwise — and always with --private, as the tests do — the command runs
# in a private D-Bus session with a gnome-keyring whose keyring lives in a throwaway folder,
# unlocked with a random password that is never written anywhere. Secrets stored there last
# as long as the command: on a headless box the demo starts afresh each run.
set -euo pipefail

private=0
if [ "${1:-}" = "--private" ]; then
    private=1
    shift
fi
[ $# -gt 0 ] || { echo "usage: with-keyring.sh [--private] COMMAND [ARGS…]" >&2; exit 2; }

has_secret_service() {
    [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] &&
        command -v dbus-send >/dev/null &&
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'
}

if [ "$private" = 0 ] && has_secret_service; then
    exec "$@"
fi

if [ -z "${GUIDEDESK_INSIDE_KEYRING_SESSION:-}" ]; then
    export GUIDEDESK_INSIDE_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" --private "$@"
fi

# Inside the private bus: a keyring of our own, unlocked.
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data"
export XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s' "$password" |
    gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
unset password
"$@"
