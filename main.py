"""Netzwerkstatt: start the GUI, or run a headless subcommand for IT and scripts.

Only argparse is imported at module level: the GUI start must not pay for reportlab,
openpyxl or Alembic, and each subcommand imports what it needs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

VERSION = "0.1.0"

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_PROBLEMS_FOUND = 3


class GermanArgumentParser(argparse.ArgumentParser):
    """Exits with a one-line message instead of a usage dump for wrong arguments."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: Fehler: {message}\n(Hilfe: {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
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
        "--smoke", action="store_true", help="Datenbank öffnen, Hauptfenster zeigen, beenden (Test)"
    )
    parser.add_argument("--version", action="version", version=f"Netzwerkstatt {VERSION}")
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=GermanArgumentParser)

    demo = commands.add_parser("demo", help="eine leere Datenbank mit Demodaten füllen")
    demo.add_argument("--size", choices=("small", "large"), default="small", help="Umfang (Standard: small)")
    demo.set_defaults(handler=cmd_demo)

    listing = commands.add_parser("list", help="Organisationen, Personen, Veranstaltungen oder Anmeldungen auflisten")
    listing.add_argument("what", choices=("organisations", "persons", "events", "registrations"))
    listing.add_argument("--event", type=int, metavar="ID", help="nur Anmeldungen dieser Veranstaltung")
    listing.add_argument("--search", metavar="TEXT", help="nur Einträge, die TEXT enthalten (wie das Suchfeld der Liste)")
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

    importing = commands.add_parser("import", help="Personen, Organisationen oder Anwesenheit aus Excel einlesen")
    importing.add_argument("kind", choices=tuple(IMPORTERS))
    importing.add_argument("file", metavar="DATEI.xlsx")
    importing.add_argument("--event", type=int, metavar="ID", help="Veranstaltung (für attendance)")
    importing.add_argument("--dry-run", action="store_true", help="nur prüfen und berichten, nichts schreiben")
    importing.add_argument(
        "--create-missing", action="store_true", help="unbekannte Personen anlegen (für attendance)"
    )
    importing.set_defaults(handler=cmd_import)

    export = commands.add_parser("export", help="Listen als Excel-Datei schreiben")
    export.add_argument("kind", choices=tuple(EXPORTERS))
    export.add_argument("file", metavar="DATEI.xlsx")
    export.add_argument("--event", type=int, metavar="ID", help="Veranstaltung (für participants)")
    export.set_defaults(handler=cmd_export)

    certificates = commands.add_parser("certificates", help="Teilnahmebescheinigungen einer Veranstaltung als PDF")
    certificates.add_argument("--event", type=int, required=True, metavar="ID")
    certificates.add_argument("--out", required=True, metavar="ORDNER", help="Zielordner")
    certificates.add_argument("--merged", action="store_true",
                              help="zusätzlich alle Bescheinigungen in einer PDF-Datei zum Drucken")
    certificates.set_defaults(handler=cmd_certificates)

    statement = commands.add_parser("credit-statement", help="Fortbildungsnachweis einer Person für ein Jahr")
    statement.add_argument("--person", type=int, required=True, metavar="ID")
    statement.add_argument("--year", type=int, required=True, metavar="JJJJ")
    statement.add_argument("--out", required=True, metavar="DATEI.pdf")
    statement.set_defaults(handler=cmd_credit_statement)

    pack = commands.add_parser(
        "meeting-pack",
        help="Sitzungsunterlagen einer Veranstaltung als PDF (bei Exkursionen die Reiseunterlagen)",
    )
    pack.add_argument("--event", type=int, required=True, metavar="ID")
    pack.add_argument("--out", required=True, metavar="DATEI.pdf")
    pack.add_argument("--sections", metavar="TEILE",
                      help="durch Komma getrennt: einladung, tagesordnung, teilnehmende, unterschriften, "
                      "namensschilder, tischaufsteller (Standard: alle außer tischaufsteller); bei Exkursionen "
                      "reiseunterlagen, unterschriften, namensschilder, tischaufsteller (Standard: reiseunterlagen)")
    pack.add_argument("--sort", choices=("organisation", "name"), default="organisation",
                      help="Reihenfolge der Listen und Namensschilder (Standard: organisation)")
    pack.add_argument("--blank-rows", type=int, default=10, metavar="N",
                      help="freie Zeilen am Ende der Unterschriftenliste (Standard: 10)")
    pack.add_argument("--badge-stock", choices=("L4785", "LP800", "C32011", "A4"),
                      help="Etikettenprodukt der Namensschilder (Standard: aus den Einstellungen)")
    pack.set_defaults(handler=cmd_meeting_pack)

    annual = commands.add_parser("annual-report", help="Jahresbericht mit Zahlen, Tabellen und Diagrammen als PDF")
    annual.add_argument("--year", type=int, required=True, metavar="JJJJ")
    annual.add_argument("--out", required=True, metavar="DATEI.pdf")
    annual.set_defaults(handler=cmd_annual_report)

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
    labels.add_argument("--stock", choices=("3475", "3422"), required=True,
                        help="Avery Zweckform 3475 (70 × 36 mm) oder 3422 (70 × 35 mm), je 3 × 8")
    labels.add_argument("--out", required=True, metavar="DATEI.pdf")
    labels.set_defaults(handler=cmd_labels)

    check = commands.add_parser("check", help="Integrität, Fremdschlüssel und Schemastand prüfen")
    check.set_defaults(handler=cmd_check)
    return parser


