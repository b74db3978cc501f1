"""Netzwerkstatt: start the GUI, or run a headless subcommand for IT and scripts.

Only argparse is imported at module level: the GUI start must not pay for reportlab,
openpyxl or Alembic, and each subcommand imports what it needs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import NoReturn

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_PROBLEMS_FOUND = 3


# argparse's own texts, in German (argparse looks them up through its module's ``_``).
ARGPARSE_GERMAN = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "show program's version number and exit": "Programmversion zeigen und beenden",
    "argument %(argument_name)s: %(message)s": "Argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "unbekannte Argumente: %s",
    "the following arguments are required: %s": "diese Angaben fehlen: %s",
    "one of the arguments %s is required": "eine dieser Angaben ist nötig: %s",
    "not allowed with argument %s": "nicht zusammen mit %s erlaubt",
    "ignored explicit argument %r": "Wert %r wird hier nicht erwartet",
    "expected one argument": "erwartet einen Wert",
    "expected at most one argument": "erwartet höchstens einen Wert",
    "expected at least one argument": "erwartet mindestens einen Wert",
    "expected %s argument": "erwartet %s Wert",
    "expected %s arguments": "erwartet %s Werte",
    "ambiguous option: %(option)s could match %(matches)s": "mehrdeutige Option %(option)s: %(matches)s",
    "unexpected option string: %s": "unerwartete Option: %s",
    "invalid %(type)s value: %(value)r": "ungültiger Wert %(value)r (erwartet: %(type)s)",
    "invalid choice: %(value)r (choose from %(choices)s)": "ungültige Wahl %(value)r (möglich: %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "unbekannter Befehl %(parser_name)r (möglich: %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "can't open '%(filename)s': %(error)s": "»%(filename)s« lässt sich nicht öffnen: %(error)s",
}


def _german(message: str) -> str:
    return ARGPARSE_GERMAN.get(message, message)


def _german_plural(singular: str, plural: str, count: int) -> str:
    return _german(singular if count == 1 else plural)


# argparse's module-level gettext hooks are not in its type stubs.
argparse._ = _german  # type: ignore[attr-defined]
argparse.ngettext = _german_plural  # type: ignore[attr-defined]


class GermanArgumentParser(argparse.ArgumentParser):
    """Exits with a one-line message instead of a usage dump for wrong arguments."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: Fehler: {message}\n(Hilfe: {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    from model.core.paths import app_version

    parser = GermanArgumentParser(
        prog="netzwerkstatt",
        description="Netzwerkstatt – Programm der Geschäftsstelle. Ohne Unterbefehl startet das Fenster.",
    )
    parser.add_argument(
        "--db",
        metavar="PFAD_ODER_URL",
        help="SQLite-Datei oder SQLAlchemy-URL (z. B. postgresql+psycopg://…); "
        "Standard: die Datenbank im Benutzerdatenordner",
    )
    parser.add_argument(
        "--create",
        action="store_true",
        help="eine noch nicht vorhandene Datenbankdatei neu anlegen (sonst: Fehler bei einem Tippfehler im Pfad)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="Datenbank öffnen, Hauptfenster mit dem letzten Bereich zeigen, Zeiten ausgeben, beenden (Test)",
    )
    parser.add_argument("--version", action="version", version=f"Netzwerkstatt {app_version()}")
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=GermanArgumentParser)

    demo = commands.add_parser("demo", help="eine leere Datenbank mit Demodaten füllen")
    demo.add_argument("--size", choices=("small", "large"), default="small", help="Umfang (Standard: small)")
    demo.set_defaults(handler=cmd_demo)

    listing = commands.add_parser("list", help="Organisationen, Personen, Veranstaltungen oder Anmeldungen auflisten")
    listing.add_argument(
        "what",
        choices=("organisations", "persons", "events", "registrations", "invoices"),
        metavar="{organisations,persons,events,registrations,invoices}",
    )  # named so in German messages too
    listing.add_argument("--event", type=int, metavar="ID", help="nur Anmeldungen dieser Veranstaltung")
    listing.add_argument(
        "--search", metavar="TEXT", help="nur Einträge, die TEXT enthalten (wie das Suchfeld der Liste)"
    )
    listing.add_argument("--json", action="store_true", help="als JSON ausgeben")
    listing.add_argument("--pdf", metavar="DATEI.pdf", help="als gedruckte Liste (PDF) schreiben")
    listing.set_defaults(handler=cmd_list)

    backup = commands.add_parser("backup", help="Sicherungskopie der Datenbank schreiben")
    backup.add_argument("--out", required=True, metavar="DATEI", help="Zieldatei der Sicherung")
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser(
        "restore", help="Datenbank aus einer Sicherung wiederherstellen (vorher wird der jetzige Stand gesichert)"
    )
    restore.add_argument("file", metavar="DATEI", help="Sicherungsdatei")
    restore.set_defaults(handler=cmd_restore)

    importing = commands.add_parser(
        "import",
        help="Personen, Organisationen, Anwesenheit, Anmeldungen aus Online-Formularen "
        "oder Teams-/Zoom-/Webex-Teilnahmeberichte einlesen",
    )
    importing.add_argument("kind", choices=tuple(IMPORTERS), metavar="{" + ",".join(IMPORTERS) + "}")
    importing.add_argument("file", metavar="DATEI", help=".xlsx; für registrations und online-attendance auch .csv")
    importing.add_argument(
        "--event", type=int, metavar="ID", help="Veranstaltung (für attendance, registrations, online-attendance)"
    )
    importing.add_argument("--dry-run", action="store_true", help="nur prüfen und berichten, nichts schreiben")
    importing.add_argument("--create-missing", action="store_true", help="unbekannte Personen anlegen (für attendance)")
    importing.add_argument(
        "--accept-name-matches",
        action="store_true",
        help="Zeilen übernehmen, die nur dem Namen nach passen (für attendance)",
    )
    importing.set_defaults(handler=cmd_import)

    export = commands.add_parser("export", help="Listen als Excel-Datei schreiben")
    export.add_argument("kind", choices=tuple(EXPORTERS), metavar="{" + ",".join(EXPORTERS) + "}")
    export.add_argument("file", metavar="DATEI.xlsx")
    export.add_argument("--event", type=int, metavar="ID", help="Veranstaltung (für participants)")
    export.set_defaults(handler=cmd_export)

    certificates = commands.add_parser("certificates", help="Teilnahmebescheinigungen einer Veranstaltung als PDF")
    certificates.add_argument("--event", type=int, required=True, metavar="ID")
    certificates.add_argument("--out", required=True, metavar="ORDNER", help="Zielordner")
    certificates.add_argument(
        "--merged", action="store_true", help="zusätzlich alle Bescheinigungen in einer PDF-Datei zum Drucken"
    )
    certificates.add_argument(
        "--ohne-punkte",
        dest="without_points",
        action="store_true",
        help="Teilnahmebestätigungen ohne Punkte, wenn keine Anerkennung vorliegt",
    )
    certificates.set_defaults(handler=cmd_certificates)

    statement = commands.add_parser("credit-statement", help="Fortbildungsnachweis einer Person für ein Jahr")
    statement.add_argument("--person", type=int, required=True, metavar="ID")
    statement.add_argument("--year", type=int, required=True, metavar="JJJJ")
    statement.add_argument("--out", required=True, metavar="DATEI.pdf")
    statement.set_defaults(handler=cmd_credit_statement)

    statements = commands.add_parser("statements", help="Fortbildungsnachweise eines Jahres für alle auf einmal")
    statements.add_argument("--year", type=int, required=True, metavar="JJJJ")
    statements.add_argument("--out", required=True, metavar="ORDNER", help="Zielordner")
    statements.add_argument("--merged", action="store_true", help="zusätzlich alle Nachweise in einer PDF-Datei")
    statements.add_argument(
        "--drafts",
        action="store_true",
        help="zusätzlich je Person mit E-Mail-Adresse ein E-Mail-Entwurf (.eml) mit dem Nachweis",
    )
    statements.set_defaults(handler=cmd_statements)

    external = commands.add_parser("external-training", help="gemeldete Fortbildung eines anderen Anbieters erfassen")
    external.add_argument("--person", type=int, required=True, metavar="ID")
    external.add_argument("--provider", required=True, metavar="ANBIETER")
    external.add_argument("--title", required=True, metavar="TITEL")
    external.add_argument("--date", required=True, metavar="TT.MM.JJJJ")
    external.add_argument("--points", required=True, metavar="PUNKTE")
    external.add_argument("--proof-seen", action="store_true", help="Nachweis hat vorgelegen")
    external.set_defaults(handler=cmd_external_training)

    verify = commands.add_parser("verify", help="Prüfcode einer Bescheinigung im Register nachsehen")
    verify.add_argument("code", metavar="PRÜFCODE", help="z. B. K7QX-3M9P-2HDA")
    verify.set_defaults(handler=cmd_verify)

    pack = commands.add_parser(
        "meeting-pack",
        help="Sitzungsunterlagen einer Veranstaltung als PDF (bei Exkursionen die Reiseunterlagen)",
    )
    pack.add_argument("--event", type=int, required=True, metavar="ID")
    pack.add_argument("--out", required=True, metavar="DATEI.pdf")
    pack.add_argument(
        "--sections",
        metavar="TEILE",
        help="durch Komma getrennt: einladung, tagesordnung, teilnehmende, unterschriften, "
        "namensschilder, tischaufsteller (Standard: alle außer tischaufsteller); bei Exkursionen "
        "reiseunterlagen, unterschriften, namensschilder, tischaufsteller (Standard: reiseunterlagen)",
    )
    pack.add_argument(
        "--sort",
        choices=("organisation", "name"),
        default="organisation",
        help="Reihenfolge der Listen und Namensschilder (Standard: organisation)",
    )
    pack.add_argument(
        "--blank-rows",
        type=int,
        default=10,
        metavar="N",
        help="freie Zeilen am Ende der Unterschriftenliste (Standard: 10)",
    )
    pack.add_argument(
        "--badge-stock",
        choices=("L4785", "LP800", "C32011", "A4"),
        help="Etikettenprodukt der Namensschilder (Standard: aus den Einstellungen)",
    )
    pack.set_defaults(handler=cmd_meeting_pack)

    annual = commands.add_parser("annual-report", help="Jahresbericht mit Zahlen, Tabellen und Diagrammen als PDF")
    annual.add_argument("--year", type=int, required=True, metavar="JJJJ")
    annual.add_argument("--out", required=True, metavar="DATEI.pdf")
    annual.set_defaults(handler=cmd_annual_report)

    # --- mail round trip: server settings, invitations, calendar files -----------------
    mail_settings = commands.add_parser(
        "mail-settings",
        help="Mailserver für den Versand einstellen "
        "(Passwort: Anmeldeinformationsspeicher oder NETZWERKSTATT_SMTP_PASSWORD)",
    )
    mail_settings.add_argument("--host", required=True, metavar="SERVER")
    mail_settings.add_argument("--port", type=int, metavar="PORT", help="Standard: 587 (starttls), 465 (ssl), 25")
    mail_settings.add_argument("--security", choices=("none", "starttls", "ssl"), help="Verschlüsselung")
    mail_settings.add_argument("--user", metavar="BENUTZER")
    mail_settings.add_argument("--from", dest="sender", metavar="ADRESSE", help="Absenderadresse")
    mail_settings.add_argument(
        "--ask-password", action="store_true", help="Passwort abfragen und im Anmeldeinformationsspeicher ablegen"
    )
    mail_settings.set_defaults(handler=cmd_mail_settings)

    invite = commands.add_parser("invite", help="persönliche Einladungen mit Tagesordnung und Kalendereintrag")
    invite.add_argument("--event", type=int, required=True, metavar="ID")
    recipients = invite.add_mutually_exclusive_group(required=True)
    recipients.add_argument("--list", metavar="NAME", help="Verteiler")
    recipients.add_argument("--members", action="store_true", help="alle Kontakte der Mitgliedskommunen")
    recipients.add_argument("--group", type=int, metavar="ID", help="Arbeitsgruppe")
    way = invite.add_mutually_exclusive_group(required=True)
    way.add_argument("--send", action="store_true", help="über den Mailserver senden")
    way.add_argument("--out", metavar="ORDNER", help="Outlook-Entwürfe (.eml) in diesen Ordner schreiben")
    invite.add_argument("--dry-run", action="store_true", help="nur zählen, nichts senden oder schreiben")
    invite.add_argument("--pause", type=float, metavar="SEKUNDEN", help="Pause zwischen zwei Nachrichten")
    invite.add_argument(
        "--release-unclear",
        action="store_true",
        help="beim Abbruch unklar gebliebene Nachrichten erneut senden (vorher »Gesendete Elemente« prüfen)",
    )
    invite.set_defaults(handler=cmd_invite)

    ics = commands.add_parser("ics", help="Kalenderdatei (.ics) einer Veranstaltung, einer Reihe oder aller kommenden")
    which = ics.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", type=int, metavar="ID")
    which.add_argument("--group", type=int, metavar="ID", help="alle Sitzungen einer Arbeitsgruppe/Werkstattreihe")
    which.add_argument("--upcoming", action="store_true", help="alle kommenden Veranstaltungen")
    ics.add_argument("--out", required=True, metavar="DATEI.ics")
    ics.set_defaults(handler=cmd_ics)

    # --- printed documents: member directory, letters, address labels ---
    directory = commands.add_parser("member-directory", help="Mitgliederverzeichnis als PDF")
    directory.add_argument("--out", required=True, metavar="DATEI.pdf")
    directory.add_argument("--date", metavar="JJJJ-MM-TT", help="Stichtag (Standard: heute)")
    directory.set_defaults(handler=cmd_member_directory)

    letters = commands.add_parser("letters", help="persönliche Einladungsbriefe (DIN 5008) zu einer Veranstaltung")
    letters.add_argument("--event", type=int, required=True, metavar="ID")
    _add_recipient_options(letters, groups=True)
    letters.add_argument("--out", required=True, metavar="DATEI.pdf", help="eine PDF-Datei mit allen Briefen")
    letters.set_defaults(handler=cmd_letters)

    labels = commands.add_parser("labels", help="Adressetiketten für einen Verteiler oder alle Mitglieder")
    _add_recipient_options(labels, groups=False)
    labels.add_argument(
        "--stock",
        choices=("3475", "3422"),
        required=True,
        help="Avery Zweckform 3475 (70 × 36 mm) oder 3422 (70 × 35 mm), je 3 × 8",
    )
    labels.add_argument("--out", required=True, metavar="DATEI.pdf")
    labels.set_defaults(handler=cmd_labels)

    check = commands.add_parser("check", help="Integrität, Fremdschlüssel und Schemastand prüfen")
    check.set_defaults(handler=cmd_check)

    _add_invoice_parsers(commands)
    return parser


