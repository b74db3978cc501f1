"""Shared widgets and mechanisms used by every area."""
