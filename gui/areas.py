"""The areas of the main window's navigation, in order.

An area appears once it has real content. Adding one is one line here: a key, the title
(marked for translation), an icon name from ``resources/icons`` and the page class as
``"module:Class"``. The page module is imported when the area is first opened, so the start
of the program pays only for the first page.

A page class takes ``(db, parent)`` and is a ``gui.page.Page`` (header, ``set_database``,
``refresh``). A page needs the ORM (``model.core.db.load_data_layer``, about 0.4 s), except a
``light`` one, whose module and first screen do without it (the Übersicht reads with
``sqlite3``): the window shows a light page at once and the others once the ORM is loaded.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from .translations import QT_TRANSLATE_NOOP

CONTEXT = "Bereiche"


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # untranslated source text; shown through ``label``
    icon: str
    page: str  # "package.module:ClassName"
    light: bool = False  # the page module imports no ORM (see the module docstring)

    @property
    def label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def page_class(self):
        module_name, class_name = self.page.split(":")
        return getattr(importlib.import_module(module_name), class_name)

    def import_page_module(self) -> None:
        """Import the page's module (and all it imports) without creating a widget: safe in a
        background thread, as module-level imports of gui/, reports/ and model/ form no cycle
        (``tests/test_import_cycles.py``), so two threads importing cannot wait on each other."""
        importlib.import_module(self.page.split(":")[0])


AREAS: tuple[Area, ...] = (
    Area(
        "overview", QT_TRANSLATE_NOOP("Bereiche", "Übersicht"), "overview", "gui.overview_page:OverviewPage", light=True
    ),
    Area(
        "members", QT_TRANSLATE_NOOP("Bereiche", "Mitglieder"), "members", "gui.members.organisations_page:MembersPage"
    ),
    Area("people", QT_TRANSLATE_NOOP("Bereiche", "Personen"), "people", "gui.members.persons_page:PeoplePage"),
    Area("events", QT_TRANSLATE_NOOP("Bereiche", "Veranstaltungen"), "events", "gui.events.page:EventsPage"),
    Area(
        "groups", QT_TRANSLATE_NOOP("Bereiche", "Arbeitsgruppen"), "groups", "gui.events.groups_page:WorkingGroupsPage"
    ),
    Area("training", QT_TRANSLATE_NOOP("Bereiche", "Fortbildung"), "training", "gui.training.page:TrainingPage"),
    Area(
        "excursions", QT_TRANSLATE_NOOP("Bereiche", "Exkursionen"), "excursions", "gui.excursions.page:ExcursionsPage"
    ),
    Area("invoices", QT_TRANSLATE_NOOP("Bereiche", "Beiträge"), "invoices", "gui.invoices_page:InvoicesPage"),
    Area("reports", QT_TRANSLATE_NOOP("Bereiche", "Berichte"), "reports", "gui.reports.page:ReportsPage"),
)


def area(key: str) -> Area:
    for candidate in AREAS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
