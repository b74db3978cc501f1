"""Hilfe → Benutzerhandbuch (F1): the German user guide opens in its own window with its
chapters and pictures; every picture it names is there."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from gui_fixtures import make_window  # noqa: F401 - fixture
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QTextDocument

from gui.help import HelpWindow, handbook_path
from model.core.paths import resource

CHAPTERS = [
    "Netzwerktreffen anlegen – einzeln und als Reihe",
    "Anmeldungen und Warteliste",
    "Sitzungsunterlagen drucken",
    "Anwesenheit abhaken",
    "Teilnahmebescheinigungen erstellen",
    "Personen aus Excel importieren",
    "Verteiler für Outlook",
    "Dubletten finden und zusammenführen",
    "Sicherung und Wiederherstellung",
    "Exkursion mit Zimmerliste",
]


class _Images(HTMLParser):
    def __init__(self):
        super().__init__()
        self.sources: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.sources.append(dict(attrs)["src"])


def _image_sources() -> list[str]:
    parser = _Images()
    parser.feed(handbook_path().read_text(encoding="utf-8"))
    return parser.sources


def test_the_guide_is_a_resource_of_the_program():
    assert handbook_path() == resource("help", "handbuch.html")
    assert handbook_path().is_file()


def test_help_menu_opens_the_guide_with_its_chapters(qtbot, make_window, sqlite_db):
    window = make_window(sqlite_db)
    assert window.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.help_action in help_menu.actions()
    window.help_action.trigger()
    guide = window._help_window
    assert isinstance(guide, HelpWindow) and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Benutzerhandbuch" in text
    for chapter in CHAPTERS:
        assert chapter in text, chapter
    picture = guide.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("bilder/anmeldungen.png")
    )
    assert picture is not None and not picture.isNull()
    window.help_action.trigger()  # a second F1 brings the same window to the front
    assert window._help_window is guide
    guide.close()


def test_searching_the_guide_finds_and_wraps_around(qtbot):
    guide = HelpWindow()
    qtbot.addWidget(guide)
    guide.search.setText("Warteliste")
    guide.find_next()
    assert guide.browser.textCursor().selectedText() == "Warteliste"
    guide.search.setText("gibt es nirgends im Handbuch")
    guide.find_next()
    assert guide.not_found.text() == "nicht gefunden"


def test_every_picture_of_the_guide_exists_and_is_used():
    folder = handbook_path().parent
    sources = _image_sources()
    assert len(sources) >= 10
    missing = [source for source in sources if not (folder / source).is_file()]
    assert not missing, missing
    pictures = sorted(path.relative_to(folder).as_posix() for path in (folder / "bilder").glob("*.png"))
    assert sorted(set(sources)) == pictures  # no picture left over
    assert sum((folder / source).stat().st_size for source in set(sources)) < 3 * 1024 * 1024


def test_the_screenshot_script_makes_exactly_the_pictures_of_the_guide():
    """``python -m gui.help_screenshots`` renews the pictures: it must produce every one the
    guide shows (checked from its source; running it takes a while)."""
    import gui.help_screenshots as script

    shots = set(re.findall(r'camera\.shoot\([^,]+, "([\w-]+)"\)', Path(script.__file__).read_text(encoding="utf-8")))
    assert {f"bilder/{name}.png" for name in shots} == set(_image_sources())
