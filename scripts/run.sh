#!/usr/bin/env bash
# The first README command: install what is needed, build Release, start the demo.
# Extra arguments go to guidedesk (e.g. scripts/run.sh --demo-customers 100000).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DGUIDEDESK_BUILD_TESTS=OFF -DGUIDEDESK_BUILD_BENCH=OFF
app=(build/app/guidedesk --demo "$@")

# The database key lives in the OS keychain: a desktop session's keyring is used as it is;
# a headless box gets a throwaway one (scripts/with-keyring.sh says how).
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run.sh: no display found; starting GuideDesk on a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1440x900x24" scripts/with-keyring.sh "${app[@]}"
fi
exec scripts/with-keyring.sh "${app[@]}"
