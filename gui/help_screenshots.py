"""The pictures of the user guide, taken from the program itself.

    QT_QPA_PLATFORM=offscreen python -m gui.help_screenshots [OUTDIR]

builds a temporary demo database (``model.demo``, size "small"), opens the main window at
1280×800 and the windows the guide explains, and saves each as a PNG into OUTDIR (default:
``resources/help/bilder``). The user's data folder and settings are not touched: a
temporary data folder is used. Run it again after changing a window the guide shows.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WINDOW_SIZE = (1280, 800)
# Pictures wider than this are scaled down (smoothly): the help window shows them 1:1.
MAX_WIDTH = 980
DEFAULT_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "help" / "bilder"

# The demo events the pictures show: the first after the demo's "today" with this title.
MEETING_TITLE_PREFIX = "Netzwerktreffen Dezember"
TRIP_TITLE_PREFIX = "Studienfahrt Wien"
# Paths as the office sees them on Windows, instead of the temporary files the pictures use.
SHOWN_DATA_FOLDER = r"C:\Users\Anna\AppData\Local\Netzwerkstatt"
SHOWN_DOCUMENTS = r"C:\Users\Anna\Documents"
SHOWN_BACKUP_FOLDER = r"H:\Geschäftsstelle\Sicherungen Netzwerkstatt"


def settle(milliseconds: int = 250, until: Callable[[], bool] | None = None, timeout: float = 30.0) -> None:
    """Let Qt paint and finish background jobs: process events for a while (and until ``until``)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    app = QCoreApplication.instance()
    assert app is not None  # screenshots are taken in the running program
    end = time.monotonic() + milliseconds / 1000
    deadline = time.monotonic() + timeout
    while time.monotonic() < end or (until is not None and not until() and time.monotonic() < deadline):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


