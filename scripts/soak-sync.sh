#!/usr/bin/env bash
# The kill -9 soak: the same tests as ctest's tst_synckill, with more iterations (default
# 200 kills during push and 200 initial syncs killed twice each). Needs a test build:
#   BUILD_DIR=build-tests scripts/soak-sync.sh [ITERATIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build-tests}"
iterations="${1:-200}"
test_binary="$build/tests/integration/sync/tst_synckill"
[ -x "$test_binary" ] || { echo "soak-sync.sh: build the tests first ($test_binary missing)" >&2; exit 2; }
echo "soak-sync.sh: $iterations iterations of each kill test" >&2
# Qt Test stops a test function after 5 minutes unless told otherwise; a soak takes longer.
GUIDEDESK_KILL_ITERATIONS="$iterations" QTEST_FUNCTION_TIMEOUT=7200000 \
    TZ=Asia/Shanghai QT_QPA_PLATFORM=offscreen \
    exec scripts/with-keyring.sh --private "$test_binary"
