"""Concurrent editing: both versions side by side, saving one's own over a newer one, and two
programs saving the same person."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from events_fixtures import build_scene
from member_data import build_network

from model.core.errors import ChangedElsewhere
from model.events.agenda import AgendaEntry, load_agenda
from model.events.events import load_event, save_event
from model.excursions.excursions import load_trip, save_trip
from model.members.organisations import MembershipData, load_organisation, save_organisation
from model.members.persons import load_person, save_person
from model.services.conflicts import (
    as_text,
    compare,
    event_conflict,
    organisation_conflict,
    person_conflict,
    trip_conflict,
)

ROOT = Path(__file__).resolve().parent.parent


def _rows(conflict) -> dict[str, tuple[str, str]]:
    return {item.label: (item.mine, item.theirs) for item in conflict.differences}


def test_compare_treats_blank_and_none_alike_and_formats_in_german():
    labels = {"a": "Text", "b": "Datum", "c": "Betrag", "d": "aktiv", "e": "Beginn"}
    mine = {"a": "  ", "b": dt.date(2026, 3, 5), "c": Decimal("1234.5"), "d": True, "e": dt.datetime(2026, 3, 5, 9, 30)}
    theirs = {
        "a": None,
        "b": dt.date(2026, 3, 6),
        "c": Decimal("1234.50"),
        "d": False,
        "e": dt.datetime(2026, 3, 5, 9, 30),
    }
    rows = {item.label: item for item in compare(mine, theirs, labels)}
    assert list(rows) == ["Text", "Datum", "Betrag", "aktiv", "Beginn"]
    assert not rows["Text"].differs and not rows["Betrag"].differs and not rows["Beginn"].differs
    assert (rows["Datum"].mine, rows["Datum"].theirs, rows["Datum"].differs) == ("05.03.2026", "06.03.2026", True)
    assert rows["Betrag"].mine == "1.234,50 €" and rows["Beginn"].mine == "05.03.2026 09:30"
    assert (rows["aktiv"].mine, rows["aktiv"].theirs) == ("ja", "nein")
    assert as_text(["a", "b"]) == "a\nb"


def test_person_conflict_names_the_differing_fields(db):
    net = build_network(db)
    mine = load_person(db, net.people["ayse"])
    theirs = load_person(db, net.people["ayse"])
    theirs.phone = "0209 169-1"
    theirs.organisation_id = net.orgs["Stadt Bochum"]
    save_person(db, theirs)
    mine.function = "Gebietsbeauftragte Bismarck"
    mine.notes = "  "
    mine.postcode = "4589"  # saved as 04589 (Excel dropped the zero): compared as saved
    with pytest.raises(ChangedElsewhere):
        save_person(db, mine)
    conflict = person_conflict(db, mine)
    assert _rows(conflict) == {
        "Organisation": ("Stadt Gelsenkirchen", "Stadt Bochum"),
        "Funktion": ("Gebietsbeauftragte Bismarck", ""),
        "Telefon": ("", "0209 169-1"),
        "PLZ": ("04589", ""),
    }
    assert conflict.version == 2 and conflict.stored.phone == "0209 169-1"
    assert [item.label for item in conflict.fields][:4] == ["Anrede", "Titel", "Vorname", "Nachname"]
    # Keeping one's own version: save again with the stored version number.
    save_person(db, replace(mine, version=conflict.version))
    stored = load_person(db, net.people["ayse"])
    assert (stored.function, stored.phone, stored.organisation_id) == (
        "Gebietsbeauftragte Bismarck",
        None,
        net.orgs["Stadt Gelsenkirchen"],
    )
    assert stored.version == 3


def test_organisation_conflict_compares_memberships_as_text(db):
    net = build_network(db)
    mine = load_organisation(db, net.orgs["Stadt Köln"])
    theirs = load_organisation(db, net.orgs["Stadt Köln"])
    theirs.memberships.append(MembershipData("Mitglied", dt.date(2024, 1, 1), annual_fee=Decimal("1800")))
    theirs.memberships[0].until = dt.date(2023, 12, 31)
    save_organisation(db, theirs)
    mine.website = "https://www.stadt-koeln.de"
    with pytest.raises(ChangedElsewhere):
        save_organisation(db, mine)
    conflict = organisation_conflict(db, mine)
    rows = _rows(conflict)
    assert set(rows) == {"Internet", "Mitgliedschaften"}
    assert rows["Mitgliedschaften"] == (
        "Gast seit 01.01.2020",
        "Gast seit 01.01.2020 bis 31.12.2023\nMitglied seit 01.01.2024, 1.800,00 €",
    )
    save_organisation(db, replace(mine, version=conflict.version))
    stored = load_organisation(db, net.orgs["Stadt Köln"])
    assert stored.website == "https://www.stadt-koeln.de"
    assert [(m.type, m.until) for m in stored.memberships] == [("Gast", None)]


def test_event_conflict_includes_the_agenda_and_names_instead_of_ids(db):
    scene = build_scene(db)
    mine = load_event(db, scene.event_id)
    theirs = load_event(db, scene.event_id)
    theirs.venue = "Bahnhof Langendreer"
    theirs.host_organisation_id = None
    save_event(db, theirs, [AgendaEntry("Begrüßung", 15), AgendaEntry("Bericht aus Bochum", 45)])
    mine.title = "Netzwerktreffen März 2027 (verlegt)"
    mine.fee = Decimal("12.00")
    agenda = [AgendaEntry("Begrüßung", 15)]
    with pytest.raises(ChangedElsewhere):
        save_event(db, mine, agenda)
    conflict = event_conflict(db, mine, agenda)
    rows = _rows(conflict)
    assert rows["Titel"] == ("Netzwerktreffen März 2027 (verlegt)", "Netzwerktreffen März 2027")
    assert rows["Veranstaltungsort"] == ("Rathaus Bochum", "Bahnhof Langendreer")
    assert rows["Gastgebende Kommune"] == ("Stadt Bochum", "")
    assert rows["Gebühr"] == ("12,00 €", "")
    assert rows["Tagesordnung"][0] == "10:00 Begrüßung (15 Min., Vortrag)"
    assert rows["Tagesordnung"][1].splitlines()[1] == "10:15 Bericht aus Bochum (45 Min., Vortrag)"
    assert "Beginn" not in rows
    mine.version = conflict.version
    save_event(db, mine, agenda)
    assert load_event(db, scene.event_id).venue == "Rathaus Bochum"
    assert [e.title for e in load_agenda(db, scene.event_id)] == ["Begrüßung"]


def test_trip_conflict(db):
    net = build_network(db)
    mine = load_trip(db, net.events["trip"])
    theirs = load_trip(db, net.events["trip"])
    theirs.destination_city = "Delft"
    save_trip(db, theirs)
    mine.contribution = Decimal("180")
    with pytest.raises(ChangedElsewhere, match="anderen Arbeitsplatz"):
        save_trip(db, mine)
    conflict = trip_conflict(db, mine)
    assert _rows(conflict) == {"Ziel (Stadt)": ("", "Delft"), "Beitrag pro Person": ("180,00 €", "")}
    save_trip(db, replace(mine, event_version=conflict.version))
    stored = load_trip(db, net.events["trip"])
    assert stored.contribution == Decimal("180.00") and stored.destination_city is None


EDITOR = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from model.core.errors import ChangedElsewhere
    from model.core.db import open_database
    from model.members.persons import load_person, save_person

    target, person_id, phone, loaded, go = sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4]), Path(sys.argv[5])
    db = open_database(target)
    data = load_person(db, person_id)          # both programs open the form on version 1
    loaded.touch()
    while not go.exists():
        time.sleep(0.02)
    data.phone = phone
    try:
        save_person(db, data)
    except ChangedElsewhere:
        print("stale")
    else:
        print("saved")
    db.dispose()
""")


def test_two_programs_saving_the_same_person_never_overwrite_each_other(db, tmp_path):
    net = build_network(db)
    person_id = net.people["lukasz"]
    names = ("A", "B")
    go = {name: tmp_path / f"go-{name}" for name in names}
    loaded = {name: tmp_path / f"loaded-{name}" for name in names}
    processes = {
        name: subprocess.Popen(
            [sys.executable, "-c", EDITOR, db.url, str(person_id), f"0234 {name}", str(loaded[name]), str(go[name])],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in names
    }
    try:
        for name in names:
            for _ in range(3000):
                if loaded[name].exists() or processes[name].poll() is not None:
                    break
                time.sleep(0.02)
            assert loaded[name].exists(), processes[name].communicate()[1]
        go["A"].touch()  # A saves first …
        out_a, err_a = processes["A"].communicate(timeout=120)
        go["B"].touch()  # … then B, still holding version 1
        out_b, err_b = processes["B"].communicate(timeout=120)
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.kill()
    assert (processes["A"].returncode, processes["B"].returncode) == (0, 0), (err_a, err_b)
    assert (out_a.strip(), out_b.strip()) == ("saved", "stale")
    stored = load_person(db, person_id)
    assert (stored.phone, stored.version) == ("0234 A", 2)
