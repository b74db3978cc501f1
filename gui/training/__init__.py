"""Fortbildung area: accreditation, credit accounts, certificates."""
