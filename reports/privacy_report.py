"""The Art. 15 DSGVO information about one person: a PDF (or an Excel workbook) plus the same
data as JSON (machine-readable, Art. 20). Writing it is noted in the audit log.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from model.core.db import Database
from model.core.filenames import safe_stem
from model.core.formatting import short_date
from model.services.privacy import information, information_json, note_information_export
from model.settings.office import load_profile

from .excel import Column, Sheet, write_workbook

TITLE = "Auskunft nach Art. 15 DSGVO"


def _shown(value, compact: bool = False) -> str:
    if value is None or value == "":
        return "–"
    if value is True:
        return "ja"
    if value is False:
        return "nein"
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        if len(value) == 10 or compact:
            return short_date(moment.date())
        return moment.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, dict):
        return (
            "; ".join(
                f"{k}: {_shown(v[0]) if isinstance(v, list) and len(v) == 2 else _shown(v)}"
                + (f" → {_shown(v[1])}" if isinstance(v, list) and len(v) == 2 else "")
                for k, v in value.items()
            )
            or "–"
        )
    if isinstance(value, list):
        return ", ".join(_shown(v) for v in value) or "–"
    return str(value)


def _person_name(data: dict) -> str:
    master = data.get("Stammdaten", {})
    return " ".join(str(master.get(k)) for k in ("Titel", "Vorname", "Nachname") if master.get(k)) or "Person"


def information_pdf(data: dict, letterhead=None) -> bytes:
    """The information as a readable PDF: one table per section, names exactly as stored."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from .pdf import MUTED, PAGE_A4, escape, numbered_canvas, para, styles

    buffer = io.BytesIO()
    top = 36 * mm if letterhead else 20 * mm
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=top,
        bottomMargin=20 * mm,
        title=f"{TITLE} – {_person_name(data)}",
    )
    width = PAGE_A4[0] - 40 * mm
    story = [para(TITLE, "title"), para(_person_name(data), "h1")]
    head = data.get(TITLE, {})
    story.append(
        para(
            f"Erstellt am {_shown(head.get('erstellt am'))} von {head.get('Verantwortliche Stelle') or '–'}; "
            f"Personennummer {head.get('Personennummer')}.",
            "small",
        )
    )
    story.append(Spacer(1, 3 * mm))
    style = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#D5DCE4")),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
    )

    def pairs_table(record: dict) -> Table:
        rows = [
            [para(key, "cell_bold"), para(_shown(value), "cell")]
            for key, value in record.items()
            if not isinstance(value, (dict, list)) or value
        ]
        table = Table(
            rows or [[para("keine Angaben", "cell"), ""]], colWidths=[width * 0.32, width * 0.68], hAlign="LEFT"
        )
        table.setStyle(style)
        return table

    def item_paragraphs(item: dict, indent: bool = False) -> list:
        """One item as a paragraph: its first value in bold, then "key: value" for what is filled."""
        style = styles()["cell"]
        if indent:
            style = ParagraphStyle("Indented", parent=style, leftIndent=12, textColor=MUTED)
        keys = list(item)
        flat = [(k, v) for k, v in item.items() if not isinstance(v, (dict, list)) and v not in (None, "")]
        if not flat:
            return []
        first_value = flat[0][1] if not indent else ""
        parts = [f"{escape(k)}: {escape(_shown(v))}" for k, v in (flat[1:] if not indent else flat)]
        head = f"<b>{escape(_shown(first_value))}</b>" if not indent else ""
        text = head + (" – " if head and parts else "") + " · ".join(parts)
        result = [Paragraph(text, style)]
        changes = item.get("Änderungen")
        if changes:
            result.append(
                Paragraph(
                    escape("Änderungen: " + _shown(changes)),
                    ParagraphStyle("Changes", parent=style, leftIndent=12, textColor=MUTED),
                )
            )
        for key in keys:
            value = item[key]
            if key == "Änderungen" or not isinstance(value, (dict, list)) or not value:
                continue
            for sub in [value] if isinstance(value, dict) else value:
                filled = {k: v for k, v in sub.items() if v not in (None, "", False)}
                if filled:
                    result += [
                        Paragraph(
                            escape(f"{key}: ")
                            + " · ".join(f"{escape(k)}: {escape(_shown(v))}" for k, v in filled.items()),
                            ParagraphStyle("Nested", parent=style, leftIndent=12, textColor=MUTED),
                        )
                    ]
        return result

    for section, content in data.items():
        if section == TITLE:
            continue
        heading = Paragraph(escape(section), ParagraphStyle("SectionHeading", parent=styles()["h2"], keepWithNext=1))
        story.append(heading)
        if isinstance(content, str):
            story.append(para(content, "text"))
        elif isinstance(content, dict):
            story.append(pairs_table(content))
        elif not content:
            story.append(para("keine", "small"))
        elif isinstance(content[0], dict):
            for item in content:
                story += item_paragraphs(item)
                story.append(Spacer(1, 1.5 * mm))
        else:
            for item in content:
                story.append(para(f"• {_shown(item)}", "text"))

    doc.build(story, canvasmaker=numbered_canvas(TITLE, letterhead))
    return buffer.getvalue()


def information_workbook(data: dict, target) -> None:
    """The information as a workbook: one sheet per section."""
    sheets = []
    for section, content in data.items():
        if isinstance(content, str):
            sheets.append(Sheet(section, [Column("Hinweis", width=120)], [[content]]))
        elif isinstance(content, dict):
            sheets.append(
                Sheet(section, [Column("Angabe"), Column("Wert")], [[k, _shown(v)] for k, v in content.items()])
            )
        elif content and isinstance(content[0], dict):
            headers = list(dict.fromkeys(k for item in content for k in item))
            sheets.append(
                Sheet(
                    section, [Column(h) for h in headers], [[_shown(item.get(h)) for h in headers] for item in content]
                )
            )
        else:
            sheets.append(Sheet(section, [Column(section)], [[_shown(item)] for item in content]))
    write_workbook(target, sheets)


def write_information(db: Database, person_id: int, folder: Path | str, kind: str = "pdf") -> list[Path]:
    """Write the information file (PDF or XLSX) and the JSON beside it; note it in the audit log."""
    from model.core.filenames import unique_path
    from model.core.safe_files import write_atomically

    from .pdf import Letterhead

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    data = information(db, person_id)
    stem = safe_stem(f"Auskunft Art 15 DSGVO {_person_name(data)} {dt.date.today():%Y-%m-%d}")
    taken: set[str] = set()
    main = unique_path(folder, stem, ".pdf" if kind == "pdf" else ".xlsx", taken)
    if kind == "pdf":
        letterhead = Letterhead.from_profile(load_profile(db))
        write_atomically(main, information_pdf(data, letterhead))
    else:
        information_workbook(data, main)
    json_path = unique_path(folder, stem, ".json", taken)
    write_atomically(json_path, information_json(data).encode("utf-8"))
    note_information_export(db, person_id, [main.name, json_path.name])
    return [main, json_path]
