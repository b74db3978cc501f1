"""The Mitglieder area (list, filters, form, new municipality from the NRW list) and the import
wizard (detected header and mapping, editable; preview with statuses; all-or-nothing import)."""

from __future__ import annotations

import datetime as dt

import pytest
from clicking import answer_file_dialogs
from gui_fixtures import fake_user, versions_user  # noqa: F401 - fixtures
from member_data import build_network, workbook
from PySide6.QtWidgets import QDialog, QWizard
from sqlalchemy import func, select

from model.core.entities import Membership, Organisation, Person
from model.members.organisations import MembershipData, load_organisation, save_organisation


@pytest.fixture
def network(db):
    return build_network(db)


@pytest.fixture
def page(qtbot, db, network):
    from gui.members.organisations_page import MembersPage

    widget = MembersPage(db)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _names(model) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_list_and_filters(page, qtbot, type_text):
    assert page.model.rowCount() == 4
    page.membership.setCurrentIndex(page.membership.findData("today"))
    assert _names(page.model) == ["Stadt Gelsenkirchen"]
    assert page._list_title().startswith("Mitglieder am")
    page.membership.setCurrentIndex(page.membership.findData("year"))
    assert page.year.isEnabled()
    page.year.setValue(2015)
    assert _names(page.model) == ["Stadt Bochum", "Stadt Gelsenkirchen"]
    page.region.setCurrentIndex(page.region.findData("Arnsberg"))
    assert _names(page.model) == ["Stadt Bochum"]
    page.membership.setCurrentIndex(0)
    page.region.setCurrentIndex(0)
    type_text(page.search, "söhne")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert _names(page.model) == ["Müller & Söhne <GmbH>"]


def test_new_member_municipality_from_the_official_list(page, qtbot, db, monkeypatch, type_text):
    from gui.members.organisation_form import MunicipalityPickerDialog

    def pick(dialog):
        type_text(dialog.search, "Herne")
        dialog.run_search()
        dialog.view.selectRow(0)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MunicipalityPickerDialog, "exec", pick)
    page.new_municipality()
    form = page.dialog
    assert (form.name.text(), form.kind.currentData(), form.ags.text(), form.city.text()) == (
        "Stadt Herne",
        "Kommune",
        "05916000",
        "Herne",
    )
    assert "kreisfrei" in form.official.text() and "Arnsberg" in form.official.text()
    assert form.memberships_model.rowCount() == 1
    assert form.save()
    with db.session() as s:
        herne = s.scalars(select(Organisation).where(Organisation.ags == "05916000")).one()
        assert s.scalar(select(func.count()).where(Membership.organisation_id == herne.id)) == 1
    assert "Stadt Herne" in _names(page.model)


def test_picker_refuses_a_municipality_already_present(qtbot, db, network, fake_user):
    from gui.members.organisation_form import MunicipalityPickerDialog

    dialog = MunicipalityPickerDialog(db)
    qtbot.addWidget(dialog)
    dialog.search.setText("Gelsenkirchen")
    dialog.run_search()
    dialog.accept()
    assert "schon erfasst" in fake_user.last and dialog.result() != QDialog.DialogCode.Accepted


def test_form_picks_a_municipality_and_validates(qtbot, db, network, fake_user):
    from gui.members.organisation_form import OrganisationDialog

    form = OrganisationDialog(db)
    qtbot.addWidget(form)
    form.kind.setCurrentIndex(form.kind.findData("Kommune"))
    label = next(text for text in form._by_label if text.startswith("Saerbeck"))
    form.take_municipality(label)
    assert (form.name.text(), form.ags.text()) == ("Gemeinde Saerbeck", "05566080")
    form.ags.setText("0556608")
    assert not form.save()
    assert "acht Ziffern" in fake_user.last and form.focusWidget() is form.ags


def test_edit_memberships_and_areas_then_save(page, qtbot, db, network, monkeypatch):
    from gui.members.organisation_form import AreaDialog, MembershipDialog

    page.open_organisation(network.orgs["Stadt Köln"])
    form = page.dialog

    def fill_membership(dialog):
        dialog.type.setCurrentIndex(dialog.type.findData("Mitglied"))
        dialog.since.setDate(dt.date(2025, 1, 1))
        dialog.fee.setValue(1800)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MembershipDialog, "exec", fill_membership)
    form.memberships_view.selectRow(0)
    form.add_membership()

    def fill_area(dialog):
        dialog.name.setText("Köln-Chorweiler")
        dialog.admitted.setValue(2019)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AreaDialog, "exec", fill_area)
    form.add_area()
    assert form.tabs.tabText(1) == "Mitgliedschaften (2)" and form.tabs.tabText(2) == "Programmgebiete (1)"
    assert form.save()
    data = load_organisation(db, network.orgs["Stadt Köln"])
    assert [m.type for m in data.memberships] == ["Gast", "Mitglied"]
    assert data.memberships[1].annual_fee == 1800
    assert data.areas[0].name == "Köln-Chorweiler" and data.areas[0].admitted_year == 2019


