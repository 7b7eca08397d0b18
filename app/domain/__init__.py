"""Pure models and rules of VoiceDesk: no Qt, no I/O."""
