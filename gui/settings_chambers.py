"""Einstellungen → Kammern: the chambers and their yearly rules, extended without schema change.

Each action saves at once (its own transaction), like the rest of the chamber data: the
requirement of the rules in force can also be changed on the Bescheinigungen tab.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.core.errors import ValidationError
from model.core.formatting import number
from model.core.vocab import CHAMBERS
from model.settings.chambers import ChamberData, Rule, list_chambers, list_rules, save_chamber, save_rule

from .kit.errors import show_error
from .table_model import RowTableModel, TableColumn
from .views import make_table_view


class ChambersTab(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.rules = RowTableModel(
            [
                TableColumn(self.tr("Kammer"), lambda r: r.chamber),
                TableColumn(self.tr("Mitgliedergruppe"), lambda r: r.category or self.tr("alle")),
                TableColumn(self.tr("Gilt ab"), lambda r: r.valid_from, align_right=True),
                TableColumn(
                    self.tr("Anforderung"), lambda r: r.required, display=lambda r: number(r.required), align_right=True
                ),
                TableColumn(self.tr("Einheit"), lambda r: r.unit),
                TableColumn(
                    self.tr("Übertrag"), lambda r: r.carry_over, display=lambda r: self.tr("ja") if r.carry_over else ""
                ),
            ],
            self,
        )
        self.view = make_table_view(self.rules)

        self.chamber = QComboBox()
        self.category = QLineEdit()
        self.category.setPlaceholderText(self.tr("leer = alle Mitglieder"))
        self.valid_from = QSpinBox()
        self.valid_from.setRange(2000, dt.date.today().year + 6)
        self.valid_from.setValue(dt.date.today().year)
        self.required = QDoubleSpinBox()
        self.required.setRange(0, 200)
        self.required.setDecimals(1)
        self.unit = QLineEdit("Fortbildungspunkte")
        self.carry_over = QCheckBox(self.tr("Überschuss ins Folgejahr übertragen"))
        self.add_rule_button = QPushButton(self.tr("Regel speichern"))
        self.add_rule_button.clicked.connect(self.add_rule)
        rule_box = QGroupBox(self.tr("Regel hinzufügen oder ändern"))
        rule_form = QFormLayout(rule_box)
        rule_form.addRow(self.tr("Kammer"), self.chamber)
        rule_form.addRow(self.tr("Mitgliedergruppe"), self.category)
        rule_form.addRow(self.tr("Gilt ab"), self.valid_from)
        rule_form.addRow(self.tr("Anforderung je Jahr"), self.required)
        rule_form.addRow(self.tr("Einheit"), self.unit)
        rule_form.addRow("", self.carry_over)
        rule_form.addRow("", self.add_rule_button)

        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.state = QLineEdit()
        self.add_chamber_button = QPushButton(self.tr("Kammer speichern"))
        self.add_chamber_button.clicked.connect(self.add_chamber)
        chamber_box = QGroupBox(self.tr("Kammer hinzufügen"))
        chamber_form = QFormLayout(chamber_box)
        chamber_form.addRow(self.tr("Kürzel"), self.code)
        chamber_form.addRow(self.tr("Name"), self.name)
        chamber_form.addRow(self.tr("Land"), self.state)
        chamber_form.addRow("", self.add_chamber_button)

        boxes = QHBoxLayout()
        boxes.addWidget(rule_box, 1)
        boxes.addWidget(chamber_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Jahresanforderungen je Kammer und Mitgliedergruppe; eine Regel gilt "
                    "ab ihrem Jahr bis zur nächsten."
                )
            )
        )
        layout.addWidget(self.view, 1)
        layout.addLayout(boxes)
        self.reload()

    def reload(self) -> None:
        current = self.chamber.currentData()
        self.chamber.clear()
        for chamber in list_chambers(self.db):
            self.chamber.addItem(f"{chamber.code} – {chamber.name}", chamber.code)
        self.chamber.setCurrentIndex(max(0, self.chamber.findData(current or CHAMBERS[0])))
        self.rules.set_rows(list_rules(self.db))

    @Slot()
    def add_rule(self) -> None:
        rule = Rule(
            self.chamber.currentData(),
            self.category.text(),
            self.valid_from.value(),
            Decimal(str(self.required.value())),
            self.unit.text(),
            self.carry_over.isChecked(),
        )
        existing = next(
            (
                r
                for r in list_rules(self.db, rule.chamber)
                if r.category == rule.category.strip() and r.valid_from == rule.valid_from
            ),
            None,
        )
        if existing is not None:
            rule = Rule(
                rule.chamber, rule.category, rule.valid_from, rule.required, rule.unit, rule.carry_over, existing.id
            )
        self._guard(lambda: save_rule(self.db, rule))

    @Slot()
    def add_chamber(self) -> None:
        if self._guard(
            lambda: save_chamber(self.db, ChamberData(self.code.text(), self.name.text(), self.state.text()))
        ):
            self.code.clear()
            self.name.clear()
            self.state.clear()

    def _guard(self, action) -> bool:
        try:
            action()
        except ValidationError as exc:
            show_error(self, exc, title=self.tr("Kammern"))
            return False
        self.reload()
        return True
