"""Faithful simulators of the Routee and Naxai voice APIs, usable in-process (an httpx transport:
the built-in Sandbox account) and over a real loopback socket (tests)."""
