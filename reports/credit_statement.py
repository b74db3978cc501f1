"""The yearly Fortbildungsnachweis of one person, from its register snapshot."""

from __future__ import annotations

import io
from typing import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from model.credits import unit_label

from .certificates import TEXT_WIDTH, ImageCache, _draw_footer, _draw_header, _draw_revoked_mark, _draw_signature, addressed_name
from .pdf import ACCENT, escape, para, register_fonts, styles


def credit_statement_pdf(snapshot: dict, load_asset: Callable[[str | None], bytes | None]) -> bytes:
    register_fonts()
    images = ImageCache(load_asset)
    buffer = io.BytesIO()
    # The frame pads by 6 pt: shift it so that text lines up with the letterhead.
    doc = SimpleDocTemplate(buffer, leftMargin=25 * mm - 6, rightMargin=20 * mm - 6, topMargin=48 * mm,
                            bottomMargin=25 * mm, title=snapshot["title"])
    person = snapshot["person"]
    story = [Paragraph(escape(snapshot["title"]), styles()["title"]),
             Paragraph(f"<b>{escape(addressed_name(person))}</b>", styles()["text"])]
    details = [person.get("organisation")]
    if person.get("chamber_name"):
        details.append(person["chamber_name"] + (f", Mitgliedsnummer {person['chamber_number']}" if person.get("chamber_number") else ""))
    story += [para(line) for line in details if line]
    story.append(Spacer(0, 6 * mm))
    story.append(para(
        f"Im Kalenderjahr {snapshot['year']} hat {addressed_name(person)} an den folgenden von der "
        f"Geschäftsstelle durchgeführten und anerkannten Fortbildungen teilgenommen:"
    ))
    story.append(Spacer(0, 4 * mm))
    rows = [[para("Datum", "cell_bold"), para("Veranstaltung", "cell_bold"), para("Anerkennung", "cell_bold"),
             para("Punkte", "cell_bold")]]
    for entry in snapshot["entries"]:
        recognition = entry["chamber"] + (f" {entry['recognition_number']}" if entry.get("recognition_number") else "")
        rows.append([para(entry["date_text"], "cell"), para(entry["title"], "cell"), para(recognition, "cell"),
                     para(entry["points_text"], "cell")])
    if not snapshot["entries"]:
        rows.append([para("–", "cell"), para("Keine anerkannte Teilnahme in diesem Jahr.", "cell"), "", ""])
    rows.append(["", para("Summe", "cell_bold"), "", para(snapshot["total_text"], "cell_bold")])
    table = Table(rows, colWidths=[24 * mm, TEXT_WIDTH - 24 * mm - 42 * mm - 18 * mm, 42 * mm, 18 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#D5DBE3")),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
    ]))
    story.append(table)
    story.append(Spacer(0, 5 * mm))
    required, missing, unit = snapshot["requirement_text"], snapshot["missing_text"], snapshot["unit"]
    requirement = f"Jahresanforderung der Kammer: {required} {unit_label(required, unit)}"
    if missing != "0":
        requirement += f"; es fehlen noch {missing} {unit_label(missing, unit)} (aus Veranstaltungen der Geschäftsstelle)."
    else:
        requirement += "; mit den Veranstaltungen der Geschäftsstelle erfüllt."
    story.append(para(requirement))

    def decorate(canvas, _doc):
        _draw_header(canvas, snapshot["office"], images)
        _draw_footer(canvas, snapshot)
        if snapshot.get("revoked"):
            _draw_revoked_mark(canvas)

    story.append(Spacer(0, 8 * mm))
    story.append(_SignatureFlowable(snapshot, images))
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


class _SignatureFlowable(Table):
    """Place, date and signature below the table (kept together on the last page)."""

    def __init__(self, snapshot: dict, images: ImageCache):
        super().__init__([[""]], colWidths=[TEXT_WIDTH], rowHeights=[45 * mm])
        self._snapshot, self._images = snapshot, images

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - reportlab API
        canvas.saveState()
        _draw_signature(canvas, self._snapshot, self._images, y + 38 * mm)
        canvas.restoreState()

