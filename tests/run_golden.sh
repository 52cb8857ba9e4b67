#!/usr/bin/env bash
# Runs one golden CLI case from inside its folder, so paths in the output are relative:
# CASE/cmd holds the arguments (one per line), CASE/expected.out the exact stdout and
# CASE/expected.err the exact stderr and CASE/expected.exit the exit code. Prints a diff on mismatch.
set -u
cli=$1
case_dir=$2
cd "$case_dir" || exit 1
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
if ! diff -u expected.out "$actual"; then
  status=1
fi
if ! diff -u expected.err "$actual_err"; then
  status=1
fi
exit $status
