#!/usr/bin/env bash
# Configures and builds GuideDesk (Release by default) into ${BUILD_DIR:-build}.
#   BUILD_TYPE=Debug scripts/build.sh      extra CMake arguments pass through: scripts/build.sh -DX=Y
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" "$@"
cmake --build "$build_dir" --parallel "${JOBS:-$(nproc)}"
