#!/usr/bin/env bash
# Rewrites every case's expected.out, expected.err and expected.exit from the current CLI. Review the diff
# before committing: a changed golden file is a changed behaviour.
set -u
cli=$(realpath "${1:?usage: regenerate.sh PATH/TO/tokenfactory-cli}")
here=$(cd "$(dirname "$0")" && pwd)
for case_dir in "$here"/*/; do
  (
    cd "$case_dir" || exit 1
    mapfile -t args <cmd
    "$cli" "${args[@]}" >expected.out 2>expected.err
    echo $? >expected.exit
  )
done
