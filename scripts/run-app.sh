#!/usr/bin/env bash
# Install everything VoiceDesk needs (see scripts/bootstrap.sh) and launch it on the Sandbox account.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh" ""
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No screen found (DISPLAY is not set). On a server, run: xvfb-run $0"
  exit 1
fi
exec .venv/bin/python -m app "$@"
