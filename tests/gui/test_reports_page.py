"""Berichte: meeting pack dialog, annual report and member directory in the preview, printed to a
PDF printer; the statistics view with its chart and Excel export."""

from __future__ import annotations

import io

import pytest
from clicking import answer_file_dialogs, answer_print_dialog
from gui_fixtures import fake_user, make_window  # noqa: F401 - fixtures
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from report_fixtures import fill_report_sample

from gui.reports.page import ReportsPage


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def page(qtbot, db):
    page = ReportsPage(db)
    page.sample = fill_report_sample(db)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_loading())  # the events are gathered in the background
    yield page
    page.wait_for_jobs(cancel=True)
    if page.runner.preview is not None:
        page.runner.preview.close()


def _select_event(page, event_id: int) -> None:
    row = next(i for i, e in enumerate(page.events_model.rows()) if e.id == event_id)
    page.events_view.selectRow(row)


def _print_preview(preview, tmp_path, monkeypatch) -> int:
    target = tmp_path / "gedruckt.pdf"
    answer_print_dialog(monkeypatch, target)
    preview.print_action.trigger()
    return len(PdfReader(target).pages)


def test_meeting_pack_dialog_makes_the_chosen_pack_and_prints_it(qtbot, page, tmp_path, monkeypatch):
    from reports.meeting_pack import PARTICIPANTS, SIGN_IN

    _select_event(page, page.sample.meeting)
    page.meeting_pack()
    dialog = page.dialog
    assert dialog.isVisible() and "Quartiere & Zusammenhalt <2026>" in dialog.event_title
    assert sum(box.isChecked() for box in dialog.section_boxes.values()) == 5  # all but the table tents
    dialog.set_sections((PARTICIPANTS, SIGN_IN))
    dialog.sort.setCurrentIndex(dialog.sort.findData("name"))
    dialog.blank_rows.setValue(3)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.runner.preview is not None, timeout=20000)

    preview = page.runner.preview
    text = pdf_text(preview._pdf)
    assert "Teilnehmendenliste" in text and "Unterschriftenliste" in text and "Tagesordnung" not in text
    assert "Yılmaz, Ayşe" in text and "Żółć, Dr. Łukasz" in text and "Müller & Söhne <GmbH>" in text
    assert text.index("Klein, Peter") < text.index("Schulte, Jana")
    assert preview.page_count() >= 2
    assert _print_preview(preview, tmp_path, monkeypatch) == preview.page_count()


def test_excursion_pack_adds_the_sign_in_sheet_to_the_travel_pack(qtbot, page):
    from reports.meeting_pack import INVITATION, SIGN_IN

    _select_event(page, page.sample.excursion)
    page.meeting_pack()
    dialog = page.dialog
    assert not dialog.section_boxes[INVITATION].isEnabled()  # an excursion has no invitation flyer
    qtbot.waitExposed(dialog)
    box = dialog.section_boxes[SIGN_IN]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the tick box
    assert box.isChecked()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.runner.preview is not None, timeout=20000)
    text = pdf_text(page.runner.preview._pdf)
    assert "Reiseunterlagen" in text and "Unterschriftenliste" in text


def test_meeting_pack_sections_none_chosen_cannot_start(qtbot, page):
    _select_event(page, page.sample.meeting)
    page.meeting_pack()
    page.dialog.set_sections(())
    assert not page.dialog.create_button.isEnabled()
    page.dialog.reject()


def test_meeting_pack_needs_a_selected_event(qtbot, page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    seen = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: seen.append(args[2]))
    page.events_view.clearSelection()
    page.meeting_pack()
    assert seen and "Veranstaltung" in seen[0] and page.dialog is None


def test_annual_report_opens_in_the_preview(qtbot, page, tmp_path, monkeypatch):
    page.annual_year.setCurrentIndex(page.annual_year.findData(2026))
    qtbot.mouseClick(page.annual_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.runner.preview is not None, timeout=20000)
    preview = page.runner.preview
    text = pdf_text(preview._pdf)
    assert "Jahresbericht 2026" in text and "3. Teilnahme der Mitgliedskommunen" in text
    assert "Quartiere & Zusammenhalt <2026>" in text
    assert preview.windowTitle() == "Jahresbericht 2026"
    assert _print_preview(preview, tmp_path, monkeypatch) == preview.page_count()


