#!/usr/bin/env bash
# One script, two commands (both idempotent, for a fresh Debian 12 / Ubuntu 22.04+ machine):
#   bash packaging/bootstrap.sh app  [desk-app args]  installs what is missing and starts the app
#   bash packaging/bootstrap.sh test [pytest args]    installs test needs and runs the whole suite headless
set -euo pipefail

mode="${1:-app}"
shift || true
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
venv="$root/.venv"

say() { printf '\033[1m[bootstrap]\033[0m %s\n' "$*"; }

# --- system packages (only those missing; apt-get update at most once) -----------------
APP_PKGS=(python3 python3-venv python3-pip
  libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0
  libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxcb-util1
  libwayland-client0 libwayland-cursor0 fonts-wqy-microhei "libcups2|libcups2t64"
  libpulse0 libspeechd2 speech-dispatcher speech-dispatcher-espeak-ng)  # read-aloud: QtTextToSpeech + a Chinese voice
TEST_PKGS=(xvfb xauth poppler-utils poppler-data cups printer-driver-cups-pdf postgresql)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

install_missing() {
  # "a|b": either package will do (names differ between Debian and Ubuntu releases).
  local wanted=() p alt found
  for p in "$@"; do
    found=""
    for alt in ${p//|/ }; do installed "$alt" && found=1 && break; done
    [ -z "$found" ] && wanted+=("$p")
  done
  [ ${#wanted[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    say "missing system packages (install them by hand): ${wanted[*]}"; return 0
  fi
  local sudo="" missing=()
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  for p in "${wanted[@]}"; do
    if [[ "$p" == *"|"* ]]; then
      for alt in ${p//|/ }; do apt-cache show "$alt" >/dev/null 2>&1 && { p="$alt"; break; }; done
      [[ "$p" == *"|"* ]] && p="${p%%|*}"
    fi
    missing+=("$p")
  done
  say "installing system packages: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pkgs=("${APP_PKGS[@]}")
[ "$mode" = "test" ] && pkgs+=("${TEST_PKGS[@]}")
install_missing "${pkgs[@]}"

# --- Python environment ------------------------------------------------------------------
find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}
python="$(find_python)" || { install_missing python3.11 python3.11-venv; python="$(find_python)"; } || {
  echo "desk_app needs Python 3.11 or newer; none was found or installable." >&2; exit 1; }
if [ ! -x "$venv/bin/python" ]; then
  say "creating virtual environment with $($python --version)"
  "$python" -m venv "$venv"
fi
extras=""
[ "$mode" = "test" ] && extras="[test]"
stamp="$venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)${extras:+-test}"
if [ ! -f "$stamp" ]; then
  say "installing desk_app${extras} into $venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q -e ".${extras}"
  touch "$stamp"
fi

say "compiling translations (i18n/*.ts → .qm)"
"$venv/bin/python" packaging/i18n.py release >/dev/null

case "$mode" in
  app)
    exec "$venv/bin/desk-app" "$@"
    ;;
  test)
    say "checking import contracts"
    "$venv/bin/lint-imports" --config pyproject.toml
    say "lint (ruff)"
    "$venv/bin/ruff" check --quiet .
    say "type-checking domain/ and services/"
    "$venv/bin/mypy" --no-error-summary
    say "virtual PDF printer (CUPS_PDF) for the printing tests"
    bash "$root/packaging/cups.sh" || true
    say "running the test suite (headless)"
    export QT_QPA_PLATFORM=offscreen
    exec "$venv/bin/python" -m pytest -p no:cacheprovider "$@"
    ;;
  *)
    echo "usage: bash packaging/bootstrap.sh app|test [args]" >&2; exit 2 ;;
esac
