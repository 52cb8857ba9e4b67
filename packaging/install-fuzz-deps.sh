#!/usr/bin/env bash
# Installs what `make fuzz` needs on top of install-deps.sh: clang and its libFuzzer runtime.
# Kept apart so the default build never needs clang. Idempotent, like install-deps.sh.
set -euo pipefail

bash "$(dirname "$0")/install-deps.sh"

# libclang-rt-14-dev holds libFuzzer and the sanitizer runtimes; clang-14 only recommends it.
packages=(clang libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-fuzz-deps: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