def _add_invoice_parsers(commands) -> None:
    run = commands.add_parser(
        "invoices", help="Beitragsrechnungen eines Jahres oder Reisekostenrechnungen einer Exkursion"
    )
    target = run.add_mutually_exclusive_group(required=True)
    target.add_argument("--year", type=int, metavar="JJJJ", help="Mitgliedsbeiträge dieses Jahres berechnen")
    target.add_argument("--trip", type=int, metavar="ID", help="Reisekosten dieser Exkursion berechnen")
    run.add_argument("--out", metavar="ORDNER", help="Zielordner für PDF und XRechnung (nötig ohne --dry-run)")
    run.add_argument(
        "--dry-run", action="store_true", help="nur die Beiträge zeigen, nichts berechnen (nur mit --year)"
    )
    run.add_argument("--date", metavar="TT.MM.JJJJ", help="Rechnungsdatum (Standard: heute)")
    run.set_defaults(handler=cmd_invoices)

    single = commands.add_parser("invoice", help="Zahlung buchen, mahnen, stornieren oder nachdrucken")
    single.add_argument(
        "action",
        choices=("pay", "remind", "cancel", "reprint"),
        help="pay: Zahlung buchen; remind: nächste Mahnung; cancel: Gutschrift; reprint: erneut drucken",
    )
    single.add_argument("number", metavar="RECHNUNGSNUMMER")
    single.add_argument("--amount", metavar="BETRAG", help="gezahlter Betrag (für pay), z. B. 1500,00")
    single.add_argument("--date", metavar="TT.MM.JJJJ", help="Zahlungs-, Mahn- oder Gutschriftsdatum (Standard: heute)")
    single.add_argument("--reason", metavar="TEXT", help="Grund der Stornierung (für cancel)")
    single.add_argument("--out", metavar="ORDNER", help="Zielordner (für remind, cancel, reprint)")
    single.set_defaults(handler=cmd_invoice)


