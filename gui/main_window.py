"""The main window: navigation on the left, one page per area, the database in the status bar.

The window owns the open ``Database`` (engine and session factory; never a session).
Opening or creating another database, or restoring a backup, swaps it for the whole
window: every page gets the new one, the old engine is disposed. Work that may take longer
than a moment (opening with a migration, creating, backing up, restoring) runs in a
``gui.worker.Job``; the automatic backup at start runs there too, without a dialog, after
the window is shown.

Every page but the Übersicht needs the ORM, whose import takes longer than the rest of the
start. When the window opens in such an area (the last one used), it shows the area's frame
with a running progress bar at once (``PageInPreparation``), loads the data layer in a
background job meanwhile, and then puts the real page in its place.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QSize, QStandardPaths, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from gui import dialogs
from gui.areas import AREAS, Area
from gui.icons import icon
from gui.page import Page, PageInPreparation
from gui.settings import Settings
from gui.worker import Job
from model.core.db import Database, data_layer_loaded, load_data_layer

if TYPE_CHECKING:
    from gui.help import HelpWindow

log = logging.getLogger("netzwerkstatt.gui")

DEFAULT_SIZE = QSize(1280, 800)
MINIMUM_SIZE = QSize(760, 540)
NAVIGATION_WIDTH = 200
DATABASE_SUFFIX = ".sqlite"
KEY_ROLE = Qt.ItemDataRole.UserRole


def automatic_backup_job(db: Database) -> Callable[..., Path | None]:
    """The job for the automatic backup at start (SQLite only), as ``gui.worker.Job`` runs it;
    into the folder of the office profile (Einstellungen → Sicherungen)."""

    def run(progress, cancelled) -> Path | None:  # Job's callback protocol
        from model.core.backup import automatic_backup
        from model.settings.office import load_profile

        if db.path is None:  # a server database: its backups are the server's
            return None
        profile = load_profile(db)
        return automatic_backup(db.path, keep=profile.backups_to_keep, override=profile.backup_folder)

    return run


def remembered_target(db: Database) -> str:
    """What to store as "last database": the path, or a URL without a password."""
    if db.path is not None:
        return str(db.path)
    if db.engine.url.password:
        return ""
    return db.url


class MainWindow(QMainWindow):
    database_changed = Signal(object)  # the new model.core.db.Database
    prepared = Signal()  # the data layer is loaded: areas show their real pages (see is_ready)

    def __init__(self, db: Database, settings: Settings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.settings = settings or Settings()
        self._pages: dict[str, Page] = {}
        self._placeholders: dict[str, PageInPreparation] = {}  # areas waiting for the data layer
        self._data_layer_job: Job | None = None
        self._jobs: list[Job] = []
        self._backup_job: Job | None = None
        self._retired_jobs: list[Job] = []
        self._closed = False
        self._help_window: HelpWindow | None = None

        self.setWindowIcon(icon("netzwerkstatt"))
        self.setMinimumSize(MINIMUM_SIZE)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setAccessibleName(self.tr("Bereiche"))
        for area in AREAS:
            item = QListWidgetItem(icon(area.icon), area.label)
            item.setData(KEY_ROLE, area.key)
            item.setSizeHint(QSize(NAVIGATION_WIDTH, 40))
            self.navigation.addItem(item)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._create_actions()
        self._create_menus()
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label, 1)
        self.statusBar().setSizeGripEnabled(True)
        self._show_database()

        self.navigation.currentRowChanged.connect(self._on_area_selected)
        self._restore_layout()

    # --- setup -----------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        self.open_action = self._action(
            self.tr("Datenbank &öffnen…"),
            self.open_database_dialog,
            QKeySequence.StandardKey.Open,
            "open",
            self.tr("Eine andere Netzwerkstatt-Datenbank öffnen"),
        )
        self.new_action = self._action(
            self.tr("&Neue Datenbank…"),
            self.new_database_dialog,
            QKeySequence.StandardKey.New,
            "new-database",
            self.tr("Eine neue, leere Datenbank anlegen und öffnen"),
        )
        self.backup_action = self._action(
            self.tr("&Sicherung erstellen…"),
            self.create_backup_dialog,
            "Ctrl+Shift+S",
            "backup",
            self.tr("Eine Sicherungskopie der geöffneten Datenbank speichern"),
        )
        self.restore_action = self._action(
            self.tr("&Wiederherstellen…"),
            self.restore_dialog,
            None,
            "restore",
            self.tr("Die geöffnete Datenbank aus einer Sicherung wiederherstellen"),
        )
        self.settings_action = self._action(
            self.tr("&Einstellungen…"),
            self.show_settings,
            QKeySequence.StandardKey.Preferences,
            "settings",
            self.tr("Geschäftsstelle, Briefkopf, Bescheinigungen, Kammern, Sicherungen und Sprache einstellen"),
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.tr("&Beenden"), self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.refresh_action = self._action(
            self.tr("&Aktualisieren"),
            self.refresh_current_page,
            QKeySequence.StandardKey.Refresh,
            "refresh",
            self.tr("Die angezeigten Daten neu aus der Datenbank lesen"),
        )
        self.log_folder_action = self._action(
            self.tr("&Protokollordner öffnen"),
            self.open_log_folder,
            tip=self.tr("Den Ordner mit den Protokolldateien für die IT öffnen"),
        )
        self.help_action = self._action(
            self.tr("&Benutzerhandbuch"),
            self.show_help,
            QKeySequence.StandardKey.HelpContents,
            tip=self.tr("Das Handbuch mit den Aufgaben der Geschäftsstelle Schritt für Schritt"),
        )
        self.about_action = self._action(self.tr("Über &Netzwerkstatt"), self.show_about, icon_name="info")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.file_actions = [self.open_action, self.new_action, self.backup_action, self.restore_action]

    def _create_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&Datei"))
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = menu_bar.addMenu(self.tr("&Ansicht"))
        self.area_actions: list[QAction] = []
        for number, area in enumerate(AREAS, start=1):
            action = QAction(icon(area.icon), area.label, self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setData(area.key)
            action.triggered.connect(self._on_area_action)
            view_menu.addAction(action)
            self.area_actions.append(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)

        help_menu = menu_bar.addMenu(self.tr("&Hilfe"))
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.log_folder_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            place_default(self)
        state = self.settings.window_state()
        if not state.isEmpty():
            self.restoreState(state)
        keys = [area.key for area in AREAS]
        last = self.settings.last_area()
        self.navigation.setCurrentRow(keys.index(last) if last in keys else 0)

    # --- areas -----------------------------------------------------------------------

    def page(self, key: str) -> Page:
        """The page of an area, created on first use (after the data layer is loaded)."""
        page = self._pages.get(key)
        if page is None:
            area = next(a for a in AREAS if a.key == key)
            if not area.light and self._data_layer_job is not None:
                self._data_layer_job.wait()  # rather than import the same modules in two threads
            page = area.page_class()(self.db, self.pages)
            self._pages[key] = page
            self.pages.addWidget(page)
            if key == "overview":
                page.first_step.connect(self.take_first_step)
            self._replace_placeholder(key, page)
        return page

    def _page_to_show(self, area: Area) -> Page:
        """The area's page, or its frame while the data layer loads in the background."""
        if area.key in self._pages or area.light or data_layer_loaded():
            return self.page(area.key)
        placeholder = self._placeholders.get(area.key)
        if placeholder is None:
            placeholder = PageInPreparation(self.db, area.label, self.pages)
            self._placeholders[area.key] = placeholder
            self.pages.addWidget(placeholder)
        self.prepare_data_layer(area)
        return placeholder

    def prepare_data_layer(self, area: Area | None = None) -> None:
        """Load the ORM (and ``area``'s page modules) in a background job, unless done or under
        way. The start calls it once the Übersicht is on screen, so that the first visit of
        another area finds it loaded."""
        if self._data_layer_job is not None or self._closed or data_layer_loaded():
            return

        def prepare(progress, cancelled) -> None:  # Job's callback protocol
            load_data_layer()
            if area is not None:
                area.import_page_module()

        self._data_layer_job = self._run(
            self.tr("Daten werden vorbereitet…"),
            prepare,
            self._data_layer_ready,
            self._data_layer_failed,
            show_dialog=False,
        )

    def _data_layer_ready(self, _result: None) -> None:
        self._data_layer_job = None
        current = self.pages.currentWidget()
        for key, placeholder in list(self._placeholders.items()):
            if placeholder is current:
                self.page(key)  # replaces the frame on screen
        for key in list(self._placeholders):  # frames of areas visited meanwhile: built when shown
            self._replace_placeholder(key, None)
        self.prepared.emit()

    def _data_layer_failed(self, exc: BaseException) -> None:
        self._data_layer_job = None  # the next visit tries again, in the GUI thread
        self.prepared.emit()
        raise exc  # a broken installation: the global exception hook shows it

    def _replace_placeholder(self, key: str, page: Page | None) -> None:
        placeholder = self._placeholders.pop(key, None)
        if placeholder is None:
            return
        if page is not None and self.pages.currentWidget() is placeholder:
            self.pages.setCurrentWidget(page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()

    def is_ready(self) -> bool:
        """Whether the page on screen is the area's real page (not its frame)."""
        return self._data_layer_job is None and not self._placeholders

    @Slot(str)
    def take_first_step(self, step: str) -> None:
        """A button of the Übersicht's first steps: go to the area and start there."""
        from gui.events.page import EventsPage
        from gui.members.persons_page import PeoplePage
        from gui.overview_page import FIRST_IMPORT, FIRST_PERSON

        if step in (FIRST_IMPORT, FIRST_PERSON):
            self.show_area("people")
            people = self.page("people")
            if self.pages.currentWidget() is people and isinstance(people, PeoplePage):
                people.import_file() if step == FIRST_IMPORT else people.new_person()
            return
        self.show_area("events")
        events = self.page("events")
        if self.pages.currentWidget() is events and isinstance(events, EventsPage):
            events.new_event()

    def current_area(self) -> Area:
        return AREAS[max(self.navigation.currentRow(), 0)]

    def show_area(self, key: str) -> None:
        keys = [area.key for area in AREAS]
        self.navigation.setCurrentRow(keys.index(key))

    @Slot(int)
    def _on_area_selected(self, row: int) -> None:
        if row < 0:
            return
        area = AREAS[row]
        leaving = self.pages.currentWidget()
        if isinstance(leaving, Page) and leaving is not self._pages.get(area.key) and not leaving.confirm_leave():
            self._point_navigation_at(leaving)  # Zurück: stay on the page with the edits
            return
        self.pages.setCurrentWidget(self._page_to_show(area))
        self.settings.set_last_area(area.key)

    def _point_navigation_at(self, page: Page) -> None:
        key = next(key for key, candidate in self._pages.items() if candidate is page)
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow([area.key for area in AREAS].index(key))
        self.navigation.blockSignals(False)

    @Slot()
    def _on_area_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_area(action.data())

    @Slot()
    def refresh_current_page(self) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, Page):
            page.refresh()

    # --- the database ----------------------------------------------------------------

    def _show_database(self) -> None:
        name = self.db.path.name if self.db.path is not None else self.db.display_name
        self.setWindowTitle(self.tr("Netzwerkstatt – {name}").format(name=name))
        self.database_label.setText(self.tr("Datenbank: {where}").format(where=self.db.display_name))
        self.database_label.setToolTip(self.db.display_name)
        is_file = self.db.path is not None
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(is_file)

    def set_database(self, db: Database) -> None:
        """Use ``db`` in the whole window; the previous database is closed."""
        old, self.db = self.db, db
        for page in self._pages.values():
            page.set_database(db)
        if old is not db:
            old.dispose()
        self._show_database()
        target = remembered_target(db)
        if target:
            self.settings.set_last_database(target)
        log.info("Datenbank geöffnet: %s", db.display_name)
        self.database_changed.emit(db)
        self.start_automatic_backup()
        self.start_trip_data_purge()

    def start_automatic_backup(self) -> None:
        """Back up the open database in the background if it changed since the last backup."""
        if self.db.path is None or self._backup_job is not None or self._closed:
            return
        self._backup_job = self._run(
            self.tr("Automatische Sicherung"),
            automatic_backup_job(self.db),
            self._on_automatic_backup,
            self._on_automatic_backup_failed,
            show_dialog=False,
        )

    def wait_for_automatic_backup(self) -> None:
        if self._backup_job is not None:
            self._backup_job.wait()

    def _on_automatic_backup(self, created: Path | None) -> None:
        self._backup_job = None
        if created is not None:
            log.info("Automatische Sicherung: %s", created)
            self.statusBar().showMessage(
                self.tr("Automatische Sicherung erstellt: {name}").format(name=created.name), 8000
            )

    def _on_automatic_backup_failed(self, exc: BaseException) -> None:
        self._backup_job = None
        log.warning("Automatische Sicherung fehlgeschlagen", exc_info=exc)
        self.statusBar().showMessage(
            self.tr("Automatische Sicherung fehlgeschlagen: {error}").format(error=self._message(exc)), 30000
        )

    def start_trip_data_purge(self) -> None:
        """Erase sensitive trip details whose retention time is over, in the background, and
        say so in the status bar (see ``model.excursions.trip_privacy``)."""
        if self._closed:
            return
        db = self.db

        def run(progress, cancelled) -> list:  # Job's callback protocol
            from model.excursions.trip_privacy import purge_expired
            from model.training.retention import reduce_expired_certificates

            reduced = reduce_expired_certificates(db)  # start-up maintenance: certificate retention
            if reduced:
                log.info("Datenschutz: %s Bescheinigungen nach Ablauf der Frist gekürzt", reduced)
            return purge_expired(db)

        self._run(
            self.tr("Datenschutz"), run, self._on_trip_data_purged, self._on_trip_data_purge_failed, show_dialog=False
        )

    def _on_trip_data_purged(self, purged: list) -> None:
        if not purged:
            return
        for trip in purged:
            log.info("Datenschutz: %s", trip.message())
        if len(purged) == 1:
            text = self.tr("Datenschutz: {detail}").format(detail=purged[0].message())
        else:
            text = self.tr(
                "Datenschutz: sensible Reiseangaben von {count} Reisen nach Ablauf der Frist gelöscht "
                "(Einzelheiten unter Exkursionen)."
            ).format(count=len(purged))
        self.statusBar().showMessage(text, 60000)

    def _on_trip_data_purge_failed(self, exc: BaseException) -> None:
        log.warning("Löschen sensibler Reiseangaben fehlgeschlagen", exc_info=exc)
        self.statusBar().showMessage(
            self.tr("Sensible Reiseangaben konnten nicht gelöscht werden: {error}").format(error=self._message(exc)),
            30000,
        )

    def _run(
        self,
        title: str,
        job: Callable[..., Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
        show_dialog: bool = True,
    ) -> Job:
        """Start a background job; the window keeps it until it is done (and waits on close)."""
        if self._closed:
            raise RuntimeError("the main window is closed")
        runner = Job(self, title, job, on_success, on_failure, show_dialog=show_dialog)
        self._jobs.append(runner)
        runner.finished.connect(lambda: self._forget_job(runner))
        return runner

    def _forget_job(self, runner: Job) -> None:
        # The finished signal comes from inside the job, so it is deleted later; its Python
        # wrapper is kept until Qt has deleted it (dropping it earlier frees the object twice).
        self._retired_jobs = [job for job in self._retired_jobs if shiboken6.isValid(job)]
        if runner in self._jobs:
            self._jobs.remove(runner)
            self._retired_jobs.append(runner)
            runner.deleteLater()

    def wait_for_jobs(self) -> None:
        for runner in list(self._jobs):
            runner.cancel()
            runner.wait()
        for page in self._pages.values():
            page.wait_for_loading()

    def _set_busy(self, busy: bool) -> None:
        for action in self.file_actions:
            action.setEnabled(not busy)
        if not busy:
            self._show_database()

    @staticmethod
    def _message(exc: BaseException) -> str:
        from model.core.errors import UserError, explain

        if isinstance(exc, UserError):
            return str(exc)
        return explain(exc) or f"{type(exc).__name__}: {exc}"

    def _fail(self, title: str, text: str) -> Callable[[BaseException], None]:
        """A failure handler for known errors; bugs go on to the global exception hook."""

        def on_failure(exc: BaseException) -> None:
            from .kit.errors import show_error

            self._set_busy(False)
            show_error(self, exc, title=title, summary=text)

        return on_failure

    def _start_folder(self) -> str:
        folder = self.settings.last_folder()
        if folder and Path(folder).is_dir():
            return folder
        if self.db.path is not None:
            return str(self.db.path.parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _remember_folder(self, path: Path) -> None:
        self.settings.set_last_folder(str(path.parent))

    def _file_filter(self) -> str:
        return self.tr("Netzwerkstatt-Datenbanken (*.sqlite *.db);;Alle Dateien (*)")

    # --- Datei menu --------------------------------------------------------------------

    @Slot()
    def open_database_dialog(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Datenbank öffnen"), self._start_folder(), self._file_filter()
        )
        if chosen:
            self.open_database_file(Path(chosen))

    @Slot()
    def new_database_dialog(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Neue Datenbank anlegen"),
            str(Path(self._start_folder()) / "netzwerkstatt.sqlite"),
            self._file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(DATABASE_SUFFIX)
        if path.exists() and path.stat().st_size > 0:
            dialogs.warn(
                self,
                self.tr("Neue Datenbank"),
                self.tr("Die Datei {path} gibt es schon.").format(path=path),
                self.tr("Bitte einen neuen Namen wählen oder die Datei mit »Datenbank öffnen…« öffnen."),
            )
            return
        self.open_database_file(path, create=True)

    def open_database_file(self, path: Path, create: bool = False) -> None:
        """Open (or create) the database at ``path`` in the background and switch to it."""
        from model.core.db import resolve_target

        path = Path(path)
        if self.db.path is not None and resolve_target(path)[1] == self.db.path:
            self.statusBar().showMessage(self.tr("Diese Datenbank ist bereits geöffnet."), 5000)
            return
        self._remember_folder(path)

        def run(progress, cancelled) -> Database:  # Job's callback protocol
            from model.core.db import open_database

            progress(0, 0, self.tr("Datenbank wird geöffnet…"))
            return open_database(path, create=create)

        title = self.tr("Neue Datenbank") if create else self.tr("Datenbank öffnen")
        failure_text = (
            self.tr("Die Datenbank konnte nicht angelegt werden.")
            if create
            else self.tr("Die Datenbank konnte nicht geöffnet werden.")
        )
        self._set_busy(True)
        self._run(title, run, self._on_opened, self._fail(title, failure_text))

    def _on_opened(self, db: Database) -> None:
        self._set_busy(False)
        self.set_database(db)
        self.statusBar().showMessage(self.tr("Geöffnet: {where}").format(where=db.display_name), 8000)

    @Slot()
    def create_backup_dialog(self) -> None:
        if self.db.path is None:
            dialogs.inform(
                self,
                self.tr("Sicherung erstellen"),
                self.tr(
                    "Sicherungen über dieses Programm gibt es nur für SQLite-Datenbanken; "
                    "einen Datenbankserver sichert die IT."
                ),
            )
            return
        name = self.tr("Netzwerkstatt-Sicherung-{date}.sqlite").format(date=dt.date.today().isoformat())
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Sicherung erstellen"), str(Path(self._start_folder()) / name), self._file_filter()
        )
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(DATABASE_SUFFIX)
        if target.absolute() == self.db.path:
            dialogs.warn(
                self,
                self.tr("Sicherung erstellen"),
                self.tr(
                    "Die Sicherung kann nicht die geöffnete Datenbank selbst überschreiben. "
                    "Bitte einen anderen Dateinamen wählen."
                ),
            )
            return
        self._remember_folder(target)
        source = self.db.path

        def run(progress, cancelled) -> Path:  # Job's callback protocol
            from model.core.backup import copy_database

            return copy_database(source, target.absolute())

        self._set_busy(True)
        self._run(
            self.tr("Sicherung erstellen"),
            run,
            self._on_backup_written,
            self._fail(self.tr("Sicherung erstellen"), self.tr("Die Sicherung ist fehlgeschlagen.")),
        )

    def _on_backup_written(self, target: Path) -> None:
        self._set_busy(False)
        log.info("Sicherung erstellt: %s", target)
        self.statusBar().showMessage(self.tr("Sicherung gespeichert: {path}").format(path=target), 8000)
        dialogs.inform(self, self.tr("Sicherung erstellen"), self.tr("Die Sicherung wurde gespeichert."), str(target))

    @Slot()
    def restore_dialog(self) -> None:
        if self.db.path is None:
            dialogs.inform(
                self,
                self.tr("Wiederherstellen"),
                self.tr(
                    "Wiederherstellen über dieses Programm gibt es nur für SQLite-Datenbanken; "
                    "einen Datenbankserver stellt die IT wieder her."
                ),
            )
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Sicherung zum Wiederherstellen wählen"), self._backup_start_folder(), self._file_filter()
        )
        if not chosen:
            return
        source = Path(chosen)
        if source.absolute() == self.db.path:
            dialogs.warn(
                self, self.tr("Wiederherstellen"), self.tr("Das ist die geöffnete Datenbank selbst, keine Sicherung.")
            )
            return
        confirmed = dialogs.ask(
            self,
            self.tr("Wiederherstellen"),
            self.tr("Den Inhalt der Datenbank durch die Sicherung ersetzen?"),
            accept=self.tr("Wiederherstellen"),
            details=self.tr(
                "Datenbank:\n{db}\n\nSicherung:\n{backup}\n\nAlle Änderungen seit dieser Sicherung gehen in "
                "der Datenbank verloren. Der jetzige Stand wird vorher als Sicherheitskopie gespeichert."
            ).format(db=self.db.path, backup=source),
        )
        if not confirmed:
            return
        self.restore_from(source)

    def _backup_start_folder(self) -> str:
        """The backup folder (Einstellungen → Sicherungen); the database's folder if unreachable."""
        from model.core.backup import backup_folder
        from model.core.errors import UserError
        from model.settings.office import load_profile

        path = self.db.path
        if path is None:  # a server database: no folder of its own
            return ""
        try:
            return str(backup_folder(path, load_profile(self.db).backup_folder))
        except UserError:
            return str(path.parent)

    def restore_from(self, source: Path) -> None:
        """Replace the open database's content by ``source`` (checked first), then reopen it."""
        db_path = self.db.path
        if db_path is None:  # the menu offers restoring only for a database file
            raise RuntimeError("restore needs a database file")
        self.wait_for_automatic_backup()
        self.db.dispose()  # close pooled connections; the engine reconnects if restore fails

        def run(progress, cancelled) -> tuple[Path | None, Database]:
            from model.core.db import open_database
            from model.core.restore import restore_database

            progress(0, 0, self.tr("Sicherung wird zurückgespielt…"))
            safety = restore_database(db_path, source)
            return safety, open_database(db_path)  # brings an older backup up to date

        self._set_busy(True)
        self._run(
            self.tr("Wiederherstellen"),
            run,
            lambda result: self._on_restored(source, *result),
            self._fail(
                self.tr("Wiederherstellen"),
                self.tr("Die Wiederherstellung ist fehlgeschlagen; die Datenbank ist unverändert."),
            ),
        )

    def _on_restored(self, source: Path, safety: Path | None, db: Database) -> None:
        self._set_busy(False)
        self.set_database(db)
        log.info("Wiederhergestellt aus %s; Sicherheitskopie: %s", source, safety)
        details = self.tr("Aus: {source}").format(source=source)
        if safety is not None:
            details += "\n\n" + self.tr(
                "Der vorherige Stand wurde gesichert und kann bei Bedarf genauso wiederhergestellt werden:\n{safety}"
            ).format(safety=safety)
        dialogs.inform(self, self.tr("Wiederherstellen"), self.tr("Die Datenbank wurde wiederhergestellt."), details)

    @Slot()
    def show_settings(self) -> None:
        from gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self, self.settings)
        if dialog.exec():
            for page in self._pages.values():
                page.mark_stale()
            if dialog.language_changed:
                self.statusBar().showMessage(
                    self.tr("Die neue Sprache gilt ab dem nächsten Start von Netzwerkstatt."), 15000
                )

    # --- Hilfe menu ----------------------------------------------------------------------

    @Slot()
    def show_help(self) -> None:
        """The user guide in its own window (one per main window, brought to the front)."""
        from gui.help import HelpWindow

        if self._help_window is None:
            self._help_window = HelpWindow(self)
        self._help_window.show()
        self._help_window.raise_()
        self._help_window.activateWindow()

    @Slot()
    def show_about(self) -> None:
        from gui.about import AboutDialog

        AboutDialog(self).exec()

    @Slot()
    def open_log_folder(self) -> None:
        from model.core.paths import log_dir

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    # --- closing -----------------------------------------------------------------------

    def save_layout(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        current = self.pages.currentWidget()
        pages = [current] if isinstance(current, Page) else []
        pages += [page for page in self._pages.values() if page is not current]
        if not all(page.confirm_leave() for page in pages):
            event.ignore()  # Zurück: the window stays open with the edits
            return
        self._closed = True
        self.save_layout()
        self.wait_for_jobs()
        self.db.dispose()
        event.accept()


def place_default(window: QMainWindow) -> None:
    """The first start: 1280×800 (less on a small screen), centred."""
    available = window.screen().availableGeometry()
    window.resize(DEFAULT_SIZE.boundedTo(available.size() * 0.94))
    frame = window.frameGeometry()
    frame.moveCenter(available.center())
    window.move(frame.topLeft())
