"""Einstellungen: typed values reach the office profile; bad input names the field; the backup
folder is stored and used; the language is kept for the next start."""

from __future__ import annotations

from clicking import answer_file_dialogs
from gui_fixtures import make_window  # noqa: F401 - fixture
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QMessageBox

from gui.settings_dialog import SettingsDialog
from model.settings.office import load_profile, load_requirements


def test_typing_and_saving_updates_the_profile(qtbot, db, tmp_path, type_text, monkeypatch):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    name = dialog.inputs["office_name"]
    name.clear()
    type_text(name, "Geschäftsstelle Städtenetz Soziale Stadt NRW")
    type_text(dialog.inputs["signatory_name"], "Dr. Łucja Żółć-Yılmaz")
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    image.save(str(tmp_path / "logo.png"))
    answer_file_dialogs(monkeypatch, tmp_path / "logo.png")
    dialog.logo.choose_button.click()
    aknw = next(r for r in load_requirements(db) if r.chamber == "AKNW")
    assert aknw.valid_from == 2024  # the rule in force, not the one before 2024
    dialog.requirement_inputs[aknw.id].setValue(18)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    profile = load_profile(db)
    assert profile.office_name == "Geschäftsstelle Städtenetz Soziale Stadt NRW"
    assert profile.signatory_name == "Dr. Łucja Żółć-Yılmaz"
    assert profile.logo_png.startswith(b"\x89PNG")
    assert next(r for r in load_requirements(db) if r.chamber == "AKNW").required == 18


def test_invalid_prefix_warns_and_keeps_dialog_open(qtbot, db, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or 0)
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.inputs["certificate_prefix"].setText("NW S")
    dialog.save()
    assert warnings and "Kürzel" in warnings[0]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert load_profile(db).certificate_prefix == "NWS"


# --- backup folder and language ------------------------------------------------------------


def test_a_chosen_backup_folder_is_stored_and_the_next_backup_lands_there(
    qtbot, sqlite_db, tmp_path, make_window, monkeypatch
):
    folder = tmp_path / "Netzlaufwerk" / "Sicherungen"
    window = make_window(sqlite_db)
    dialog = SettingsDialog(sqlite_db, window, window.settings)
    qtbot.addWidget(dialog)
    default = sqlite_db.path.parent / "Sicherungen"
    assert dialog.folder_edit.text() == str(default)
    assert not dialog.default_folder_button.isEnabled()
    answer_file_dialogs(monkeypatch, folder)
    dialog.folder_button.click()
    assert dialog.folder_edit.text() == str(folder) and dialog.default_folder_button.isEnabled()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert load_profile(sqlite_db).backup_folder == str(folder)

    window.start_automatic_backup()
    qtbot.waitUntil(lambda: window._backup_job is None, timeout=10000)
    assert len(list(folder.glob("auto-*.sqlite"))) == 1
    assert not default.exists()


def test_standard_brings_back_the_folder_beside_the_database(qtbot, sqlite_db, tmp_path):
    from model.settings.office import save_profile

    profile = load_profile(sqlite_db)
    profile.backup_folder = str(tmp_path / "extern")
    save_profile(sqlite_db, profile)
    dialog = SettingsDialog(sqlite_db)
    qtbot.addWidget(dialog)
    assert dialog.folder_edit.text() == str(tmp_path / "extern")
    dialog.default_folder_button.click()
    assert dialog.folder_edit.text() == str(sqlite_db.path.parent / "Sicherungen")
    dialog.save()
    assert load_profile(sqlite_db).backup_folder is None


def test_a_folder_that_cannot_be_written_is_refused_with_a_message(qtbot, sqlite_db, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or 0)
    blocker = tmp_path / "datei.txt"
    blocker.write_text("kein Ordner", encoding="utf-8")
    dialog = SettingsDialog(sqlite_db)
    qtbot.addWidget(dialog)
    answer_file_dialogs(monkeypatch, blocker / "Sicherungen")
    dialog.folder_button.click()
    assert warnings and "datei.txt" in warnings[0]
    assert dialog.backup_folder is None


def test_the_language_is_stored_for_the_next_start(qtbot, sqlite_db):
    from gui.settings import Settings

    dialog = SettingsDialog(sqlite_db, settings=Settings())
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "Deutsch"
    dialog.tabs.setCurrentIndex(3)
    hint = " ".join(label.text() for label in dialog.tabs.currentWidget().findChildren(QLabel))
    assert "nächsten Start" in hint
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    assert dialog.language_changed
    assert Settings().language() == "en"  # a new process reads it from the file


def test_the_certificate_retention_period_is_set_in_einstellungen(qtbot, db, type_text):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.retention)
    assert dialog.retention.years.value() == 6
    dialog.retention.years.selectAll()
    type_text(dialog.retention.years, "8")
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert load_profile(db).certificate_retention_years == 8


def test_chambers_tab_adds_a_chamber_and_a_rule_with_carry_over(qtbot, db, type_text, monkeypatch):
    from model.settings.chambers import list_chambers, list_rules

    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    tab = dialog.chambers_tab
    assert tab.rules.rowCount() == 5  # AKNW before and since 2024, IK-Bau NRW's three groups
    type_text(tab.code, "AK Lummerland")
    type_text(tab.name, "Architektenkammer Lummerland")
    tab.add_chamber_button.click()
    assert any(c.code == "AK Lummerland" for c in list_chambers(db))
    tab.chamber.setCurrentIndex(tab.chamber.findData("AK Lummerland"))
    tab.valid_from.setValue(2026)
    tab.required.setValue(20)
    tab.carry_over.setChecked(True)
    tab.add_rule_button.click()
    assert [(r.valid_from, r.required, r.carry_over) for r in list_rules(db, "AK Lummerland")] == [(2026, 20, True)]
    assert tab.rules.rowCount() == 6
    warnings = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or 0)
    tab.unit.clear()
    tab.add_rule_button.click()  # no unit: refused with a German message
    assert warnings and "Einheit" in warnings[0]
