#!/usr/bin/env bash
# Installs the Debian 12 packages StaffPlan builds with, where they are missing.  Needs root (apt-get).
set -euo pipefail
packages=(
  build-essential cmake ninja-build
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libboost-dev libbenchmark-dev libuchardet-dev libsqlite3-dev pkg-config
  coinor-libcbc-dev nlohmann-json3-dev # shift planning: the MILP solver, the templates file
  libxlsxwriter-dev fonts-noto-core # the report: .xlsx tables; a font with Latin and Cyrillic glyphs for the PDF
  fonts-noto-cjk # Chinese glyphs for the app
  fonts-wqy-microhei # Chinese glyphs for the PDF report (its text map stays right: see ui/report/pdfreport.cpp)
  qt6-translations-l10n # Qt's own dialogs (buttons, file dialogs, --help's frame) in Russian and Chinese
  poppler-utils # pdftotext, for the report tests
  python3 # generates the bundled sample call log at build time (resources/CMakeLists.txt)
  python3-mpmath # regenerates tests/reference/erlang_reference.csv
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends "${missing[@]}"
fi
