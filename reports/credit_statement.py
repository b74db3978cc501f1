"""The yearly Fortbildungsnachweis of one person, from its register snapshot."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from model.core.vocab import IN_PERSON, ONLINE
from model.training.credits import unit_label

from .certificates import ImageCache, addressed_name, draw_certificate_footer, draw_certificate_header, signature_block
from .document_pages import TEXT_WIDTH, KeptTogether, draw_document
from .pdf import ACCENT, escape, para, register_fonts, styles

GRID = colors.HexColor("#D5DBE3")


def _entries_table(header: list[str], rows: list[list], widths: list[float], total: list | None) -> Table:
    data = [[para(text, "cell_bold") for text in header]] + rows
    if total:
        data.append(total)
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, GRID),
    ]
    if total:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT))
    table.setStyle(TableStyle(style))
    return table


def _recognition(entry: dict) -> str:
    text = entry["chamber"] + (f" {entry['recognition_number']}" if entry.get("recognition_number") else "")
    mode = {IN_PERSON: "in Präsenz", ONLINE: "per Telepräsenz"}.get(entry.get("mode") or "")
    for note in (mode, entry.get("recognition_note"), entry.get("overlap_note")):
        if note:
            text += f"\n{note}"
    return text


def _requirement_lines(snapshot: dict) -> list[str]:
    if "has_requirement" not in snapshot:  # snapshots issued before: printed as they were
        required, missing, unit = snapshot["requirement_text"], snapshot["missing_text"], snapshot["unit"]
        line = f"Jahresanforderung der Kammer: {required} {unit_label(required, unit)}"
        if missing != "0":
            line += f"; es fehlen noch {missing} {unit_label(missing, unit)} (aus Veranstaltungen der Geschäftsstelle)."
        else:
            line += "; mit den Veranstaltungen der Geschäftsstelle erfüllt."
        return [line]
    if not snapshot["has_requirement"]:
        return [snapshot.get("no_requirement_text") or ""]
    unit = snapshot["unit"]
    required, missing = snapshot["requirement_text"], snapshot["missing_text"]
    lines = [
        f"Jahresanforderung {snapshot['year']} der {snapshot['chamber_name']}"
        + (f" ({snapshot['category']})" if snapshot.get("category") else "")
        + f": {required} {unit_label(required, unit)}."
    ]
    if snapshot.get("carried_in_text"):
        lines.append(
            f"Übertrag aus dem Vorjahr: {snapshot['carried_in_text']} {unit_label(snapshot['carried_in_text'], unit)}."
        )
    total = snapshot.get("credited_text", snapshot["total_text"])
    lines.append(
        f"Angerechnet: {total} {unit_label(total, unit)}; "
        + (
            f"es fehlen noch {missing} {unit_label(missing, unit)}."
            if missing != "0"
            else "die Anforderung ist erfüllt."
        )
    )
    if snapshot.get("carry_out_text"):
        lines.append(
            f"Übertrag ins Folgejahr: {snapshot['carry_out_text']} {unit_label(snapshot['carry_out_text'], unit)}."
        )
    return lines


def statement_story(snapshot: dict, images: ImageCache) -> list:
    person = snapshot["person"]
    story = [
        Paragraph(escape(snapshot["title"]), styles()["title"]),
        Paragraph(f"<b>{escape(addressed_name(person))}</b>", styles()["text"]),
    ]
    details = [person.get("organisation")]
    if person.get("chamber_name"):
        details.append(
            person["chamber_name"]
            + (f", Mitgliedsnummer {person['chamber_number']}" if person.get("chamber_number") else "")
        )
    story += [para(line) for line in details if line]
    story.append(Spacer(0, 6 * mm))
    story.append(
        para(
            f"Im Kalenderjahr {snapshot['year']} hat {addressed_name(person)} an den folgenden von der "
            f"Geschäftsstelle durchgeführten und anerkannten Fortbildungen teilgenommen:"
        )
    )
    story.append(Spacer(0, 4 * mm))
    rows = []
    for entry in snapshot["entries"]:
        rows.append(
            [
                para(entry["date_text"], "cell"),
                para(entry["title"], "cell"),
                para(_recognition(entry), "cell"),
                para(entry["points_text"], "cell"),
            ]
        )
    if not snapshot["entries"]:
        rows.append([para("–", "cell"), para("Keine anerkannte Teilnahme in diesem Jahr.", "cell"), "", ""])
    widths = [24 * mm, TEXT_WIDTH - 24 * mm - 48 * mm - 18 * mm, 48 * mm, 18 * mm]
    total_row = ["", para("Summe", "cell_bold"), "", para(snapshot["total_text"], "cell_bold")]
    story.append(_entries_table(["Datum", "Veranstaltung", "Anerkennung", "Punkte"], rows, widths, total_row))
    external = snapshot.get("external") or []
    if external:
        story.append(Spacer(0, 6 * mm))
        story.append(para("Von der Person gemeldete Fortbildungen anderer Anbieter", "h2"))
        ext_rows = [
            [
                para(e["date_text"], "cell"),
                para(f"{e['title']}\n{e['provider']}", "cell"),
                para("Nachweis gesehen" if e.get("proof_seen") else "Nachweis nicht vorgelegt", "cell"),
                para(e["points_text"], "cell"),
            ]
            for e in external
        ]
        ext_total = ["", para("Summe", "cell_bold"), "", para(snapshot.get("external_total_text", ""), "cell_bold")]
        story.append(
            _entries_table(["Datum", "Fortbildung, Anbieter", "Nachweis", "Punkte"], ext_rows, widths, ext_total)
        )
    closing = [para(line) for line in _requirement_lines(snapshot) if line]
    closing.append(signature_block(snapshot, images))
    story.append(Spacer(0, 5 * mm))
    story.append(KeptTogether(closing, gap=3 * mm))
    return story


def draw_credit_statement(canvas: Canvas, snapshot: dict, images: ImageCache) -> int:
    register_fonts()
    return draw_document(
        canvas,
        statement_story(snapshot, images),
        header=lambda c: draw_certificate_header(c, snapshot["office"], images),
        footer=lambda c, page, total: draw_certificate_footer(c, snapshot, page, total, always_number=True),
    )


def credit_statement_pdf(snapshot: dict, load_asset: Callable[[str | None], bytes | None]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(snapshot["title"])
    draw_credit_statement(canvas, snapshot, ImageCache(load_asset))
    canvas.save()
    return buffer.getvalue()


def credit_statements_pdf(snapshots: list[dict], load_asset: Callable[[str | None], bytes | None]) -> bytes:
    """Several statements in one PDF for printing (each numbered on its own)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle("Fortbildungsnachweise")
    images = ImageCache(load_asset)
    for snapshot in snapshots:
        draw_credit_statement(canvas, snapshot, images)
    canvas.save()
    return buffer.getvalue()