# --- subcommands ---------------------------------------------------------------------

# kind -> (module, function); imported only when used. Importers take
# (db, path, *, event_id, dry_run, create_missing) and return a model.importing.outcome.ImportReport;
# exporters take (db, path, *, event_id) and return the number of rows written.
IMPORTERS = {
    "persons": ("model.importing.person_import", "import_persons"),
    "organisations": ("model.importing.organisation_import", "import_organisations"),
    "attendance": ("model.importing.attendance_import", "import_attendance"),
    "registrations": ("model.importing.form_registrations", "import_registrations"),
    "online-attendance": ("model.importing.online_attendance", "import_online_attendance"),
}
EXPORTERS = {
    "persons": ("reports.member_lists", "export_persons"),
    "organisations": ("reports.member_lists", "export_organisations"),
    "events": ("reports.event_lists", "export_events"),
    "participants": ("reports.event_lists", "export_participants"),
}
NEEDS_EVENT = {"attendance", "participants", "registrations", "online-attendance"}


def _function(table: dict, kind: str):
    import importlib

    module_name, function_name = table[kind]
    return getattr(importlib.import_module(module_name), function_name)


def _check_event_option(args) -> None:
    if args.kind in NEEDS_EVENT and args.event is None:
        raise _user_error(f"»{args.kind}« braucht --event ID.")
    if args.kind not in NEEDS_EVENT and args.event is not None:
        raise _user_error(f"--event gilt nicht für »{args.kind}«.")


