#!/usr/bin/env bash
# Fuzzes the call-log reader with libFuzzer on a copy of tests/fuzz/corpus_call_log.
#   scripts/fuzz.sh ci       15,000 inputs from seed 1 (about a minute): what CI runs; nearly the same inputs each
#                            run (libFuzzer's coverage feedback varies a little even with a fixed seed)
#   scripts/fuzz.sh SECONDS  exploration for that long with a random seed
# Installs Debian's clang-14 and libclang-rt-14-dev where missing.  A crash, hang, leak or a row that disappears
# fails the run; the input that did it is left as crash-* / timeout-* in the working folder.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-ci}"
missing=()
for p in clang-14 libclang-rt-14-dev libuchardet-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends "${missing[@]}"
fi
mkdir -p build-fuzz
clang++-14 -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -I. tests/fuzz/fuzz_call_log.cpp \
  core/call_log.cpp core/csv_reader.cpp core/text_decoding.cpp core/timestamps.cpp -luchardet -o build-fuzz/fuzz_call_log
rm -rf build-fuzz/corpus && cp -r tests/fuzz/corpus_call_log build-fuzz/corpus
if [ "$mode" = ci ]; then
  limits=(-seed=1 -runs=15000)
else
  limits=(-max_total_time="$mode")
fi
build-fuzz/fuzz_call_log "${limits[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 build-fuzz/corpus
