#!/usr/bin/env bash
# The checked-in .clang-format is authoritative: every C++ file of the project must be formatted
# by it. Fix with:  clang-format -i $(git ls-files '*.cpp' '*.h')
set -euo pipefail
top=${1:?usage: format_check.sh SOURCE_DIR}
cd "$top"
command -v clang-format >/dev/null || { echo "clang-format is not installed (packaging/install-deps.sh installs it)"; exit 1; }
mapfile -t files < <(find app bench core tests ui -name '*.cpp' -o -name '*.h' | sort)
if ! clang-format --dry-run -Werror "${files[@]}" 2>/tmp/tf-format-$$.log; then
    grep -E '^[^ ].*(warning|error):' /tmp/tf-format-$$.log | cut -d: -f1 | sort -u | sed 's/^/not formatted: /'
    rm -f /tmp/tf-format-$$.log
    exit 1
fi
rm -f /tmp/tf-format-$$.log
echo "${#files[@]} files formatted"
