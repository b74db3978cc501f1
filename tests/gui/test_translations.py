"""German by default, English through Qt Linguist: every text of gui/ has a finished English
translation in resources/translations/netzwerkstatt_en.ts, and the program speaks English when
the user chose it.

A new text in gui/ without a translation fails here; ``python -m gui.translations update``
adds it to the .ts (unfinished) for Qt Linguist or a text editor.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest
from gui_fixtures import make_window  # noqa: F401 - fixture
from PySide6.QtCore import QCoreApplication

from gui import translations

NAVIGATION_EN = [
    "Overview",
    "Members",
    "People",
    "Events",
    "Working groups",
    "Further training",
    "Excursions",
    "Fees",
    "Reports",
]


def test_every_text_of_the_gui_has_a_finished_english_translation():
    """lupdate over the gui/ sources as they are now, compared with the committed .ts."""
    missing = translations.missing_translations("en")
    assert not missing, (
        f"{len(missing)} text(s) without a finished English translation – run "
        "`python -m gui.translations update` and translate them in resources/translations/netzwerkstatt_en.ts:\n"
        + "\n".join(
            f"  [{context}] {source}" + (f" ({comment})" if comment else "") for context, source, comment in missing
        )
    )


def test_translations_keep_every_placeholder():
    wrong = translations.placeholder_mismatches(translations.ts_file("en"))
    assert not wrong, "\n".join(f"[{c}] {s!r} -> {t!r}" for c, s, t in wrong)


def test_the_translation_file_is_well_formed_for_english():
    root = ElementTree.parse(translations.ts_file("en")).getroot()
    assert root.get("language") == "en" and root.get("sourcelanguage").startswith("de")


def test_the_linguist_tools_come_with_pyside():
    """A plain `pip install -e .` brings lupdate and lrelease (PySide6-Essentials)."""
    assert translations._qt_tool("lupdate").is_file()
    assert translations._qt_tool("lrelease").is_file()


def test_the_catalogue_is_compiled_when_missing_or_older_than_the_ts(tmp_path, monkeypatch):
    ts = tmp_path / "translations" / "netzwerkstatt_en.ts"
    ts.parent.mkdir()
    ts.write_bytes(translations.ts_file("en").read_bytes())
    monkeypatch.setattr(translations, "ts_file", lambda language: ts)
    qm = translations.compiled_catalogue("en")
    assert qm == ts.with_suffix(".qm") and qm.stat().st_size > 10_000
    stamp = qm.stat().st_mtime_ns
    assert translations.compiled_catalogue("en") == qm and qm.stat().st_mtime_ns == stamp  # current: kept
    assert translations.compiled_catalogue("de") is None  # German needs no catalogue


def test_a_read_only_source_tree_gets_the_catalogue_in_the_data_folder(tmp_path, monkeypatch, private_home):
    ts = tmp_path / "translations" / "netzwerkstatt_en.ts"
    ts.parent.mkdir()
    ts.write_bytes(translations.ts_file("en").read_bytes())
    monkeypatch.setattr(translations, "ts_file", lambda language: ts)
    release = translations.release

    def release_somewhere_writable(source, target):
        if target.parent == ts.parent:
            raise PermissionError(f"{target.parent} is not writable")
        return release(source, target)

    monkeypatch.setattr(translations, "release", release_somewhere_writable)
    assert translations.compiled_catalogue("en") == private_home / "translations" / "netzwerkstatt_en.qm"
    assert not ts.with_suffix(".qm").exists()


@pytest.fixture
def english(private_home):
    """English chosen in the settings (as under Einstellungen → Sprache) for one test; the
    application is German again afterwards."""
    from gui.app import _application
    from gui.settings import Settings

    settings = Settings()
    settings.set_language("en")
    settings.sync()
    yield _application()
    _application("de")


def test_the_main_window_speaks_english(english, make_window, sqlite_db):
    window = make_window(sqlite_db)
    items = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert items == NAVIGATION_EN
    assert [action.text() for action in window.menuBar().actions()] == ["&File", "&View", "&Help"]
    assert window.open_action.text() == "&Open database…"
    assert window.help_action.text() == "&User guide"
    window.show_area("events")
    assert window.page("events").title_label.text() == "Events"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # no German from Qt either


def test_german_is_the_default_and_needs_no_program_translation(private_home):
    from gui.app import _application

    _application()
    assert QCoreApplication.translate("Bereiche", "Übersicht") == "Übersicht"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_the_language_chosen_in_the_settings_applies_at_the_next_start(private_home):
    from gui.app import _application
    from gui.settings import Settings

    settings = Settings()
    settings.set_language("en")
    settings.sync()
    try:
        _application()  # as at the next start: reads the choice
        assert QCoreApplication.translate("Bereiche", "Übersicht") == "Overview"
    finally:
        _application("de")