def test_stale_organisation_and_unsaved_changes(page, db, network, fake_user):
    from PySide6.QtWidgets import QMessageBox

    page.open_organisation(network.orgs["Stadt Bochum"])
    form = page.dialog
    other = load_organisation(db, network.orgs["Stadt Bochum"])
    other.phone = "0234 910-0"
    save_organisation(db, other)
    form.website.setText("https://www.bochum.de")
    assert not form.save()
    assert "Jemand anderes" in fake_user.last and form.phone.text() == "0234 910-0"
    form.website.setText("https://www.bochum.de")
    fake_user.answer = QMessageBox.ButtonRole.RejectRole
    form.reject()
    assert "noch nicht gespeichert" in fake_user.last and form.isVisible()


def test_stale_organisation_compare_and_keep_mine(page, db, network, fake_user, versions_user):
    from PySide6.QtWidgets import QMessageBox

    page.open_organisation(network.orgs["Stadt Köln"])
    form = page.dialog
    other = load_organisation(db, network.orgs["Stadt Köln"])
    other.phone = "0221 221-0"
    other.memberships.append(MembershipData("Mitglied", dt.date(2025, 1, 1)))
    save_organisation(db, other)
    form.website.setText("https://www.stadt-koeln.de")
    fake_user.answer = QMessageBox.ButtonRole.ActionRole  # »Beide Fassungen anzeigen«
    assert form.save()  # »Meine Fassung speichern«
    assert "Jemand anderes hat diese Organisation gespeichert" in fake_user.last
    assert versions_user.differing() == {
        "Telefon": ("", "0221 221-0"),
        "Internet": ("https://www.stadt-koeln.de", ""),
        "Mitgliedschaften": ("Gast seit 01.01.2020", "Gast seit 01.01.2020\nMitglied seit 01.01.2025"),
    }
    stored = load_organisation(db, network.orgs["Stadt Köln"])
    assert (stored.website, stored.phone) == ("https://www.stadt-koeln.de", None)
    assert [m.type for m in stored.memberships] == ["Gast"]


def test_stale_organisation_compare_and_take_theirs(page, db, network, fake_user, versions_user):
    from PySide6.QtWidgets import QMessageBox

    page.open_organisation(network.orgs["Stadt Köln"])
    form = page.dialog
    other = load_organisation(db, network.orgs["Stadt Köln"])
    other.phone = "0221 221-0"
    save_organisation(db, other)
    form.website.setText("https://www.stadt-koeln.de")
    fake_user.answer = QMessageBox.ButtonRole.ActionRole
    versions_user.choice = "take_stored"
    assert not form.save()
    assert (form.phone.text(), form.website.text()) == ("0221 221-0", "") and not form.is_dirty()
    assert form.save()  # the reloaded version saves without a conflict
    assert load_organisation(db, network.orgs["Stadt Köln"]).phone == "0221 221-0"


def test_people_and_events_tabs(page, db, network):
    page.open_organisation(network.orgs["Stadt Gelsenkirchen"])
    form = page.dialog
    assert form.people_model.rowCount() == 3
    assert form.tabs.tabText(3) == "Personen (3)"


def test_organisation_export(page, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    answer_file_dialogs(monkeypatch, tmp_path / "org.xlsx")
    page.export_action.trigger()
    names = [row[0] for row in load_workbook(tmp_path / "org.xlsx").active.iter_rows(min_row=2, values_only=True)]
    assert names == _names(page.model)


# --- import wizard ---------------------------------------------------------------------------------

OFFICE_LIST = [
    ["Anmeldungen Werkstatt Beteiligung"],
    [],
    ["Name", "Kommune", "E-Mail-Adresse", "Bemerkung", "Telefon"],
    ["Dr. Ayla Demir", "Herne", "ayla.demir@herne.de", "=SUMME(A1:A3)", 2323160],
    ["Ayşe Yılmaz", "Gelsenkirchen", "a.yilmaz@gelsenkirchen.de", None, "0209 1"],
    ["Hans Mueller", "Stadt Gelsenkirchen", None, None, None],
]


def _wizard(qtbot, db, kind="persons"):
    from gui.members.import_wizard import ImportWizard

    wizard = ImportWizard(db, kind)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _next(qtbot, wizard, page):
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is page, timeout=15000)