def cmd_import(args) -> int:
    from pathlib import Path

    _check_event_option(args)
    if args.accept_name_matches and args.kind != "attendance":
        raise _user_error("--accept-name-matches gilt nur für »import attendance«.")
    importer = _function(IMPORTERS, args.kind)
    db = _open(args)
    # Persons and organisations come in thousands of rows; the other lists are short.
    options = {"progress": _progress_printer()} if args.kind in ("persons", "organisations") else {}
    try:
        extra = {"accept_name_matches": True} if args.accept_name_matches else {}
        report = importer(
            db,
            Path(args.file),
            event_id=args.event,
            dry_run=args.dry_run,
            create_missing=args.create_missing,
            **options,
            **extra,
        )
    finally:
        db.dispose()
    print(report.summary())
    return EXIT_OK


def cmd_export(args) -> int:
    from pathlib import Path

    _check_event_option(args)
    from model.core.safe_files import check_output_file

    exporter = _function(EXPORTERS, args.kind)
    target = check_output_file(Path(args.file))
    db = _open(args)
    try:
        count = exporter(db, target, event_id=args.event)
    finally:
        db.dispose()
    print(f"{count} Zeilen nach {args.file} geschrieben.")
    return EXIT_OK


# Commands that may bring a database into being without --create.
CREATING_COMMANDS = {"demo"}
# Commands that only read: they work on a database that cannot be written (read-only medium).
READING_COMMANDS = {"list", "export", "backup", "check"}


