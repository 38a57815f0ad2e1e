#!/usr/bin/env bash
# Builds StaffPlan and opens it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec build/app/staffplan "$@"
