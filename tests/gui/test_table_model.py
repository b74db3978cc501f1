"""The shared table model and background job runner."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from gui.table_model import ROW_ROLE, RowTableModel, TableColumn
from gui.worker import Job
from model.core.errors import Cancelled

PEOPLE = [("Żółć", 3), ("Müller", None), ("Abel", 1), ("müller", 2)]


def _model():
    return RowTableModel(
        [
            TableColumn("Name", lambda r: r[0]),
            TableColumn("Anzahl", lambda r: r[1], align_right=True),
        ]
    )


def test_model_passes_qt_model_checks_and_sorts_accent_insensitive(qtmodeltester):
    model = _model()
    model.set_rows(PEOPLE)
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(4)] == ["Abel", "Müller", "müller", "Żółć"]
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.index(3, 1).data() == ""  # empty values last
    assert model.index(0, 0).data(ROW_ROLE) == ("Abel", 1)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Anzahl"


def test_sort_order_survives_new_rows():
    model = _model()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_rows(PEOPLE)
    assert model.index(0, 0).data() == "Żółć"


def test_job_runs_in_background_and_can_be_cancelled(qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    results = []

    def count(progress, cancelled):
        for i in range(3):
            progress(i, 3, "zählt")
        return 42

    job = Job(parent, "Test", count, results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)

    finished = []

    def endless(progress, cancelled):
        while not cancelled():
            time.sleep(0.01)
        raise Cancelled()

    job = Job(parent, "Test", endless, results.append)
    job.finished.connect(lambda: finished.append(True))
    job.cancel()
    qtbot.waitUntil(lambda: finished == [True], timeout=5000)
    assert results == [42]


def test_a_model_whose_python_side_was_emptied_answers_as_an_empty_table(qtbot):
    """The garbage collector may empty a closed page's objects before Qt destroys them; a view
    being destroyed then still asks its model. It must get an empty table, not an exception."""
    from PySide6.QtWidgets import QTableView

    model = _model()
    model.set_rows(PEOPLE)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    model.__dict__.clear()  # what the collector's clearing of a reference cycle leaves
    assert model.rowCount() == 0 and model.columnCount() == 0
    assert model.headerData(0, Qt.Orientation.Horizontal) is None
    model.sort(0)
    view.repaint()  # painting asks for headers and data: no exception reaches the event loop