# --- subcommands ---------------------------------------------------------------------

# kind -> (module, function); imported only when used. Importers take
# (db, path, *, event_id, dry_run, create_missing) and return a model.importing.ImportReport;
# exporters take (db, path, *, event_id) and return the number of rows written.
IMPORTERS = {
    "persons": ("model.person_import", "import_persons"),
    "organisations": ("model.organisation_import", "import_organisations"),
    "attendance": ("model.attendance_import", "import_attendance"),
}
EXPORTERS = {
    "persons": ("reports.member_lists", "export_persons"),
    "organisations": ("reports.member_lists", "export_organisations"),
    "events": ("reports.event_lists", "export_events"),
    "participants": ("reports.event_lists", "export_participants"),
}
NEEDS_EVENT = {"attendance", "participants"}


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
    importer = _function(IMPORTERS, args.kind)
    db = _open(args)
    try:
        report = importer(db, Path(args.file), event_id=args.event, dry_run=args.dry_run,
                          create_missing=args.create_missing)
    finally:
        db.dispose()
    print(report.summary())
    return EXIT_OK


def cmd_export(args) -> int:
    from pathlib import Path

    _check_event_option(args)
    exporter = _function(EXPORTERS, args.kind)
    db = _open(args)
    try:
        count = exporter(db, Path(args.file).absolute(), event_id=args.event)
    finally:
        db.dispose()
    print(f"{count} Zeilen nach {args.file} geschrieben.")
    return EXIT_OK


def _open(args):
    from model.db import open_database

    return open_database(args.db)


def cmd_demo(args) -> int:
    from model.demo import fill_demo

    db = _open(args)
    try:
        counts = fill_demo(db, args.size, progress=lambda text: print(text, file=sys.stderr))
    finally:
        db.dispose()
    print(", ".join(f"{name}: {count}" for name, count in counts.items()))
    return EXIT_OK


def cmd_list(args) -> int:
    from model import listing

    if args.event is not None and args.what != "registrations":
        raise _user_error("--event gilt nur für »list registrations«.")
    db = _open(args)
    try:
        if args.what == "registrations":
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

    from model.office import load_profile
    from model.output_files import write_file_atomically
    from reports.listing_pdf import listing_pdf
    from reports.pdf import Letterhead

    filters = " · ".join(part for part in (f"Veranstaltung {args.event}" if args.event is not None else "",
                                           f"Suche »{args.search}«" if args.search else "") if part)
    pdf = listing_pdf(args.what, rows, Letterhead.from_profile(load_profile(db)), filters)
    target = write_file_atomically(Path(args.pdf), pdf)
    print(f"{len(rows)} Einträge nach {target} geschrieben.")
    return EXIT_OK


def cmd_backup(args) -> int:
    from pathlib import Path

    from model.backup import copy_database

    db = _open(args)
    try:
        if db.path is None:
            raise _user_error("Sicherungen über dieses Programm gibt es nur für SQLite-Datenbanken.")
        target = copy_database(db.path, Path(args.out).absolute())
    finally:
        db.dispose()
    print(f"Sicherung geschrieben: {target}")
    return EXIT_OK


def cmd_restore(args) -> int:
    from pathlib import Path

    from model.backup import restore_database
    from model.db import open_database, resolve_target

    _url, db_path = resolve_target(args.db)
    if db_path is None:
        raise _user_error("Wiederherstellen über dieses Programm gibt es nur für SQLite-Datenbanken.")
    if db_path.exists():
        open_database(db_path).dispose()  # refuses a foreign file before anything is replaced
    safety = restore_database(db_path, Path(args.file))
    open_database(db_path).dispose()  # brings an older backup up to the current schema
    print(f"Wiederhergestellt aus {args.file}.")
    if safety:
        print(f"Der vorherige Stand wurde gesichert: {safety}")
    return EXIT_OK


def cmd_certificates(args) -> int:
    from pathlib import Path

    from reports.certificate_batch import produce_certificates

    folder = Path(args.out).absolute()
    db = _open(args)
    try:
        result = produce_certificates(db, args.event, folder, merged=args.merged)
    finally:
        db.dispose()
    reprinted = len(result.issued) - result.new_count
    print(f"{len(result.files)} Bescheinigungen in {folder} ({result.new_count} neu ausgestellt, {reprinted} nachgedruckt).")
    return EXIT_OK