def _open(args):
    from model.core.db import open_database

    create = args.create or args.db is None or args.command in CREATING_COMMANDS
    return open_database(args.db, create=create, read_only_ok=args.command in READING_COMMANDS)


def cmd_demo(args) -> int:
    from model.demo.build import fill_demo

    db = _open(args)
    try:
        counts = fill_demo(db, args.size, progress=lambda text: print(text, file=sys.stderr))
    finally:
        db.dispose()
    print(", ".join(f"{name}: {count}" for name, count in counts.items()))
    return EXIT_OK


def cmd_list(args) -> int:
    from model.reporting import listing

    if args.event is not None and args.what != "registrations":
        raise _user_error("--event gilt nur für »list registrations«.")
    db = _open(args)
    try:
        if args.what == "invoices":
            from model.invoicing.invoices import invoices

            rows = [row.as_json() for row in invoices(db)]
        elif args.what == "registrations":
            rows = listing.registrations(db, args.event)
        else:
            rows = getattr(listing, args.what)(db)
        if args.search:
            rows = listing.matching(rows, args.search)
        if args.pdf:
            return _list_pdf(args, db, rows)
    finally:
        db.dispose()
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_table(rows)
    return EXIT_OK


def _list_pdf(args, db, rows: list[dict]) -> int:
    from pathlib import Path

    from model.core.safe_files import write_atomically
    from model.settings.office import load_profile
    from reports.listing_pdf import listing_pdf
    from reports.pdf import Letterhead

    filters = " · ".join(
        part
        for part in (
            f"Veranstaltung {args.event}" if args.event is not None else "",
            f"Suche »{args.search}«" if args.search else "",
        )
        if part
    )
    pdf = listing_pdf(args.what, rows, Letterhead.from_profile(load_profile(db)), filters)
    target = write_atomically(Path(args.pdf), pdf)
    print(f"{len(rows)} Einträge nach {target} geschrieben.")
    return EXIT_OK


def cmd_backup(args) -> int:
    from pathlib import Path

    from model.core.backup import backup_checked
    from model.core.safe_files import check_output_file

    out = check_output_file(Path(args.out))
    db = _open(args)
    try:
        if db.path is None:
            raise _user_error("Sicherungen über dieses Programm gibt es nur für SQLite-Datenbanken.")
        target = backup_checked(db.path, out)
    finally:
        db.dispose()
    print(f"Sicherung geschrieben: {target}")
    return EXIT_OK


def cmd_restore(args) -> int:
    from pathlib import Path

    from model.core.db import open_database, refuse_foreign_file, resolve_target
    from model.core.restore import restore_database

    _url, db_path = resolve_target(args.db)
    if db_path is None:
        raise _user_error("Wiederherstellen über dieses Programm gibt es nur für SQLite-Datenbanken.")
    if db_path.exists():
        refuse_foreign_file(db_path)  # a foreign file is never replaced; a newer or damaged one of ours may be
    safety = restore_database(db_path, Path(args.file))
    open_database(db_path).dispose()  # brings an older backup up to the current schema
    print(f"Wiederhergestellt aus {args.file}.")
    if safety:
        print(f"Der vorherige Stand wurde gesichert: {safety}")
    return EXIT_OK


def cmd_certificates(args) -> int:
    from pathlib import Path

    from model.core.safe_files import check_output_folder
    from reports.certificate_batch import produce_certificates

    folder = check_output_folder(Path(args.out))
    db = _open(args)
    try:
        result = produce_certificates(db, args.event, folder, merged=args.merged, without_points=args.without_points)
    finally:
        db.dispose()
    reprinted = len(result.issued) - result.new_count
    print(
        f"{len(result.files)} Bescheinigungen in {folder} ({result.new_count} neu ausgestellt, {reprinted} nachgedruckt)."
    )
    return EXIT_OK


