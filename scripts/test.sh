#!/usr/bin/env bash
# The second README command: install what is needed, build with tests, run every test.
# Exits non-zero when anything fails. Extra arguments go to ctest (e.g. -R tst_database).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build-tests} bash scripts/build.sh -DGUIDEDESK_BUILD_TESTS=ON
ctest --test-dir "${BUILD_DIR:-build-tests}" --output-on-failure --parallel "${JOBS:-$(nproc)}" "$@"
