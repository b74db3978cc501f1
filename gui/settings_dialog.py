"""Einstellungen: the office profile (letterhead, signatory, certificates, numbering,
credit requirements, backups and their folder) — everything documents print comes from
here — and, per user and PC, the language of the program (``gui.settings.Settings``)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.kit.editor import EditorDialog
from gui.kit.errors import show_error
from gui.settings import Settings
from gui.settings_chambers import ChambersTab
from gui.settings_fees import FeesSettingsTab
from gui.settings_mail import MailSettingsTab
from gui.settings_printing import PrintingTab
from gui.settings_retention import RetentionTab
from gui.translations import LANGUAGES
from model.core.db import Database
from model.core.errors import ValidationError
from model.core.vocab import CHAMBER_NAMES
from model.settings.office import (
    ProfileData,
    Requirement,
    load_profile,
    load_requirements,
    requirement_label,
    save_profile,
)

MAX_IMAGE_SIDE = 1200


def image_file_to_png(path: str) -> bytes | None:
    """Any image Qt reads, scaled down if huge, as PNG bytes (None if unreadable)."""
    image = QImage(path)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > MAX_IMAGE_SIDE:
        image = image.scaled(
            MAX_IMAGE_SIDE,
            MAX_IMAGE_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 stubs say bytes; the runtime takes str only
    return bytes(data.data())


class ImageField(QWidget):
    """A small preview with "Bild wählen…" and "Entfernen"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.content: bytes | None = None
        self.preview = QLabel()
        self.preview.setFixedSize(180, 70)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #C8D0DA; background: white;")
        choose = self.choose_button = QPushButton(self.tr("Bild wählen…"))
        choose.clicked.connect(self.choose)
        remove = QPushButton(self.tr("Entfernen"))
        remove.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QVBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addStretch()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_content(self, content: bytes | None) -> None:
        self.content = content
        pixmap = QPixmap()
        if content and pixmap.loadFromData(content):
            self.preview.setPixmap(
                pixmap.scaled(
                    self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("kein Bild"))

    @Slot()
    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Bild wählen"), "", self.tr("Bilder (*.png *.jpg *.jpeg *.bmp)")
        )
        if not path:
            return
        self.choose_from(path)

    def choose_from(self, path: str) -> None:
        content = image_file_to_png(path)
        if content is None:
            QMessageBox.warning(self, self.tr("Bild"), self.tr("Die Datei ist kein lesbares Bild."))
            return
        self.set_content(content)

    @Slot()
    def clear(self) -> None:
        self.set_content(None)


