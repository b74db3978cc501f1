"""Berichte: meeting packs, member directory, annual report, statistics."""
