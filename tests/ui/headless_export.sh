#!/usr/bin/env bash
# Headless exports through the tokenfactory binary: exit codes, files and their contents.
# Usage: headless_export.sh TOKENFACTORY DESIGN.json
set -u
app=$1
design=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$out"
failures=0
check() { # description, command...
    local what=$1; shift
    if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}
expect_exit() { # code, args...
    local code=$1; shift
    "$app" "$@" >"$out/stdout" 2>"$out/stderr"
    local got=$?
    [ "$got" -eq "$code" ] || { echo "  exit $got, wanted $code: $*"; cat "$out/stderr"; return 1; }
}
expect_exit_soon() { # code, args...: the same within 20 s (a dialog waiting for a click fails it)
    local code=$1; shift
    timeout 20 "$app" "$@" >"$out/stdout" 2>"$out/stderr"
    local got=$?
    [ "$got" -eq "$code" ] || { echo "  exit $got, wanted $code: $*"; cat "$out/stderr"; return 1; }
}
png_size() { # prints WIDTHxHEIGHT from the IHDR chunk
    od -An -tu1 -j16 -N8 "$1" | awk '{printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}'
}
pdf_pages() {
    grep -a -o -E '/Type */Pages?' "$1" | grep -c -v 'Pages'
}

# No display: unset DISPLAY proves the offscreen platform is forced.
unset DISPLAY WAYLAND_DISPLAY
check "--list-charts" expect_exit 0 --list-charts
check "lists the seven kinds" bash -c "cut -f1 '$out/stdout' | tr '\n' ' ' | grep -qx 'kpi cost value-chain value-capture power interactivity sankey '"

for kind in kpi cost value-chain value-capture power interactivity sankey; do
    check "$kind as SVG" expect_exit 0 "$design" --export-chart "$kind" "$out/$kind.svg"
    check "$kind SVG is SVG" grep -q '<svg' "$out/$kind.svg"
    check "$kind as PDF" expect_exit 0 "$design" --export-chart "$kind" "$out/$kind.pdf"
    check "$kind PDF has one page" test "$(pdf_pages "$out/$kind.pdf")" -eq 1
done
check "PNG with size and DPI" expect_exit 0 "$design" --export-chart power "$out/p.png" --size 640x400 --dpi 96
check "PNG is 640x400" test "$(png_size "$out/p.png")" = 640x400
check "default design when none is named" expect_exit 0 --export-chart cost "$out/c.png"
check "report" expect_exit 0 "$design" --export-report "$out/r.pdf"
check "report has 7 pages or more (inputs may take two)" test "$(pdf_pages "$out/r.pdf")" -ge 7
check "optimised report" expect_exit 0 "$design" --export-report "$out/o.pdf" --optimise max-tokens

# A project with a scenario: --scenario shows it on every page; an unknown one is refused, naming
# the project's scenarios.
sed '$ s/^}$/,"scenarios": [{"name": "Bear power", "overrides": [{"node": "grid", "param": "capacity", "value": 82}]}]}/' \
    "$design" >"$out/bear.json"
check "report of a scenario" expect_exit 0 "$out/bear.json" --export-report "$out/b.pdf" --scenario "Bear power"
check "every page names the scenario" test "$(pdftotext "$out/b.pdf" - | awk 'BEGIN { RS = "\f" } /Scenario: Bear power/ { n++ } END { print n }')" -eq "$(pdf_pages "$out/b.pdf")"
check "chart of a scenario" expect_exit 0 "$out/bear.json" --export-chart kpi "$out/b.svg" --scenario "Bear power"
check "unknown scenario is bad input" expect_exit 1 "$out/bear.json" --export-report "$out/x.pdf" --scenario Bull
check "names the scenarios there are" grep -q "Bear power" "$out/stderr"

check "unknown kind is a usage error" expect_exit 2 "$design" --export-chart pie "$out/x.svg"
check "unknown suffix is a usage error" expect_exit 2 "$design" --export-chart kpi "$out/x.gif"
check "bad size is a usage error" expect_exit 2 "$design" --export-chart kpi "$out/x.png" --size big
check "bad objective is a usage error" expect_exit 2 "$design" --export-report "$out/x.pdf" --optimise most
check "missing design is bad input" expect_exit 1 "$out/missing.json" --export-report "$out/x.pdf"
check "says why on stderr" grep -q 'missing.json' "$out/stderr"
check "unwritable file is an error" expect_exit 1 "$design" --export-chart kpi "$out/no/dir/x.svg"

# Scripted window runs never open a dialog (issue 21): a file that does not open is printed and
# exits 1 at once, where it waited for ever on a warning box. `timeout` turns a hang into a failure.
printf 'not a project' >"$out/bad.tfproj"
for run in "--grab $out/x.png" "--quit-after 100" "--quit-on-first-paint"; do
    # shellcheck disable=SC2086
    check "scripted $run on a bad file exits 1" expect_exit_soon 1 "$out/bad.tfproj" $run
    check "scripted $run says why" grep -q 'cannot open .*bad.tfproj' "$out/stderr"
done
check "no picture of the default design instead" test ! -e "$out/x.png"

echo "headless: $failures failed"
[ "$failures" -eq 0 ]
