#!/usr/bin/env bash
# macOS recipe: VoiceDesk.app (PyInstaller BUNDLE from packaging/voicedesk.spec, Info.plist from
# packaging/macos/Info.plist.in, icon resources/icons/voicedesk.icns) and a drag-to-Applications
# .dmg made with hdiutil.
#
#   bash packaging/macos/make_dmg.sh            -> dist/VoiceDesk.app, dist/VoiceDesk-<version>.dmg
#
# Signing: ad hoc by default (runs locally, Gatekeeper still warns on other Macs). For
# distribution set CODESIGN_IDENTITY="Developer ID Application: ..." and notarise the .dmg
# (xcrun notarytool submit --wait, then xcrun stapler staple).
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON="${PYTHON:-python3}"

VERSION="$("$PYTHON" packaging/build.py --print-version)"
"$PYTHON" packaging/build.py
APP="dist/VoiceDesk.app"
test -x "$APP/Contents/MacOS/VoiceDesk"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
else
    codesign --force --deep --sign - "$APP"   # ad hoc
fi

STAGING="$(mktemp -d)"
trap 'rm -rf "$STAGING"' EXIT
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
DMG="dist/VoiceDesk-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "VoiceDesk $VERSION" -srcfolder "$STAGING" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$DMG"
hdiutil verify "$DMG"
echo "built $DMG"
