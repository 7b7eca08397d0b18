#!/usr/bin/env bash
# Install everything (see scripts/bootstrap.sh) and run the whole test suite, headless: offscreen
# Qt, a PulseAudio null sink for real QtMultimedia playback. Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh" "test"
export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="qt.multimedia.*=false"
if command -v pulseaudio >/dev/null && ! pulseaudio --check 2>/dev/null; then
  pulseaudio -D --exit-idle-time=-1 -n --load='module-null-sink sink_name=null' \
    --load=module-native-protocol-unix >/dev/null 2>&1 || echo "note: no PulseAudio null sink; audio tests will say so"
fi
exec .venv/bin/python -m pytest "$@"
