"""The personal salutation of a letter or e-mail, from a person's salutation and title."""

from __future__ import annotations


def personal_salutation(
    salutation: str | None, title: str | None, first_name: str | None, last_name: str | None
) -> str:
    """»Sehr geehrte Frau Prof. Dr. Öztürk-Schäfer«, »Sehr geehrter Herr …« or, without a
    gender, the neutral »Guten Tag Vorname Nachname« (no comma: the template adds it)."""
    last = (last_name or "").strip()
    named = " ".join(part for part in ((title or "").strip(), last) if part)
    if salutation == "Frau" and last:
        return f"Sehr geehrte Frau {named}"
    if salutation == "Herr" and last:
        return f"Sehr geehrter Herr {named}"
    full = " ".join(part for part in ((first_name or "").strip(), last) if part)
    return f"Guten Tag {full}" if full else "Guten Tag"
