"""Room and payment columns of an excursion's participant list (``export participants``).

``reports.event_lists.export_participants`` writes the list of every event; for an
excursion it takes these columns instead of its generic fee columns. The values come from
``model.excursions.excursions.trip_export_columns`` (amount due after the trip's rules, payments,
status). Dietary needs and emergency contacts are not exported: they stay in the program,
where they are erased after the trip (``model.excursions.trip_privacy``); a file would keep them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from model.core.db import Database
from model.excursions import excursions

from .excel import Column

# Generic fee columns of the participant list that the excursion's columns replace.
REPLACED_COLUMNS = ("Gebühr", "Bezahlt", "Offen")


def excursion_columns(db: Database, event_id: int) -> list[tuple[Column, Callable[[Any], Any]]]:
    """(column, getter over a row with ``registration_id``) pairs; none for other events."""
    headers, values = excursions.trip_export_columns(db, event_id)
    empty = [None] * len(headers)

    def getter(index: int) -> Callable[[Any], Any]:
        return lambda row: values.get(row.registration_id, empty)[index]

    return [(Column(header, kind), getter(index)) for index, (header, kind) in enumerate(headers)]