def test_import_wizard_detects_header_previews_and_imports(qtbot, db, network, tmp_path, fake_user):
    path = workbook(tmp_path / "Anmeldungen.xlsx", OFFICE_LIST)
    wizard = _wizard(qtbot, db)
    wizard.file_page.path.setText(str(path))
    _next(qtbot, wizard, wizard.mapping_page)
    mapping_page = wizard.mapping_page
    assert mapping_page.header_row.value() == 3
    assert mapping_page.mapping() == {0: "full_name", 1: "organisation", 2: "email", 3: "notes", 4: "phone"}
    assert mapping_page.table.item(0, 1).text() == "Dr. Ayla Demir"
    mapping_page.combos[4].setCurrentIndex(mapping_page.combos[4].findData("mobile"))
    _next(qtbot, wizard, wizard.preview_page)
    preview = wizard.preview_page
    statuses = [preview.model.index(r, 1).data() for r in range(preview.model.rowCount())]
    assert statuses == ["✚ neu", "↻ Aktualisierung", "⚠ mögliches Duplikat"]
    assert "Stadt Herne" in preview.notes.text()
    assert preview.isComplete()
    with db.session() as s:
        before = s.scalar(select(func.count()).select_from(Person))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_report is not None, timeout=15000)
    assert (
        "Personen: 1 neu übernommen; 1 aktualisiert; 1 mögliches Duplikat nicht übernommen: Zeile 6 Hans Mueller"
        in fake_user.last
    )
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == before + 1
        ayla = s.scalars(select(Person).where(Person.last_name == "Demir")).one()
        assert (ayla.title, ayla.mobile, ayla.notes) == ("Dr.", "2323160", "=SUMME(A1:A3)")
    assert wizard.result() == QDialog.DialogCode.Accepted


def test_import_wizard_with_errors_imports_nothing(qtbot, db, network, tmp_path):
    rows = [row[:] for row in OFFICE_LIST]
    rows[4][2] = "ayse(at)gelsenkirchen"
    path = workbook(tmp_path / "Fehler.xlsx", rows)
    wizard = _wizard(qtbot, db)
    wizard.file_page.path.setText(str(path))
    _next(qtbot, wizard, wizard.mapping_page)
    _next(qtbot, wizard, wizard.preview_page)
    preview = wizard.preview_page
    assert not preview.isComplete()
    assert "Zeile 5, Feld »E-Mail«" in preview.errors.text()
    assert preview.show_only.currentData() == "Fehler" and preview.model.rowCount() == 1


def test_import_wizard_lets_the_user_choose_the_header_row(qtbot, db, tmp_path):
    path = workbook(tmp_path / "liste.xlsx", [["Liste"], ["Wer", "Wo"], ["Vorname", "Nachname"], ["Anna", "Schmidt"]])
    wizard = _wizard(qtbot, db)
    wizard.file_page.path.setText(str(path))
    _next(qtbot, wizard, wizard.mapping_page)
    page = wizard.mapping_page
    assert page.header_row.value() == 3
    page.header_row.setValue(2)
    assert page.mapping() == {}
    assert not page.isComplete()
    page.combos[0].setCurrentIndex(page.combos[0].findData("first_name"))
    page.combos[1].setCurrentIndex(page.combos[1].findData("last_name"))
    _next(qtbot, wizard, wizard.preview_page)
    assert wizard.preview_page.model.rowCount() == 2  # "Vorname/Nachname" is data now


def test_import_wizard_explains_a_file_that_is_no_workbook(qtbot, db, tmp_path, fake_user):
    path = tmp_path / "liste.xlsx"
    path.write_text("Vorname;Nachname", encoding="utf-8")
    wizard = _wizard(qtbot, db)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: bool(fake_user.seen), timeout=10000)
    assert "keine Excel-Arbeitsmappe" in fake_user.last
    assert wizard.currentPage() is wizard.file_page