def cmd_credit_statement(args) -> int:
    from pathlib import Path

    from model.core.safe_files import check_output_file, write_atomically
    from model.training.certificates import asset_bytes, check_statement_year, issue_credit_statement
    from reports.credit_statement import credit_statement_pdf

    check_statement_year(args.year)
    target = check_output_file(Path(args.out))
    db = _open(args)

    def deliver(statement) -> None:  # inside the transaction: no file, no number
        pdf = credit_statement_pdf(statement.snapshot, lambda digest: asset_bytes(db, digest))
        write_atomically(target, pdf)

    try:
        statement = issue_credit_statement(db, args.person, args.year, deliver=deliver)
    finally:
        db.dispose()
    print(f"Fortbildungsnachweis {statement.number} geschrieben: {target}")
    return EXIT_OK


def cmd_statements(args) -> int:
    from pathlib import Path

    from model.training.certificates import check_statement_year
    from reports.statement_batch import produce_statements

    check_statement_year(args.year)
    folder = Path(args.out).absolute()
    db = _open(args)
    try:
        result = produce_statements(db, args.year, folder, merged=args.merged, drafts=args.drafts)
    finally:
        db.dispose()
    reprinted = len(result.issued) - result.new_count
    print(
        f"{len(result.files)} Fortbildungsnachweise {args.year} in {folder} "
        f"({result.new_count} neu ausgestellt, {reprinted} nachgedruckt)."
    )
    if args.drafts:
        print(f"{len(result.drafts)} E-Mail-Entwürfe geschrieben.")
        for name, reason in result.without_email:
            print(f"Kein Entwurf für {name}: {reason}.")
    return EXIT_OK


def cmd_external_training(args) -> int:
    import datetime as dt
    from decimal import Decimal, InvalidOperation

    from model.training.external_training import ExternalTrainingData, record_external_training

    try:
        held_on = dt.datetime.strptime(args.date, "%d.%m.%Y").date()
    except ValueError:
        raise _user_error(f"»{args.date}« ist kein Datum (TT.MM.JJJJ).") from None
    try:
        points = Decimal(args.points.replace(",", "."))
    except InvalidOperation:
        raise _user_error(f"»{args.points}« ist keine Punktzahl.") from None
    db = _open(args)
    try:
        record_external_training(
            db, ExternalTrainingData(args.person, args.provider, args.title, held_on, points, args.proof_seen)
        )
    finally:
        db.dispose()
    print(f"Externe Fortbildung erfasst: {args.title} ({args.provider}), {args.points} Punkte.")
    return EXIT_OK


def cmd_verify(args) -> int:
    from model.training.check_codes import verify

    db = _open(args)
    try:
        print(verify(db, args.code).line())
    finally:
        db.dispose()
    return EXIT_OK


def cmd_meeting_pack(args) -> int:
    from pathlib import Path

    from model.core.safe_files import check_output_file, write_atomically
    from reports.meeting_pack import PackOptions, event_pack_pdf

    sections = None  # the defaults of the event's kind
    if args.sections:
        sections = tuple(part.strip().lower() for part in args.sections.split(",") if part.strip())
    options = PackOptions(sections=sections, sort=args.sort, blank_rows=args.blank_rows, badge_stock=args.badge_stock)
    target = check_output_file(Path(args.out))
    db = _open(args)
    try:
        pdf = event_pack_pdf(db, args.event, options)
    finally:
        db.dispose()
    write_atomically(target, pdf)
    print(f"Sitzungsunterlagen geschrieben: {target}")
    return EXIT_OK


def cmd_annual_report(args) -> int:
    from pathlib import Path

    from model.core.safe_files import check_output_file, write_atomically
    from reports.annual_report import annual_report

    target = check_output_file(Path(args.out))
    db = _open(args)
    try:
        pdf = annual_report(db, args.year)
    finally:
        db.dispose()
    write_atomically(target, pdf)
    print(f"Jahresbericht {args.year} geschrieben: {target}")
    return EXIT_OK


# --- printed documents: member directory, letters, address labels ---


def _iso_date(text: str | None, option: str):
    import datetime as dt

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _user_error(f"{option}: »{text}« ist kein Datum der Form JJJJ-MM-TT.") from None


def _office_letterhead(db):
    from model.settings.office import load_profile
    from reports.pdf import Letterhead

    return Letterhead.from_profile(load_profile(db))


def _add_recipient_options(parser, groups: bool) -> None:
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--list", metavar="NAME", help="alle Personen eines Verteilers")
    who.add_argument("--members", action="store_true", help="alle Ansprechpersonen der Mitglieder")
    if groups:
        who.add_argument("--group", type=int, metavar="ID", help="die Mitglieder einer Arbeitsgruppe")


def _recipients(args, db):
    """The chosen people with their postal address; a clear "Adresse fehlt" list otherwise."""
    from model.reporting import postal

    if args.list is not None:
        ids = postal.mailing_list_person_ids(db, args.list)
    elif getattr(args, "group", None) is not None:
        ids = postal.group_person_ids(db, args.group)
    else:
        ids = postal.member_contact_person_ids(db)
    return postal.require_addresses(postal.recipients(db, ids))


