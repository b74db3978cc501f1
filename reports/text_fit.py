"""Breaking cell text into lines by real text widths, never inside a word or a number.

reportlab's Paragraph splits a word that does not fit its column and joins the pieces of a
text broken at zero-width spaces with a visible space. Lists therefore break their cells
here, with the metrics of the embedded font, and hand reportlab finished lines.

Rules: lines break at spaces only; an e-mail address may break after ``@`` or ``.``;
a short token without letters ("/", "€", "%", "–") stays with its neighbours, so
"NWS-2026-004 / 3" and "1.234,50 €" are one unit.
"""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

_EMAIL_BREAK = re.compile(r"(?<=[@.])")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def units(text: str) -> list[str]:
    """The pieces of ``text`` that must stay together on one line, in order."""
    result: list[str] = []
    glue_next = False
    for token in text.split():
        small_symbol = len(token) <= 3 and not _HAS_LETTER.search(token) and not token.isdigit()
        if result and (small_symbol or glue_next):
            result[-1] = f"{result[-1]}\u00a0{token}"
        else:
            result.append(token)
        glue_next = small_symbol and token in ("/", "–", "-")
    return result


def _pieces(unit: str) -> list[str]:
    """Where a unit may be broken: an e-mail address after ``@`` and ``.``, else nowhere."""
    if "@" in unit and "\u00a0" not in unit:
        return [piece for piece in _EMAIL_BREAK.split(unit) if piece]
    return [unit]


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def min_width(text: str, font: str, size: float) -> float:
    """The width of the longest piece that cannot be broken."""
    return max((stringWidth(_plain(piece), font, size) for unit in units(text) for piece in _pieces(unit)), default=0.0)


def natural_width(text: str, font: str, size: float) -> float:
    """The width of the longest line as typed (explicit line breaks kept)."""
    return max((stringWidth(line, font, size) for line in text.split("\n")), default=0.0)


def break_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines no wider than ``width`` where possible; a piece wider than the line stands alone."""
    lines: list[str] = []
    for paragraph in (text or "").split("\n"):
        current = ""
        for unit in units(paragraph):
            candidate = f"{current} {unit}" if current else unit
            if stringWidth(_plain(candidate), font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            for piece in _pieces(unit):  # e-mail: fill the line, then break after @ or .
                candidate = current + piece
                if current and stringWidth(_plain(candidate), font, size) > width:
                    lines.append(current)
                    current = piece
                else:
                    current = candidate
        lines.append(current)
    return [_plain(line) for line in lines]