def test_organisation_import_wizard(qtbot, db, network, tmp_path, fake_user):
    path = workbook(tmp_path / "org.xlsx", [["Kommune", "AGS", "Mitglied seit"], ["Herne", None, 2025]])
    wizard = _wizard(qtbot, db, "organisations")
    assert wizard.file_page.organisations.isChecked()
    wizard.file_page.path.setText(str(path))
    _next(qtbot, wizard, wizard.mapping_page)
    _next(qtbot, wizard, wizard.preview_page)
    assert not wizard.preview_page.duplicates.isVisible()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_report is not None, timeout=15000)
    with db.session() as s:
        assert s.scalar(select(Organisation.ags).where(Organisation.name == "Stadt Herne")) == "05916000"


def _cut_headings(view) -> list[str]:
    from PySide6.QtCore import Qt

    from gui.kit.columns import header_needs

    header = view.horizontalHeader()
    return [
        view.model().headerData(c, Qt.Orientation.Horizontal)
        for c in range(header.count())
        if header.sectionSize(c) < header_needs(view, c)
    ]  # the sort arrow's room only where sorted


def test_columns_stay_within_a_normal_window_and_nothing_short_is_cut_off(qtbot, db, network):
    """A long name does not push Mitgliedschaft, Personen and AGS out of sight; headings and
    dates are never cut off, in the list, the form's events and the NRW picker."""
    from member_data import attach_everything

    from gui.members.organisation_form import MunicipalityPickerDialog, OrganisationDialog
    from gui.members.organisations_page import MembersPage
    from gui.style import STYLE_SHEET
    from model.members.organisations import OrganisationData

    attach_everything(db, network, "mueller")
    save_organisation(
        db,
        OrganisationData(
            name="Ministerium für Heimat, Kommunales, Bau und Digitalisierung des Landes Nordrhein-Westfalen",
            kind="Land/Ministerium",
            memberships=[MembershipData("Kooperationspartner", dt.date(2015, 1, 1))],
        ),
    )
    page = MembersPage(db)
    qtbot.addWidget(page)
    page.setStyleSheet(STYLE_SHEET)  # the program's cell padding and bold headings, for this page only
    page.resize(1600, 760)
    page.show()
    qtbot.waitExposed(page)
    header = page.view.horizontalHeader()
    assert header.sectionSize(0) <= 260
    assert sum(header.sectionSize(c) for c in range(header.count() - 1)) <= 1250
    assert _cut_headings(page.view) == []
    assert page.view.columnWidth(5) >= page.view.sizeHintForColumn(5)  # seit (a date)

    dialog = OrganisationDialog(db, network.orgs["Stadt Gelsenkirchen"], parent=page)
    dialog.show()
    dialog.tabs.setCurrentIndex(4)  # as the user sees it: a hidden tab is not laid out yet
    qtbot.waitExposed(dialog)
    events = dialog.tabs.widget(4)
    assert events.model().rowCount() == 2
    assert events.columnWidth(0) >= events.sizeHintForColumn(0)
    assert _cut_headings(events) == []
    dialog.done(QDialog.DialogCode.Rejected)

    picker = MunicipalityPickerDialog(db, page)
    picker.show()
    qtbot.waitExposed(picker)
    assert _cut_headings(picker.view) == []
    widths = sum(picker.view.columnWidth(c) for c in range(picker.model.columnCount()))
    assert widths <= picker.view.viewport().width()  # every column in sight, no scrolling sideways
    picker.done(QDialog.DialogCode.Rejected)


def test_import_wizard_offers_the_sheets_of_the_workbook(qtbot, db, tmp_path, fake_user):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Deckblatt"
    data = book.create_sheet("Teilnehmende")
    data.append(["Vorname", "Nachname", "E-Mail"])
    data.append(["Łukasz", "Żółć", "lukasz@bochum.example"])
    hidden = book.create_sheet("Alt")
    hidden.sheet_state = "hidden"
    path = tmp_path / "liste.xlsx"
    book.save(path)
    wizard = _wizard(qtbot, db)
    wizard.file_page.path.setText(str(path))
    sheets = wizard.file_page.sheet
    assert [sheets.itemText(i) for i in range(1, sheets.count())] == ["Deckblatt", "Teilnehmende"]
    wizard.next()  # the sheet Excel opens with is empty: the message names the others
    qtbot.waitUntil(lambda: bool(fake_user.seen), timeout=10000)
    assert "»Deckblatt«" in fake_user.last and "»Teilnehmende«" in fake_user.last
    assert wizard.currentPage() is wizard.file_page
    sheets.setCurrentIndex(sheets.findData("Teilnehmende"))
    _next(qtbot, wizard, wizard.mapping_page)
    assert wizard.mapping_page.table.item(0, 1).text() == "Łukasz"
