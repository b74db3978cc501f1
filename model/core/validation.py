"""Rules for what the office types into forms and imports: AGS, postcode, email, names.

Each ``check_*`` function returns the cleaned value (trimmed; ``None`` for empty) or raises a
``ValidationError`` that names the field in German, so the form can put the cursor there and
an import can name row and field.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import overload

from .errors import ValidationError
from .text import shorten, strip_invisible

NRW_AGS_PREFIX = "05"

# Pragmatic email syntax: one @, a local part without spaces, a domain with a dot and a
# top-level domain of letters. Stricter than RFC 5322 on purpose: it catches the typos
# offices make (spaces, commas, missing dot, two @) and accepts every address in real use.
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\u00c0-\uffff-]+"
    r"@(?:[A-Za-z0-9\u00c0-\uffff](?:[A-Za-z0-9\u00c0-\uffff-]*[A-Za-z0-9\u00c0-\uffff])?\.)+"
    r"[A-Za-z\u00c0-\uffff]{2,}$"
)
_POSTCODE = re.compile(r"^\d{5}$")


def clean(value: object) -> str | None:
    """Trimmed, single-spaced text; ``None`` for nothing but spaces."""
    if value is None:
        return None
    text = strip_invisible(" ".join(str(value).replace("\u00a0", " ").split()))
    return text or None


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value)) and ".." not in value and not value.startswith(".") and ".@" not in value


def check_email(value: object, field: str = "E-Mail") -> str | None:
    text = clean(value)
    if text is None:
        return None
    typed, text = text, text.removeprefix("mailto:").strip("<>").strip()
    if not is_valid_email(text):
        raise ValidationError(f"»{shorten(typed)}« ist keine gültige E-Mail-Adresse.", field)
    return text


def check_postcode(value: object, field: str = "PLZ") -> str | None:
    text = clean(value)
    if text is None:
        return None
    if text.isdigit() and len(text) == 4:
        # Excel drops the leading zero of "01067" when the column is a number.
        text = "0" + text
    if not _POSTCODE.match(text):
        raise ValidationError(f"Die Postleitzahl »{shorten(text)}« muss aus fünf Ziffern bestehen.", field)
    return text


def check_ags(value: object, field: str = "AGS") -> str | None:
    """An Amtlicher Gemeindeschlüssel of NRW: 8 digits starting with 05."""
    text = clean(value)
    if text is None:
        return None
    text = text.replace(" ", "")
    if text.isdigit() and len(text) == 7 and text.startswith("5"):
        text = "0" + text  # a number column lost the leading zero
    if not (text.isdigit() and len(text) == 8):
        raise ValidationError(
            f"Der Gemeindeschlüssel »{shorten(text)}« muss aus acht Ziffern bestehen (z. B. 05513000).", field
        )
    if not text.startswith(NRW_AGS_PREFIX):
        raise ValidationError(
            f"Der Gemeindeschlüssel »{text}« gehört nicht zu Nordrhein-Westfalen (beginnt nicht mit 05).", field
        )
    return text


def check_required(value: object, field: str) -> str:
    text = clean(value)
    if text is None:
        raise ValidationError(f"»{field}« darf nicht leer sein.", field)
    return text


def check_choice(
    value: object, choices: tuple[str, ...], field: str, synonyms: dict[str, str] | None = None
) -> str | None:
    """A vocabulary word, accepted in any case and by a few usual synonyms."""
    from .text import fold

    text = clean(value)
    if text is None:
        return None
    folded = fold(text).rstrip(".")
    choice = _folded_choices(tuple(choices)).get(folded)
    if choice is not None:
        return choice
    if synonyms and folded in synonyms:
        return synonyms[folded]
    raise ValidationError(f"»{shorten(text)}« ist kein gültiger Wert; erlaubt: {', '.join(choices)}.", field)


@lru_cache(maxsize=64)
def _folded_choices(choices: tuple[str, ...]) -> dict[str, str]:
    """Folded word → vocabulary word (the first wins), once per vocabulary: imports check thousands of rows."""
    from .text import fold

    table: dict[str, str] = {}
    for choice in choices:
        table.setdefault(fold(choice), choice)
    return table


@overload
def check_length(value: str, limit: int, field: str) -> str: ...
@overload
def check_length(value: str | None, limit: int, field: str) -> str | None: ...
def check_length(value: str | None, limit: int, field: str) -> str | None:
    if value is not None and len(value) > limit:
        raise ValidationError(f"»{field}« ist zu lang (höchstens {limit} Zeichen).", field)
    return value