def cmd_letters(args) -> int:
    from pathlib import Path

    from model.core.safe_files import write_atomically
    from model.reporting.meeting_data import meeting_data
    from model.settings.office import load_profile
    from reports.invitation_letters import invitation_letters_pdf
    from reports.letter import Sender

    db = _open(args)
    try:
        pack = meeting_data(db, args.event)
        people = _recipients(args, db)
        pdf = invitation_letters_pdf(pack, people, Sender.from_profile(load_profile(db)))
    finally:
        db.dispose()
    target = write_atomically(Path(args.out), pdf)
    print(f"{len(people)} Einladungsbriefe geschrieben: {target}")
    return EXIT_OK


def cmd_labels(args) -> int:
    from pathlib import Path

    from model.core.safe_files import write_atomically
    from model.settings.office import load_profile
    from reports.address_labels import address_labels_pdf

    db = _open(args)
    try:
        people = _recipients(args, db)
        office = load_profile(db).office_name
    finally:
        db.dispose()
    pdf = address_labels_pdf([p.address_lines() for p in people], args.stock, office)
    target = write_atomically(Path(args.out), pdf)
    print(f"{len(people)} Adressetiketten geschrieben: {target}")
    return EXIT_OK


def cmd_member_directory(args) -> int:
    from pathlib import Path

    from model.core.safe_files import write_atomically
    from model.reporting.member_directory import member_directory
    from reports.member_directory import member_directory_pdf

    on = _iso_date(args.date, "--date")
    db = _open(args)
    try:
        directory = member_directory(db, on)
        pdf = member_directory_pdf(directory, _office_letterhead(db))
    finally:
        db.dispose()
    target = write_atomically(Path(args.out), pdf)
    print(f"Mitgliederverzeichnis ({len(directory.members)} Einträge) geschrieben: {target}")
    return EXIT_OK


def cmd_check(args) -> int:
    from model.core.check import check_database, check_file, summary

    problems = check_file(args.db)  # a damaged file is examined read-only, before it is opened
    if not problems:
        db = _open(args)
        try:
            problems = check_database(db)
        finally:
            db.dispose()
    if problems:
        print(summary(problems))
        for problem in problems:
            print(problem)
        return EXIT_PROBLEMS_FOUND
    print("Datenbank in Ordnung.")
    return EXIT_OK


# --- mail round trip ------------------------------------------------------------------


def cmd_mail_settings(args) -> int:
    from model.mail.cli import update_mail_settings

    db = _open(args)
    try:
        settings = update_mail_settings(
            db, host=args.host, port=args.port, security=args.security, user=args.user, sender=args.sender
        )
    finally:
        db.dispose()
    if args.ask_password:
        import getpass

        from model.mail.settings import store_password

        store_password(settings, getpass.getpass("Passwort: "))
    print(
        f"Mailserver {settings.host}:{settings.effective_port()} ({settings.security}), "
        f"Absender {settings.sender}, Benutzer {settings.user or '–'}."
    )
    return EXIT_OK


def cmd_invite(args) -> int:
    from pathlib import Path

    from model.mail.cli import invite
    from model.mail.invitations import CHANNEL_DRAFT
    from reports.mail_attachments import agenda_attachments

    db = _open(args)
    try:
        result, channel = invite(
            db,
            event_id=args.event,
            list_name=args.list,
            members=args.members,
            group_id=args.group,
            send=args.send,
            out_dir=Path(args.out).absolute() if args.out else None,
            dry_run=args.dry_run,
            attachments=lambda: agenda_attachments(db, args.event),
            pause=args.pause,
            release_unclear=args.release_unclear,
            on_plan=_print_left_out,
        )
    finally:
        db.dispose()
    for name, reason in result.failed:
        print(f"fehlgeschlagen: {name} ({reason})")
    prefix = "Probelauf: " if args.dry_run else ""
    print(prefix + result.summary(CHANNEL_DRAFT if channel == CHANNEL_DRAFT and not args.dry_run else channel))
    return EXIT_OK if not result.failed else EXIT_USER_ERROR


def _print_left_out(plan) -> None:
    for name, reason in plan.left_out:
        print(f"ausgelassen: {name} ({reason})", flush=True)


def cmd_ics(args) -> int:
    from pathlib import Path

    from model.mail.cli import write_ics

    db = _open(args)
    try:
        count = write_ics(
            db, Path(args.out).absolute(), event_id=args.event, group_id=args.group, upcoming=args.upcoming
        )
    finally:
        db.dispose()
    print(f"Kalenderdatei mit {count} Terminen geschrieben: {args.out}")
    return EXIT_OK


def _german_date(text: str | None, option: str):
    import datetime as dt

    if not text:
        return dt.date.today()
    try:
        return dt.datetime.strptime(text.strip(), "%d.%m.%Y").date()
    except ValueError:
        raise _user_error(f"{option}: »{text}« ist kein Datum (TT.MM.JJJJ).") from None


