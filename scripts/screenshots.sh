#!/usr/bin/env bash
# Renders every page of the app on the bundled sample (and the start page, the import wizard and the PDF
# report) to PNGs, offscreen at 1366x768, in English, Russian and Simplified Chinese, with a throwaway settings
# and data folder so your own projects are untouched.
#   scripts/screenshots.sh [DIR] [LANG...]    (default: build/screenshots; en ru zh_CN)
# Writes DIR/LANG/*.png and DIR/LANG/report.pdf with its pages as DIR/LANG/report-N.png.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
out="$(realpath -m "${1:-build/screenshots}")"
shift || true
langs=("$@")
[ ${#langs[@]} -eq 0 ] && langs=(en ru zh_CN)
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
for lang in "${langs[@]}"; do
  mkdir -p "$out/$lang"
  build/app/staffplan --lang "$lang" --screenshot "$out/$lang/0-start.png"
  build/app/staffplan --lang "$lang" --sample --screenshots "$out/$lang"
  if command -v pdftoppm >/dev/null; then
    pdftoppm -png -r 60 "$out/$lang/report.pdf" "$out/$lang/report"
  fi
  ls "$out/$lang"
done
