"""Fixtures of the GUI tests: a database with known figures, a fake user for message boxes,
the main window.

Not a ``conftest.py``: a second module named ``conftest`` would shadow ``tests/conftest.py``
for ``from conftest import run_cli``. Test modules import the fixtures they use from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import pytest


@dataclass
class SampleFigures:
    """What the Übersicht must show for the sample data (computed for today's date)."""

    members: int = 0
    organisations: int = 0
    active_people: int = 0
    events_done: int = 0
    events_planned: int = 0
    participations: int = 0
    waiting: int = 0
    upcoming_titles: list[str] = field(default_factory=list)


def fill_sample(db, today: dt.date | None = None) -> SampleFigures:
    """A small network: members, partners, people, past and coming events with registrations.

    Dates are relative to ``today``; the expected figures are computed alongside, so the
    tests hold on any day of the year.
    """
    from model.core.entities import Event, Membership, Organisation, Person, Registration

    today = today or dt.date.today()
    figures = SampleFigures()

    def day(offset: int, hour: int = 10) -> dt.datetime:
        return dt.datetime.combine(today + dt.timedelta(days=offset), dt.time(hour))

    with db.writing() as s:
        orgs = {}
        for name, kind, ags, membership, since, until in [
            ("Stadt Bochum", "Kommune", "05911000", "Mitglied", dt.date(2008, 1, 1), None),
            ("Stadt Gelsenkirchen", "Kommune", "05513000", "Mitglied", dt.date(2004, 1, 1), None),
            ("Stadt Dortmund", "Kommune", "05913000", "Mitglied", dt.date(2001, 1, 1), None),
            ("Stadt Hamm", "Kommune", "05915000", "Mitglied", dt.date(2010, 1, 1), dt.date(2019, 12, 31)),
            (
                "Ministerium für Heimat, Kommunales, Bau und Digitalisierung NRW",
                "Land/Ministerium",
                None,
                "Kooperationspartner",
                dt.date(2015, 1, 1),
                None,
            ),
            (
                "ILS – Institut für Landes- und Stadtentwicklungsforschung",
                "Wissenschaft/Beratung",
                None,
                "Gast",
                dt.date(2020, 1, 1),
                None,
            ),
            ("Müller & Söhne <GmbH>", "Träger", None, None, None, None),
        ]:
            org = Organisation(name=name, kind=kind, ags=ags)
            s.add(org)
            s.flush()
            orgs[name] = org
            if membership:
                s.add(Membership(organisation_id=org.id, type=membership, since=since, until=until))
        figures.organisations = len(orgs)
        figures.members = 3

        people = []
        for first, last, org, active in [
            ("Ayşe", "Yılmaz", "Stadt Bochum", True),
            ("Łukasz", "Żółć", "Stadt Gelsenkirchen", True),
            ("Jana", "Schulte", "Stadt Dortmund", True),
            ("Thomas", "Becker", "Stadt Dortmund", True),
            ("Miriam", "Hoffmann", "ILS – Institut für Landes- und Stadtentwicklungsforschung", True),
            ("Peter", "Klein", "Müller & Söhne <GmbH>", True),
            ("Ruth", "Altmann", "Stadt Hamm", False),
        ]:
            person = Person(
                salutation="Frau" if first in ("Ayşe", "Jana", "Miriam", "Ruth") else "Herr",
                first_name=first,
                last_name=last,
                organisation_id=orgs[org].id,
                active=active,
            )
            s.add(person)
            people.append(person)
        s.flush()
        figures.active_people = 6

        def event(offset: int, kind: str, title: str, status: str, days: int = 0, **values) -> Event:
            item = Event(
                kind=kind, title=title, starts_at=day(offset), ends_at=day(offset + days, 16), status=status, **values
            )
            s.add(item)
            s.flush()
            in_year = item.starts_at.year == today.year
            if status == "durchgeführt" and in_year:
                figures.events_done += 1
            if status in ("geplant", "ausgeschrieben") and in_year:
                figures.events_planned += 1
            return item

        def register(item: Event, statuses: list[str]) -> None:
            for person, status in zip(people, statuses, strict=False):  # the first len(statuses) people
                s.add(
                    Registration(
                        event_id=item.id,
                        person_id=person.id,
                        status=status,
                        registered_at=item.starts_at - dt.timedelta(days=20),
                    )
                )
                if status == "teilgenommen" and item.starts_at.year == today.year:
                    figures.participations += 1
                if status == "Warteliste" and item.starts_at.date() >= today and item.status != "abgesagt":
                    figures.waiting += 1

        bochum = orgs["Stadt Bochum"]
        meeting = event(
            -40,
            "Netzwerktreffen",
            "Netzwerktreffen im Rathaus Bochum",
            "durchgeführt",
            venue="Rathaus Bochum",
            host_organisation_id=bochum.id,
        )
        register(meeting, ["teilgenommen"] * 4 + ["nicht erschienen"])
        workshop = event(
            -20,
            "Werkstatt",
            "Werkstatt Quartiersmanagement & Beteiligung",
            "durchgeführt",
            format="Hybrid",
            venue="Wissenschaftspark Gelsenkirchen",
        )
        register(workshop, ["teilgenommen"] * 3 + ["entschuldigt"])
        event(-10, "Fachgespräch", "Fachgespräch Klimaanpassung", "abgesagt")

        upcoming = [
            event(
                2,
                "Netzwerktreffen",
                "Netzwerktreffen Dezember: Jahresplanung",
                "ausgeschrieben",
                capacity=40,
                venue="Rathaus Dortmund",
                host_organisation_id=orgs["Stadt Dortmund"].id,
            ),
            event(
                9,
                "Fortbildung",
                "Fortbildung Städtebauförderung kompakt (anerkannt AKNW)",
                "ausgeschrieben",
                capacity=2,
                format="Online",
                fee=Decimal("25.00"),
            ),
            event(
                30, "Exkursion", "Exkursion nach Rotterdam und Delft", "geplant", days=2, capacity=25, venue="Rotterdam"
            ),
        ]
        register(upcoming[0], ["angemeldet"] * 3)
        register(upcoming[1], ["angemeldet", "angemeldet", "Warteliste", "Warteliste"])
        register(upcoming[2], ["angemeldet", "Warteliste"])
        cancelled = event(15, "Tagung", "Tagung Soziale Stadt (abgesagt)", "abgesagt", capacity=100)
        register(cancelled, ["Warteliste"])
        figures.upcoming_titles = [item.title for item in upcoming]
    return figures


@pytest.fixture
def sample(db) -> SampleFigures:
    """Sample data in ``db`` (SQLite and PostgreSQL)."""
    return fill_sample(db)


@pytest.fixture
def sqlite_sample(sqlite_db) -> SampleFigures:
    """Sample data in ``sqlite_db``, for what needs a file (open, backup, restore)."""
    return fill_sample(sqlite_db)


class FakeUser:
    """Answers every ``QMessageBox`` run with ``exec()``: clicks the button with ``answer``'s
    role (accept by default) and notes the texts it saw."""

    def __init__(self):
        from PySide6.QtWidgets import QMessageBox

        self.answer = QMessageBox.ButtonRole.AcceptRole
        self.seen: list[str] = []

    def exec(self, box) -> int:  # QMessageBox
        self.seen.append("\n".join(part for part in (box.text(), box.informativeText()) if part))
        for button in box.buttons():
            if box.buttonRole(button) == self.answer:
                button.click()
                break
        return 0

    @property
    def last(self) -> str:
        return self.seen[-1] if self.seen else ""


@pytest.fixture
def fake_user(monkeypatch) -> FakeUser:
    from PySide6.QtWidgets import QMessageBox

    user = FakeUser()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: user.exec(box))
    return user


