#!/usr/bin/env bash
# Set-up shared by the two README commands: Debian packages, the virtual environment, Python
# packages. Installs missing Debian packages when run as root, otherwise prints the exact command.
# Usage: source scripts/bootstrap.sh [extras]   (extras: "" for the app, "test" for the test suite)
set -euo pipefail
VOICEDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$VOICEDESK_ROOT"
EXTRAS="${1:-}"

# Runtime: offscreen/xcb Qt, QtMultimedia (libpulse0), pyttsx3 on eSpeak NG.
DEB_APP="python3-venv libespeak-ng1 espeak-ng-data libpulse0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libatomic1"
# Tests: the espeak-ng command line (length check), a PulseAudio null sink, a Secret Service for
# keyring tests, binutils for PyInstaller, Xvfb for screenshots.
DEB_TEST="espeak-ng pulseaudio dbus gnome-keyring binutils xvfb"
wanted="$DEB_APP"
[ "$EXTRAS" = "test" ] && wanted="$DEB_APP $DEB_TEST"

missing=""
for pkg in $wanted; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $pkg"
  fi
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "VoiceDesk: installing Debian packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
  else
    echo "VoiceDesk needs these Debian packages. Install them with:"
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$missing"
    exit 1
  fi
fi

PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] < (3, 14) else 1)'; then
  echo "VoiceDesk needs Python 3.11 to 3.13; found: $("$PY" --version 2>&1)"
  exit 1
fi
stamp=".venv/.voicedesk-installed-$EXTRAS"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  spec="."
  [ -n "$EXTRAS" ] && spec=".[$EXTRAS]"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e "$spec"
  touch "$stamp"
fi
