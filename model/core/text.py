"""Text folding for search: case- and accent-insensitive on every database backend.

SQLite's ``lower()`` does not fold Ö/ö, and PostgreSQL's collations differ; so each
searchable row stores a folded ``search_key`` and queries fold the typed text the same way.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that NFKD does not decompose into base letter + mark.
_EXTRA_FOLDS = str.maketrans({"ß": "ss", "ł": "l", "ı": "i", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "þ": "th"})


_CACHED_LENGTH = 200  # longer texts (notes, odd cells) are folded each time, never kept


def fold(value: str | None) -> str:
    """Lower-case, accent-free, single-spaced form of ``value`` ("Łukasz Żółć" → "lukasz zolc")."""
    if not value:
        return ""
    if len(value) <= _CACHED_LENGTH:
        return _fold_cached(value)
    return _fold(value)


@lru_cache(maxsize=16384)  # names, organisations and functions repeat: imports and lists fold them often
def _fold_cached(value: str) -> str:
    return _fold(value)


def _fold(value: str) -> str:
    if value.isascii():  # the common case, and the same result: nothing to decompose or map
        return " ".join(value.lower().split())
    lowered = value.casefold().translate(_EXTRA_FOLDS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


# German spellings without umlauts: "Mueller" is Müller, "Muelheim" is Mülheim. After fold()
# the umlaut is already the bare vowel, so the two-letter spellings fold onto it as well.
_SPELLED_UMLAUTS = (("ae", "a"), ("oe", "o"), ("ue", "u"))


def search_fold(value: str | None) -> str:
    """The one folding of every search, on both sides: ä = ae = a, ö = oe = o, ü = ue = u,
    ß = ss, accents and case ignored ("Muelheim" → "mulheim", "Mülheim" → "mulheim").

    Folding "ae" in any word ("Michael" → "michal") is harmless: stored keys and typed text
    fold alike, so a search finds what it found before and the spellings without umlauts too.
    """
    folded = fold(value)
    for spelled, vowel in _SPELLED_UMLAUTS:
        folded = folded.replace(spelled, vowel)
    return folded


def shorten(value: object, limit: int = 60) -> str:
    """A cell value quoted in a message: single-spaced and at most ``limit`` characters
    (a 40,000-character cell must not become a 40,000-character error line)."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def search_key(*parts: str | None) -> str:
    """The stored search column: the folded parts joined by a separator no query contains."""
    return " | ".join(search_fold(part) for part in parts if part)


# Kept although invisible: joiners shape Arabic/Indic script and emoji sequences.
_KEPT_FORMAT_CHARACTERS = frozenset("\u200c\u200d")
_MULTILINE_CONTROLS = frozenset("\t\n\r")


def strip_invisible(value: str, multiline: bool = False) -> str:
    """``value`` without invisible control and format characters (Unicode Cc/Cf: NUL, escape
    codes, the right-to-left override U+202E that shows a name reversed, zero-width spaces),
    except the joiners ZWJ/ZWNJ; tab and line breaks stay only in ``multiline`` texts (notes)."""
    if value.isprintable():  # the common case, checked at C speed
        return value
    keep = _MULTILINE_CONTROLS if multiline else frozenset()
    return "".join(
        ch
        for ch in value
        if ch.isprintable()
        or ch in keep
        or ch in _KEPT_FORMAT_CHARACTERS
        or unicodedata.category(ch) not in ("Cc", "Cf")
    )
