"""Beiträge & Rechnungen: the fee list of a year, the fee run in the background, payments and
the treasurer's list; the fee settings in Einstellungen."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from gui import dialogs
from gui.invoices_page import InvoicesPage, PaymentDialog
from gui.settings_dialog import SettingsDialog
from model.invoicing import invoices
from model.invoicing.fees import schedule_for
from model.members.billing import load_seller
from tests.invoice_data import add_members, add_office


def test_fee_run_from_the_page_bills_every_member_and_a_payment_is_booked(qtbot, db, tmp_path, monkeypatch, type_text):
    add_office(db)
    add_members(db)
    page = InvoicesPage(db)
    qtbot.addWidget(page)
    page.year.setValue(2027)
    page.show()
    assert [r.fee.organisation for r in page.fee_model.rows()][:2] == ["Gemeinde Recke", "Kreis Recklinghausen"]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path / "out"))
    monkeypatch.setattr(dialogs, "ask", lambda *args, **kwargs: True)
    QTest.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "5 Rechnungen erstellt" in page.feedback.text(), timeout=20000)
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 5
    assert not page.run_button.isEnabled()  # everybody is billed
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.invoice_view.viewport().height() > 60)  # the tab laid out
    rect = page.invoice_view.visualRect(page.invoice_model.index(0, 0))  # a double click shows the invoice
    QTest.mouseClick(
        page.invoice_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    QTest.mouseDClick(
        page.invoice_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    number = page.invoice_model.row_at(0).number
    assert page.dialog.windowTitle() == f"Rechnung {number}" and page.dialog.isVisible()
    page.dialog.reject()
    page.invoice_view.selectRow(0)
    booked = []

    def book_as_typed(dialog: PaymentDialog) -> int:  # the user types, then clicks Buchen
        dialog.show()
        dialog.amount.selectAll()
        qtbot.keyClicks(dialog.amount, "12x")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        booked.append((dialog.isVisible(), dialog.error.text()))  # refused: the dialog stays, says why
        dialog.amount.selectAll()
        qtbot.keyClicks(dialog.amount, f"{invoices.invoices(db)[0].open_amount:.2f}".replace(".", ","))
        type_text(dialog.notes, "Überweisung Kämmerei")
        ok.click()
        return dialog.result()

    monkeypatch.setattr(PaymentDialog, "exec", book_as_typed)
    page.pay_button.click()
    assert booked[0][0] and booked[0][1]
    row = invoices.invoices(db)[0]
    assert (row.state, row.paid) == ("bezahlt", row.amount)
    page.open_only.click()
    assert row.number not in [r.number for r in page.invoice_model.rows()]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "Kasse"), ""))
    page.excel_button.click()
    assert (tmp_path / "Kasse.xlsx").is_file()


def test_fee_settings_save_seller_and_schedule(qtbot, db, type_text):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    tab = dialog.fees_tab
    tab.inputs["iban"].setText("DE89 3704 0044 0532 0130 00")
    type_text(tab.inputs["contact_name"], "Ayşe Yılmaz")
    tab.tiers.item(0, 1).setText("1.100,00")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert load_seller(db).iban == "DE89370400440532013000"
    assert load_seller(db).contact_name == "Ayşe Yılmaz"
    assert schedule_for(db, 2027).amount_for_population(5000) == Decimal("1100.00")


def test_a_wrong_iban_warns_and_keeps_the_dialog_open(qtbot, db, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or 0)
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.fees_tab.inputs["iban"].setText("DE88 3704 0044 0532 0130 00")
    dialog.save()
    assert warnings and "IBAN" in warnings[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert load_seller(db).iban is None


def test_organisation_form_keeps_billing_data_and_names_a_wrong_leitweg_id(qtbot, db, type_text, monkeypatch):
    from gui.members.organisation_form import OrganisationDialog
    from model.members.billing import load_organisation_billing

    ids = add_members(db)
    warnings = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, details="": warnings.append(text))
    dialog = OrganisationDialog(db, ids["Stadt Haltern am See"])
    qtbot.addWidget(dialog)
    tab = dialog.billing_tab
    assert "2.000,00" in tab.fee_label.text() or "kein Mitglied" in tab.fee_label.text()
    type_text(tab.leitweg_id, "991-03730-18")
    tab.channel.setCurrentIndex(tab.channel.findData("XRechnung"))
    assert dialog.is_dirty()
    assert dialog.save() is False
    assert warnings and "Prüfziffer" in warnings[0]
    assert dialog.tabs.currentWidget() is tab  # the field with the error is shown
    tab.leitweg_id.setText("991-03730-19")
    type_text(tab.invoice_email, "rechnung@haltern.example")
    assert dialog.save() is True
    billing = load_organisation_billing(db, ids["Stadt Haltern am See"])
    assert (billing.leitweg_id, billing.channel, billing.invoice_email) == (
        "991-03730-19",
        "XRechnung",
        "rechnung@haltern.example",
    )


def test_statistics_show_contributions_per_year(qtbot, db):
    import datetime as dt

    from gui.reports.statistics_view import StatisticsView

    add_office(db)
    add_members(db)
    invoices.run_fee_invoices(db, 2026, issued_on=dt.date(2026, 1, 15))
    view = StatisticsView(db)
    qtbot.addWidget(view)
    view.set_years((2025, 2026))
    view.kind.setCurrentIndex(view.kind.findData("contributions"))
    qtbot.waitUntil(lambda: view.job is None and view.model.columns()[0].header == "Beiträge", timeout=20000)
    rows = {r.label: r.per_year for r in view.model.rows()}
    assert rows["berechnet (€)"] == {2025: 0, 2026: 9250}
    assert rows["offen (€)"][2026] == 9250
    assert "Mitgliedsbeiträge 2025–2026" in view.title()


def test_trip_fees_from_the_page(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from tests.trip_data import study_trip

    add_office(db)
    event_id, _people = study_trip(db)
    page = InvoicesPage(db)
    qtbot.addWidget(page)
    from model.excursions.excursions import load_trip

    page.year.setValue(load_trip(db, event_id).trip_end.year)
    page.show()
    chosen = []
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda parent, title, label, items, *args: (chosen.append(items) or items[0], True)
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path / "Reise"))
    page.trip_button.click()
    qtbot.waitUntil(lambda: "1 Rechnungen erstellt" in page.feedback.text(), timeout=20000)
    assert "Studienfahrt Delft" in chosen[0][0]
    files = [p.name for p in (tmp_path / "Reise").glob("*.pdf")]
    assert len(files) == 1 and files[0].startswith("RE-") and "Müller" in files[0]
