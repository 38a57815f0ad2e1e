#!/usr/bin/env bash
# Builds StaffPlan and opens it on its bundled sample project (any arguments go to staffplan instead, e.g. a
# project file).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
if [ $# -eq 0 ]; then
  exec build/app/staffplan --sample
fi
exec build/app/staffplan "$@"
