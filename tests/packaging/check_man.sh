#!/usr/bin/env bash
# The man pages carry this version, render without groff warnings, and name every command and
# option that the binaries' --help lists (so a new option cannot go undocumented).
set -euo pipefail
version=$1 dir=$2 cli=$3 gui=$4
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

for page in tokenfactory tokenfactory-cli; do
    f="$dir/$page.1"
    grep -q "^\.TH .*\"Token Factory Planner $version\"" "$f" || fail "$page.1: .TH does not name version $version"
    warnings=$(groff -man -ww -z "$f" 2>&1) || true
    [ -z "$warnings" ] || fail "$page.1: groff warns: $warnings"
done

# Options as the man page spells them: \-\-name.
documented() { grep -qF -- "$(printf '%s' "$2" | sed 's/-/\\-/g')" "$1"; }

cli_help=$("$cli" --help)
commands=$(printf '%s\n' "$cli_help" | sed -n '/^Commands:/,/^$/p' | awk '/^  [a-z]/ {print $1}' | sort -u)
[ -n "$commands" ] || fail "no commands found in tokenfactory-cli --help"
all_help="$cli_help"
for c in $commands; do
    grep -q "^\.B[IR]* \"\?$c\b\|^\.B tokenfactory-cli $c\b" "$dir/tokenfactory-cli.1" || fail "tokenfactory-cli.1: command $c is not described"
    all_help+=$'\n'"$("$cli" "$c" --help)"
done
all_help+=$'\n'"$("$cli" solve --mode optimise --help)"
for o in $(printf '%s\n' "$all_help" | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    documented "$dir/tokenfactory-cli.1" "$o" || fail "tokenfactory-cli.1: option $o is not documented"
done

gui_help=$(QT_QPA_PLATFORM=offscreen "$gui" --help 2>/dev/null)
for o in $(printf '%s\n' "$gui_help" | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    documented "$dir/tokenfactory.1" "$o" || fail "tokenfactory.1: option $o is not documented"
done
exit $status
