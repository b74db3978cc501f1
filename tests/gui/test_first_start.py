"""The first-start wizard sets up the office and the database."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from gui.first_start import EXISTING, LOCAL, FirstStartWizard, apply_first_start, needs_first_start
from model.core.paths import default_database_path
from model.settings.office import load_profile


def test_wizard_collects_office_and_creates_the_local_database(qtbot, type_text, private_home):
    assert needs_first_start(None, None)
    wizard = FirstStartWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # office name is required
    type_text(wizard.office_page.inputs["office_name"], "Geschäftsstelle Städtenetz")
    type_text(wizard.office_page.inputs["city"], "Dortmund")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    type_text(wizard.signature_page.signatory, "Dr. Şebnem Öztürk")
    wizard.next()
    assert wizard.storage_page.isComplete()
    wizard.storage_page.server.setChecked(True)
    assert not wizard.storage_page.isComplete()
    wizard.storage_page.local.setChecked(True)
    wizard.next()
    choices = wizard.choices()
    assert choices.storage == LOCAL and choices.target is None and not choices.demo
    db = apply_first_start(choices)
    assert db.path == default_database_path()
    profile = load_profile(db)
    assert profile.office_name == "Geschäftsstelle Städtenetz"
    assert profile.signatory_name == "Dr. Şebnem Öztürk" and profile.certificate_place == "Dortmund"
    db.dispose()
    assert not needs_first_start(None, None)


def test_existing_file_keeps_its_own_profile(qtbot, demo_db_path):
    wizard = FirstStartWizard()
    qtbot.addWidget(wizard)
    wizard.office_page.inputs["office_name"].setText("Andere Stelle")
    wizard.storage_page.existing.setChecked(True)
    wizard.storage_page.file.setText(str(demo_db_path))
    choices = wizard.choices()
    assert choices.storage == EXISTING
    db = apply_first_start(choices)
    assert load_profile(db).office_name != "Andere Stelle"
    db.dispose()


def test_fertig_sets_up_the_database_in_the_background(qtbot, type_text, private_home):
    import time

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    wizard = FirstStartWizard()
    wizard.show()
    type_text(wizard.office_page.inputs["office_name"], "Geschäftsstelle Städtenetz")
    for _ in range(3):
        QTest.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.demo_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    started = time.perf_counter()
    QTest.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert time.perf_counter() - started < 0.2  # the window stays responsive …
    assert wizard.isVisible() and wizard.demo_page.is_busy()  # … and shows that it works
    assert not finish.isEnabled()
    qtbot.waitUntil(lambda: wizard.db is not None, timeout=20000)
    assert not wizard.isVisible() and wizard.result() == QWizard.DialogCode.Accepted
    assert load_profile(wizard.db).office_name == "Geschäftsstelle Städtenetz"
    assert wizard.db.path == default_database_path()
    wizard.db.dispose()
    wizard.deleteLater()  # as the program does: an accepted wizard left alive broke a later restyle
    qtbot.wait(10)