@pytest.fixture
def make_window(qtbot):
    """Build main windows on a database; they are closed (jobs waited for) at the end."""
    from gui.app import _application
    from gui.main_window import MainWindow
    from gui.settings import Settings

    _application()  # locale, translations and style as in the program
    windows = []

    def make(db):
        window = MainWindow(db, Settings())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.wait_for_jobs()
        if window.isVisible():
            window.close()


@pytest.fixture
def window(make_window, sqlite_db, sqlite_sample):
    """The main window on a SQLite file with the sample data."""
    return make_window(sqlite_db)


class VersionsUser:
    """Answers the »Beide Fassungen anzeigen« dialog (``gui.conflict_dialog.VersionsDialog``):
    notes the rows it showed and clicks ``choice`` ("keep_mine", "take_stored" or "back")."""

    def __init__(self):
        self.choice = "keep_mine"
        self.rows: list[tuple[str, str, str, bool]] = []
        self.shown = 0

    def exec(self, dialog) -> int:  # VersionsDialog
        self.shown += 1
        self.rows = dialog.rows()
        buttons = {
            "keep_mine": dialog.keep_mine_button,
            "take_stored": dialog.take_stored_button,
            "back": dialog.back_button,
        }
        buttons[self.choice].click()
        return dialog.result()

    def differing(self) -> dict[str, tuple[str, str]]:
        """Feld -> (Ihre Fassung, Gespeicherte Fassung) of the highlighted rows."""
        return {label: (mine, theirs) for label, mine, theirs, highlighted in self.rows if highlighted}


@pytest.fixture
def versions_user(monkeypatch) -> VersionsUser:
    """With ``fake_user.answer = QMessageBox.ButtonRole.ActionRole`` the user asks to see both
    versions; this fixture then answers the comparison."""
    from gui.conflict_dialog import VersionsDialog

    user = VersionsUser()
    monkeypatch.setattr(VersionsDialog, "exec", lambda dialog: user.exec(dialog))
    return user