class Camera:
    """Saves widgets as PNG files and remembers what it wrote."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.written: list[Path] = []
        folder.mkdir(parents=True, exist_ok=True)

    def shoot(self, widget, name: str) -> Path:  # any QWidget
        from PySide6.QtCore import Qt

        settle()
        image = widget.grab().toImage()
        if image.width() > MAX_WIDTH:
            image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
        path = self.folder / f"{name}.png"
        if not image.save(str(path), "PNG", 0):  # 0: strongest (lossless) compression
            raise OSError(f"could not write {path}")
        self.written.append(path)
        return path


def _dialog_of(owner):
    dialog = getattr(owner, "dialog", None)
    if dialog is None:
        raise RuntimeError(f"{type(owner).__name__} opened no dialog")
    return dialog


def take_all(folder: Path) -> list[Path]:
    """Build the demo, take every picture of the guide into ``folder``; the files written."""
    from PySide6.QtCore import QCoreApplication

    from gui.app import _application

    app = _application("de")
    from gui.events.event_dialog import TAB_ATTENDANCE, TAB_REGISTRATIONS
    from gui.main_window import MainWindow
    from gui.settings import Settings
    from model.core.db import open_database
    from model.demo.build import DEMO_TODAY, fill_demo
    from model.demo.guide_scenes import fill_to_waiting_list, upcoming_event_id

    camera = Camera(folder)
    with tempfile.TemporaryDirectory(prefix="netzwerkstatt-bilder-") as temp:
        db = open_database(Path(temp) / "netzwerkstatt.sqlite")
        fill_demo(db, "small")
        meeting = upcoming_event_id(db, MEETING_TITLE_PREFIX)
        trip = upcoming_event_id(db, TRIP_TITLE_PREFIX)
        if meeting is None or trip is None:
            raise RuntimeError("the small demo has no upcoming meeting or trip")
        fill_to_waiting_list(db, meeting)

        window = MainWindow(db, Settings(read_only=True))
        window.resize(*WINDOW_SIZE)
        window.show()
        window.database_label.setText(
            QCoreApplication.translate("MainWindow", "Datenbank: {where}").format(
                where=SHOWN_DATA_FOLDER + "\\netzwerkstatt.sqlite"
            )
        )
        settle(500)

        # Übersicht
        window.show_area("overview")
        camera.shoot(window, "uebersicht")

        # Veranstaltungen: the list of the demo year, the series dialog
        window.show_area("events")
        from gui.events.page import EventsPage

        events = window.page("events")
        assert isinstance(events, EventsPage)
        year = events.year.findData(DEMO_TODAY.year)
        if year >= 0:
            events.year.setCurrentIndex(year)
        settle()
        events.select_event(meeting)
        camera.shoot(window, "veranstaltungen")
        events.new_series()
        series = _dialog_of(events)
        camera.shoot(series, "serie")
        series.reject()

        # One meeting: registrations with the waiting list, the check-off list
        dialog = events.open_event(meeting)
        dialog.resize(1100, 720)
        dialog.show_tab(TAB_REGISTRATIONS)
        camera.shoot(dialog, "anmeldungen")
        dialog.show_tab(TAB_ATTENDANCE)
        _check_off(dialog.attendance, 9)
        camera.shoot(dialog, "anwesenheit")
        dialog.reject()

        # Sitzungsunterlagen
        from gui.reports.meeting_pack_dialog import open_meeting_pack

        pack = open_meeting_pack(window, db, meeting)
        camera.shoot(pack, "sitzungsunterlagen")
        pack.reject()

        # Fortbildung: the certificates of an accredited event
        window.show_area("training")
        from gui.training.page import TrainingPage

        training = window.page("training")
        assert isinstance(training, TrainingPage)
        settle()
        _select_first_row(training.events_view)
        camera.shoot(window, "fortbildung")
        training.create_certificates()
        certificates = _dialog_of(training)
        certificates.folder.setText(
            SHOWN_DOCUMENTS + "\\Netzwerkstatt\\Bescheinigungen\\" + Path(certificates.folder.text()).name
        )
        certificates.folder.setCursorPosition(0)
        camera.shoot(certificates, "bescheinigungen")
        certificates.reject()

        # Personen: import, mailing lists, duplicates
        window.show_area("people")
        from gui.members.persons_page import PeoplePage

        people = window.page("people")
        assert isinstance(people, PeoplePage)
        settle()
        people.import_file()
        wizard = _dialog_of(people)
        _import_example(wizard, Path(temp))
        camera.shoot(wizard, "import")
        wizard.reject()
        people.tabs.setCurrentWidget(people.lists)
        _select_first_row(people.lists.lists_view)
        camera.shoot(window, "verteiler")
        people.tabs.setCurrentIndex(0)
        people.find_duplicates()
        duplicates = _dialog_of(people)
        settle(400)
        _select_first_row(duplicates.pairs_view)
        camera.shoot(duplicates, "dubletten")
        duplicates.reject()

        # Exkursionen: the rooming list of the study trip
        window.show_area("excursions")
        from gui.excursions.page import ExcursionsPage

        excursions = window.page("excursions")
        assert isinstance(excursions, ExcursionsPage)
        settle()
        excursions.select_trip(trip)
        excursions.tabs.setCurrentWidget(excursions.rooms_tab)
        excursions.splitter.setSizes([170, 530])
        camera.shoot(window, "exkursion_zimmer")

        # Sicherungen: the Datei menu and the settings
        from gui.settings_dialog import SettingsDialog

        settings = SettingsDialog(db, window, Settings(read_only=True))
        settings.tabs.setCurrentIndex(2)
        settings.backup_folder = SHOWN_BACKUP_FOLDER
        settings._show_backup_folder()
        settings.show()
        camera.shoot(settings, "sicherung_einstellungen")
        settings.reject()

        window.wait_for_jobs()
        window.close()
        settle(100)
        db.dispose()
    del app
    return camera.written


def _select_first_row(view) -> None:  # QTableView
    settle()
    if view.model() is not None and view.model().rowCount() > 0:
        view.selectRow(0)
    settle()


def _check_off(tab, count: int) -> None:  # gui.events.attendance_tab.AttendanceTab
    """Tick the first ``count`` people as present, as on the morning of the meeting."""
    from PySide6.QtCore import Qt

    settle()
    for row in range(min(count, tab.model.rowCount())):
        tab.model.setData(tab.model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    settle()


def _import_example(wizard, temp: Path) -> None:  # gui.members.import_wizard.ImportWizard
    """A small list as offices receive them, read up to the column mapping."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Anmeldungen"
    sheet.append(["Anmeldungen Netzwerktreffen Dezember"])
    sheet.append([])
    sheet.append(["Name", "Kommune", "E-Mail", "Telefon", "Bemerkung"])
    sheet.append(["Dr. Ayla Demir", "Stadt Herne", "ayla.demir@herne.de", "02323 16-0", "vegetarisch"])
    sheet.append(["Łukasz Żółć", "Stadt Gelsenkirchen", "l.zolc@gelsenkirchen.de", None, None])
    sheet.append(["Ayşe Yılmaz", "Stadt Bochum", "a.yilmaz@bochum.de", "0234 910-0", None])
    sheet.append(["Jonas Becker", "Stadt Dortmund", "jbecker@stadtdo.de", None, "nur vormittags"])
    path = temp / "Anmeldungen.xlsx"
    book.save(path)
    wizard.resize(980, 560)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    settle(300, until=lambda: wizard.currentPage() is wizard.mapping_page)


def _quiet_offscreen_notes() -> None:
    """The offscreen platform says it cannot do window size hints, once per window: drop that."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:  # Qt's message handler protocol
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    folder = Path(argv[0]).absolute() if argv else DEFAULT_FOLDER
    _quiet_offscreen_notes()
    with tempfile.TemporaryDirectory(prefix="netzwerkstatt-home-") as home:
        os.environ["NETZWERKSTATT_HOME"] = home  # no traces in the user's data folder
        started = dt.datetime.now()
        written = take_all(folder)
    total = sum(path.stat().st_size for path in written)
    for path in written:
        print(f"{path}  {path.stat().st_size // 1024} KB")
    print(f"{len(written)} pictures, {total / 1024 / 1024:.1f} MB, {(dt.datetime.now() - started).seconds} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
