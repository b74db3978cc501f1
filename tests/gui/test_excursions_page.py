"""The Exkursionen area: list, trip details, programme, participants, money, rooms, outputs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from clicking import answer_file_dialogs
from gui_fixtures import fake_user, versions_user  # noqa: F401 - fixtures  # noqa: F401 - fixtures
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QToolButton
from trip_data import make_people, reg, study_trip

from gui.excursions.page import ExcursionsPage
from model.excursions import excursions as ex


class Answers:
    """Clicks the accepting button of every message box and keeps the texts."""

    def __init__(self):
        self.seen: list[str] = []

    def __call__(self, box: QMessageBox) -> int:
        self.seen.append("\n".join(part for part in (box.text(), box.informativeText()) if part))
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                button.click()
                break
        return 0


@pytest.fixture
def answers(monkeypatch) -> Answers:
    answers = Answers()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answers(box))
    return answers


@pytest.fixture
def page(qtbot, db):
    event_id, people = study_trip(db)
    page = ExcursionsPage(db)
    qtbot.addWidget(page)
    page.resize(1180, 860)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.is_loading())  # the overview is gathered in the background
    page.event_id, page.people = event_id, people
    return page


def cell(model, row: int, column: int) -> str:
    return model.index(row, column).data()


def row_of(model, name: str) -> int:
    return next(r for r in range(model.rowCount()) if cell(model, r, 0) == name)


def test_list_shows_destination_seats_and_money(page):
    assert page.model.rowCount() == 1
    assert cell(page.model, 0, 2) == "Delft/Rotterdam (Niederlande)"
    assert cell(page.model, 0, 4) == "5 / 5"  # Plätze
    assert cell(page.model, 0, 5) == "0"  # Frei
    assert cell(page.model, 0, 6) == "1"  # Warteliste
    assert cell(page.model, 0, 7) == "570,00 €"  # Eingegangen
    assert cell(page.model, 0, 8) == "1.200,00 €"  # Offen
    assert page.trip_title.text() == "Studienfahrt Delft & Rotterdam: Stadterneuerung <NL>"
    page.filter.setCurrentIndex(page.filter.findData(page.model.row_at(0).starts_at.year))
    assert page.model.rowCount() == 1


def test_tabs_are_built_when_first_shown_and_show_the_selected_trip(qtbot, db):
    """Only the Reise tab is built with the page (the first switch to Exkursionen stays fast);
    a click on another tab shows that tab, built and filled with the trip shown."""
    from PySide6.QtTest import QTest

    from gui.excursions.tabs import TripTab

    study_trip(db)
    page = ExcursionsPage(db)
    qtbot.addWidget(page)
    page.resize(1180, 860)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.is_loading())
    assert [type(tab).__name__ for tab in page.findChildren(TripTab)] == ["TravelTab"]
    bar = page.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    shown = page.tabs.currentWidget()
    assert type(shown).__name__ == "ParticipantsTab" and shown.isVisible()
    assert page.tabs.currentIndex() == 2 and page.tabs.tabText(2) == "Teilnehmende"
    assert shown.model.rowCount() == 6  # five booked, one waiting: filled at once
    assert page.participants_tab is shown  # the same tab, not built twice
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert page.tabs.currentWidget() is page.travel_tab
    assert sorted(type(tab).__name__ for tab in page.findChildren(TripTab)) == ["ParticipantsTab", "TravelTab"]
    assert page.tabs.count() == 5
    assert page.rooms_tab.model.rowCount() == 3  # reached in code: built on first use
    assert page.tabs.currentWidget() is page.travel_tab  # building it did not switch the tab


def test_travel_tab_saves_and_shows_errors_at_the_field(page, qtbot):
    tab = page.travel_tab
    page.tabs.setCurrentWidget(tab)
    tab.minimum.setValue(9)
    tab.save()
    assert tab.error.isVisible() and "Mindestzahl" in tab.error.text()
    assert ex.load_trip(page.db, page.event_id).min_participants == 3  # nothing saved
    tab.minimum.setValue(4)
    tab.contribution.setValue(450)
    tab.accommodation.setText("Hotel Müller & Söhne <Delft>")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert not tab.error.isVisible()
    details = ex.load_trip(page.db, page.event_id)
    assert details.contribution == Decimal("450.00") and details.accommodation_name == "Hotel Müller & Söhne <Delft>"
    assert page.feedback.text() == "Reisedaten gespeichert."
    assert page.costs_tab.figures["expected"].text() == "1.890,00 €"  # 4 paying × 450 + one EZ supplement of 90


def test_travel_tab_saved_elsewhere_meanwhile(page, fake_user, versions_user):
    tab = page.travel_tab
    page.tabs.setCurrentWidget(tab)
    other = ex.load_trip(page.db, page.event_id)
    other.accommodation_name = "Hotel Coen"
    ex.save_trip(page.db, other)
    tab.contribution.setValue(450)
    fake_user.answer = QMessageBox.ButtonRole.ActionRole  # »Beide Fassungen anzeigen«
    tab.save()  # »Meine Fassung speichern«
    assert "Jemand anderes hat diese Reise gespeichert" in fake_user.last
    assert versions_user.differing() == {
        "Unterkunft": ("Hotel De Plataan", "Hotel Coen"),
        "Beitrag pro Person": ("450,00 €", "420,00 €"),
    }
    details = ex.load_trip(page.db, page.event_id)
    assert (details.contribution, details.accommodation_name) == (Decimal("450.00"), "Hotel De Plataan")
    assert page.feedback.text() == "Reisedaten gespeichert."
    other = ex.load_trip(page.db, page.event_id)
    other.accommodation_name = "Hotel Coen"
    ex.save_trip(page.db, other)
    tab.contribution.setValue(480)
    fake_user.answer = QMessageBox.ButtonRole.AcceptRole  # »Neu laden (eigene Änderungen verwerfen)«
    tab.save()
    assert tab.accommodation.text() == "Hotel Coen" and tab.contribution.value() == 450
    assert ex.load_trip(page.db, page.event_id).contribution == Decimal("450.00")


def test_cancellation_moves_the_waiting_list_up_and_says_what_is_owed(page, answers):
    assert not page.view.isColumnHidden(6)  # Wartend: one person waits
    tab = page.participants_tab
    page.tabs.setCurrentWidget(tab)
    tab.view.selectRow(row_of(tab.model, "Becker, Thomas"))
    tab.cancel_selected()
    assert "Thomas Becker von der Reise abmelden?" in answers.seen[0]
    assert "Miriam Hoffmann" in answers.seen[-1] and "kostenfrei" in answers.seen[-1]
    statuses = {cell(tab.model, r, 0): cell(tab.model, r, 2) for r in range(tab.model.rowCount())}
    assert statuses["Hoffmann, Miriam"] == "angemeldet" and statuses["Becker, Thomas"] == "abgemeldet"
    assert cell(page.model, 0, 6) == ""  # nobody waits any more
    assert page.view.isColumnHidden(6)  # and the column gives its room to the titles


def _picker(page, qtbot):
    tab = page.participants_tab
    page.tabs.setCurrentWidget(tab)
    register = next(b for b in tab.findChildren(QPushButton) if b.text() == "Anmelden…")
    qtbot.mouseClick(register, Qt.MouseButton.LeftButton)
    return tab, tab.dialog


def test_one_person_is_registered_and_asked_for_the_trip_details(page, db, qtbot, answers):
    make_people(db, "Dilek Şahin")
    tab, picker = _picker(page, qtbot)
    qtbot.keyClicks(picker.search, "Sahin")
    qtbot.waitUntil(lambda: picker.search_model.rowCount() == 1)
    picker.search_view.selectRow(0)
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    details = tab.dialog  # one newcomer: the trip details at once
    assert details.windowTitle() == "Reiseangaben: Dilek Şahin"
    details.wish.setCurrentIndex(details.wish.findData("EZ"))
    qtbot.keyClicks(details.dietary, "vegan")
    qtbot.mouseClick(details.buttons.button(details.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    row = next(p for p in ex.participants(db, page.event_id) if p.name == "Dilek Şahin")
    assert row.status == "Warteliste" and row.waiting_position == 2 and row.dietary_needs == "vegan"
    assert row.room_wish == "EZ"


def test_several_people_a_verteiler_and_a_working_group_at_once(page, db, qtbot, answers):
    from model.events import working_groups
    from model.members import mailing_lists

    details = ex.load_trip(db, page.event_id)
    details.capacity = 20
    ex.save_trip(db, details)
    new = make_people(db, "Dilek Şahin", "Ole Brandt", "Greta Vogel", "Hanna Kühn", organisation="Stadt Hamm")
    list_id = mailing_lists.create_mailing_list(db, "Quartiersmanagement Ruhr")
    mailing_lists.add_members(db, list_id, [new["Greta Vogel"], page.people["Ayşe Yılmaz"]])
    group = working_groups.new_group()
    group.name = "AG Wohnen & Quartier"
    group_id = working_groups.save_group(db, group)
    working_groups.add_members(db, group_id, [new["Hanna Kühn"]])
    page.refresh()

    tab, picker = _picker(page, qtbot)  # several found by a search, marked with Ctrl
    qtbot.keyClicks(picker.search, "Stadt Hamm")
    qtbot.waitUntil(lambda: picker.search_model.rowCount() == 4)
    names = [picker.search_model.index(r, 0).data() for r in range(4)]
    for name in ("Brandt, Ole", "Şahin, Dilek"):
        rect = picker.search_view.visualRect(picker.search_model.index(names.index(name), 0))
        qtbot.mouseClick(
            picker.search_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center()
        )
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    assert page.feedback.text() == "2 Personen angemeldet."
    assert tab.dialog is picker  # no details dialog for a group

    tab, picker = _picker(page, qtbot)  # a whole Verteiler: Ayşe is on the trip already
    picker.tabs.setCurrentIndex(1)
    picker.list_combo.setCurrentIndex(picker.list_combo.findData(list_id))
    assert picker.list_model.rowCount() == 2
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    assert page.feedback.text() == "1 Person angemeldet. Bereits angemeldet: Ayşe Yılmaz."

    tab, picker = _picker(page, qtbot)  # a working group, in the role Referent/in
    picker.tabs.setCurrentIndex(2)
    picker.group_combo.setCurrentIndex(picker.group_combo.findData(group_id))
    picker.role.setCurrentIndex(picker.role.findData("Referent/in"))
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    tab.dialog.reject()  # one newcomer: the details dialog, closed without details
    rows = {p.name: p for p in ex.participants(db, page.event_id)}
    assert {n: (rows[n].status, rows[n].role) for n in ("Dilek Şahin", "Ole Brandt", "Greta Vogel", "Hanna Kühn")} == {
        "Dilek Şahin": ("angemeldet", "Teilnahme"),
        "Ole Brandt": ("angemeldet", "Teilnahme"),
        "Greta Vogel": ("angemeldet", "Teilnahme"),
        "Hanna Kühn": ("angemeldet", "Referent/in"),
    }
    shown = {cell(tab.model, r, 0) for r in range(tab.model.rowCount())}
    assert {"Şahin, Dilek", "Brandt, Ole", "Vogel, Greta", "Kühn, Hanna"} <= shown


def test_a_group_after_the_deadline_is_asked_once(page, db, qtbot, answers):
    details = ex.load_trip(db, page.event_id)
    details.registration_deadline = dt.date.today() - dt.timedelta(days=1)
    ex.save_trip(db, details)
    page.refresh()
    new = make_people(db, "Dilek Şahin", "Ole Brandt", organisation="Stadt Hamm")
    _tab, picker = _picker(page, qtbot)
    qtbot.keyClicks(picker.search, "Stadt Hamm")
    qtbot.waitUntil(lambda: picker.search_model.rowCount() == 2)
    picker.search_view.selectAll()
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    assert len(answers.seen) == 1 and "Anmeldefrist" in answers.seen[0]  # "Trotzdem anmelden" clicked
    statuses = {p.person_id: p.status for p in ex.participants(db, page.event_id)}
    assert statuses[new["Dilek Şahin"]] == statuses[new["Ole Brandt"]] == "Warteliste"


def test_payments_refunds_and_who_still_has_to_pay(page, db):
    tab = page.costs_tab
    page.tabs.setCurrentWidget(tab)
    tab.view.selectRow(row_of(tab.model, "Schulte, Jana"))
    tab.record_payment()
    dialog = tab.dialog
    assert dialog.amount.amount() == Decimal("420.00")  # the balance is suggested
    dialog.amount.setValue(400)
    dialog.save()
    assert page.feedback.text() == "Zahlung über 400,00 € für Jana Schulte erfasst."
    assert cell(tab.model, row_of(tab.model, "Schulte, Jana"), 5) == "20,00 €"
    assert tab.figures["received"].text() == "970,00 €"
    tab.only_open.setChecked(True)
    assert sorted(cell(tab.model, r, 0) for r in range(tab.model.rowCount())) == [
        "Becker, Thomas",
        "Schulte, Jana",
        "Żółć, Łukasz",
    ]
    assert tab.output._title().startswith("Offene Beiträge: Studienfahrt Delft")  # printed as "who still has to pay"
    assert tab.output.pdf_bytes().startswith(b"%PDF")

    tab.only_open.setChecked(False)
    tab.view.selectRow(row_of(tab.model, "Schulte, Jana"))
    tab.change_amount()
    tab.dialog.individual.setChecked(True)
    tab.dialog.amount.setValue(300)
    tab.dialog.reason.setText("Ermäßigung")
    tab.dialog.save()
    row = row_of(tab.model, "Schulte, Jana")
    assert cell(tab.model, row, 5) == "-100,00 €" and cell(tab.model, row, 6) == "Erstattung offen"
    tab.view.selectRow(row)
    tab.record_refund()
    assert tab.dialog.amount.amount() == Decimal("100.00")
    tab.dialog.save()
    row = row_of(tab.model, "Schulte, Jana")
    assert cell(tab.model, row, 6) == "erstattet"
    assert ex.payments(db, reg(db, page.event_id, page.people["Jana Schulte"]))[-1].amount == Decimal("-100.00")


def test_rooms_and_programme_tabs(page, db):
    rooms = page.rooms_tab
    assert rooms.model.rowCount() == 3
    assert "2 Doppelzimmer, 1 Einzelzimmer für 5 Personen" in rooms.summary.text()
    assert "Peter Klein hat niemanden angegeben" in rooms.conflicts.item(0).text()

    programme = page.programme_tab
    page.tabs.setCurrentWidget(programme)
    assert programme.day_list.count() == 3
    programme.day_list.setCurrentRow(1)
    programme.add_item()
    dialog = programme.dialog
    dialog.time.check.setChecked(True)
    dialog.time.editor.setTime(dialog.time.editor.time().fromString("12:00", "HH:mm"))
    dialog.place.setText("Markthal")
    dialog.description.setPlainText("Mittagessen in der Markthal")
    dialog.save()
    assert [programme.items_model.index(r, 1).data() for r in range(programme.items_model.rowCount())] == [
        "Afrikaanderwijk",
        "Markthal",
        "Katendrecht",
    ]  # sorted in by time
    programme.items_view.selectRow(1)
    programme.move_item(1)
    from model.excursions.itinerary import load_days

    assert [i.place for i in load_days(db, page.event_id)[1].items] == ["Afrikaanderwijk", "Katendrecht", "Markthal"]


def test_travel_pack_preview_and_participant_export(page, qtbot, tmp_path, answers, monkeypatch):
    from openpyxl import load_workbook

    from model.core.entities import Organisation, Person

    page.show_travel_pack()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)
    assert page.preview.page_count() == 5
    assert page.preview.windowTitle().startswith("Reiseunterlagen: Studienfahrt Delft")
    page.preview.close()
    page.preview = None
    # Letters need a postal address: first the office is told who has none, nothing is printed.
    qtbot.mouseClick(page.participants_tab.letters_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("Adresse fehlt" in text for text in answers.seen), timeout=20000)
    assert page.preview is None
    with page.db.writing() as s:
        for person in s.query(Person):
            person.street, person.postcode, person.city = "Hauptstraße 1", "45127", "Essen"
        for organisation in s.query(Organisation):
            organisation.street, organisation.postcode, organisation.city = "Rathausplatz 1", "45127", "Essen"
    qtbot.mouseClick(page.participants_tab.letters_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)
    assert page.preview.page_count() == 5 and page.preview.windowTitle().startswith("Reiseinformation")
    page.preview.close()

    target = tmp_path / "teilnehmende.xlsx"
    answer_file_dialogs(monkeypatch, target)
    qtbot.mouseClick(page.excel_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(target).active
    headers = [c.value for c in sheet[3]]
    assert "Nachname" in headers and "Zimmer" in headers and "Zahlungsstatus" in headers
    assert "Gebühr" not in headers  # the trip's own amount columns replace the generic fee
    rows = {
        r[headers.index("Nachname")]: dict(zip(headers, r, strict=True))
        for r in sheet.iter_rows(min_row=4, values_only=True)
    }
    assert rows["Żółć"]["Zimmer"] == "EZ" and rows["Żółć"]["Offen"] == 360
    assert rows["Yılmaz"]["Zahlungsstatus"] == "bezahlt"
    assert "Ernährung" not in headers  # sensitive details stay in the program


def test_purge_button_after_the_trip(qtbot, db, answers):
    start = dt.datetime.combine(dt.date.today() - dt.timedelta(days=5), dt.time(8))
    event_id = ex.create_excursion(
        db, "Studienfahrt Brüssel", start, start + dt.timedelta(days=2), "Brüssel", "Belgien"
    )
    people = make_people(db, "Ayşe Yılmaz")
    ex.register_participant(
        db,
        event_id,
        people["Ayşe Yılmaz"],
        ex.ParticipantDetails("EZ", dietary_needs="vegetarisch", emergency_contact="Mehmet Yılmaz"),
        confirmed=True,
    )
    page = ExcursionsPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading())
    page.filter.setCurrentIndex(page.filter.findData("all"))
    tab = page.participants_tab
    assert "werden am" in tab.retention.text() and tab.purge_button.isEnabled()
    tab.purge_now()
    assert "sensible Angaben von 1 Person gelöscht" in answers.seen[-1]
    assert "gelöscht" in tab.retention.text() and cell(tab.model, 0, 7) in ("", None)


def test_new_excursion_and_screenshot(qtbot, db, tmp_path):
    page = ExcursionsPage(db)
    qtbot.addWidget(page)
    page.resize(1180, 860)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading())
    assert page.empty.isVisible() and not page.pack_button.isEnabled()
    page.new_excursion()
    dialog = page.dialog
    dialog.title.setText("Studienfahrt Lyon: Politique de la ville")
    dialog.city.setText("Lyon")
    dialog.country.setCurrentText("Frankreich")
    dialog.capacity.setText("22")
    dialog.save()
    assert page.model.rowCount() == 1 and page.trip_title.text() == "Studienfahrt Lyon: Politique de la ville"
    assert page.tabs.currentWidget() is page.travel_tab and page.travel_tab.capacity.value() == 22
    page.grab().save(str(tmp_path / "exkursionen.png"))
    assert (tmp_path / "exkursionen.png").stat().st_size > 10000


def test_area_in_the_main_window_and_purge_at_start(qtbot, sqlite_db):
    from gui.app import _application
    from gui.main_window import MainWindow
    from gui.settings import Settings

    start = dt.datetime(2020, 5, 14, 8)
    event_id = ex.create_excursion(
        sqlite_db, "Studienfahrt Brüssel 2020", start, start + dt.timedelta(days=2), "Brüssel", "Belgien"
    )
    people = make_people(sqlite_db, "Ayşe Yılmaz")
    ex.register_participant(
        sqlite_db,
        event_id,
        people["Ayşe Yılmaz"],
        ex.ParticipantDetails("EZ", dietary_needs="vegetarisch"),
        confirmed=True,
    )
    _application()
    window = MainWindow(sqlite_db, Settings())
    qtbot.addWidget(window)
    window.show()
    window.start_trip_data_purge()
    qtbot.waitUntil(lambda: "Datenschutz" in window.statusBar().currentMessage(), timeout=10000)
    assert "Studienfahrt Brüssel 2020" in window.statusBar().currentMessage()
    window.show_area("excursions")
    assert isinstance(window.pages.currentWidget(), ExcursionsPage)
    window.wait_for_jobs()
    window.close()


def test_editing_keeps_a_cancelled_room_partner(page, db):
    tab = page.participants_tab
    ex.cancel_participant(db, reg(db, page.event_id, page.people["Jana Schulte"]))
    page.reload_trip()
    tab.view.selectRow(row_of(tab.model, "Yılmaz, Ayşe"))
    tab.edit_details()
    dialog = tab.dialog
    assert dialog.partner.currentText() == "Jana Schulte (abgemeldet)"
    dialog.phone.setText("0171 9999999")
    dialog.save()
    row = next(p for p in ex.participants(db, page.event_id) if p.name == "Ayşe Yılmaz")
    assert row.room_partner_person_id == page.people["Jana Schulte"] and row.trip_phone == "0171 9999999"


def test_list_and_trip_title_get_their_room_in_the_default_window(page, qtbot):
    page.resize(1080, 740)  # the page inside the main window at its first-start size, 1280×800
    qtbot.wait(50)
    assert page.splitter.sizes()[0] >= 180  # several trips visible, not three squeezed rows
    assert page.view.columnWidth(1) >= 150  # the title column is more than a few letters
    assert page.filter.width() < 300  # the filter does not stretch over the bar
    assert page.trip_title.height() < 2 * page.trip_title.fontMetrics().height()  # one line
    list_buttons = [b for b in page.findChildren(QToolButton) if b.menu() is not None]
    assert list_buttons and all(b.text().endswith("▾") for b in list_buttons)


def test_trip_dates_are_short():
    from types import SimpleNamespace

    from gui.excursions.page import trip_dates

    def row(start, end):
        return SimpleNamespace(starts_at=dt.datetime(*start, 8), ends_at=dt.datetime(*end, 18))

    assert trip_dates(row((2027, 3, 17), (2027, 3, 19))) == "17.–19.03.2027"
    assert trip_dates(row((2027, 3, 30), (2027, 4, 2))) == "30.03.–02.04.2027"
    assert trip_dates(row((2027, 12, 30), (2028, 1, 2))) == "30.12.2027–02.01.2028"
    assert trip_dates(row((2027, 5, 18), (2027, 5, 18))) == "18.05.2027"


def test_conflicts_take_only_the_room_of_their_lines(page, db, qtbot):
    rooms = page.rooms_tab
    page.tabs.setCurrentWidget(rooms)
    qtbot.wait(20)
    with_conflict = rooms.conflicts.height()
    line = rooms.conflicts.fontMetrics().height()
    assert rooms.conflicts.count() == 1 and with_conflict < 4 * line  # one line, not a large empty box
    assert rooms.view.height() > with_conflict
    yilmaz = reg(db, page.event_id, page.people["Ayşe Yılmaz"])
    ex.update_participant(db, yilmaz, ex.ParticipantDetails("DZ"))
    page.reload_trip()
    assert rooms.conflicts.count() > 1 and rooms.conflicts.height() > with_conflict


def test_a_new_trip_outside_the_chosen_year_switches_to_its_year(page, db, qtbot):
    this_year = page.model.row_at(0).starts_at.year
    page.filter.setCurrentIndex(page.filter.findData(this_year))
    new = next(b for b in page.findChildren(QPushButton) if b.text() == "Neue Exkursion…")
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.title, "Studienfahrt Lyon: Politique de la ville")
    start = dt.datetime(this_year + 1, 6, 2, 8)
    dialog.starts.setDateTime(start)
    dialog.ends.setDateTime(start + dt.timedelta(days=2))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert page.filter.currentData() == this_year + 1
    assert [page.model.row_at(i.row()).title for i in page.view.selectionModel().selectedRows()] == [
        "Studienfahrt Lyon: Politique de la ville"
    ]
    assert page.trip_title.text() == "Studienfahrt Lyon: Politique de la ville"
