#!/usr/bin/env bash
# Renders every page of the app on the bundled sample (and the start page, and the import wizard) to PNGs,
# offscreen, with a throwaway settings and data folder so your own projects are untouched.
#   scripts/screenshots.sh [DIR]      (default: build/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
out="$(realpath -m "${1:-build/screenshots}")"
mkdir -p "$out"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
build/app/staffplan --screenshot "$out/0-start.png"
build/app/staffplan --sample --screenshots "$out"
ls "$out"/*.png
