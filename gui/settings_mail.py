"""Einstellungen › E-Mail: the office's mail server and the texts of every kind of mail,
with a live preview on a real person and event."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.core.errors import UserError, ValidationError
from model.mail.preview import event_choices, people_choices, preview
from model.mail.settings import (
    SECURITIES,
    MailSettings,
    load_mail_settings,
    load_password,
    save_mail_settings,
    store_password,
    validate_mail_settings,
)
from model.mail.templates import (
    DEFAULTS,
    KINDS,
    PLACEHOLDERS,
    load_templates,
    save_template,
)
from model.mail.transport import SmtpTransport

from . import dialogs
from .worker import Job


class MailSettingsTab(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.loaded = load_mail_settings(db)
        self.templates = {kind: (t.subject, t.body) for kind, t in load_templates(db).items()}
        self.edited: dict[str, tuple[str, str]] = {}
        self.current_kind: str | None = None

        server = QGroupBox(self.tr("Mailserver"))
        form = QFormLayout(server)
        self.host = QLineEdit(self.loaded.host or "")
        self.host.setPlaceholderText(self.tr("z. B. smtp.essen.de"))
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("Standard"))
        self.port.setValue(self.loaded.port or 0)
        self.security = QComboBox()
        for value, label in zip(SECURITIES, (self.tr("keine"), self.tr("STARTTLS"), self.tr("SSL/TLS")), strict=True):
            self.security.addItem(label, value)
        self.security.setCurrentIndex(SECURITIES.index(self.loaded.security))
        self.user = QLineEdit(self.loaded.user or "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("wird im Anmeldeinformationsspeicher von Windows abgelegt"))
        self.sender_edit = QLineEdit(self.loaded.sender or "")
        self.sender_edit.setPlaceholderText(self.tr("z. B. netzwerk@essen.de"))
        self.pause = QSpinBox()
        self.pause.setRange(0, 600)
        self.pause.setSuffix(self.tr(" s"))
        self.pause.setValue(self.loaded.pause_seconds)
        row = QHBoxLayout()
        row.addWidget(self.host, 1)
        row.addWidget(QLabel(self.tr("Port")))
        row.addWidget(self.port)
        row.addWidget(QLabel(self.tr("Verschlüsselung")))
        row.addWidget(self.security)
        form.addRow(self.tr("Server"), row)
        form.addRow(self.tr("Benutzer"), self.user)
        form.addRow(self.tr("Passwort"), self.password)
        form.addRow(self.tr("Absender"), self.sender_edit)
        form.addRow(self.tr("Pause zwischen Nachrichten"), self.pause)
        self.test_button = QPushButton(self.tr("Verbindung testen"))
        self.test_button.setToolTip(self.tr("Mit diesen Angaben beim Mailserver anmelden, ohne etwas zu senden"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.addRow("", test_row)
        self.job: Job | None = None

        self.kinds = QListWidget()
        self.kinds.addItems(list(KINDS))
        self.kinds.setMaximumWidth(190)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.reset_button = QPushButton(self.tr("Standardtext"))
        self.reset_button.clicked.connect(self.reset_to_default)
        hint = QLabel(self.tr("Platzhalter: %1").replace("%1", ", ".join("{" + name + "}" for name in PLACEHOLDERS)))
        hint.setWordWrap(True)
        hint.setObjectName("pageSubtitle")
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        subject_row = QHBoxLayout()
        subject_row.addWidget(QLabel(self.tr("Betreff")))
        subject_row.addWidget(self.subject, 1)
        subject_row.addWidget(self.reset_button)
        editor_layout.addLayout(subject_row)
        editor_layout.addWidget(self.body, 1)
        editor_layout.addWidget(hint)

        self.preview_person = QComboBox()
        self.preview_person.addItem(self.tr("Beispielperson"), None)
        for label, person_id in people_choices(db):
            self.preview_person.addItem(label, person_id)
        self.preview_event = QComboBox()
        self.preview_event.addItem(self.tr("Beispielveranstaltung"), None)
        for label, event_id in event_choices(db):
            self.preview_event.addItem(label, event_id)
        self.preview_subject = QLabel()
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_subject.setStyleSheet("font-weight: 600;")
        self.preview_body = QPlainTextEdit()
        self.preview_body.setReadOnly(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a1260d;")
        preview_box = QGroupBox(self.tr("Vorschau"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview_person)
        preview_layout.addWidget(self.preview_event)
        preview_layout.addWidget(self.preview_subject)
        preview_layout.addWidget(self.preview_body, 1)
        preview_layout.addWidget(self.problem)

        splitter = QSplitter()
        splitter.addWidget(self.kinds)
        splitter.addWidget(editor)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        templates = QGroupBox(self.tr("Vorlagen"))
        QVBoxLayout(templates).addWidget(splitter)

        layout = QVBoxLayout(self)
        layout.addWidget(server)
        layout.addWidget(templates, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        self.kinds.currentRowChanged.connect(self._kind_chosen)
        self.subject.textChanged.connect(self._text_edited)
        self.body.textChanged.connect(self._text_edited)
        self.preview_person.currentIndexChanged.connect(self._timer.start)
        self.preview_event.currentIndexChanged.connect(self._timer.start)
        self.kinds.setCurrentRow(0)

    # --- templates ----------------------------------------------------------------------

    @Slot(int)
    def _kind_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.current_kind = KINDS[row]
        subject, body = self.edited.get(self.current_kind, self.templates[self.current_kind])
        for widget in (self.subject, self.body):
            widget.blockSignals(True)
        self.subject.setText(subject)
        self.body.setPlainText(body)
        for widget in (self.subject, self.body):
            widget.blockSignals(False)
        self.update_preview()

    @Slot()
    def _text_edited(self) -> None:
        if self.current_kind is not None:
            self.edited[self.current_kind] = (self.subject.text(), self.body.toPlainText())
        self._timer.start()

    @Slot()
    def reset_to_default(self) -> None:
        if self.current_kind is None:
            return
        subject, body = DEFAULTS[self.current_kind]
        self.subject.setText(subject)
        self.body.setPlainText(body)

    @Slot()
    def update_preview(self) -> None:
        try:
            subject, body = preview(
                self.db,
                self.subject.text(),
                self.body.toPlainText(),
                self.preview_person.currentData(),
                self.preview_event.currentData(),
            )
        except (ValidationError, UserError) as exc:
            self.problem.setText(str(exc))
            return
        self.problem.setText("")
        self.preview_subject.setText(subject)
        self.preview_body.setPlainText(body)

    # --- connection test ----------------------------------------------------------------

    @Slot()
    def test_connection(self) -> None:
        settings = self.collect()
        try:
            settings = validate_mail_settings(settings)
        except ValidationError as exc:
            self.test_result.setText(str(exc))
            return
        password = self.password.text() or load_password(settings)

        def job(progress, cancelled):
            transport = SmtpTransport(settings, password, timeout=15)
            transport.open()
            transport.close()
            return True

        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Verbindung wird aufgebaut …"))
        self.job = Job(self, self.tr("Verbindung testen"), job, self._test_passed, self._test_failed, show_dialog=False)

    def _test_passed(self, _result) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(self.tr("Verbindung und Anmeldung in Ordnung."))

    def _test_failed(self, exc: BaseException) -> None:
        from model.core.errors import explain

        self.test_button.setEnabled(True)
        self.test_result.setText(str(exc) if isinstance(exc, UserError) else (explain(exc) or str(exc)))

    # --- saving -------------------------------------------------------------------------

    def collect(self) -> MailSettings:
        return MailSettings(
            host=self.host.text().strip() or None,
            port=self.port.value() or None,
            security=self.security.currentData(),
            user=self.user.text().strip() or None,
            sender=self.sender_edit.text().strip() or None,
            pause_seconds=self.pause.value(),
        )

    def save(self) -> bool:
        """Save server settings (when given), password and changed templates; False after a message."""
        title = self.tr("E-Mail")
        settings = self.collect()
        try:
            for kind, (subject, body) in self.edited.items():
                if (subject, body) != self.templates[kind]:
                    from model.mail.templates import check_template

                    try:
                        check_template(subject, body)
                    except ValidationError as exc:
                        self.kinds.setCurrentRow(KINDS.index(kind))
                        raise ValidationError(f"{kind}: {exc}", exc.field) from exc
            if settings != self.loaded and (settings.host or self.loaded.host):
                save_mail_settings(self.db, settings)
                self.loaded = settings
            if self.password.text():
                store_password(settings, self.password.text())
                self.password.clear()
            for kind, (subject, body) in self.edited.items():
                if (subject, body) != self.templates[kind]:
                    save_template(self.db, kind, subject, body)
                    self.templates[kind] = (subject, body)
        except (ValidationError, UserError) as exc:
            dialogs.warn(self, title, str(exc))
            return False
        self.edited.clear()
        return True
