"""Organisations: list and filters, form data, validation, saving with history, matching by name."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from member_data import build_network
from sqlalchemy import select

from model.core.entities import AuditEntry, Membership, Organisation, Person
from model.core.errors import ChangedElsewhere, UserError, ValidationError
from model.members.organisations import (
    AreaData,
    MembershipData,
    OrganisationFilter,
    delete_organisation,
    filter_organisations,
    from_municipality,
    guess_kind,
    list_organisations,
    load_organisation,
    match_key,
    organisation_events,
    save_organisation,
)


def test_list_shows_membership_regierungsbezirk_and_counts(db):
    net = build_network(db)
    rows = {row.name: row for row in list_organisations(db)}
    gelsenkirchen = rows["Stadt Gelsenkirchen"]
    assert gelsenkirchen.status == "Mitglied" and gelsenkirchen.member_since == dt.date(2004, 1, 1)
    assert gelsenkirchen.regierungsbezirk == "Münster"
    assert gelsenkirchen.people == 3
    assert rows["Stadt Bochum"].status == ""  # left in 2019
    assert rows["Stadt Köln"].status == "Gast"
    assert rows["Müller & Söhne <GmbH>"].regierungsbezirk == "Düsseldorf"  # from the town: Essen
    assert net.orgs["Stadt Bochum"] == rows["Stadt Bochum"].id


def test_filters_member_now_in_year_kind_region_and_text(db):
    build_network(db)
    rows = list_organisations(db)

    def names(**criteria) -> set[str]:
        return {r.name for r in filter_organisations(rows, OrganisationFilter(**criteria))}

    assert names(member_today=True) == {"Stadt Gelsenkirchen"}
    assert names(member_year=2015) == {"Stadt Gelsenkirchen", "Stadt Bochum"}
    assert names(member_year=2003) == set()
    assert names(kind="Träger") == {"Müller & Söhne <GmbH>"}
    assert names(regierungsbezirk="Arnsberg") == {"Stadt Bochum"}
    assert names(text="GELSEN") == {"Stadt Gelsenkirchen"}
    assert names(text="müller söhne") == {"Müller & Söhne <GmbH>"}
    assert names(text="koln") == {"Stadt Köln"}
    assert names(text="05315") == {"Stadt Köln"}


def test_new_municipality_from_the_official_list_saves_with_history(db):
    data = from_municipality("05513000")
    assert (data.name, data.kind, data.ags, data.city) == (
        "Stadt Gelsenkirchen",
        "Kommune",
        "05513000",
        "Gelsenkirchen",
    )
    assert data.postcode and len(data.postcode) == 5
    data.memberships = [MembershipData("Mitglied", dt.date(2010, 1, 1), None, Decimal("1800.00"))]
    data.areas = [AreaData("Gelsenkirchen-Bismarck", status="in Förderung", admitted_year=2012)]
    saved = save_organisation(db, data)
    assert saved.id and saved.version == 1
    loaded = load_organisation(db, saved.id)
    assert loaded.memberships[0].annual_fee == Decimal("1800.00")
    assert loaded.areas[0].name == "Gelsenkirchen-Bismarck"
    with db.session() as s:
        org = s.get(Organisation, saved.id)
        assert org.search_key == "stadt gelsenkirchen | gelsenkirchen"
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "organisation")).one()
        assert entry.action == "angelegt" and "Mitgliedschaft Mitglied ab 01.01.2010" in entry.changes


@pytest.mark.parametrize(
    "change, field, fragment",
    [
        ({"name": "  "}, "Name", "leer"),
        ({"ags": "1234"}, "AGS", "acht Ziffern"),
        ({"ags": "05999999"}, "AGS", "gibt es"),
        ({"postcode": "4587x"}, "PLZ", "fünf Ziffern"),
        ({"email": "info(at)stadt.de"}, "E-Mail", "keine gültige"),
    ],
)
def test_validation_names_the_field_and_writes_nothing(db, change, field, fragment):
    data = from_municipality("05513000")
    for key, value in change.items():
        setattr(data, key, value)
    with pytest.raises(ValidationError, match=fragment) as info:
        save_organisation(db, data)
    assert info.value.field == field
    with db.session() as s:
        assert s.scalar(select(Organisation.id)) is None


def test_membership_periods_must_not_overlap_or_run_backwards(db):
    data = from_municipality("05513000")
    data.memberships = [MembershipData("Mitglied", dt.date(2010, 1, 1), dt.date(2009, 1, 1))]
    with pytest.raises(ValidationError, match="endet vor ihrem Beginn"):
        save_organisation(db, data)
    data.memberships = [
        MembershipData("Mitglied", dt.date(2010, 1, 1), None),
        MembershipData("Mitglied", dt.date(2015, 1, 1), None),
    ]
    with pytest.raises(ValidationError, match="überschneiden"):
        save_organisation(db, data)


def test_an_ags_belongs_to_one_organisation(db):
    build_network(db)
    data = from_municipality("05513000")
    data.name = "Gelsenkirchen (doppelt)"
    with pytest.raises(ValidationError, match="schon bei »Stadt Gelsenkirchen«"):
        save_organisation(db, data)


def test_stale_copy_is_refused_and_renaming_updates_people_search(db):
    net = build_network(db)
    first = load_organisation(db, net.orgs["Stadt Gelsenkirchen"])
    second = load_organisation(db, net.orgs["Stadt Gelsenkirchen"])
    first.name = "Stadt Gelsenkirchen (Referat 61)"
    first.memberships[0].until = dt.date(2030, 12, 31)
    saved = save_organisation(db, first)
    assert saved.version == second.version + 1
    second.phone = "0209 1690"
    with pytest.raises(ChangedElsewhere):
        save_organisation(db, second)
    with db.session() as s:
        key = s.get(Person, net.people["ayse"]).search_key
        assert "referat 61" in key
        assert s.scalar(select(Membership.until).where(Membership.organisation_id == saved.id)) == dt.date(2030, 12, 31)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "geändert")).one()
        assert json.loads(entry.changes)["name"] == ["Stadt Gelsenkirchen", "Stadt Gelsenkirchen (Referat 61)"]


def test_changing_only_a_membership_also_guards_against_stale_copies(db):
    net = build_network(db)
    first = load_organisation(db, net.orgs["Stadt Köln"])
    second = load_organisation(db, net.orgs["Stadt Köln"])
    first.memberships.append(MembershipData("Mitglied", dt.date(2025, 1, 1)))
    first.memberships[0].until = dt.date(2024, 12, 31)
    save_organisation(db, first)
    second.memberships = []
    with pytest.raises(ChangedElsewhere):
        save_organisation(db, second)


def test_delete_only_without_people(db):
    net = build_network(db)
    with pytest.raises(UserError, match="3 Personen"):
        delete_organisation(db, net.orgs["Stadt Gelsenkirchen"])
    delete_organisation(db, net.orgs["Stadt Köln"])
    with db.session() as s:
        assert s.get(Organisation, net.orgs["Stadt Köln"]) is None


def test_participation_in_events(db):
    from model.core.entities import Registration

    net = build_network(db)
    with db.writing() as s:
        s.add(
            Registration(
                event_id=net.events["past"],
                person_id=net.people["ayse"],
                status="teilgenommen",
                registered_at=dt.datetime(2024, 1, 1),
            )
        )
        s.add(
            Registration(
                event_id=net.events["past"],
                person_id=net.people["mueller"],
                status="teilgenommen",
                registered_at=dt.datetime(2024, 1, 1),
            )
        )
    rows = organisation_events(db, net.orgs["Stadt Gelsenkirchen"])
    assert [(r.title, r.participants) for r in rows] == [("Netzwerktreffen Gelsenkirchen", 2)]
    assert organisation_events(db, net.orgs["Stadt Köln"]) == []


@pytest.mark.parametrize(
    "a, b",
    [
        ("Stadt Gelsenkirchen", "Gelsenkirchen"),
        ("Gelsenkirchen, Stadt", "gelsenkirchen"),
        ("Hansestadt Attendorn", "Attendorn"),
        ("  Stadt  Köln ", "Koeln".replace("oe", "ö")),
        ("Gemeinde Saerbeck", "Saerbeck"),
    ],
)
def test_match_key_equates_how_offices_write_towns(a, b):
    assert match_key(a) == match_key(b)


def test_match_key_keeps_districts_apart_from_towns():
    assert match_key("Kreis Recklinghausen") != match_key("Stadt Recklinghausen")


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Stadt Herne", "Kommune"),
        ("Herne", "Kommune"),
        ("Kreis Unna", "Kreis"),
        ("Ministerium für Heimat, Kommunales, Bau und Digitalisierung NRW", "Land/Ministerium"),
        ("ILS – Institut für Landes- und Stadtentwicklungsforschung", "Wissenschaft/Beratung"),
        ("Caritasverband Gelsenkirchen e. V.", "Träger"),
        ("Vivawest Wohnen GmbH", "Wohnungswirtschaft"),
        ("Irgendwas", "Sonstige"),
    ],
)
def test_kind_of_a_new_organisation_is_guessed(name, kind):
    assert guess_kind(name) == kind
