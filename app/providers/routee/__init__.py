"""Routee Voice: client, gateway and the pure mapping from VoiceDesk drafts to Routee requests."""

from app.providers.routee.client import RouteeClient, RouteeGateway, routee_client, routee_gateway

__all__ = ["RouteeClient", "RouteeGateway", "routee_client", "routee_gateway"]
