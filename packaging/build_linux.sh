#!/usr/bin/env bash
# Builds the Linux installer: PyInstaller one-folder app -> a Debian package (dpkg-deb).
#
#   bash packaging/build_linux.sh            build dist/desk-app/ and dist/desk-app_VERSION_ARCH.deb
#   bash packaging/build_linux.sh --smoke    ... then run the self test on the built folder and
#                                            on the .deb unpacked into a throwaway root (dpkg -x)
#   bash packaging/build_linux.sh --smoke --install
#                                            ... and, as root, really install it (dpkg -i), run
#                                            /usr/bin/desk-app selftest, and remove it (dpkg -P)
#   bash packaging/build_linux.sh --smoke-only [--install]   self test of an existing build
#
# The package installs to /opt/desk-app, a /usr/bin/desk-app wrapper, a menu entry and the icon
# in hicolor. It downloads nothing while installing and holds no user data: each user's data
# lives in the user's data directory (platformdirs: ~/.local/share/desk_app), which upgrades and
# removal leave alone. Build on the oldest distribution you deploy to (glibc is not bundled).
# Environment: PYTHON (default .venv/bin/python, else /work/main/.venv/bin/python).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
smoke="" install="" build=1
for arg in "$@"; do
  case "$arg" in
    --smoke) smoke=1 ;;
    --smoke-only) smoke=1; build="" ;;
    --install) install=1 ;;
    *) echo "usage: bash packaging/build_linux.sh [--smoke|--smoke-only] [--install]" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m[build]\033[0m %s\n' "$*"; }
python="${PYTHON:-}"
if [ -z "$python" ]; then
  for candidate in "$root/.venv/bin/python" /work/main/.venv/bin/python; do
    [ -x "$candidate" ] && { python="$candidate"; break; }
  done
fi
[ -n "$python" ] || { echo "no Python environment: run bash packaging/bootstrap.sh test first" >&2; exit 1; }

version="$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"
arch="$(dpkg --print-architecture)"
dist="$root/dist"
app="$dist/desk-app"
deb="$dist/desk-app_${version}_${arch}.deb"

# Runtime libraries the bundled Qt loads from the system (xcb platform, GL, fonts, printing);
# "a | b": names differ between Debian/UOS/Kylin and newer Ubuntu releases.
DEPENDS="libc6 (>= 2.31), libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0,
 libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-render0, libxcb-shape0, libxcb-shm0, libxcb-sync1,
 libxcb-xfixes0, libxcb-xkb1, libxcb-util1 | libxcb-util0, libxkbcommon0, libxkbcommon-x11-0, libegl1, libgl1,
 libglib2.0-0 | libglib2.0-0t64, libdbus-1-3, libfontconfig1, libfreetype6, libcups2 | libcups2t64"

if [ -n "$build" ]; then
  # translations: compile the .ts sources when there are any (i18n/*.qm is not committed)
  shopt -s nullglob
  ts=(i18n/*.ts)
  if [ ${#ts[@]} -gt 0 ]; then
    lrelease="$(dirname "$python")/pyside6-lrelease"
    say "compiling ${#ts[@]} translation(s)"
    for f in "${ts[@]}"; do "$lrelease" -silent "$f" -qm "${f%.ts}.qm"; done
  fi
  shopt -u nullglob

  say "PyInstaller one-folder build (a few minutes)"
  rm -rf "$app"
  PYTHONPATH="$root" "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$root/build/pyinstaller" packaging/desk_app.spec

  say "Debian package"
  stage="$root/build/deb"
  rm -rf "$stage"
  mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/icons/hicolor/256x256/apps" "$stage/usr/share/icons/hicolor/scalable/apps" \
    "$stage/usr/share/doc/desk-app"
  cp -a "$app" "$stage/opt/desk-app"
  cat > "$stage/usr/bin/desk-app" <<'WRAP'
#!/bin/sh
# desk-app: the GUI, or the admin CLI with a sub-command. Data: the user's data directory.
exec /opt/desk-app/desk-app "$@"
WRAP
  chmod 755 "$stage/usr/bin/desk-app"
  cat > "$stage/usr/share/applications/desk-app.desktop" <<'DESK'
[Desktop Entry]
Type=Application
Name=Notify-and-Promise Counter Desk
Name[zh_CN]=告知承诺制窗口受理
Comment=证明事项告知承诺制 窗口受理终端
Exec=desk-app
Icon=desk-app
Terminal=false
Categories=Office;
StartupWMClass=desk-app
DESK
  cp resources/icons/desk-app.png "$stage/usr/share/icons/hicolor/256x256/apps/desk-app.png"
  cp resources/icons/desk-app.svg "$stage/usr/share/icons/hicolor/scalable/apps/desk-app.svg"
  cp resources/fonts/*.LICENSE.txt "$stage/usr/share/doc/desk-app/" 2>/dev/null || true
  size_kb="$(du -sk "$stage" | cut -f1)"
  cat > "$stage/DEBIAN/control" <<CTRL
Package: desk-app
Version: $version
Architecture: $arch
Maintainer: desk_app maintainers <desk-app@localhost>
Installed-Size: $size_kb
Section: misc
Priority: optional
Depends: $(echo "$DEPENDS" | tr -d '\n')
Description: counter desk for the notify-and-promise system (证明事项告知承诺制)
 Offline-first desktop application for service-hall clerks: notice, promise, signature,
 the two-copy letter, and sync with the central server. Self-contained (Python and Qt are
 bundled under /opt/desk-app); user data stays in each user's data directory.
CTRL
  for script in postinst postrm; do
    cat > "$stage/DEBIAN/$script" <<'HOOK'
#!/bin/sh
set -e
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -f /usr/share/icons/hicolor || true; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
exit 0
HOOK
    chmod 755 "$stage/DEBIAN/$script"
  done
  rm -f "$dist"/desk-app_*.deb
  dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
  say "built $app ($(du -sh "$app" | cut -f1)) and $deb ($(du -h "$deb" | cut -f1))"
fi

[ -n "$smoke" ] || exit 0

# --- smoke test: the self test offscreen, from the folder, from the unpacked .deb, installed
smoke_dir="$(mktemp -d /tmp/desk-smoke.XXXXXX)"
trap 'rm -rf "$smoke_dir"' EXIT
export QT_QPA_PLATFORM=offscreen
export DESK_APP_DB_SECRET="${DESK_APP_DB_SECRET:-smoke-test-secret}"
run_selftest() {  # label, executable
  say "self test: $1"
  env -u PYTHONPATH HOME="$smoke_dir/home" "$2" selftest --data "$smoke_dir/$1-data" --out "$smoke_dir/$1.pdf"
  [ -s "$smoke_dir/$1.pdf" ] || { echo "no PDF written" >&2; return 1; }
}
run_selftest folder "$app/desk-app"
if command -v xvfb-run >/dev/null; then  # the real X11 platform plugin and its system libraries
  say "self test: folder, xcb platform under Xvfb"
  QT_QPA_PLATFORM=xcb xvfb-run -a env -u PYTHONPATH HOME="$smoke_dir/home" \
    "$app/desk-app" selftest --data "$smoke_dir/xcb-data" --out "$smoke_dir/xcb.pdf"
fi
say "unpacking $deb into a throwaway root"
dpkg-deb -x "$deb" "$smoke_dir/root"
test -x "$smoke_dir/root/usr/bin/desk-app" && test -f "$smoke_dir/root/usr/share/applications/desk-app.desktop"
run_selftest unpacked "$smoke_dir/root/opt/desk-app/desk-app"
if [ -n "$install" ]; then
  [ "$(id -u)" -eq 0 ] || { echo "--install needs root" >&2; exit 1; }
  say "dpkg -i $deb"
  dpkg -i "$deb" >/dev/null
  run_selftest installed /usr/bin/desk-app
  say "dpkg -P desk-app (remove and purge)"
  dpkg -P desk-app >/dev/null
  test ! -e /opt/desk-app/desk-app
fi
say "smoke test passed: folder $(du -sh "$app" | cut -f1), package $(du -h "$deb" | cut -f1)"
