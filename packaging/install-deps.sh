#!/usr/bin/env bash
# Installs exactly the Debian 12 packages that the build, the app and the tests need.
# Idempotent: when every package is already installed it does nothing (no apt-get update).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config dpkg-dev file
  # Qt 6 (libqt6opengl6-dev: Qt6Charts needs it, and qt6-base-dev only recommends it)
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libgl-dev libxkbcommon-dev
  # one small font with Chinese, Japanese and Korean glyphs for the translated UI (5 MB installed)
  fonts-wqy-microhei
  # core libraries (zlib1g-dev: CLP's link line names -lz, and coinor-libclp-dev does not pull it in)
  libeigen3-dev libsqlite3-dev coinor-libclp-dev zlib1g-dev nlohmann-json3-dev
  # tests: the format check, Catch2, glpsol as an independent LP oracle (never linked), a real X server and input
  clang-format catch2 glpk-utils xvfb xauth x11-apps x11-utils xdotool libgl1-mesa-dri fonts-dejavu-core
  # looking at what we export
  imagemagick poppler-utils librsvg2-bin desktop-file-utils
  # checking the package: AppStream validator, gio and the MIME database (.tfproj detection), groff
  appstream libglib2.0-bin groff-base shared-mime-info
)

# Extra packages may be named on the command line (install-fuzz-deps.sh adds clang this way).
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
