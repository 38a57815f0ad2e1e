#!/usr/bin/env bash
# Fuzzes every file reader the app and the CLI have, with libFuzzer, each on a copy of its seed corpus in
# tests/fuzz/corpus_<name>:
#   call_log         the call-log reader (any CSV shape, encoding and preset)
#   shift_templates  the shift templates file (JSON)
#   special_days     the special-days file of forecasts
#   interval_csv     the interval CSV (staff --intervals input, shifts --requirements)
#   project          the project file (*.staffplan, SQLite): opened, migrated, its batches, calls and forecasts read
#   scripts/fuzz.sh ci               each harness from seed 1 for a fixed number of inputs (2-3 minutes in all):
#                                    what CI runs; nearly the same inputs each run (libFuzzer's coverage feedback
#                                    varies a little even with a fixed seed)
#   scripts/fuzz.sh SECONDS [NAME]   exploration for that long per harness (or one harness) with a random seed
# Installs Debian's clang-14 and libclang-rt-14-dev where missing.  A crash, hang, leak or a broken promise of
# the reader (a row that disappears, a NaN that gets through ...) fails the run; the input that did it is left as
# crash-* / timeout-* in the working folder.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-ci}"
only="${2:-}"
missing=()
for p in clang-14 libclang-rt-14-dev libuchardet-dev nlohmann-json3-dev libsqlite3-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends "${missing[@]}"
fi
mkdir -p build-fuzz
flags=(-std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -I.)
declare -A sources=(
  [call_log]="core/call_log.cpp core/csv_reader.cpp core/text_decoding.cpp core/timestamps.cpp -luchardet"
  [shift_templates]="core/shift_templates.cpp"
  [special_days]="core/special_days.cpp core/interval_csv.cpp core/timestamps.cpp"
  [interval_csv]="core/interval_csv.cpp core/timestamps.cpp"
  [project]="core/project_db.cpp core/call_log.cpp core/csv_reader.cpp core/text_decoding.cpp core/timestamps.cpp -luchardet -lsqlite3"
)
declare -A runs=([call_log]=15000 [shift_templates]=150000 [special_days]=1000000 [interval_csv]=500000 [project]=8000)
for name in call_log shift_templates special_days interval_csv project; do
  [ -n "$only" ] && [ "$only" != "$name" ] && continue
  echo "== fuzz_$name"
  # shellcheck disable=SC2086
  clang++-14 "${flags[@]}" "tests/fuzz/fuzz_$name.cpp" ${sources[$name]} -o "build-fuzz/fuzz_$name"
  rm -rf "build-fuzz/corpus_$name" && cp -r "tests/fuzz/corpus_$name" "build-fuzz/corpus_$name"
  if [ "$mode" = ci ]; then
    limits=(-seed=1 -runs="${runs[$name]}")
  else
    limits=(-max_total_time="$mode")
  fi
  "build-fuzz/fuzz_$name" "${limits[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "build-fuzz/corpus_$name" 2>&1 |
    grep -E "^(Done|stat::|==|SUMMARY|INFO: Seed)" || true
  test "${PIPESTATUS[0]}" -eq 0
done
