"""Orchestration of VoiceDesk (drafts store, submission, tracking, preview, secrets); async, no Qt."""