class SettingsDialog(EditorDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, settings: Settings | None = None):
        super().__init__(parent)
        self.db = db
        self.settings = settings or getattr(parent, "settings", None) or Settings()
        self.language_changed = False
        self.setWindowTitle(self.tr("Einstellungen"))
        self.resize(640, 560)
        self.profile = load_profile(db)
        self.requirements = load_requirements(db)
        self.inputs: dict[str, QLineEdit] = {}

        tabs = QTabWidget()
        tabs.addTab(self._office_tab(), self.tr("Geschäftsstelle"))
        tabs.addTab(self._certificate_tab(), self.tr("Bescheinigungen"))
        tabs.addTab(self._backup_tab(), self.tr("Sicherungen"))
        tabs.addTab(self._language_tab(), self.tr("Sprache"))
        self.mail_tab = MailSettingsTab(db, self)
        tabs.addTab(self.mail_tab, self.tr("E-Mail"))
        self.fees_tab = FeesSettingsTab(db)
        tabs.addTab(self.fees_tab, self.tr("Beiträge && Rechnungen"))
        self.retention = RetentionTab(self.profile)
        tabs.addTab(self.retention, self.tr("Datenschutz"))
        self.chambers_tab = ChambersTab(db)
        tabs.addTab(self.chambers_tab, self.tr("Kammern"))
        self.printing_tab = PrintingTab(self.profile)
        tabs.addTab(self.printing_tab, self.tr("Drucken"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.mark_clean()

    # --- the record editor (gui.kit.editor): Abbrechen, Escape and closing ask first ----------

    def editor_state(self) -> object:
        data, requirements = self.collect()
        return vars(data), requirements, self.language.currentData()

    def unsaved_text(self) -> str:
        return self.tr("Die Änderungen an den Einstellungen sind noch nicht gespeichert.")

    def save_edits(self) -> bool:
        return self.save()

    def _line(self, name: str, label: str, form: QFormLayout, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(getattr(self.profile, name) or "")
        edit.setPlaceholderText(placeholder)
        form.addRow(label, edit)
        self.inputs[name] = edit
        return edit

    def _office_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self._line("office_name", self.tr("Name der Geschäftsstelle"), form)
        self._line("network_name", self.tr("Netzwerk"), form, self.tr("z. B. Städtenetz Soziale Stadt NRW"))
        self._line("street", self.tr("Straße"), form)
        self._line("postcode", self.tr("PLZ"), form)
        self._line("city", self.tr("Ort"), form)
        self._line("phone", self.tr("Telefon"), form)
        self._line("email", self.tr("E-Mail"), form)
        self._line("website", self.tr("Internet"), form)
        self.logo = ImageField()
        self.logo.set_content(self.profile.logo_png)
        form.addRow(self.tr("Logo"), self.logo)
        return page

    def _certificate_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self._line("signatory_name", self.tr("Unterzeichnet von"), form)
        self._line("signatory_function", self.tr("Funktion"), form)
        self.signature = ImageField()
        self.signature.set_content(self.profile.signature_png)
        form.addRow(self.tr("Unterschrift (Bild)"), self.signature)
        self._line("certificate_place", self.tr("Ort für »Ort, Datum«"), form)
        self._line("certificate_title", self.tr("Überschrift"), form)
        self.text = QPlainTextEdit(self.profile.certificate_text or "")
        self.text.setPlaceholderText(self.tr("Leer lassen für den Standardtext"))
        self.text.setFixedHeight(70)
        form.addRow(self.tr("Text der Bescheinigung"), self.text)
        self._line("certificate_prefix", self.tr("Kürzel der Nummern"), form, "NWS")
        self.speakers = QCheckBox(self.tr("Referierende und Moderierende erhalten Punkte"))
        self.speakers.setChecked(bool(self.profile.credit_speakers))
        form.addRow("", self.speakers)
        self.requirement_inputs: dict[int | None, QDoubleSpinBox] = {}  # by the rule's id
        for requirement in self.requirements:
            spin = QDoubleSpinBox()
            spin.setRange(0, 200)
            spin.setDecimals(1)
            spin.setValue(float(requirement.required))
            spin.setSuffix(" " + requirement.unit)
            self.requirement_inputs[requirement.id] = spin
            spin.setToolTip(CHAMBER_NAMES.get(requirement.chamber, requirement.chamber))
            form.addRow(self.tr("Jahresanforderung %1").replace("%1", requirement_label(requirement)), spin)
        return page

    def _backup_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.backups = QSpinBox()
        self.backups.setRange(1, 100)
        self.backups.setMaximumWidth(90)
        self.backups.setValue(int(self.profile.backups_to_keep))
        form.addRow(self.tr("Automatische Sicherungen aufbewahren"), self.backups)
        self.backup_folder: str | None = self.profile.backup_folder or None
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setMinimumWidth(320)
        self.folder_button = QPushButton(self.tr("Ändern…"))
        self.folder_button.clicked.connect(self.choose_backup_folder)
        self.default_folder_button = QPushButton(self.tr("Standard"))
        self.default_folder_button.setToolTip(self.tr("Wieder den Ordner »Sicherungen« neben der Datenbank verwenden"))
        self.default_folder_button.clicked.connect(self.use_default_backup_folder)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.folder_button)
        row.addWidget(self.default_folder_button)
        form.addRow(self.tr("Ordner"), row)
        if self.db.path is None:
            hint = self.tr(
                "Diese Datenbank liegt auf einem Datenbankserver; sie sichert die IT. "
                "Automatische Sicherungen gibt es nur für SQLite-Dateien."
            )
            for widget in (self.backups, self.folder_button, self.default_folder_button):
                widget.setEnabled(False)
        else:
            hint = self.tr(
                "Bei jedem Start sichert Netzwerkstatt die Datenbank, wenn sich etwas geändert hat. "
                "Standard ist der Ordner »Sicherungen« neben der Datenbank. Ein Ordner auf einem "
                "anderen Laufwerk, z. B. einem Netzlaufwerk, schützt die Daten auch, wenn dieser "
                "Computer ausfällt. Die Sicherung vor einem Update und die Sicherheitskopie beim "
                "Wiederherstellen kommen in denselben Ordner."
            )
        note = QLabel(hint)
        note.setWordWrap(True)
        note.setObjectName("pageSubtitle")
        form.addRow("", note)
        self._show_backup_folder()
        return page

    def _show_backup_folder(self) -> None:
        if self.db.path is None:
            self.folder_edit.setText("")
            return
        from model.core.backup import default_backup_folder

        if self.backup_folder:
            self.folder_edit.setText(self.backup_folder)
        else:
            self.folder_edit.setText(str(default_backup_folder(self.db.path)))
        self.folder_edit.setCursorPosition(0)
        self.default_folder_button.setEnabled(bool(self.backup_folder))

    @Slot()
    def choose_backup_folder(self) -> None:
        if self.db.path is None:
            return
        path = QFileDialog.getExistingDirectory(self, self.tr("Ordner für Sicherungen wählen"), self.folder_edit.text())
        if not path:
            return
        self.set_backup_folder(path)

    def set_backup_folder(self, path: str) -> None:
        """Use ``path`` as the folder of the backups, if it is usable."""
        from model.core.backup import check_backup_folder, default_backup_folder
        from model.core.errors import UserError

        if self.db.path is None:
            return
        try:
            folder = check_backup_folder(Path(path).absolute())
        except UserError as exc:
            show_error(self, exc, title=self.tr("Sicherungen"))
            return
        self.backup_folder = None if folder == default_backup_folder(self.db.path).absolute() else str(folder)
        self._show_backup_folder()

    @Slot()
    def use_default_backup_folder(self) -> None:
        self.backup_folder = None
        self._show_backup_folder()

    def _language_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(self.settings.language()), 0))
        form.addRow(self.tr("Sprache des Programms"), self.language)
        note = QLabel(
            self.tr(
                "Die Sprache wird beim nächsten Start von Netzwerkstatt übernommen. Sie gilt für Sie auf "
                "diesem Computer. Bezeichnungen aus den Daten (z. B. Veranstaltungsarten und Status) und die "
                "gedruckten Dokumente bleiben deutsch."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("pageSubtitle")
        form.addRow("", note)
        return page

    def collect(self) -> tuple[ProfileData, list[Requirement]]:
        data = ProfileData(**vars(self.profile))
        for name, edit in self.inputs.items():
            setattr(data, name, edit.text())
        data.logo_png = self.logo.content
        data.signature_png = self.signature.content
        data.certificate_text = self.text.toPlainText()
        data.credit_speakers = self.speakers.isChecked()
        data.backups_to_keep = self.backups.value()
        data.backup_folder = self.backup_folder
        self.retention.apply_to(data)
        self.printing_tab.apply(data)
        requirements = [
            replace(r, required=Decimal(str(self.requirement_inputs[r.id].value()))) for r in self.requirements
        ]
        return data, requirements

    @Slot()
    def save(self) -> bool:
        if not self.dates_accepted():
            return False
        if not self.fees_tab.save():
            return False
        data, requirements = self.collect()
        if not self.mail_tab.save():
            self.tabs.setCurrentWidget(self.mail_tab)
            return False
        try:
            save_profile(self.db, data, requirements)
        except ValidationError as exc:
            show_error(self, exc, title=self.tr("Einstellungen"))
            widget = self.inputs.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return False
        language = self.language.currentData()
        self.language_changed = language != self.settings.language()
        self.settings.set_language(language)
        self.settings.sync()
        self.accept()
        return True
