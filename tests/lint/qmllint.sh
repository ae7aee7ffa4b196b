#!/usr/bin/env bash
# qmllint on our QML, warnings fail. Qt 6.4's qmllint itself crashes now and then on the same
# files (a segfault in about one run of seven, with or without our changes): a crash is
# retried, at most three times; a warning or any other failure is never retried.
# usage: qmllint.sh QMLLINT [qmllint arguments...]
set -u
qmllint="$1"
shift
for attempt in 1 2 3; do
    "$qmllint" "$@"
    status=$?
    # 128 + N: killed by signal N (a segfault is 139). qmllint's own "warnings" status is 255.
    if [ "$status" -le 128 ] || [ "$status" -ge 255 ]; then
        exit "$status"
    fi
    echo "qmllint.sh: qmllint crashed (signal $((status - 128))), attempt $attempt of 3" >&2
done
exit "$status"
