#!/usr/bin/env bash
# Extract every translatable text of app/ into resources/translations/voicedesk_{fr,nl,de,el}.ts
# (keeping the existing translations, dropping texts no longer used) and compile each .ts to the
# .qm beside it. Run it after adding or changing UI strings, translate the new entries (marked
# type="unfinished"; Qt Linguist: pyside6-linguist FILE.ts), then run it again and commit both.
# Environment: TRANSLATIONS_DIR (default resources/translations; the tests use a temporary copy),
# PYSIDE_BIN (folder holding pyside6-lupdate and pyside6-lrelease; default .venv/bin, then PATH).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${TRANSLATIONS_DIR:-resources/translations}"
LANGUAGES="fr nl de el"

tool() {
  local dir="${PYSIDE_BIN:-$ROOT/.venv/bin}"
  if [ -x "$dir/$1" ]; then echo "$dir/$1"; elif command -v "$1" >/dev/null; then command -v "$1"
  else echo "update-translations: $1 not found (set PYSIDE_BIN to the folder that has it)" >&2; exit 1; fi
}
LUPDATE="$(tool pyside6-lupdate)"
LRELEASE="$(tool pyside6-lrelease)"

# The Python files that hold translatable texts. app/main.py is left out: lupdate would file its
# window.tr() texts under "window", while tr() looks them up under MainWindow at run time; they are
# marked in app/ui/main_window_texts.py instead (the tests check that none is missing there).
sources="$(mktemp)"
trap 'rm -f "$sources"' EXIT
grep -rlE --include='*.py' '(\.tr|translate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\(' app \
  | grep -v '^app/main\.py$' | LC_ALL=C sort >"$sources"

mkdir -p "$OUT"
for lang in $LANGUAGES; do
  ts="$OUT/voicedesk_$lang.ts"
  "$LUPDATE" -silent -no-obsolete -locations none -source-language en -target-language "$lang" \
    "@$sources" -ts "$ts"
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
echo "Updated $(echo "$LANGUAGES" | wc -w) translations in $OUT; unfinished entries:"
grep -c 'type="unfinished"' "$OUT"/voicedesk_*.ts || true