def cmd_invoices(args) -> int:
    from pathlib import Path

    from model.invoicing import invoices

    if args.dry_run and args.trip is not None:
        raise _user_error("--dry-run gilt nur mit --year.")
    if not args.dry_run and not args.out:
        raise _user_error("Bitte mit --out ORDNER angeben, wohin die Rechnungen geschrieben werden.")
    issued_on = _german_date(args.date, "--date")
    db = _open(args)
    try:
        if args.dry_run:
            for planned in invoices.plan_fee_run(db, args.year):
                fee = planned.fee
                amount = "kein Beitrag" if not fee.amount else f"{fee.amount:.2f} EUR"
                state = (
                    f"schon berechnet: {planned.billed_as}"
                    if planned.billed_as
                    else "wird berechnet"
                    if fee.amount
                    else ""
                )
                print("\t".join((fee.organisation, fee.tier, amount, fee.note, state)).rstrip())
            return EXIT_OK
        from reports.invoice_files import write_invoice_files

        if args.year is not None:
            result = invoices.run_fee_invoices(db, args.year, issued_on=issued_on)
        else:
            result = invoices.run_trip_invoices(db, args.trip, issued_on=issued_on)
        folder = Path(args.out).absolute()
        write_invoice_files(folder, result.issued)
    finally:
        db.dispose()
    print(
        f"{len(result.issued)} Rechnungen in {folder} geschrieben"
        f" ({len(result.already_billed)} schon berechnet, {len(result.skipped)} ohne Beitrag)."
    )
    return EXIT_OK


def cmd_invoice(args) -> int:
    from pathlib import Path

    from model.invoicing import invoices

    day = _german_date(args.date, "--date")
    if args.action != "pay" and not args.out:
        raise _user_error(f"»invoice {args.action}« braucht --out ORDNER.")
    if args.action == "pay" and not args.amount:
        raise _user_error("»invoice pay« braucht --amount BETRAG.")
    db = _open(args)
    try:
        invoice_id = invoices.find_invoice_id(db, args.number)
        if args.action == "pay":
            state = invoices.add_payment(db, invoice_id, day, args.amount)
            print(f"Zahlung gebucht; {args.number} ist jetzt {state}.")
            return EXIT_OK
        from reports.invoice_files import write_invoice_files, write_reminder_file

        folder = Path(args.out).absolute()
        if args.action == "remind":
            reminder = invoices.issue_reminder(db, invoice_id, issued_on=day)
            print(f"{reminder['title']} geschrieben: {write_reminder_file(folder, reminder)}")
        elif args.action == "cancel":
            credit = invoices.cancel_invoice(db, invoice_id, args.reason or "", issued_on=day)
            write_invoice_files(folder, [credit])
            print(f"Gutschrift {credit.number} zu {args.number} in {folder} geschrieben.")
        else:
            write_invoice_files(folder, [invoices.load_issued(db, invoice_id)])
            print(f"{args.number} nachgedruckt in {folder}.")
    finally:
        db.dispose()
    return EXIT_OK


# --- helpers -------------------------------------------------------------------------


def _user_error(message: str):
    from model.core.errors import UserError

    return UserError(message)


def _progress_printer(interval: float = 1.0):
    """A progress callback for long imports: one line on stderr at most every ``interval`` s."""
    import time

    last = [time.monotonic()]

    def report(done: int, total: int, text: str = "") -> None:
        now = time.monotonic()
        if now - last[0] >= interval and total:
            last[0] = now
            print(f"{text.strip(' …')} – {done} von {total} Zeilen", file=sys.stderr, flush=True)

    return report


def _print_table(rows: list[dict]) -> None:
    if not rows:
        print("(keine Einträge)")
        return
    columns = list(rows[0])
    cells = [[("" if row[c] is None else str(row[c])) for c in columns] for row in rows]
    widths = [min(40, max(len(c), *(len(r[i]) for r in cells))) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for row in cells:
        print("  ".join(value[:w].ljust(w) for value, w in zip(row, widths, strict=True)))


def _ensure_streams() -> None:
    """A windowed bundle has no console: give print() somewhere harmless to write."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - open for the whole run
        else:
            stream = getattr(sys, name)
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    _ensure_streams()
    args = build_parser().parse_args(argv)
    if args.command is None:
        from gui.app import run_gui

        return run_gui(args.db, smoke=args.smoke)

    from model.core.errors import UserError, explain

    try:
        return args.handler(args)
    except UserError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `list … | head` closed the pipe: stop quietly, as other tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes stdout at exit
        return 141
    except Exception as exc:  # known environment failures get one line
        known = explain(exc)
        if known is None:
            raise
        print(f"Fehler: {known}", file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
