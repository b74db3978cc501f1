"""First start: a short wizard when no database exists yet.

Asks for the office (name, address, logo, signature, signatory), where the data lives
(the default local folder, an existing database file, or a PostgreSQL server) and whether
to fill in demo data to look around. The result is applied by ``apply_first_start``; on
»Fertig« it runs in a background job (creating and migrating a database takes seconds) while
the wizard says so (busy cursor), and the wizard closes when the database is ready (``db``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from model.core.paths import default_database_path

from .settings_dialog import ImageField

if TYPE_CHECKING:
    from .worker import Job

LOCAL, EXISTING, SERVER = "local", "existing", "server"


@dataclass
class FirstStartChoices:
    office: dict = field(default_factory=dict)
    logo_png: bytes | None = None
    signature_png: bytes | None = None
    storage: str = LOCAL
    target: str | None = None  # file path or URL; None = the default local database
    demo: bool = False


class OfficePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Willkommen bei Netzwerkstatt"))
        self.setSubTitle(
            self.tr(
                "Zuerst die Angaben der Geschäftsstelle. Sie erscheinen auf Briefköpfen, "
                "Listen und Bescheinigungen und lassen sich später unter Einstellungen ändern."
            )
        )
        form = QFormLayout(self)
        self.inputs: dict[str, QLineEdit] = {}
        for key, label, placeholder in (
            (
                "office_name",
                self.tr("Name der Geschäftsstelle*"),
                self.tr("z. B. Geschäftsstelle Städtenetz Soziale Stadt NRW"),
            ),
            ("network_name", self.tr("Netzwerk"), ""),
            ("street", self.tr("Straße"), ""),
            ("postcode", self.tr("PLZ"), ""),
            ("city", self.tr("Ort"), ""),
            ("phone", self.tr("Telefon"), ""),
            ("email", self.tr("E-Mail"), ""),
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            form.addRow(label, edit)
            self.inputs[key] = edit
        self.registerField("office_name*", self.inputs["office_name"])


class SignaturePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Logo und Unterschrift"))
        self.setSubTitle(self.tr("Für Bescheinigungen: wer unterschreibt, mit welchem Bild. Alles ist optional."))
        form = QFormLayout(self)
        self.logo = ImageField()
        self.logo.set_content(None)
        self.signature = ImageField()
        self.signature.set_content(None)
        self.signatory = QLineEdit()
        self.function = QLineEdit()
        self.function.setPlaceholderText(self.tr("z. B. Leitung der Geschäftsstelle"))
        form.addRow(self.tr("Logo"), self.logo)
        form.addRow(self.tr("Unterschrift (Bild)"), self.signature)
        form.addRow(self.tr("Unterzeichnet von"), self.signatory)
        form.addRow(self.tr("Funktion"), self.function)


class StoragePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Wo sollen die Daten liegen?"))
        self.setSubTitle(
            self.tr(
                "Die Datenbank enthält alles, was das Programm speichert. "
                "Für einen einzelnen PC genügt die Datei auf diesem PC."
            )
        )
        self.local = QRadioButton(self.tr("Auf diesem PC (empfohlen)"))
        self.local.setChecked(True)
        local_hint = QLabel(str(default_database_path()))
        local_hint.setObjectName("hint")
        local_hint.setContentsMargins(26, 0, 0, 0)
        self.existing = QRadioButton(self.tr("Vorhandene Datenbankdatei öffnen"))
        self.file = QLineEdit()
        browse = QPushButton(self.tr("Datei wählen…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.server = QRadioButton(self.tr("PostgreSQL-Server (mehrere Arbeitsplätze)"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql+psycopg://benutzer:passwort@server/netzwerkstatt")
        group = QButtonGroup(self)
        for button in (self.local, self.existing, self.server):
            group.addButton(button)
            button.toggled.connect(self.completeChanged)
        self.file.textChanged.connect(self.completeChanged)
        self.url.textChanged.connect(self.completeChanged)
        network = QLabel(
            self.tr(
                "Eine Datenbankdatei auf einem Netzlaufwerk ist nicht sicher; "
                "für mehrere Arbeitsplätze bitte einen PostgreSQL-Server verwenden."
            )
        )
        network.setWordWrap(True)
        network.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addWidget(local_hint)
        layout.addSpacing(8)
        layout.addWidget(self.existing)
        layout.addLayout(file_row)
        layout.addSpacing(8)
        layout.addWidget(self.server)
        layout.addWidget(self.url)
        layout.addSpacing(8)
        layout.addWidget(network)
        layout.addStretch()

    @Slot()
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Datenbank öffnen"), "", self.tr("Netzwerkstatt-Datenbank (*.sqlite *.db);;Alle Dateien (*)")
        )
        if path:
            self.file.setText(path)
            self.existing.setChecked(True)

    def isComplete(self) -> bool:  # Qt API
        if self.existing.isChecked():
            return bool(self.file.text().strip())
        if self.server.isChecked():
            return self.url.text().strip().startswith("postgresql")
        return True

    def choice(self) -> tuple[str, str | None]:
        if self.existing.isChecked():
            return EXISTING, self.file.text().strip()
        if self.server.isChecked():
            return SERVER, self.url.text().strip()
        return LOCAL, None


class DemoPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Fast fertig"))
        self.setSubTitle(self.tr("Mit einer leeren Datenbank beginnen oder mit Demodaten zum Ausprobieren."))
        self.demo = QCheckBox(self.tr("Demodaten einfügen, um sich umzusehen (Kommunen, Personen, Veranstaltungen)"))
        hint = QLabel(
            self.tr(
                "Demodaten gehören in eine eigene Datenbank zum Ausprobieren, nicht in die echte. "
                "Über Datei › Neue Datenbank… lässt sich jederzeit eine leere anlegen."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        # Feedback while the database is set up: a line saying so and the busy cursor. (A
        # QProgressBar on this page broke a later change of the application's style sheet.)
        self.busy_text = QLabel()
        self.busy_text.setObjectName("sectionTitle")
        self.busy_text.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo)
        layout.addWidget(hint)
        layout.addStretch()
        layout.addWidget(self.busy_text)

    def show_busy(self, text: str) -> None:
        self.busy_text.setText(text)
        if not self.busy_text.isVisible():
            self.busy_text.show()
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def hide_busy(self) -> None:
        if self.busy_text.isVisible():
            self.busy_text.hide()
            QApplication.restoreOverrideCursor()

    def is_busy(self) -> bool:
        return self.busy_text.isVisible()


class FirstStartWizard(QWizard):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Netzwerkstatt einrichten"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.resize(640, 520)
        self.office_page = OfficePage()
        self.signature_page = SignaturePage()
        self.storage_page = StoragePage()
        self.demo_page = DemoPage()
        for page in (self.office_page, self.signature_page, self.storage_page, self.demo_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Weiter >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Zurück"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Fertig"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Abbrechen"))
        self.db = None  # the opened Database once »Fertig« has done its work
        self.job: Job | None = None  # kept after it is done: dropping a Job inside its own signal frees it twice
        self._working = False

    def accept(self) -> None:  # Qt override: the work runs in the background first
        if self._working:
            return
        from .worker import Job

        choices = self.choices()
        self.demo_page.show_busy(self.tr("Die Datenbank wird eingerichtet…"))
        self._set_buttons_enabled(False)
        self._working = True

        def run(progress, cancelled):  # Job's callback protocol
            return apply_first_start(choices, progress)

        # No Qt parent: the wizard may be deleted by Qt while Python still holds the job.
        self.job = Job(None, self.tr("Netzwerkstatt einrichten"), run, self._ready, self._failed, show_dialog=False)
        self.job.signals.progress.connect(self._on_progress)

    def reject(self) -> None:  # Qt override: not while the database is being set up
        if not self._working:
            super().reject()

    @Slot(int, int, str)
    def _on_progress(self, _done: int, _total: int, text: str) -> None:
        if text:
            self.demo_page.show_busy(text)

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setEnabled(enabled)
        self.demo_page.demo.setEnabled(enabled)

    def _ready(self, db) -> None:  # model.core.db.Database
        self._working = False
        self.db = db
        self.demo_page.hide_busy()
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        from . import dialogs
        from .app import _describe_open_error

        self._working = False
        self.demo_page.hide_busy()
        self._set_buttons_enabled(True)
        dialogs.warn(
            self,
            self.tr("Netzwerkstatt einrichten"),
            self.tr("Die Einrichtung ist nicht gelungen."),
            _describe_open_error(exc),
        )

    def choices(self) -> FirstStartChoices:
        storage, target = self.storage_page.choice()
        office = {key: edit.text().strip() for key, edit in self.office_page.inputs.items()}
        office["signatory_name"] = self.signature_page.signatory.text().strip()
        office["signatory_function"] = self.signature_page.function.text().strip()
        return FirstStartChoices(
            office=office,
            logo_png=self.signature_page.logo.content,
            signature_png=self.signature_page.signature.content,
            storage=storage,
            target=target,
            demo=self.demo_page.demo.isChecked(),
        )


def apply_first_start(choices: FirstStartChoices, progress=None):  # progress(done, total, text)
    """Open (or create) the chosen database, store the office profile, add demo data if asked.

    Returns the open Database. An existing database keeps its own office profile.
    """
    from PySide6.QtCore import QCoreApplication

    from model.core.db import open_database
    from model.settings.office import load_profile, save_profile

    def say(text: str) -> None:
        if progress is not None:
            progress(0, 0, text)

    say(QCoreApplication.translate("FirstStartWizard", "Die Datenbank wird angelegt…"))
    db = open_database(choices.target)
    if choices.storage != EXISTING:
        if choices.demo:  # first: the demo brings an office profile of its own
            from model.demo.build import fill_demo

            say(QCoreApplication.translate("FirstStartWizard", "Demodaten werden eingefügt…"))
            fill_demo(db, "small")
        profile = load_profile(db)
        for key, value in choices.office.items():
            if value:
                setattr(profile, key, value)
        profile.certificate_place = profile.certificate_place or profile.city
        profile.logo_png = choices.logo_png or profile.logo_png
        profile.signature_png = choices.signature_png or profile.signature_png
        save_profile(db, profile)
    return db


def needs_first_start(db_target: str | None, remembered: str | None) -> bool:
    """True when the program starts without a database to open."""
    return db_target is None and not remembered and not default_database_path().exists()
