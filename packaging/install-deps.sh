#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing Pristriy needs.
# Idempotent: when everything is present it prints nothing and exits 0.
set -euo pipefail

PACKAGES=(
    # build
    build-essential cmake ninja-build ccache pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev libqt6svg6-dev qtkeychain-qt6-dev
    libphonenumber-dev libsqlite3-dev libbenchmark-dev libsodium-dev
    # run
    libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n fonts-dejavu-core
    # BPMN labels: Arial's metrics (Liberation Sans), which the DI label bounds of files are made for
    fonts-liberation2
    # tests and screenshots
    xvfb xauth imagemagick sqlite3 dbus-x11 gnome-keyring
)

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: these packages are missing: ${missing[*]}" >&2
    echo "install-deps: run this script as root (or with sudo) to install them." >&2
    exit 1
fi
echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
