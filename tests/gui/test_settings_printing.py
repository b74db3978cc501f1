"""Einstellungen → Drucken: the badge product and the retention period reach the office profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gui.settings_dialog import SettingsDialog
from model.settings.office import load_profile


def test_badge_stock_and_retention_are_saved(qtbot, db):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    tab = dialog.printing_tab
    assert tab.badge_stock.currentData() == "L4785"  # the default of a new database
    tab.badge_stock.setFocus()
    qtbot.keyClick(tab.badge_stock, Qt.Key.Key_Down)  # next product: Sigel LP800
    tab.retention.setFocus()
    tab.retention.selectAll()
    qtbot.keyClicks(tab.retention, "6")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    profile = load_profile(db)
    assert profile.badge_stock == "LP800" and profile.sign_in_retention_years == 6
