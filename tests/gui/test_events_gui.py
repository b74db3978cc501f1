"""Veranstaltungen in the GUI: the event form, agenda editing, registrations, the check-off grid,
series, the list with filters and the month overview, working groups."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from clicking import answer_file_dialogs
from events_fixtures import build_scene, in_progress, make_event
from gui_fixtures import fake_user, make_window, versions_user  # noqa: F401 - fixtures
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select

from gui.events.agenda_editor import COL_DURATION, COL_START, COL_TITLE
from gui.events.attendance_tab import COL_MINUTES
from gui.events.event_dialog import TAB_AGENDA, TAB_ATTENDANCE, TAB_REGISTRATIONS, EventDialog
from gui.events.page import EventsPage
from model.core.entities import Event, Person, Registration
from model.events.agenda import AgendaEntry, load_agenda, save_agenda
from model.events.events import load_event, save_event
from model.events.participants import register_people, registration_rows

EARLIER = dt.datetime(2027, 1, 10, 9)


@pytest.fixture
def scene(sqlite_db):
    return build_scene(sqlite_db, capacity=2, fee=Decimal("20.00"))


@pytest.fixture
def app_style(qtbot):
    from gui.app import _application

    return _application()  # German locale and the program's style, as in the real program


def _dialog(qtbot, db, event_id=None, **kwargs) -> EventDialog:
    dialog = EventDialog(db, event_id, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _statuses(db, event_id) -> dict[str, str]:
    return {r.last_name: r.status for r in registration_rows(db, event_id)}


# --- the event form ------------------------------------------------------------------------------


def test_new_event_typed_in_and_saved(qtbot, sqlite_db, scene, type_text, fake_user, app_style):
    dialog = _dialog(qtbot, sqlite_db)
    assert dialog.windowTitle() == "Neue Veranstaltung"
    assert not dialog.tabs.isTabEnabled(TAB_REGISTRATIONS)  # only after the first save
    form = dialog.form
    form.kind.setCurrentText("Werkstatt")
    dialog.save()  # no title yet
    assert "Titel" in fake_user.last and dialog.focusWidget() is form.title_edit
    type_text(form.title_edit, "Werkstatt Grünflächen in Ückendorf & Łódź <Teil 1>")
    form.topic.setCurrentText("Nachhaltigkeit, Klimaanpassung und Klimaschutz")
    form.starts.setDateTime(form.starts.dateTime().fromString("08.04.2027 13:00", "dd.MM.yyyy HH:mm"))
    assert form.ends.dateTime().toString("dd.MM.yyyy HH:mm") == "08.04.2027 16:00"  # the end moved along
    form.format.setCurrentText("Hybrid")
    assert form.online_link.isEnabled() and form.venue.isEnabled()
    type_text(form.venue, "Bürgerhaus Ückendorf")
    type_text(form.online_link, "https://konferenz.example/raum/1")
    form.capacity.setValue(25)
    form.fee.setValue(15)
    form.has_deadline.setChecked(True)
    form.deadline.setDate(form.deadline.date().fromString("01.04.2027", "dd.MM.yyyy"))
    form.host.setCurrentIndex(form.host.findText("Stadt Gelsenkirchen"))
    assert dialog.dirty
    assert dialog.save()
    assert not dialog.dirty and dialog.tabs.isTabEnabled(TAB_REGISTRATIONS)
    with sqlite_db.session() as s:
        event = s.scalar(select(Event).where(Event.kind == "Werkstatt"))
        assert event.title == "Werkstatt Grünflächen in Ückendorf & Łódź <Teil 1>"
        assert (event.starts_at, event.ends_at) == (dt.datetime(2027, 4, 8, 13), dt.datetime(2027, 4, 8, 16))
        assert (event.format, event.capacity, event.fee) == ("Hybrid", 25, Decimal("15.00"))
        assert event.registration_deadline == dt.date(2027, 4, 1)
        assert event.host_organisation_id == scene.organisations["Stadt Gelsenkirchen"]
        assert "lodz" in event.search_key
    assert "Łódź" in dialog.windowTitle()


def test_end_before_start_is_refused_with_the_field_focused(qtbot, sqlite_db, scene, fake_user, app_style):
    dialog = _dialog(qtbot, sqlite_db, scene.event_id)
    dialog.form.ends.setDateTime(dialog.form.starts.dateTime().addSecs(-3600))
    assert not dialog.save()
    assert "Ende liegt vor dem Beginn" in fake_user.last and dialog.focusWidget() is dialog.form.ends
    assert load_event(sqlite_db, scene.event_id).version == 1


def test_saved_elsewhere_meanwhile_offers_reload(qtbot, sqlite_db, scene, fake_user, app_style):
    dialog = _dialog(qtbot, sqlite_db, scene.event_id)
    other = load_event(sqlite_db, scene.event_id)
    other.venue = "Bahnhof Langendreer"
    save_event(sqlite_db, other)
    dialog.form.title_edit.setText("Meine Änderung")
    assert not dialog.save()
    assert "Jemand anderes hat diese Veranstaltung gespeichert" in fake_user.last  # the user chose »Neu laden«
    assert (
        dialog.form.venue.text() == "Bahnhof Langendreer"
        and dialog.form.title_edit.text() == "Netzwerktreffen März 2027"
    )
    assert not dialog.dirty


def test_saved_elsewhere_meanwhile_compare_and_keep_mine(qtbot, sqlite_db, scene, fake_user, versions_user, app_style):
    from PySide6.QtWidgets import QMessageBox

    dialog = _dialog(qtbot, sqlite_db, scene.event_id)
    other = load_event(sqlite_db, scene.event_id)
    other.venue = "Bahnhof Langendreer"
    save_event(sqlite_db, other, [AgendaEntry("Bericht aus Bochum", 45)])
    dialog.form.title_edit.setText("Netzwerktreffen März 2027 – neuer Termin")
    dialog.form.capacity.setValue(30)
    fake_user.answer = QMessageBox.ButtonRole.ActionRole  # »Beide Fassungen anzeigen«
    assert dialog.save()  # »Meine Fassung speichern«
    assert versions_user.differing() == {
        "Titel": ("Netzwerktreffen März 2027 – neuer Termin", "Netzwerktreffen März 2027"),
        "Veranstaltungsort": ("Rathaus Bochum", "Bahnhof Langendreer"),
        "Plätze": ("30", "2"),
        "Tagesordnung": ("", "10:00 Bericht aus Bochum (45 Min., Vortrag)"),
    }
    stored = load_event(sqlite_db, scene.event_id)
    assert (stored.title, stored.venue, stored.capacity, stored.version) == (
        "Netzwerktreffen März 2027 – neuer Termin",
        "Rathaus Bochum",
        30,
        3,
    )
    assert load_agenda(sqlite_db, scene.event_id) == []
    assert not dialog.dirty and dialog.record.version == 3


def test_saved_elsewhere_meanwhile_compare_and_take_theirs(
    qtbot, sqlite_db, scene, fake_user, versions_user, app_style
):
    from PySide6.QtWidgets import QMessageBox

    dialog = _dialog(qtbot, sqlite_db, scene.event_id)
    other = load_event(sqlite_db, scene.event_id)
    other.venue = "Bahnhof Langendreer"
    save_event(sqlite_db, other)
    dialog.form.title_edit.setText("Meine Änderung")
    fake_user.answer = QMessageBox.ButtonRole.ActionRole
    versions_user.choice = "take_stored"
    assert not dialog.save()
    assert (
        dialog.form.venue.text() == "Bahnhof Langendreer"
        and dialog.form.title_edit.text() == "Netzwerktreffen März 2027"
    )
    assert not dialog.dirty and load_event(sqlite_db, scene.event_id).title == "Netzwerktreffen März 2027"


def test_closing_with_unsaved_changes_asks(qtbot, sqlite_db, scene, fake_user, app_style):
    dialog = _dialog(qtbot, sqlite_db, scene.event_id)
    dialog.form.venue.setText("Rathaus Herne")
    dialog.close()  # the user answers »Speichern«
    assert "noch nicht gespeichert" in fake_user.last
    assert load_event(sqlite_db, scene.event_id).venue == "Rathaus Herne"


# --- agenda ----------------------------------------------------------------------------------------


def test_agenda_editing_reorder_and_fixed_times(qtbot, sqlite_db, scene, app_style):
    save_agenda(
        sqlite_db,
        scene.event_id,
        [AgendaEntry("Begrüßung", 15, "Begrüßung"), AgendaEntry("Bericht aus dem Ministerium", 30, "Bericht")],
    )
    dialog = _dialog(qtbot, sqlite_db, scene.event_id)
    dialog.tabs.setCurrentIndex(TAB_AGENDA)
    editor = dialog.agenda
    model = editor.model

    def times():
        return [(model.index(r, COL_START).data(), model.index(r, COL_TITLE).data()) for r in range(model.rowCount())]

    editor.view.setCurrentIndex(model.index(1, COL_TITLE))
    editor.add_item()  # below the second item, title in edit mode
    QApplication.processEvents()
    model.setData(model.index(2, COL_TITLE), "Mittagspause")
    model.setData(model.index(2, COL_DURATION), 45)
    model.setData(model.index(2, COL_START), dt.time(12, 0))  # a fixed start
    editor.view.setCurrentIndex(model.index(2, COL_TITLE))
    editor.add_item()
    model.setData(model.index(3, COL_TITLE), "Austausch aus den Kommunen")
    model.setData(model.index(3, COL_DURATION), 60)
    assert times() == [
        ("10:00", "Begrüßung"),
        ("10:15", "Bericht aus dem Ministerium"),
        ("12:00", "Mittagspause"),
        ("12:45", "Austausch aus den Kommunen"),
    ]
    assert not editor.problems_label.isHidden()  # the agenda ends after 13:00

    # Ctrl+Up moves the exchange before the break; the fixed break stays at 12:00.
    editor.view.setFocus()
    editor.view.setCurrentIndex(model.index(3, COL_TITLE))
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert times()[2] == ("10:45", "Austausch aus den Kommunen") and times()[3] == ("12:00", "Mittagspause")
    assert "Punkt 4 beginnt um 12:00" not in editor.problems_label.text()
    model.setData(model.index(1, COL_DURATION), 45)
    assert times()[2][0] == "11:00"
    assert dialog.dirty and dialog.save()
    stored = load_agenda(sqlite_db, scene.event_id)
    assert [e.title for e in stored] == [
        "Begrüßung",
        "Bericht aus dem Ministerium",
        "Austausch aus den Kommunen",
        "Mittagspause",
    ]
    assert [e.fixed_start for e in stored] == [None, None, None, dt.time(12, 0)]
    # The break is freed again: it follows the exchange.
    dialog.agenda.view.setCurrentIndex(dialog.agenda.model.index(3, COL_TITLE))
    dialog.agenda.unfix_item()
    assert dialog.agenda.model.index(3, COL_START).data() == "12:00"  # 11:00 + 60 minutes
    editor.view.setCurrentIndex(model.index(0, COL_TITLE))
    editor.remove_item()
    assert model.rowCount() == 3 and model.index(0, COL_START).data() == "10:00"


# --- registrations and attendance ------------------------------------------------------------------


def test_registrations_tab_waiting_list_and_promotion(qtbot, sqlite_db, scene, fake_user, app_style):
    dialog = _dialog(qtbot, sqlite_db, scene.event_id)
    dialog.show_tab(TAB_REGISTRATIONS)
    tab = dialog.registrations
    tab.register(scene.people[:3])
    assert "2 angemeldet, 1 auf der Warteliste" in tab.message.text()
    assert tab.summary.text().startswith("2 von 2 Plätzen belegt · 1 auf der Warteliste")
    assert [tab.model.index(r, 2).data() for r in range(3)] == ["angemeldet", "angemeldet", "Warteliste (1.)"]
    assert tab.model.index(0, 5).data().startswith("20,00")
    tab.view.selectRow(0)
    first = tab.model.row_at(0)
    tab.change_status("abgemeldet")
    assert "nachgerückt" in tab.message.text()
    assert _statuses(sqlite_db, scene.event_id)[first.last_name] == "abgemeldet"
    assert "Warteliste" not in _statuses(sqlite_db, scene.event_id).values()

    # After the deadline: the user is asked and confirms.
    with sqlite_db.writing() as s:
        s.get(Event, scene.event_id).registration_deadline = dt.date(2020, 1, 1)
    tab.register([scene.people[4]])
    assert "Anmeldefrist" in fake_user.last
    assert "Hoffmann" in _statuses(sqlite_db, scene.event_id)
    tab.filter.setText("hoffmann")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.view.selectRow(0)
    tab.mark_paid()
    assert tab.model.row_at(0).fee_paid is None  # on the waiting list: nothing owed


def test_check_off_grid_by_keyboard(qtbot, sqlite_db, scene, app_style):
    with sqlite_db.writing() as s:
        s.get(Event, scene.event_id).capacity = None
    register_people(sqlite_db, scene.event_id, scene.people[:4], now=EARLIER)
    in_progress(sqlite_db, scene.event_id)
    dialog = _dialog(qtbot, sqlite_db, scene.event_id)
    dialog.show_tab(TAB_ATTENDANCE)
    tab = dialog.attendance
    view = tab.view
    assert [r.last_name for r in tab.model.rows] == ["Becker", "Schulte", "Yılmaz", "Żółć"]
    view.setFocus()
    view.setCurrentIndex(tab.model.index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # Becker present, on to Schulte
    qtbot.keyClick(view, Qt.Key.Key_E)  # Schulte excused
    qtbot.keyClick(view, Qt.Key.Key_N)  # Yılmaz absent
    assert view.currentIndex().row() == 3
    assert _statuses(sqlite_db, scene.event_id) == {
        "Becker": "teilgenommen",
        "Schulte": "entschuldigt",
        "Yılmaz": "nicht erschienen",
        "Żółć": "angemeldet",
    }
    assert tab.summary.text() == "1 von 4 anwesend · 1 entschuldigt · 1 nicht erschienen"
    view.setCurrentIndex(tab.model.index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # Becker unchecked again
    assert _statuses(sqlite_db, scene.event_id)["Becker"] == "angemeldet"

    # Partial attendance: minutes edited in the grid (the event has 180).
    tab.model.setData(tab.model.index(3, COL_MINUTES), 90)
    assert tab.model.rows[3].status == "teilgenommen" and tab.model.rows[3].attended_minutes == 90
    assert tab.model.index(3, COL_MINUTES).data() == "90"
    # The check box itself.
    tab.model.setData(tab.model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert tab.model.rows[0].present

    # At the door: type a name, Enter marks the match present.
    tab.mark_open(tab.model.rows[0].status)  # nothing open to mark is fine
    tab.search.setText("yilmaz")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert _statuses(sqlite_db, scene.event_id)["Yılmaz"] == "teilgenommen"
    assert tab.search.text() == "" and "Yılmaz" in tab.message.text()


def test_walk_in_becomes_person_and_registration(qtbot, sqlite_db, scene, type_text, app_style):
    in_progress(sqlite_db, scene.event_id)
    dialog = _dialog(qtbot, sqlite_db, scene.event_id)
    dialog.show_tab(TAB_ATTENDANCE)
    tab = dialog.attendance
    tab.walk_in()
    walk_in = tab.dialog
    walk_in.tabs.setCurrentIndex(1)
    type_text(walk_in.first_name, "Gökhan")
    type_text(walk_in.last_name, "Öztürk-Ağaoğlu")
    walk_in.organisation.setCurrentIndex(walk_in.organisation.findText("Stadt Bochum"))
    walk_in._check_and_accept()
    assert [r.last_name for r in tab.model.rows] == ["Öztürk-Ağaoğlu"]
    assert tab.model.rows[0].present and tab.model.rows[0].organisation == "Stadt Bochum"
    with sqlite_db.session() as s:
        assert s.scalar(select(Person.first_name).where(Person.last_name == "Öztürk-Ağaoğlu")) == "Gökhan"


def test_import_preview_then_apply(qtbot, sqlite_db, scene, tmp_path, app_style, monkeypatch):
    from test_attendance_import import write_xlsx

    register_people(sqlite_db, scene.event_id, scene.people[:2], now=EARLIER)
    in_progress(sqlite_db, scene.event_id)
    path = write_xlsx(
        tmp_path / "liste.xlsx", [("Name", "E-Mail"), ("Yılmaz, Ayşe", None), ("Neu, Nina", "nina.neu@example.org")]
    )
    dialog = _dialog(qtbot, sqlite_db, scene.event_id)
    dialog.show_tab(TAB_ATTENDANCE)
    answer_file_dialogs(monkeypatch, path)
    qtbot.mouseClick(dialog.attendance.import_button, Qt.MouseButton.LeftButton)
    preview = dialog.attendance.dialog
    assert not preview.apply_button.isEnabled() and "1 Fehler" in preview.headline.text()
    assert preview.model.rowCount() == 2
    preview.create_missing.setChecked(True)
    assert preview.apply_button.isEnabled()
    assert _statuses(sqlite_db, scene.event_id)["Yılmaz"] == "angemeldet"  # the preview wrote nothing
    preview.apply()
    assert _statuses(sqlite_db, scene.event_id) == {
        "Yılmaz": "teilgenommen",
        "Żółć": "angemeldet",
        "Neu": "teilgenommen",
    }
    assert "übernommen" in dialog.attendance.message.text()


# --- the page: list, filters, month, copy, series ---------------------------------------------------


def test_events_page_filters_month_and_copy(qtbot, sqlite_db, scene, fake_user, app_style):
    today = dt.date.today()
    with sqlite_db.writing() as s:
        make_event(
            s,
            title="Werkstatt Verfügungsfonds",
            kind="Werkstatt",
            day=today.replace(day=15),
            working_group_id=scene.group_id,
        )
        make_event(
            s,
            title="Fachgespräch Klimaanpassung",
            kind="Fachgespräch",
            day=dt.date(today.year - 1, 5, 5),
            status="durchgeführt",
        )
    page = EventsPage(sqlite_db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)

    def titles() -> list[str]:
        return [page.model.row_at(r).title for r in range(page.model.rowCount())]

    assert titles() == ["Werkstatt Verfügungsfonds"]  # this year by default
    page.year.setCurrentIndex(0)  # Alle Jahre
    assert len(titles()) == 3
    page.kind.setCurrentIndex(page.kind.findData("Fachgespräch"))
    assert titles() == ["Fachgespräch Klimaanpassung"]
    page.reset_filters()
    page.year.setCurrentIndex(0)
    page.search.setText("VERFUGUNGSFONDS")
    qtbot.waitUntil(lambda: titles() == ["Werkstatt Verfügungsfonds"])
    page.search.clear()
    page.group.setCurrentIndex(page.group.findData(scene.group_id))
    qtbot.waitUntil(lambda: titles() == ["Werkstatt Verfügungsfonds"])
    assert page.count_label.text() == "1 Veranstaltungen" or "1" in page.count_label.text()

    page.tabs.setCurrentIndex(1)
    assert "Werkstatt Verfügungsfonds" in [e.title for e in page.month_view.events]
    page.move_month(+1)
    page.move_month(-1)
    page.month_view.grab()  # paints (and computes the chips)
    chip = next(rect for rect, row in page.month_view._chips if row.title == "Werkstatt Verfügungsfonds")
    qtbot.mouseClick(page.month_view, Qt.MouseButton.LeftButton, pos=chip.center())
    assert [e.title for e in page.day_model.rows()] == ["Werkstatt Verfügungsfonds"]
    qtbot.mouseDClick(page.month_view, Qt.MouseButton.LeftButton, pos=chip.center())
    assert isinstance(page.dialog, EventDialog) and page.dialog.record.title == "Werkstatt Verfügungsfonds"
    page.dialog.reject()

    page.tabs.setCurrentIndex(0)
    page.reset_filters()
    page.view.selectRow(0)
    page.copy_selected()
    copy = page.dialog
    copy.title_edit.setText("Werkstatt Verfügungsfonds (Teil 2)")
    copy.accept()
    assert isinstance(page.dialog, EventDialog) and page.dialog.record.title == "Werkstatt Verfügungsfonds (Teil 2)"
    assert page.dialog.record.status == "geplant"
    page.dialog.reject()

    page.tabs.setCurrentIndex(2)
    assert page.participation_model.rowCount() >= 3  # the municipalities of the scene


def test_series_dialog_creates_the_events(qtbot, sqlite_db, scene, fake_user, app_style):
    from gui.events.series_dialog import SeriesDialog

    dialog = SeriesDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_day.setDate(dialog.first_day.date().fromString("01.01.2027", "dd.MM.yyyy"))
    dialog.last_day.setDate(dialog.last_day.date().fromString("31.12.2027", "dd.MM.yyyy"))
    days = dialog.chosen_days()
    assert len(days) == 10 and dt.date(2027, 5, 6) not in days and dt.date(2027, 8, 5) not in days
    dialog.dates.item(2).setCheckState(Qt.CheckState.Unchecked)  # 4 March: chosen to skip
    assert dialog.create_button.text() == "9 Veranstaltungen anlegen"
    dialog.agenda_from.setCurrentIndex(dialog.agenda_from.findData(scene.event_id))
    dialog.create_events()
    assert "9 Veranstaltungen wurden angelegt" in fake_user.last
    with sqlite_db.session() as s:
        titles = s.scalars(
            select(Event.title).where(Event.title.like("Netzwerktreffen % 2027")).order_by(Event.starts_at)
        ).all()
    assert titles[0] == "Netzwerktreffen Januar 2027" and "Netzwerktreffen März 2027" in titles  # the scene's own
    assert len(titles) == 10


# --- working groups --------------------------------------------------------------------------------


def test_working_groups_page(qtbot, sqlite_db, scene, fake_user, app_style, type_text):
    from gui.events.groups_page import WorkingGroupsPage

    with sqlite_db.writing() as s:
        session = make_event(
            s,
            title="1. Sitzung AG Klimaanpassung",
            kind="Arbeitsgruppensitzung",
            day=dt.date(2026, 3, 10),
            status="durchgeführt",
            working_group_id=scene.group_id,
        )
    page = WorkingGroupsPage(sqlite_db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.group.id == scene.group_id
    assert page.members_model.rowCount() == 4 and page.sessions_model.rowCount() == 1

    page.sessions_view.selectRow(0)
    page.register_members()
    assert "4 angemeldet" in page.sessions_message.text()
    with sqlite_db.writing() as s:
        for registration in s.scalars(select(Registration).where(Registration.event_id == session.id)):
            registration.status = "teilgenommen"
    page.load_matrix()
    assert page.matrix_model.columnCount() == 5  # name, organisation, role, one session, quota
    assert page.matrix_model.index(0, 3).data() == "✓" and page.matrix_model.index(0, 4).data() == "1 / 1"

    page.new_group()
    type_text(page.name, "AG Wohnen & Quartier")
    page.save_group()
    assert page.group.id is not None and page.detail_title.text() == "AG Wohnen & Quartier"
    assert "AG Wohnen & Quartier" in [g.name for g in page.groups_model.rows()]
    page.add_members()
    picker = page.dialog
    picker.search.setText("dortmund")
    picker.run_search()
    picker.search_view.selectAll()
    picker.accept()
    assert sorted(m.last_name for m in page.members_model.rows()) == ["Becker", "Schulte"]
    page.members_view.selectRow(0)
    page.members_leave()
    assert page.members_model.row_at(1).left_on == dt.date.today()


def test_main_window_areas(make_window, sqlite_db, scene):
    from gui.events.groups_page import WorkingGroupsPage

    window = make_window(sqlite_db)
    window.show_area("events")
    page = window.pages.currentWidget()
    assert isinstance(page, EventsPage) and page.model.rowCount() >= 0
    window.show_area("groups")
    groups = window.pages.currentWidget()
    assert isinstance(groups, WorkingGroupsPage) and groups.groups_model.rowCount() == 1


def test_o_key_marks_online_attendance_at_a_hybrid_event(qtbot, sqlite_db, scene, app_style):
    register_people(sqlite_db, scene.event_id, scene.people[:2], now=EARLIER)
    in_progress(sqlite_db, scene.event_id)
    with sqlite_db.writing() as s:
        s.get(Event, scene.event_id).format = "Hybrid"
    dialog = _dialog(qtbot, sqlite_db, scene.event_id)
    dialog.show_tab(TAB_ATTENDANCE)
    view = dialog.attendance.view
    view.setFocus()
    view.setCurrentIndex(dialog.attendance.model.index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_O)  # Yılmaz online
    qtbot.keyClick(view, Qt.Key.Key_Space)  # Żółć in the room
    with sqlite_db.session() as s:
        modes = dict(
            s.execute(
                select(Person.last_name, Registration.attendance_mode).join(
                    Registration, Registration.person_id == Person.id
                )
            ).all()
        )
    assert modes == {"Yılmaz": "Online", "Żółć": "Präsenz"}
    assert dialog.attendance.model.index(0, 4).data() == "anwesend (online)"


def test_a_saved_event_outside_the_filter_switches_the_filter_and_is_selected(
    qtbot, sqlite_db, scene, fake_user, type_text, app_style
):
    today = dt.date.today()
    with sqlite_db.writing() as s:
        for day in range(1, 25):  # enough rows that the new one must be scrolled to
            make_event(s, title=f"Werkstatt {day}", kind="Werkstatt", day=dt.date(today.year + 1, 1, day))
    page = EventsPage(sqlite_db)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    assert page.year.currentData() == today.year
    page.kind.setCurrentIndex(page.kind.findData("Fachgespräch"))
    new_button = next(b for b in page.findChildren(QPushButton) if b.text() == "Neue Veranstaltung…")
    qtbot.mouseClick(new_button, Qt.MouseButton.LeftButton)
    form = page.dialog.form
    form.kind.setCurrentText("Netzwerktreffen")
    type_text(form.title_edit, "Netzwerktreffen Dezember")
    form.starts.setDateTime(form.starts.dateTime().fromString(f"02.12.{today.year + 1} 10:00", "dd.MM.yyyy HH:mm"))
    qtbot.mouseClick(page.dialog.save_close_button, Qt.MouseButton.LeftButton)
    assert page.year.currentData() == today.year + 1 and page.kind.currentData() is None
    selected = [page.model.row_at(i.row()).title for i in page.view.selectionModel().selectedRows()]
    assert selected == ["Netzwerktreffen Dezember"]
    row = page.view.selectionModel().selectedRows()[0].row()
    assert page.view.viewport().rect().intersects(page.view.visualRect(page.model.index(row, 0)))
