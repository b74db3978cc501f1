"""Hilfe → Über Netzwerkstatt: version, components and the licences the program must show."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.icons import icon
from model.core.paths import app_version, resource

from .kit.dialog import Dialog

DESTATIS_LICENCE_URL = "https://www.govdata.de/dl-de/by-2-0"
LGPL_URL = "https://www.gnu.org/licenses/lgpl-3.0.html"
QT_LICENSING_URL = "https://www.qt.io/licensing/"


def _read(path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


class AboutDialog(Dialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Über Netzwerkstatt"))
        self.resize(640, 520)

        logo = QLabel()
        logo.setPixmap(icon("netzwerkstatt").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Netzwerkstatt {version}").format(version=app_version()))
        title.setObjectName("aboutTitle")
        lead = QLabel(
            self.tr(
                "Das Programm der Geschäftsstelle eines kommunalen Netzwerks im Städtebauförderprogramm "
                "»Sozialer Zusammenhalt«: Mitglieder und Kontakte, Veranstaltungen, Fortbildung, "
                "Exkursionen und Berichte."
            )
        )
        lead.setWordWrap(True)
        self.versions = QLabel(
            self.tr("Qt {qt} · PySide6 {pyside} · Python {python}").format(
                qt=qVersion(), pyside=pyside_version, python=platform.python_version()
            )
        )
        self.versions.setObjectName("pageSubtitle")
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        texts = QVBoxLayout()
        texts.setSpacing(6)
        texts.addWidget(title)
        texts.addWidget(lead)
        texts.addWidget(self.versions)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(logo)
        top.addLayout(texts, 1)

        self.licences = QTextBrowser()
        self.licences.setOpenExternalLinks(True)
        self.licences.setHtml(self.licences_html())
        self.licences.document().setDocumentMargin(12)
        self.dejavu = QTextBrowser()
        self.dejavu.setPlainText(_read(resource("fonts", "LICENSE-DejaVu.txt")))
        self.dejavu.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
        self.dejavu.document().setDocumentMargin(12)
        tabs = QTabWidget()
        tabs.addTab(self.licences, self.tr("Lizenzen"))
        tabs.addTab(self.dejavu, self.tr("Lizenz der DejaVu-Schriften"))

        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Schließen"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)

    def licences_html(self) -> str:
        e = html.escape
        items = [
            (
                self.tr("Qt und PySide6"),
                self.tr(
                    "The Qt Company Ltd. und andere; verwendet unter der GNU Lesser General Public License "
                    "Version 3 (LGPLv3). Die Qt-Bibliotheken liegen als eigene, austauschbare Dateien bei. "
                    "Qt PDF enthält PDFium (BSD-Lizenz)."
                ),
                [(LGPL_URL, "GNU LGPLv3"), (QT_LICENSING_URL, "Qt Licensing")],
            ),
            (
                self.tr("Schriften DejaVu Sans"),
                self.tr(
                    "Bitstream-Vera- und DejaVu-Lizenz (frei nutzbar und weitergebbar); der vollständige "
                    "Text steht im Reiter »Lizenz der DejaVu-Schriften« und in resources/fonts/LICENSE-DejaVu.txt."
                ),
                [],
            ),
            (
                self.tr("Gemeindedaten (Amtliche Gemeindeschlüssel, Namen, Einwohnerzahlen)"),
                self.tr(
                    "Datenlizenz Deutschland – Namensnennung – Version 2.0. Quelle: Statistisches Bundesamt "
                    "(Destatis), Gemeindeverzeichnis GV-ISys."
                ),
                [(DESTATIS_LICENCE_URL, "dl-de/by-2-0")],
            ),
            (
                self.tr("Prüfregeln und Bibliotheken für E-Rechnungen"),
                self.tr(
                    "EN-16931-Prüfregeln von CEN/TC 434 (EUPL 1.2), XRechnung-Prüfregeln der KoSIT "
                    "(Apache-Lizenz 2.0), SchXslt von David Maus (MIT-Lizenz), Saxon HE für Python "
                    "(saxonche, Mozilla Public License 2.0), python-stdnum (LGPL 2.1); die Lizenztexte der "
                    "Prüfregeln stehen in resources/einvoice/."
                ),
                [],
            ),
            (
                self.tr("Weitere Bibliotheken"),
                self.tr(
                    "Python (PSF-Lizenz), SQLAlchemy und Alembic (MIT-Lizenz), ReportLab (BSD-Lizenz), "
                    "openpyxl (MIT-Lizenz), platformdirs (MIT-Lizenz), defusedxml (PSF-Lizenz), pypdf (BSD-Lizenz); "
                    "für PostgreSQL-Server psycopg (LGPLv3)."
                ),
                [],
            ),
        ]
        parts = []
        for heading, text, links in items:
            link_html = " · ".join(f'<a href="{e(url)}">{e(label)}</a>' for url, label in links)
            parts.append(f"<p><b>{e(heading)}</b><br>{e(text)}" + (f"<br>{link_html}" if link_html else "") + "</p>")
        return "".join(parts)
