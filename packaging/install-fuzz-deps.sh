#!/usr/bin/env bash
# Installs what `make fuzz` needs on top of install-deps.sh: clang and its libFuzzer runtime.
# Kept apart so the default build never needs clang. Idempotent, like install-deps.sh.
set -euo pipefail

# libclang-rt-14-dev holds libFuzzer and the sanitizer runtimes; clang-14 only recommends it.
exec bash "$(dirname "$0")/install-deps.sh" clang libclang-rt-14-dev
