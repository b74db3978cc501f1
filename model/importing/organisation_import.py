"""Import of organisations from Excel: matched by AGS, then by name ("Stadt Gelsenkirchen" =
"Gelsenkirchen"); a municipality found in the official NRW list gets its AGS, postcode and town.

All-or-nothing like the person import: every row is checked first, a file with errors writes
nothing, a dry run writes nothing. A membership column ("Mitglied", "Gast", …) with "seit" adds
the membership when the organisation does not have it yet.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from ..core import audit, vocab
from ..core.db import Database
from ..core.entities import Membership, Organisation
from ..core.errors import UserError, ValidationError
from ..core.text import fold, shorten
from ..members import municipalities
from ..members.organisations import (
    FIELD_LABELS,
    SCALAR_FIELDS,
    MembershipData,
    OrganisationData,
    OrganisationMatcher,
    guess_kind,
    organisation_search_key,
    validate_membership,
    validate_organisation,
)
from .import_rows import ImportField, Progress, data_rows, detect_header, header_at, labels
from .outcome import ERROR, NEW, UNCHANGED, UPDATE, ImportReport, RowIssue, RowOutcome
from .spreadsheet import (
    HeaderMatch,
    SheetData,
    cell_issues,
    clean_text,
    read_first_sheet,
    resolve_merged_header,
)

FIELDS: tuple[ImportField, ...] = (
    ImportField(
        "name",
        "Name",
        (
            "organisation",
            "organization",
            "kommune",
            "institution",
            "einrichtung",
            "bezeichnung",
            "name der organisation",
            "gemeinde/stadt",
            "stadt/gemeinde",
        ),
    ),
    ImportField(
        "kind", "Art", ("kind", "type", "typ", "organisationsart", "art der organisation", "kategorie", "category")
    ),
    ImportField(
        "ags",
        "AGS",
        ("gemeindeschlüssel", "amtlicher gemeindeschlüssel", "gemeindekennziffer", "gkz", "municipality code"),
    ),
    ImportField("street", "Straße", ("street", "strasse", "anschrift", "adresse", "address")),
    ImportField("postcode", "PLZ", ("postleitzahl", "postcode", "postal code", "zip", "zip code")),
    ImportField("city", "Ort", ("city", "town", "sitz")),
    ImportField("phone", "Telefon", ("phone", "tel", "tel.", "telefonnummer", "telephone")),
    ImportField("email", "E-Mail", ("email", "e-mail-adresse", "mail", "email address")),
    ImportField("website", "Internet", ("website", "homepage", "web", "url", "internetseite", "webseite")),
    ImportField("notes", "Notizen", ("notes", "bemerkung", "bemerkungen", "anmerkung", "anmerkungen", "kommentar")),
    ImportField(
        "membership",
        "Mitgliedschaft",
        ("membership", "status", "mitgliedsstatus", "mitgliedschaftsart", "mitglied", "member"),
    ),
    ImportField(
        "member_since",
        "Mitglied seit",
        ("seit", "since", "member since", "beitritt", "eintritt", "mitgliedschaft seit"),
    ),
    ImportField("annual_fee", "Jahresbeitrag", ("beitrag", "annual fee", "mitgliedsbeitrag", "fee")),
    # Billing data (model.members.billing): stored in organisation_billing.
    ImportField("leitweg_id", "Leitweg-ID", ("leitweg", "leitwegid", "leitweg id", "buyer reference")),
    ImportField("invoice_channel", "Rechnungsweg", ("rechnungsversand", "invoice channel", "versandweg")),
    ImportField(
        "invoice_email",
        "E-Mail für Rechnungen",
        ("rechnungs-e-mail", "e-mail rechnung", "invoice email", "e-mail für rechnungen"),
    ),
)
BILLING_FIELDS = ("leitweg_id", "invoice_channel", "invoice_email")
LABELS = labels(FIELDS)
_YES = {"ja", "x", "yes", "true", "1", "wahr"}
MIN_YEAR, MAX_YEAR = 1900, 2100  # a membership year outside is a typo


@dataclass
class _Candidate:
    row: int
    data: OrganisationData
    membership: tuple[str, dt.date, Decimal | None] | None = None
    billing: dict = field(default_factory=dict)  # given billing fields, checked
    status: str = NEW
    organisation_id: int | None = None
    changes: dict = field(default_factory=dict)
    given: set[str] = field(default_factory=set)  # fields the file filled (others never overwrite)


def read_organisation_file(path: Path | str) -> tuple[SheetData, HeaderMatch]:
    data = read_first_sheet(path)
    try:
        header = detect_header(data, FIELDS)
    except UserError:
        raise UserError(
            f"In {Path(path).name} wurde keine Überschriftenzeile gefunden. Erwartet werden Spalten wie "
            "»Name«, »Art«, »AGS«, »PLZ«, »Ort« in einer der ersten zehn Zeilen."
        ) from None
    return data, resolve_merged_header(data, header)


def import_organisations(
    db: Database,
    path: Path | str,
    *,
    event_id: int | None = None,
    dry_run: bool = False,
    create_missing: bool = False,
    header_row: int | None = None,
    mapping: dict[int, str] | None = None,
    progress=None,
    cancelled=None,
    **_ignored,
) -> ImportReport:
    if event_id is not None:
        raise UserError("--event gilt nicht für den Organisationsimport.")
    data, header = read_organisation_file(path)
    if header_row is not None:
        header = header_at(data, header_row, FIELDS)
    if mapping is not None:
        header = HeaderMatch(header.excel_row, dict(mapping), header.unknown)
    report = run_organisation_import(
        db, data, header, dry_run=dry_run, source=Path(path).name, progress=progress, cancelled=cancelled
    )
    report.raise_if_errors()
    return report


def preview_organisations(
    db: Database, data: SheetData, header: HeaderMatch, *, progress=None, cancelled=None, **_ignored
) -> ImportReport:
    return run_organisation_import(db, data, header, dry_run=True, progress=progress, cancelled=cancelled)


def run_organisation_import(
    db: Database,
    data: SheetData,
    header: HeaderMatch,
    *,
    dry_run: bool,
    source: str = "",
    progress=None,
    cancelled=None,
    **_ignored,
) -> ImportReport:
    step = Progress(progress, cancelled)
    report = ImportReport(
        kind="Organisationen", header_row=header.excel_row, mapping=dict(header.mapping), dry_run=dry_run
    )
    if "name" not in header.mapping.values():
        report.errors.append(
            RowIssue(header.excel_row, "Name", "Es fehlt eine Spalte »Name«; bitte die Zuordnung prüfen.")
        )
        return report
    report.hidden_rows = data.hidden_rows
    report.errors.extend(cell_issues(data, header, LABELS))
    rows = list(data_rows(data, header))
    step(0, len(rows), "Zeilen prüfen …")
    candidates = []
    for excel_row, values in rows:
        candidate = _parse(excel_row, values, report)
        if candidate is not None:
            candidates.append(candidate)
    with db.session() if dry_run else db.writing() as session:
        _match(session, candidates, report)
        report.rows.sort(key=lambda outcome: outcome.row)
        if dry_run or report.errors:
            return report
        _write(session, candidates, source, step)
        report.written = True
    step(len(rows), len(rows), "Fertig")
    return report


def _date(value: Any, label: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = clean_text(value) or ""
    if re.fullmatch(r"\d{4}", text):
        if not MIN_YEAR <= int(text) <= MAX_YEAR:
            raise ValidationError(f"Das Jahr {text} ist nicht plausibel.", label)
        return dt.date(int(text), 1, 1)
    for pattern in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y", "%m/%Y", "%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationError(f"»{shorten(text)}« ist kein Datum (erwartet z. B. 01.01.2024 oder 2024).", label)


def _money(value: Any, label: str) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        text = str(value)
    else:
        text = (clean_text(value) or "").replace("€", "").replace("EUR", "").strip()
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
    try:
        amount = Decimal(text).quantize(Decimal("0.01"))  # a huge number cannot be quantized
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():  # "NaN", "inf" and the like
        raise ValidationError(f"»{shorten(value)}« ist kein Geldbetrag.", label)
    return amount


def _parse(excel_row: int, values: dict[str, Any], report: ImportReport) -> _Candidate | None:
    raw = {
        name: value if name in ("member_since", "annual_fee") else clean_text(value) for name, value in values.items()
    }
    shown = {LABELS[n]: clean_text(raw.get(n)) for n in ("name", "kind", "ags", "city") if raw.get(n)}
    try:
        name = raw.get("name")
        if not name:
            raise ValidationError("»Name« darf nicht leer sein.", "Name")
        ags = raw.get("ags")
        official = municipalities.by_ags(ags.replace(" ", "")) if ags else None
        kind = raw.get("kind")
        if kind:
            kind_map = {fold(k): k for k in vocab.ORGANISATION_KINDS}
            kind_map.update(
                {
                    "stadt": "Kommune",
                    "gemeinde": "Kommune",
                    "kreisfreie stadt": "Kommune",
                    "ministerium": "Land/Ministerium",
                    "land": "Land/Ministerium",
                    "wissenschaft": "Wissenschaft/Beratung",
                    "beratung": "Wissenschaft/Beratung",
                    "hochschule": "Wissenschaft/Beratung",
                    "wohnungsunternehmen": "Wohnungswirtschaft",
                    "verein": "Träger",
                    "freier trager": "Träger",
                    "sonstiges": "Sonstige",
                }
            )
            kind = kind_map.get(fold(kind))
            if kind is None:
                raise ValidationError(
                    f"»{shorten(raw['kind'])}« ist keine bekannte Art; erlaubt: {', '.join(vocab.ORGANISATION_KINDS)}.",
                    "Art",
                )
        else:
            kind = "Kommune" if official else guess_kind(name)
        texts: dict[str, Any] = {
            n: raw.get(n) for n in ("ags", "street", "postcode", "city", "phone", "email", "website", "notes")
        }
        data = OrganisationData(name=name, kind=kind, **texts)
        if kind == "Kommune":
            found = official or municipalities.by_name(name)
            if found is not None:
                if fold(data.name) == fold(found.name):
                    data.name = found.official_name  # "Herne" → "Stadt Herne", as the office writes it
                data.ags = data.ags or found.ags
                data.postcode = data.postcode or found.postcode
                data.city = data.city or found.name
        data = validate_organisation(data)
        membership = None
        kind_text = raw.get("membership")
        since = _date(raw.get("member_since"), "Mitglied seit")
        fee = _money(raw.get("annual_fee"), "Jahresbeitrag")
        if kind_text or since:
            if kind_text and fold(kind_text) in _YES:
                kind_text = "Mitglied"
            if kind_text and fold(kind_text) in ("nein", "no", "-", "0"):
                kind_text = None
            if kind_text or since:
                member_type = {fold(t): t for t in vocab.MEMBERSHIP_TYPES}.get(fold(kind_text or "Mitglied"))
                if member_type is None:
                    raise ValidationError(
                        f"»{shorten(kind_text)}« ist keine Mitgliedschaft; erlaubt: "
                        f"{', '.join(vocab.MEMBERSHIP_TYPES)}.",
                        "Mitgliedschaft",
                    )
                if since is None:
                    raise ValidationError("Zur Mitgliedschaft fehlt »Mitglied seit«.", "Mitglied seit")
                try:
                    checked = validate_membership(MembershipData(member_type, since, annual_fee=fee))
                except ValidationError as exc:  # the rules of the form: no negative or absurd fee
                    raise ValidationError(str(exc), "Jahresbeitrag") from None
                membership = (checked.type, since, checked.annual_fee)
    except ValidationError as exc:
        report.errors.append(RowIssue(excel_row, exc.field, str(exc)))
        report.rows.append(RowOutcome(excel_row, ERROR, shown, f"{exc.field}: {exc}" if exc.field else str(exc)))
        return None
    given = {n for n, v in raw.items() if v not in (None, "") and n in SCALAR_FIELDS}
    try:
        billing = _billing(raw)
    except ValidationError as exc:
        report.errors.append(RowIssue(excel_row, exc.field, str(exc)))
        report.rows.append(RowOutcome(excel_row, ERROR, shown, str(exc)))
        return None
    return _Candidate(excel_row, data, membership, billing=billing, given=given)


def _billing(raw: dict) -> dict:
    from ..members.billing import normalise_channel, normalise_email, normalise_leitweg_id

    billing = {}
    if raw.get("leitweg_id"):
        billing["leitweg_id"] = normalise_leitweg_id(raw["leitweg_id"])
    if raw.get("invoice_channel"):
        billing["channel"] = normalise_channel(raw["invoice_channel"])
    if raw.get("invoice_email"):
        billing["invoice_email"] = normalise_email(raw["invoice_email"])
    return billing


def _write_billing(session, organisation_id: int, given: dict) -> None:
    from ..core.entities import OrganisationBilling
    from ..members.billing import OrganisationBillingData, store_organisation_billing

    row = session.get(OrganisationBilling, organisation_id)
    data = (
        OrganisationBillingData(**{name: getattr(row, name) for name in OrganisationBillingData.__dataclass_fields__})
        if row is not None
        else OrganisationBillingData()
    )
    for name, value in given.items():
        setattr(data, name, value)
    store_organisation_billing(session, organisation_id, data.checked())


def _match(session, candidates: list[_Candidate], report: ImportReport) -> None:
    existing = {org.id: org for org in session.scalars(select(Organisation))}
    by_ags = {org.ags: org for org in existing.values() if org.ags}
    memberships: dict[int, list[Membership]] = {}
    for m in session.scalars(select(Membership)):
        memberships.setdefault(m.organisation_id, []).append(m)
    matcher = OrganisationMatcher(session)
    seen: dict[str, int] = {}
    for candidate in candidates:
        data = candidate.data
        shown = {
            LABELS["name"]: data.name,
            LABELS["kind"]: data.kind,
            LABELS["ags"]: data.ags,
            LABELS["city"]: data.city,
        }
        shown = {k: v for k, v in shown.items() if v}
        key = data.ags or fold(data.name)
        if key in seen:
            message = f"»{data.name}« steht schon in Zeile {seen[key]}."
            report.errors.append(RowIssue(candidate.row, "Name", message))
            report.rows.append(RowOutcome(candidate.row, ERROR, shown, message))
            candidate.status = ERROR
            continue
        seen[key] = candidate.row
        org = by_ags.get(data.ags) if data.ags else None
        if org is None:
            found = matcher.find(data.name)
            org = existing.get(found) if found is not None else None
            if org is not None and data.ags and org.ags and org.ags != data.ags:
                org = None
        if org is None:
            if data.ags and data.ags in by_ags:
                message = f"Der Gemeindeschlüssel {data.ags} gehört schon zu »{by_ags[data.ags].name}«."
                report.errors.append(RowIssue(candidate.row, "AGS", message))
                report.rows.append(RowOutcome(candidate.row, ERROR, shown, message))
                candidate.status = ERROR
                continue
            candidate.status = NEW
            note = ""
        else:
            candidate.organisation_id = org.id
            for name in SCALAR_FIELDS:
                new = getattr(data, name)
                if name == "name":
                    continue  # "Gelsenkirchen" in a list does not rename "Stadt Gelsenkirchen"
                if name not in candidate.given:
                    continue
                if new not in (None, "") and getattr(org, name) != new:
                    candidate.changes[FIELD_LABELS[name]] = [getattr(org, name), new]
            if candidate.membership and not _has_membership(memberships.get(org.id, []), candidate.membership):
                kind, since, _fee = candidate.membership
                candidate.changes["Mitgliedschaft"] = [None, f"{kind} seit {since:%d.%m.%Y}"]
            candidate.status = UPDATE if candidate.changes else UNCHANGED
            note = f"bekannt als »{org.name}«; " + (
                ("geändert: " + ", ".join(candidate.changes)) if candidate.changes else "keine Änderungen"
            )
        report.rows.append(RowOutcome(candidate.row, candidate.status, shown, note))


def _has_membership(existing: list[Membership], wanted: tuple[str, dt.date, Decimal | None]) -> bool:
    kind, since, _fee = wanted
    return any(
        m.type == kind and (m.since == since or (m.since <= since and (m.until is None or m.until >= since)))
        for m in existing
    )


def _write(session, candidates: list[_Candidate], source: str, step: Progress) -> None:
    total = len(candidates)
    step(0, total, "Organisationen speichern …")
    for number, candidate in enumerate(candidates, start=1):
        if number % 500 == 0:
            step(number, total, "Organisationen speichern …")
        data = candidate.data
        if candidate.status == NEW:
            org = Organisation(**{name: getattr(data, name) for name in SCALAR_FIELDS})
            org.search_key = organisation_search_key(data.name, data.city)
            session.add(org)
            session.flush()
            candidate.organisation_id = org.id
            audit.record(
                session,
                "organisation",
                org.id,
                "importiert",
                f"Organisation »{org.name}« aus {source or 'Excel'} (Zeile {candidate.row}) importiert",
            )
        elif candidate.status == UPDATE:
            org = session.get(Organisation, candidate.organisation_id)
            for name in SCALAR_FIELDS:
                new = getattr(data, name)
                if FIELD_LABELS[name] in candidate.changes:
                    setattr(org, name, new)
            org.search_key = organisation_search_key(org.name, org.city)
            org.updated_at = dt.datetime.now().replace(microsecond=0)
            flag_modified(org, "updated_at")  # an UPDATE, so the version goes up
            audit.record(
                session,
                "organisation",
                org.id,
                "per Import aktualisiert",
                f"aus {source or 'Excel'} (Zeile {candidate.row}) aktualisiert",
                candidate.changes,
            )
        elif not candidate.billing:
            continue
        if candidate.billing:
            assert candidate.organisation_id is not None  # written above or known
            try:
                _write_billing(session, candidate.organisation_id, candidate.billing)
            except ValidationError as exc:  # e.g. XRechnung without a Leitweg-ID
                raise ValidationError(f"Zeile {candidate.row}: {exc}", exc.field, candidate.row) from None
        if candidate.membership and (candidate.status == NEW or "Mitgliedschaft" in candidate.changes):
            kind, since, fee = candidate.membership
            session.add(Membership(organisation_id=candidate.organisation_id, type=kind, since=since, annual_fee=fee))
    session.flush()
    audit.record(
        session,
        "import",
        None,
        "Organisationsimport",
        f"Organisationsimport {source}: {sum(c.status == NEW for c in candidates)} neu, "
        f"{sum(c.status == UPDATE for c in candidates)} aktualisiert",
    )
