"""`python -m app` runs VoiceDesk (see app.main)."""

from app.main import run

if __name__ == "__main__":
    raise SystemExit(run())
