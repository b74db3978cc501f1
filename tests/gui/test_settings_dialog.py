"""Einstellungen: typed values reach the office profile; bad input names the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QColor
from PySide6.QtWidgets import QMessageBox

from gui.settings_dialog import SettingsDialog
from model.office import load_profile, load_requirements


def test_typing_and_saving_updates_the_profile(qtbot, db, tmp_path, type_text):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    name = dialog.inputs["office_name"]
    name.clear()
    type_text(name, "Geschäftsstelle Städtenetz Soziale Stadt NRW")
    type_text(dialog.inputs["signatory_name"], "Dr. Łucja Żółć-Yılmaz")
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    image.save(str(tmp_path / "logo.png"))
    dialog.logo.choose(str(tmp_path / "logo.png"))
    dialog.requirement_inputs["AKNW"].setValue(18)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    profile = load_profile(db)
    assert profile.office_name == "Geschäftsstelle Städtenetz Soziale Stadt NRW"
    assert profile.signatory_name == "Dr. Łucja Żółć-Yılmaz"
    assert profile.logo_png.startswith(b"\x89PNG")
    assert next(r for r in load_requirements(db) if r.chamber == "AKNW").points_per_year == 18


def test_invalid_prefix_warns_and_keeps_dialog_open(qtbot, db, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.inputs["certificate_prefix"].setText("NW S")
    dialog.save()
    assert warnings and "Kürzel" in warnings[0]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert load_profile(db).certificate_prefix == "NWS"
