"""Recognition of events by the chambers as a workflow: beantragt → anerkannt / abgelehnt.

Chambers want external events recognised before they take place. The office sees the events
of the next six weeks whose recognition is not in, the points the agenda suggests beside the
recognised ones, and a warning when a recognition came only after the event began.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ..core.db import Database
from ..core.entities import Accreditation, AgendaItem, Event
from ..core.vocab import CALLED_OFF

WARNING_WEEKS = 6
NOT_CREDITABLE_KINDS = ("Pause",)


def proposed_points(agenda: list, minutes_per_unit: int = 45) -> int | None:
    """Creditable minutes of the agenda (without breaks) ÷ 45, rounded down; None without agenda."""
    minutes = sum(item.duration_minutes or 0 for item in agenda if item.kind not in NOT_CREDITABLE_KINDS)
    return minutes // minutes_per_unit if agenda else None


def event_proposed_points(db: Database, event_id: int) -> int | None:
    with db.session() as session:
        return proposed_points(list(session.scalars(select(AgendaItem).where(AgendaItem.event_id == event_id))))


@dataclass(frozen=True)
class PendingRecognition:
    event_id: int
    title: str
    starts_at: dt.datetime
    chamber: str
    state: str

    def line(self) -> str:
        return (
            f"{self.starts_at:%d.%m.%Y}: »{self.title}« – {self.chamber} {self.state}, "
            "die Anerkennung liegt noch nicht vor"
        )


def pending_recognitions(
    db: Database, today: dt.date | None = None, weeks: int = WARNING_WEEKS
) -> list[PendingRecognition]:
    """Accreditations of events in the next ``weeks`` that are not (yet) recognised."""
    today = today or dt.date.today()
    start = dt.datetime.combine(today, dt.time.min)
    end = start + dt.timedelta(weeks=weeks)
    with db.session() as session:
        rows = session.execute(
            select(Event.id, Event.title, Event.starts_at, Accreditation.chamber, Accreditation.state)
            .join(Accreditation, Accreditation.event_id == Event.id)
            .where(
                Event.starts_at >= start,
                Event.starts_at < end,
                Event.status != CALLED_OFF,
                Accreditation.state != "anerkannt",
            )
            .order_by(Event.starts_at, Accreditation.chamber)
        ).all()
    return [PendingRecognition(*row) for row in rows]