def cmd_credit_statement(args) -> int:
    from pathlib import Path

    from model.certificates import asset_bytes, issue_credit_statement
    from reports.credit_statement import credit_statement_pdf

    db = _open(args)
    try:
        statement = issue_credit_statement(db, args.person, args.year)
        pdf = credit_statement_pdf(statement.snapshot, lambda digest: asset_bytes(db, digest))
    finally:
        db.dispose()
    target = Path(args.out).absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(pdf)
    print(f"Fortbildungsnachweis {statement.number} geschrieben: {target}")
    return EXIT_OK


def cmd_meeting_pack(args) -> int:
    from pathlib import Path

    from reports.meeting_pack import PackOptions, event_pack_pdf

    sections = None  # the defaults of the event's kind
    if args.sections:
        sections = tuple(part.strip().lower() for part in args.sections.split(",") if part.strip())
    options = PackOptions(sections=sections, sort=args.sort, blank_rows=args.blank_rows, badge_stock=args.badge_stock)
    db = _open(args)
    try:
        pdf = event_pack_pdf(db, args.event, options)
    finally:
        db.dispose()
    target = Path(args.out).absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(pdf)
    print(f"Sitzungsunterlagen geschrieben: {target}")
    return EXIT_OK


def cmd_annual_report(args) -> int:
    from pathlib import Path

    from reports.annual_report import annual_report

    db = _open(args)
    try:
        pdf = annual_report(db, args.year)
    finally:
        db.dispose()
    target = Path(args.out).absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(pdf)
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
    from model.office import load_profile
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
    from model import postal

    if args.list is not None:
        ids = postal.mailing_list_person_ids(db, args.list)
    elif getattr(args, "group", None) is not None:
        ids = postal.group_person_ids(db, args.group)
    else:
        ids = postal.member_contact_person_ids(db)
    return postal.require_addresses(postal.recipients(db, ids))


def cmd_letters(args) -> int:
    from pathlib import Path

    from model.meeting_data import meeting_data
    from model.office import load_profile
    from model.output_files import write_file_atomically
    from reports.invitation_letters import invitation_letters_pdf
    from reports.letter import Sender

    db = _open(args)
    try:
        pack = meeting_data(db, args.event)
        people = _recipients(args, db)
        pdf = invitation_letters_pdf(pack, people, Sender.from_profile(load_profile(db)))
    finally:
        db.dispose()
    target = write_file_atomically(Path(args.out), pdf)
    print(f"{len(people)} Einladungsbriefe geschrieben: {target}")
    return EXIT_OK


def cmd_labels(args) -> int:
    from pathlib import Path

    from model.office import load_profile
    from model.output_files import write_file_atomically
    from reports.address_labels import address_labels_pdf

    db = _open(args)
    try:
        people = _recipients(args, db)
        office = load_profile(db).office_name
    finally:
        db.dispose()
    pdf = address_labels_pdf([p.address_lines() for p in people], args.stock, office)
    target = write_file_atomically(Path(args.out), pdf)
    print(f"{len(people)} Adressetiketten geschrieben: {target}")
    return EXIT_OK


def cmd_member_directory(args) -> int:
    from pathlib import Path

    from model.member_directory import member_directory
    from model.output_files import write_file_atomically
    from reports.member_directory import member_directory_pdf

    on = _iso_date(args.date, "--date")
    db = _open(args)
    try:
        directory = member_directory(db, on)
        pdf = member_directory_pdf(directory, _office_letterhead(db))
    finally:
        db.dispose()
    target = write_file_atomically(Path(args.out), pdf)
    print(f"Mitgliederverzeichnis ({len(directory.members)} Einträge) geschrieben: {target}")
    return EXIT_OK


def cmd_check(args) -> int:
    from model.check import check_database

    db = _open(args)
    try:
        problems = check_database(db)
    finally:
        db.dispose()
    if problems:
        for problem in problems:
            print(problem)
        return EXIT_PROBLEMS_FOUND
    print("Datenbank in Ordnung.")
    return EXIT_OK


# --- helpers -------------------------------------------------------------------------


def _user_error(message: str):
    from model.errors import UserError

    return UserError(message)


def _print_table(rows: list[dict]) -> None:
    if not rows:
        print("(keine Einträge)")
        return
    columns = list(rows[0])
    cells = [[("" if row[c] is None else str(row[c])) for c in columns] for row in rows]
    widths = [min(40, max(len(c), *(len(r[i]) for r in cells))) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
    for row in cells:
        print("  ".join(value[:w].ljust(w) for value, w in zip(row, widths)))


def _ensure_streams() -> None:
    """A windowed bundle has no console: give print() somewhere harmless to write."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
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

    from model.errors import UserError, explain

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
    except Exception as exc:  # noqa: BLE001 - known environment failures get one line
        known = explain(exc)
        if known is None:
            raise
        print(f"Fehler: {known}", file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
