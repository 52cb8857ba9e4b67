#!/usr/bin/env bash
# Rewrites the expected outputs of the golden CLI cases (tests/cli/*/: expected.out, expected.err,
# expected.exit) from the built CLI. An expected output that the new one matches within the
# case's tolerance (run_golden.sh) is left as it is, so the diff shows only real changes; --force
# rewrites every file. Review the diff before committing: a changed golden file is a changed
# behaviour. The project-file fixtures have their own generator (tests/data/projects/).
#
# Usage: tests/cli/regenerate.sh [--force] [CASE...]      (every case when none is named)
# The CLI and the comparer come from build/release unless TF_CLI / TF_GOLDEN_COMPARE say otherwise.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
cli=$(realpath "${TF_CLI:-$top/build/release/app/tokenfactory-cli}")
compare=$(realpath "${TF_GOLDEN_COMPARE:-$top/build/release/tests/tf_golden_compare}")
force=0
if [ "${1:-}" = --force ]; then
  force=1
  shift
fi
for tool in "$cli" "$compare"; do
  [ -x "$tool" ] || { echo "regenerate.sh: $tool is not built (make build)" >&2; exit 2; }
done
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  for d in "$here"/*/; do cases+=("$(basename "$d")"); done
fi
for name in "${cases[@]}"; do
  case_dir="$here/$name"
  [ -f "$case_dir/cmd" ] || { echo "regenerate.sh: no case $name (no $case_dir/cmd)" >&2; exit 2; }
  (
    cd "$case_dir"
    tolerance=()
    if [ -f tolerance ]; then
      while read -r key value _; do
        case "$key" in rtol | atol) tolerance+=("--$key" "$value") ;; esac
      done <tolerance
    fi
    mapfile -t args <cmd
    new_out=$(mktemp)
    new_err=$(mktemp)
    trap 'rm -f "$new_out" "$new_err"' EXIT
    set +e
    "$cli" "${args[@]}" >"$new_out" 2>"$new_err"
    code=$?
    set -e
    updated=""
    for pair in "expected.out:$new_out" "expected.err:$new_err"; do
      file=${pair%%:*}
      new=${pair#*:}
      if [ $force = 1 ] || [ ! -f "$file" ] || ! "$compare" "$file" "$new" "${tolerance[@]}" >/dev/null; then
        if ! cmp -s "$new" "$file" 2>/dev/null; then
          cp "$new" "$file"
          updated+=" $file"
        fi
      fi
    done
    if [ "$(cat expected.exit 2>/dev/null)" != "$code" ]; then
      echo "$code" >expected.exit
      updated+=" expected.exit"
    fi
    [ -z "$updated" ] || echo "$name:$updated"
  )
done
