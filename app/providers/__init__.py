"""Async HTTP clients of the voice providers and their Sandbox simulators; no Qt."""
