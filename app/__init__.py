"""VoiceDesk: compose, preview, send and track paid voice-message campaigns."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("voicedesk")
except _metadata.PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.1.0"
