"""The work behind the mail subcommands of the command line (main.py stays thin)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..core.db import Database
from ..core.errors import UserError
from ..core.safe_files import write_atomically
from ..events import calendar_ics
from . import invitations
from .settings import (
    MailSettings,
    load_mail_settings,
    load_password,
    save_mail_settings,
)
from .transport import SmtpTransport


def update_mail_settings(
    db: Database, *, host: str, port: int | None, security: str | None, user: str | None, sender: str | None
) -> MailSettings:
    current = load_mail_settings(db)
    settings = MailSettings(
        host=host,
        port=port,
        security=security or current.security,
        user=user if user is not None else current.user,
        sender=sender if sender is not None else current.sender,
        pause_seconds=current.pause_seconds,
    )
    save_mail_settings(db, settings)
    return load_mail_settings(db)


def write_ics(db: Database, target: Path, *, event_id: int | None, group_id: int | None, upcoming: bool) -> int:
    if event_id is not None:
        events = calendar_ics.calendar_events(db, event_ids=[event_id])
    elif group_id is not None:
        events = calendar_ics.calendar_events(db, working_group_id=group_id)
    else:
        events = calendar_ics.calendar_events(db, upcoming_from=dt.datetime.now())
    if not events:
        raise UserError("Keine Veranstaltungen für die Kalenderdatei gefunden.")
    method = None if event_id is not None else "PUBLISH"
    write_atomically(
        target, calendar_ics.build_calendar(events, organizer=calendar_ics.organizer_address(db), method=method)
    )
    return len(events)


def invite(
    db: Database,
    *,
    event_id: int,
    list_name: str | None,
    members: bool,
    group_id: int | None,
    send: bool,
    out_dir: Path | None,
    dry_run: bool,
    attachments,
    pause: float | None,
    progress=None,
    release_unclear: bool = False,
    on_plan=None,
) -> tuple[invitations.MailingResult, str]:
    """Select, then send or draft; returns the result and the channel. ``on_plan(plan)`` is
    called before anything is sent (to name the people left out first)."""
    if release_unclear and not dry_run:
        invitations.release_unclear(db, event_id, invitations.mail_kind_for(invitations.event_facts(db, event_id)))
    plan = invitations.select_recipients(db, list_name=list_name, members=members, group_id=group_id)
    if on_plan is not None:
        on_plan(plan)
    channel = invitations.CHANNEL_SMTP if send else invitations.CHANNEL_DRAFT
    settings = load_mail_settings(db)
    if dry_run:
        return invitations.run_mailing(db, event_id, plan, channel=channel, dry_run=True, out_dir=out_dir), channel
    files = tuple(attachments()) if attachments else ()
    if channel == invitations.CHANNEL_DRAFT:
        return invitations.run_mailing(
            db, event_id, plan, channel=channel, out_dir=out_dir, attachments=files, progress=progress
        ), channel
    if not settings.configured:
        raise UserError("Der Mailserver ist nicht eingerichtet (mail-settings --host … --from …).")
    with SmtpTransport(settings, load_password(settings)) as transport:
        result = invitations.run_mailing(
            db,
            event_id,
            plan,
            channel=channel,
            transport=transport,
            attachments=files,
            progress=progress,
            pause_seconds=settings.pause_seconds if pause is None else pause,
        )
    return result, channel
