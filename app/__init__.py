"""VoiceDesk: compose, preview, send and track paid voice-message campaigns."""


def __getattr__(name: str) -> str:
    """`app.__version__`, read lazily from the one source of truth (works frozen too)."""
    if name == "__version__":
        from app.about import app_metadata

        return app_metadata().version
    raise AttributeError(name)
