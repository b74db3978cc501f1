"""Text folding for search: case- and accent-insensitive on every database backend.

SQLite's ``lower()`` does not fold Ö/ö, and PostgreSQL's collations differ; so each
searchable row stores a folded ``search_key`` and queries fold the typed text the same way.
"""

from __future__ import annotations

import unicodedata

# Letters that NFKD does not decompose into base letter + mark.
_EXTRA_FOLDS = str.maketrans(
    {"ß": "ss", "ł": "l", "ı": "i", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "þ": "th"}
)


def fold(value: str | None) -> str:
    """Lower-case, accent-free, single-spaced form of ``value`` ("Łukasz Żółć" → "lukasz zolc")."""
    if not value:
        return ""
    lowered = value.casefold().translate(_EXTRA_FOLDS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def search_key(*parts: str | None) -> str:
    """The stored search column: the folded parts joined by a separator no query contains."""
    return " | ".join(fold(part) for part in parts if part)
