#!/usr/bin/env bash
# Builds the .deb with cpack into OUT, unpacks it into a scratch root (no dpkg -i, no root needed)
# and checks what a user would get: the installed CLI solves the default design, the app starts,
# Depends names the Qt libraries, and the desktop integration files are in place and valid.
set -euo pipefail
cpack=$1 build=$2 out=$3 id=$4 version=$5 date=$6
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

rm -rf "$out"
mkdir -p "$out"
if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log" >&2
    exit 1
fi
deb=$(ls "$out"/tokenfactory_"$version"_*.deb)
root="$out/root"
dpkg-deb -x "$deb" "$root"
export XDG_RUNTIME_DIR="$out/runtime" && mkdir -m 0700 -p "$XDG_RUNTIME_DIR"

# The installed CLI solves the embedded default design.
if "$root/usr/bin/tokenfactory-cli" solve >"$out/solve.txt" 2>"$out/solve.err"; then
    first=$(head -n 1 "$out/solve.txt")
    [ "$first" = "Status: solved" ] || fail "installed tokenfactory-cli solve printed '$first' first"
else
    fail "installed tokenfactory-cli solve exited $?: $(cat "$out/solve.err")"
fi
# The installed app starts (offscreen) and lists its charts.
QT_QPA_PLATFORM=offscreen "$root/usr/bin/tokenfactory" --list-charts >"$out/charts.txt" 2>/dev/null \
    || fail "installed tokenfactory --list-charts exited $?"
grep -q '^sankey' "$out/charts.txt" || fail "installed tokenfactory --list-charts does not list sankey"

# Control fields: shlibdeps found the Qt libraries, and the plugin package is named explicitly.
[ "$(dpkg-deb -f "$deb" Package)" = tokenfactory ] || fail "Package is not tokenfactory"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6 \
           libsqlite3-0 libc6 libstdc++6; do
    [[ ", $depends," == *", $lib"[\ ,]* ]] || fail "Depends lacks $lib: $depends"
done
[[ "$depends" == *coinor-libclp* ]] || fail "Depends lacks the CLP library: $depends"

# What the package installs.
share="$root/usr/share"
expect=(
    "$root/usr/bin/tokenfactory" "$root/usr/bin/tokenfactory-cli"
    "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml" "$share/mime/packages/$id.xml"
    "$share/man/man1/tokenfactory.1.gz" "$share/man/man1/tokenfactory-cli.1.gz"
    "$share/doc/tokenfactory/copyright"
    "$share/icons/hicolor/scalable/apps/$id.svg"
    "$share/icons/hicolor/scalable/mimetypes/application-x-tokenfactory-project.svg"
)
for size in 16 22 24 32 48 64 128 256 512; do
    expect+=("$share/icons/hicolor/${size}x${size}/apps/$id.png"
             "$share/icons/hicolor/${size}x${size}/mimetypes/application-x-tokenfactory-project.png")
done
for f in "${expect[@]}"; do
    [ -s "$f" ] || fail "not installed: ${f#"$root"}"
done
for f in "$share"/icons/hicolor/*x*/*/*.png; do
    size=$(basename "$(dirname "$(dirname "$f")")")
    got=$(file -b "$f" | grep -o '[0-9]* x [0-9]*' | tr -d ' ')
    [ "$got" = "$size" ] || fail "${f#"$root"} is $got, not $size"
done
for b in tokenfactory tokenfactory-cli; do
    ! readelf -d "$root/usr/bin/$b" | grep -q 'RUNPATH\|RPATH' || fail "$b has an RPATH"
    file -b "$root/usr/bin/$b" | grep -q ', stripped' || fail "$b is not stripped"
done

# The installed files validate, and the metainfo names this release.
desktop-file-validate "$share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml" >"$out/appstream.txt" 2>&1 \
    || fail "appstreamcli validate: $(cat "$out/appstream.txt")"
grep -q "<release version=\"$version\" date=\"$date\"" "$share/metainfo/$id.metainfo.xml" \
    || fail "the metainfo does not name release $version of $date"
grep -q '^Exec=tokenfactory ' "$share/applications/$id.desktop" || fail "the desktop file does not run tokenfactory"
for page in tokenfactory tokenfactory-cli; do
    gzip -t "$share/man/man1/$page.1.gz" || fail "$page.1.gz is not gzip"
    zcat "$share/man/man1/$page.1.gz" | groff -man -Tutf8 -ww -z 2>"$out/groff.txt" || fail "groff $page.1"
    [ ! -s "$out/groff.txt" ] || fail "groff warns on $page.1: $(cat "$out/groff.txt")"
done

# The MIME package compiles, and a project file is recognised by name and, renamed, by its magic
# (SQLite header with application_id "TFPJ" at byte 68).
mime="$out/mime"
mkdir -p "$mime/mime/packages"
cp "$share/mime/packages/$id.xml" /usr/share/mime/packages/freedesktop.org.xml "$mime/mime/packages/"
XDG_DATA_DIRS="$mime" update-mime-database "$mime/mime" >"$out/mime.log" 2>&1 || fail "update-mime-database: $(cat "$out/mime.log")"
"$root/usr/bin/tokenfactory-cli" convert "$(dirname "$0")/../../resources/designs/default.json" \
    "$out/plant.tfproj" || fail "installed tokenfactory-cli convert"
cp "$out/plant.tfproj" "$out/plant.bin"
for f in plant.tfproj plant.bin; do
    type=$(XDG_DATA_HOME="$out/none" XDG_DATA_DIRS="$mime" gio info -a standard::content-type "$out/$f" \
           | sed -n 's/.*standard::content-type: //p')
    [ "$type" = application/x-tokenfactory-project ] || fail "$f is seen as '$type'"
done
exit $status
