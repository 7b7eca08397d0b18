#!/usr/bin/env bash
# Take the README screenshot from the real app under Xvfb: a sample draft is placed in a scratch
# data folder, the app is started on it, and the screen is captured with ImageMagick's `import`.
# Usage: bash scripts/screenshot.sh [PAGE_ROW] [OUT.png]   (needs xvfb and imagemagick)
set -euo pipefail
cd "$(dirname "$0")/.."
ROW="${1:-0}"
OUT="${2:-docs/main-window.png}"
SCRATCH="$(mktemp -d)"
export VOICEDESK_DATA_DIR="$SCRATCH/data" VOICEDESK_CACHE_DIR="$SCRATCH/cache" VOICEDESK_LOG_DIR="$SCRATCH/log"
.venv/bin/python - <<'PY'
import asyncio, os
from pathlib import Path
from app.domain.campaign import CampaignDraft
from app.domain.message import SpokenText
from app.domain.providers import ProviderId
from app.services.store import Store

async def main() -> None:
    store = Store(Path(os.environ["VOICEDESK_DATA_DIR"]) / "voicedesk.sqlite3")
    draft = CampaignDraft(name="Water cut Ixelles", provider=ProviderId.NAXAI,
                          message=SpokenText(text="Bonjour, ceci est un message de votre commune. L'eau sera coupée "
                                                  "demain de 8h à 12h rue de la Paix. Merci de votre compréhension.",
                                             language="fr-BE"))
    draft.audience.numbers_text = "0470 12 34 56\n+32 470 12 34 57\n0032 2 555 01 99\n0470 12 34 56\n12345"
    draft.delivery.sender = "3225550100"
    await store.save_draft(draft, make_current=True)
    await store.aclose()

asyncio.run(main())
PY
export DISPLAY=:97
Xvfb :97 -screen 0 1040x744x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true; rm -rf "$SCRATCH"' EXIT
sleep 1
VOICEDESK_SCREENSHOT_ROW="$ROW" .venv/bin/python -m app >/dev/null 2>&1 &
APP=$!
sleep 6
import -window root "$OUT"
kill $APP 2>/dev/null || true
echo "saved $OUT"
