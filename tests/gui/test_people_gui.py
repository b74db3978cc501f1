"""The Personen area: list, search as you type, filters, form (save, validation, unsaved changes,
stale copies), mailing lists, duplicates, data protection."""

from __future__ import annotations

import pytest
from clicking import answer_file_dialogs
from gui_fixtures import fake_user, versions_user  # noqa: F401 - fixtures
from member_data import attach_everything, build_network
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from model.core.entities import Person
from model.members.mailing_lists import add_members
from model.members.persons import load_person, save_person


@pytest.fixture
def network(db):
    return build_network(db)


@pytest.fixture
def page(qtbot, db, network):
    from gui.members.persons_page import PeoplePage

    widget = PeoplePage(db)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _names(model) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_list_search_as_you_type_and_filters(page, qtbot, type_text):
    assert page.model.rowCount() == 5
    assert _names(page.model)[0] == "Klein, Peter"
    assert "5 Personen" in page.count.text()
    type_text(page.search, "yılm")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert _names(page.model) == ["Yılmaz, Ayşe"]
    assert "1 Person von 5" in page.count.text()
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=2000)
    page.consent.setCurrentIndex(page.consent.findData("widerrufen"))
    assert _names(page.model) == ["Mueller, Hans"]
    page.consent.setCurrentIndex(0)
    page.active.setCurrentIndex(page.active.findData(False))
    assert _names(page.model) == ["Klein, Peter"]
    page.active.setCurrentIndex(0)
    page.kind.setCurrentIndex(page.kind.findData("Träger"))
    assert _names(page.model) == ["Klein, Peter"]


def test_sorting_by_a_column_header(page):
    page.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    organisations = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert organisations[0] == "Stadt Gelsenkirchen" and organisations[-1] == "Müller & Söhne <GmbH>"


def test_new_person_is_saved_and_selected(page, qtbot, db, type_text, fake_user):
    page.new_person()
    form = page.dialog
    qtbot.waitExposed(form)
    form.salutation.setCurrentIndex(form.salutation.findData("Frau"))
    type_text(form.first_name, "Łucja")
    type_text(form.last_name, "Nowak-Żak")
    form.organisation.setCurrentIndex(form.organisation.findText("Stadt Köln"))
    type_text(form.email, "lucja.nowak@stadt-koeln.de")
    assert form.save()
    with db.session() as s:
        person = s.scalars(select(Person).where(Person.last_name == "Nowak-Żak")).one()
        assert person.first_name == "Łucja" and person.organisation.name == "Stadt Köln"
    selected = page.view.selectionModel().selectedRows()
    assert selected and page.model.row_at(selected[0].row()).last_name == "Nowak-Żak"
    assert page.model.rowCount() == 6


def test_a_new_person_hidden_by_the_filters_makes_them_give_way(page, qtbot, db, type_text, fake_user):
    page.active.setCurrentIndex(page.active.findData(False))  # nur inaktive
    type_text(page.search, "Köln")
    page.new_person()
    form = page.dialog
    type_text(form.first_name, "Łucja")
    type_text(form.last_name, "Nowak-Żak")
    assert form.save()
    assert page.active.currentData() is None and page.search.text() == ""
    selected = page.view.selectionModel().selectedRows()
    assert [page.model.row_at(i.row()).last_name for i in selected] == ["Nowak-Żak"]


def test_validation_error_names_the_field_and_keeps_the_form_open(page, qtbot, network, fake_user, type_text):
    page.open_person(network.people["ayse"])
    form = page.dialog
    form.email.setText("ayse(at)gelsenkirchen.de")
    assert not form.save()
    assert "keine gültige E-Mail-Adresse" in fake_user.last
    assert form.isVisible() and form.focusWidget() is form.email
    form.tabs.setCurrentIndex(1)
    form.email.setText("a.yilmaz@gelsenkirchen.de")
    form.postcode.setText("4587")
    form.postcode.setText("458")
    assert not form.save()
    assert "fünf Ziffern" in fake_user.last
    assert form.tabs.currentIndex() == 0  # the tab with the field is shown


def test_unknown_organisation_text_is_refused(page, network, fake_user):
    page.open_person(network.people["ayse"])
    form = page.dialog
    form.organisation.setEditText("Stadt Atlantis")
    assert not form.save()
    assert "nicht bekannt" in fake_user.last


def test_leaving_with_unsaved_changes_asks(page, qtbot, db, network, fake_user):
    page.open_person(network.people["lukasz"])
    form = page.dialog
    form.reject()  # nothing changed: closes without asking
    assert not fake_user.seen and not form.isVisible()
    page.open_person(network.people["lukasz"])
    form = page.dialog
    form.function.setText("Amtsleiter")
    fake_user.answer = QMessageBox.ButtonRole.RejectRole  # "Zurück"
    form.reject()
    assert "noch nicht gespeichert" in fake_user.last and form.isVisible()
    fake_user.answer = QMessageBox.ButtonRole.AcceptRole  # "Speichern"
    form.reject()
    assert not form.isVisible()
    assert load_person(db, network.people["lukasz"]).function == "Amtsleiter"


