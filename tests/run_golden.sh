#!/usr/bin/env bash
# Runs one golden CLI case from inside its folder, so paths in the output are relative.
# CASE/cmd holds the arguments (one per line), CASE/expected.exit the exit code (exact), and
# CASE/expected.out and CASE/expected.err the stdout and stderr. Those two are compared by
# tf_golden_compare: words exactly, numbers within a relative 1e-9 (and an absolute 1e-12), or
# what CASE/tolerance says ("rtol 1e-6" / "atol 1e-9" lines, each with a comment saying why).
# Prints what differs and a diff on mismatch. tests/README.md has the details.
# Usage: run_golden.sh CLI CASE_DIR COMPARER
set -u
cli=$1
case_dir=$2
compare=$3
cd "$case_dir" || exit 1
tolerance=()
if [ -f tolerance ]; then
  while read -r key value _; do
    case "$key" in
      rtol | atol) tolerance+=("--$key" "$value") ;;
      '' | '#'*) ;;
      *) echo "$case_dir/tolerance: unknown line '$key' (rtol, atol or # comment)"; exit 1 ;;
    esac
  done <tolerance
fi
mapfile -t args <cmd
actual=$(mktemp)
actual_err=$(mktemp)
trap 'rm -f "$actual" "$actual_err"' EXIT
"$cli" "${args[@]}" >"$actual" 2>"$actual_err"
code=$?
want=$(cat expected.exit)
status=0
if [ "$code" != "$want" ]; then
  echo "exit code $code, expected $want"
  status=1
fi
for pair in "expected.out:$actual" "expected.err:$actual_err"; do
  expected=${pair%%:*}
  got=${pair#*:}
  if ! "$compare" "$expected" "$got" "${tolerance[@]}"; then
    diff -u "$expected" "$got"
    status=1
  fi
done
exit $status
