#!/usr/bin/env bash
# convert end to end, in a scratch folder: JSON -> .tfproj -> JSON -> .tfproj -> JSON settles on one
# text, and a failed read never touches the output file.
set -u
cli=$1
source_json=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
status=0
"$cli" convert "$source_json" a.tfproj && "$cli" convert a.tfproj b.json \
  && "$cli" convert b.json c.tfproj && "$cli" convert c.tfproj d.json || { echo "a convert failed"; exit 1; }
cmp b.json d.json || { echo "JSON -> tfproj -> JSON changed the text"; status=1; }
"$cli" validate c.tfproj >/dev/null || { echo "the converted project does not validate"; status=1; }

printf 'junk' >bad.tfproj
printf 'keep me' >out.json
"$cli" convert bad.tfproj out.json 2>/dev/null
[ $? = 1 ] || { echo "converting a bad file did not exit 1"; status=1; }
[ "$(cat out.json)" = "keep me" ] || { echo "a failed convert changed its output file"; status=1; }
[ "$(ls -A | sort | tr '\n' ' ')" = "a.tfproj b.json bad.tfproj c.tfproj d.json out.json " ] \
  || { echo "files left behind: $(ls -A)"; status=1; }
exit $status