def test_someone_else_saved_meanwhile(page, db, network, fake_user):
    page.open_person(network.people["lukasz"])
    form = page.dialog
    other = load_person(db, network.people["lukasz"])
    other.phone = "0234 1"
    save_person(db, other)
    form.phone.setText("0234 2")
    assert not form.save()  # FakeUser: "Neu laden"
    assert "Jemand anderes" in fake_user.last
    assert form.phone.text() == "0234 1" and form.isVisible()
    form.phone.setText("0234 3")
    assert form.save()
    assert load_person(db, network.people["lukasz"]).phone == "0234 3"


def test_someone_else_saved_meanwhile_compare_and_keep_mine(page, db, network, fake_user, versions_user):
    page.open_person(network.people["lukasz"])
    form = page.dialog
    other = load_person(db, network.people["lukasz"])
    other.phone = "0234 1"
    other.department = "Amt für Stadtentwicklung"
    save_person(db, other)
    form.phone.setText("0234 2")
    form.function.setText("Abteilungsleiter")
    fake_user.answer = QMessageBox.ButtonRole.ActionRole  # »Beide Fassungen anzeigen«
    assert form.save()  # »Meine Fassung speichern«
    assert "Jemand anderes hat diese Person gespeichert, während sie hier offen war" in fake_user.last
    assert versions_user.differing() == {
        "Abteilung": ("", "Amt für Stadtentwicklung"),
        "Funktion": ("Abteilungsleiter", "Sachgebietsleiter"),
        "Telefon": ("0234 2", "0234 1"),
    }
    assert ("Vorname", "Łukasz", "Łukasz", False) in versions_user.rows  # equal rows are shown, not highlighted
    stored = load_person(db, network.people["lukasz"])
    assert (stored.phone, stored.function, stored.department, stored.version) == ("0234 2", "Abteilungsleiter", None, 3)
    assert not form.isVisible()


def test_someone_else_saved_meanwhile_compare_and_take_theirs(page, db, network, fake_user, versions_user):
    page.open_person(network.people["lukasz"])
    form = page.dialog
    other = load_person(db, network.people["lukasz"])
    other.phone = "0234 1"
    save_person(db, other)
    form.phone.setText("0234 2")
    fake_user.answer = QMessageBox.ButtonRole.ActionRole
    versions_user.choice = "take_stored"
    assert not form.save()
    assert form.phone.text() == "0234 1" and form.isVisible() and not form.is_dirty()
    assert load_person(db, network.people["lukasz"]).phone == "0234 1"
    versions_user.choice = "back"  # a second conflict: back to the form, nothing decided
    other = load_person(db, network.people["lukasz"])
    other.phone = "0234 9"
    save_person(db, other)
    form.phone.setText("0234 3")
    assert not form.save()
    assert form.phone.text() == "0234 3" and form.is_dirty()
    assert load_person(db, network.people["lukasz"]).phone == "0234 9"
    assert versions_user.shown == 2


def test_an_email_of_another_person_is_questioned(page, network, fake_user):
    page.open_person(network.people["lukasz"])
    form = page.dialog
    form.email.setText("A.Yilmaz@gelsenkirchen.de")
    fake_user.answer = QMessageBox.ButtonRole.RejectRole
    assert not form.save()
    assert "Ayşe Yılmaz" in fake_user.last


def test_history_tab_shows_who_changed_what(page, db, network):
    data = load_person(db, network.people["ayse"])
    data.function = "Gebietsbeauftragte Bismarck"
    save_person(db, data)
    page.open_person(network.people["ayse"])
    form = page.dialog
    assert form.history_model.rowCount() == 1
    assert "Funktion: – → Gebietsbeauftragte Bismarck" in form.history_model.index(0, 3).data()


def test_add_filtered_selection_to_a_list_and_copy_addresses(page, qtbot, db, network, fake_user, type_text):
    type_text(page.search, "gelsenkirchen")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=2000)
    added = page.add_to_list(network.lists["Netzwerktreffen"])
    assert added == 3 and "3 Personen zu »Netzwerktreffen« hinzugefügt" in fake_user.last
    text = page.copy_addresses()
    assert text == QGuiApplication.clipboard().text()
    assert set(text.split("; ")) == {"a.yilmaz@gelsenkirchen.de", "hans.mueller@gelsenkirchen.de"}
    assert "Hans Mueller (keine E-Mail-Adresse)" in fake_user.last
    page.view.selectRow([r.last_name for r in page.model.rows()].index("Yılmaz"))
    assert page.copy_addresses() == "a.yilmaz@gelsenkirchen.de"  # only the marked person


