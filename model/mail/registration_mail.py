"""The mail a registration change calls for, at the moment it happens.

Compare the statuses of an event's registrations before and after an action (register,
cancel, status change with promotions) and name, per kind of mail, the people to write to:
a confirmation for a new seat, a waiting-list notice, the promotion from the waiting list,
the confirmation of a cancellation. This mail concerns the person's own registration and
needs no consent for invitations; only an address.
"""

from __future__ import annotations

from sqlalchemy import select

from ..core.db import Database
from ..core.entities import Registration
from ..core.vocab import REGISTERED, WAITING
from ..events.registrations import CANCELLED_STATUSES
from .invitations import (
    CHANNEL_DRAFT,
    CHANNEL_SMTP,
    MailingResult,
    run_mailing,
    select_recipients,
)
from .templates import CANCELLATION, CONFIRMATION, PROMOTION, WAITING_LIST

SEATED = (REGISTERED,)
ORDER = (CONFIRMATION, PROMOTION, WAITING_LIST, CANCELLATION)


def registration_statuses(db: Database, event_id: int) -> dict[int, str]:
    with db.session() as session:
        return dict(
            session.execute(
                select(Registration.person_id, Registration.status).where(Registration.event_id == event_id)
            ).all()
        )


def mail_offers(before: dict[int, str], after: dict[int, str]) -> dict[str, list[int]]:
    offers: dict[str, list[int]] = {kind: [] for kind in ORDER}
    for person_id, status in after.items():
        old = before.get(person_id)
        if old == status:
            continue
        if status in SEATED and old == WAITING:
            offers[PROMOTION].append(person_id)
        elif status in SEATED and old in (None, *CANCELLED_STATUSES):
            offers[CONFIRMATION].append(person_id)
        elif status == WAITING:
            offers[WAITING_LIST].append(person_id)
        elif status in CANCELLED_STATUSES and old in (REGISTERED, WAITING):
            offers[CANCELLATION].append(person_id)
    return {kind: ids for kind, ids in offers.items() if ids}


def send_offers(
    db: Database,
    event_id: int,
    offers: dict[str, list[int]],
    *,
    transport=None,
    out_dir=None,
    progress=None,
    cancelled=None,
) -> MailingResult:
    """Send (with ``transport``) or draft (into ``out_dir``) every offered mail; one result for all."""
    total = MailingResult()
    channel = CHANNEL_SMTP if transport is not None else CHANNEL_DRAFT
    for kind, person_ids in offers.items():
        plan = select_recipients(db, person_ids=person_ids, consent_needed=False)
        result = run_mailing(
            db,
            event_id,
            plan,
            channel=channel,
            kind=kind,
            transport=transport,
            out_dir=out_dir,
            progress=progress,
            cancelled=cancelled,
        )
        for name in ("sent", "skipped", "left_out", "failed", "unclear", "drafts"):
            getattr(total, name).extend(getattr(result, name))
        total.cancelled = total.cancelled or result.cancelled
    return total