def test_member_directory_as_pdf_and_excel(qtbot, page, tmp_path, fake_user, monkeypatch):  # fixture
    from PySide6.QtCore import QDate

    page.directory_date.setDate(QDate(2026, 7, 1))
    page.include_partners.setChecked(True)
    qtbot.mouseClick(page.directory_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.runner.preview is not None, timeout=20000)
    text = pdf_text(page.runner.preview._pdf)
    assert "Müller & Söhne <GmbH>" in text and "Ayşe Yılmaz" in text and "Stadt Hamm" not in text

    target = tmp_path / "verzeichnis.xlsx"
    answer_file_dialogs(monkeypatch, target)
    qtbot.mouseClick(page.directory_excel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.excel_job is None, timeout=20000)
    assert "gespeichert" in fake_user.last
    assert load_workbook(target).sheetnames == ["Mitglieder", "Programmgebiete", "Ansprechpersonen"]


def test_failure_in_the_background_is_shown_in_german(qtbot, page, fake_user, monkeypatch):
    from model.core.errors import UserError

    def broken(*args, **kwargs):
        raise UserError("Die Veranstaltung mit der Nummer 5 gibt es nicht.")

    monkeypatch.setattr("reports.meeting_pack.event_pack_pdf", broken)
    _select_event(page, page.sample.meeting)
    page.meeting_pack()
    page.dialog.accept()
    qtbot.waitUntil(lambda: not page.runner.busy(), timeout=20000)
    assert "gibt es nicht" in fake_user.last and page.runner.preview is None


def test_statistics_table_chart_and_excel(qtbot, page, tmp_path, monkeypatch):
    view = page.statistics
    page.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.job is None and view.model.rowCount() > 0, timeout=20000)
    assert view.period() == (2025, 2026)
    headers = [c.header for c in view.model.columns()]
    assert headers == ["Kommune / Organisation", "Mitglied", "2025", "2026", "Summe"]
    rows = {r.label: r for r in view.model.rows()}
    assert rows["Stadt Gelsenkirchen"].per_year == {2025: 2, 2026: 2}
    assert view.chart.labels[0] == "Stadt Gelsenkirchen" and view.chart.values[0] == 4
    assert "Teilnahme je Mitgliedskommune 2025–2026" in view.chart.title

    view.model.sort(3, Qt.SortOrder.DescendingOrder)  # by 2026, as a click on the header does
    view.view.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
    assert view.chart.title.endswith("2026") and view.chart.values == sorted(view.chart.values, reverse=True)

    target = tmp_path / "statistik.xlsx"
    answer_file_dialogs(monkeypatch, target)
    view.output.export_action.trigger()
    sheet = load_workbook(target).active
    assert [c.value for c in sheet[1]] == headers
    assert isinstance(sheet.cell(row=2, column=3).value, (int, float))

    view.kind.setCurrentIndex(view.kind.findData("events"))
    qtbot.waitUntil(lambda: view.job is None and view.model.columns()[0].header == "Art", timeout=20000)
    assert {r.label for r in view.model.rows()} >= {"Tagung", "Werkstatt"}
    assert "Veranstaltungen je Art" in view.title()


def test_reports_area_in_the_main_window(qtbot, make_window, sqlite_db):
    fill_report_sample(sqlite_db)
    window = make_window(sqlite_db)
    window.show_area("reports")
    page = window.pages.currentWidget()
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: not page.is_loading())  # the events are gathered in the background
    assert page.events_model.rowCount() == 6


def test_overview_list_can_be_exported_and_printed(qtbot, db, tmp_path, monkeypatch):
    from gui_fixtures import fill_sample

    from gui.overview_page import OverviewPage

    figures = fill_sample(db)
    overview = OverviewPage(db)
    qtbot.addWidget(overview)
    overview.show()
    output = overview.events_output
    text = pdf_text(output.pdf_bytes())
    assert "Nächste Veranstaltungen" in text and figures.upcoming_titles[0] in text
    target = tmp_path / "naechste.xlsx"
    answer_file_dialogs(monkeypatch, target)
    output.export_action.trigger()
    assert load_workbook(target).active.max_row == 1 + overview.events_model.rowCount()


def test_invitation_letters_for_all_member_contacts(qtbot, page, fake_user):  # fixture
    from model.core.entities import Organisation

    with page.db.writing() as s:
        for organisation in s.query(Organisation):
            organisation.street, organisation.postcode, organisation.city = "Rathausplatz 1", "45127", "Essen"
    _select_event(page, page.sample.meeting)
    qtbot.mouseClick(page.letters_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.recipients() == ("members", None)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.runner.preview is not None, timeout=20000)
    text = pdf_text(page.runner.preview._pdf)
    assert "Einladung: Quartiere & Zusammenhalt <2026>" in text and "Rathausplatz 1" in text