def test_mailing_list_tab(page, db, network, fake_user, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    add_members(db, network.lists["Netzwerktreffen"], list(network.people.values()))
    page.refresh()
    page.tabs.tabBar().setCurrentIndex(page.tabs.indexOf(page.lists))  # read when its tab is shown
    lists = page.lists
    lists.lists_view.selectRow([r.name for r in lists.lists_model.rows()].index("Netzwerktreffen"))
    assert lists.members_model.rowCount() == 5
    assert "davon erhalten 3 E-Mails" in lists.summary.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    lists.send_mail()
    assert opened and opened[0].startswith("mailto:?bcc=") and "l.zolc@bochum.de" in opened[0]
    lists.role.activated.emit(lists.role.findData("Gebietsbeauftragte/r"))
    assert "0 Personen mit der Rolle" in fake_user.last
    lists.members_view.selectRow(0)
    lists.remove_selected()
    assert lists.members_model.rowCount() == 4


def test_duplicates_dialog_merges_the_chosen_way(page, qtbot, db, network, fake_user):
    attach_everything(db, network, "mueller2", partner_key="ayse")
    page.find_duplicates()
    dialog = page.dialog
    assert dialog.pairs_model.rowCount() == 1
    assert dialog.records[0].last_name == "Müller"
    keep_labels = [button.text() for button in dialog.keep_group.buttons()]
    assert keep_labels == ["Hans Müller (Stadt Gelsenkirchen) behalten", "Hans Mueller (Stadt Gelsenkirchen) behalten"]
    dialog.field_groups["phone"].button(network.people["mueller2"]).setChecked(True)
    dialog.merge()
    assert "wird in Hans Müller" in fake_user.last and "2 Anmeldungen" in fake_user.last
    assert "Nr." not in fake_user.last  # people are named, not numbered
    assert dialog.pairs_model.rowCount() == 0
    with db.session() as s:
        assert s.get(Person, network.people["mueller2"]) is None
        assert s.get(Person, network.people["mueller"]).phone == "0209 123"


def test_anonymise_from_the_form_says_what_happens(page, db, network, fake_user):
    attach_everything(db, network, "mueller")
    page.open_person(network.people["mueller"])
    form = page.dialog
    form.tabs.setCurrentIndex(1)
    fake_user.answer = QMessageBox.ButtonRole.RejectRole
    form.anonymise()
    assert "nicht rückgängig" in fake_user.last and "Bescheinigung" in fake_user.last
    assert load_person(db, network.people["mueller"]).anonymised_at is None
    fake_user.answer = QMessageBox.ButtonRole.AcceptRole
    form.anonymise()
    assert load_person(db, network.people["mueller"]).anonymised_at is not None
    assert "Müller, Hans" not in _names(page.model)


def test_information_dialog_writes_files_and_notes_it(page, qtbot, db, network, fake_user, tmp_path):
    page.open_person(network.people["ayse"])
    form = page.dialog
    form.information()
    info = form.child
    info.folder.setText(str(tmp_path))
    info.write_files()
    assert len(info.written) == 2 and all(p.exists() for p in info.written)
    assert "gespeichert" in fake_user.last
    assert form.history_model.index(0, 2).data() == "Auskunft erteilt"


def test_review_tab_lists_people_to_check(page):
    page.tabs.setCurrentIndex(2)
    names = [page.review.model.index(r, 0).data() for r in range(page.review.model.rowCount())]
    assert "Łukasz Żółć" in names and "Hans Mueller" in names
    page.review.without_consent.setChecked(False)
    assert page.review.model.rowCount() <= len(names)


def test_export_of_the_filtered_list(page, qtbot, tmp_path, type_text, monkeypatch):
    from openpyxl import load_workbook

    type_text(page.search, "bochum")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    target = tmp_path / "auswahl.xlsx"
    answer_file_dialogs(monkeypatch, target)
    page.export_action.trigger()
    rows = list(load_workbook(target).active.iter_rows(min_row=2, values_only=True))
    assert [(r[2], r[3]) for r in rows] == [("Łukasz", "Żółć")]


def test_screenshots_of_the_people_windows(page, qtbot, network, tmp_path):
    """Rendered offscreen; looked at while developing (the files are kept in tmp_path)."""
    page.grab().save(str(tmp_path / "people.png"))
    page.open_person(network.people["ayse"])
    page.dialog.grab().save(str(tmp_path / "person.png"))
    assert (tmp_path / "people.png").stat().st_size > 10_000
    page.dialog.done(QDialog.DialogCode.Rejected)


def _cut_headings(view) -> list[str]:
    from gui.kit.columns import header_needs

    header = view.horizontalHeader()
    return [
        view.model().headerData(c, Qt.Orientation.Horizontal)
        for c in range(header.count())
        if header.sectionSize(c) < header_needs(view, c)
    ]  # the sort arrow's room only where sorted


def test_columns_stay_within_a_normal_window_and_nothing_short_is_cut_off(qtbot, db, network):
    """Long organisation names and functions do not push the list's other columns (Rolle,
    Kammer, Einwilligung) out of sight; headings, dates and states are never cut off."""
    from gui.members.persons_page import PeoplePage
    from model.members.persons import PersonData

    attach_everything(db, network, "mueller")
    long_text = "Ministerium für Heimat, Kommunales, Bau und Digitalisierung des Landes Nordrhein-Westfalen"
    save_person(
        db,
        PersonData(
            first_name="Konstantin",
            last_name="Papadopoulos-Schmidt",
            function=long_text,
            department=long_text,
            email="konstantin.papadopoulos-schmidt@mhkbd.nrw.example",
            organisation_id=network.orgs["Müller & Söhne <GmbH>"],
        ),
    )
    from gui.style import STYLE_SHEET

    page = PeoplePage(db)
    qtbot.addWidget(page)
    page.setStyleSheet(STYLE_SHEET)  # the program's cell padding and bold headings, for this page only
    page.resize(1600, 760)
    page.show()
    qtbot.waitExposed(page)
    header = page.view.horizontalHeader()
    assert header.sectionSize(2) <= 200  # Funktion: cut off with a tooltip, not fitted to the longest
    assert sum(header.sectionSize(c) for c in range(header.count() - 1)) <= 1250
    assert _cut_headings(page.view) == []
    page.tabs.setCurrentIndex(1)
    assert _cut_headings(page.lists.lists_view) == []
    page.open_person(network.people["mueller"])
    view = page.dialog.registrations_view
    page.dialog.tabs.tabBar().setCurrentIndex(
        page.dialog.tabs.indexOf(view)
    )  # as the user sees it: a hidden tab is fitted when shown
    assert page.dialog.registrations_model.rowCount() == 2
    for column in (0, 3):  # Datum, Status
        assert view.columnWidth(column) >= view.sizeHintForColumn(column)
    assert _cut_headings(view) == []
    page.dialog.done(QDialog.DialogCode.Rejected)


def test_person_of_another_lands_chamber_with_member_group(page, qtbot, db, type_text, fake_user):
    page.new_person()
    form = page.dialog
    qtbot.waitExposed(form)
    type_text(form.first_name, "Ayşe")
    type_text(form.last_name, "Yılmaz")
    form.chamber.setCurrentIndex(form.chamber.findData("IK-Bau NRW"))
    assert form.chamber.findText("eingeschränkt bauvorlageberechtigt") < 0  # groups live in their own box
    index = form.chamber_category.findText("freiwilliges Mitglied")
    assert index > 0
    form.chamber_category.setCurrentIndex(index)
    assert form.save()
    form = None
    page.new_person()
    form = page.dialog
    type_text(form.last_name, "Becker")
    assert form.chamber.findData("ByAK") > 0  # the Bavarian architects' chamber is offered too
    form.chamber.setCurrentIndex(form.chamber.findData("ByAK"))
    assert form.save()
    with db.session() as s:
        chambers = dict(
            s.execute(select(Person.last_name, Person.chamber_category).where(Person.chamber.is_not(None))).all()
        )
    assert chambers == {"Yılmaz": "freiwilliges Mitglied", "Becker": None}


def test_address_labels_button_names_who_has_no_address_then_previews(page, qtbot, db, network, fake_user, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QPushButton

    from model.core.entities import Organisation

    add_members(db, network.lists["Netzwerktreffen"], list(network.people.values()))
    page.refresh()
    page.tabs.tabBar().setCurrentIndex(page.tabs.indexOf(page.lists))  # read when its tab is shown
    lists = page.lists
    lists.lists_view.selectRow([r.name for r in lists.lists_model.rows()].index("Netzwerktreffen"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: (args[3][1], True))  # the user picks 3422
    labels_button = next(b for b in lists.findChildren(QPushButton) if b.text() == "Adressetiketten…")
    with db.writing() as s:
        for organisation in s.query(Organisation):
            organisation.street, organisation.postcode, organisation.city = None, None, None
    qtbot.mouseClick(labels_button, Qt.MouseButton.LeftButton)
    assert "Adresse fehlt bei" in fake_user.last
    with db.writing() as s:
        for organisation in s.query(Organisation):
            organisation.street, organisation.postcode, organisation.city = "Rathausplatz 1", "45127", "Essen"
    qtbot.mouseClick(labels_button, Qt.MouseButton.LeftButton)
    assert lists.dialog is not None and "Adressetiketten" in lists.dialog.windowTitle()
    lists.dialog.close()
