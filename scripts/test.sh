#!/usr/bin/env bash
# Builds StaffPlan and runs every test (QtTest through CTest; GUI tests use the offscreen platform).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure
