"""People: the list with search and filters, the form data, saving in one transaction, history."""

from __future__ import annotations

import datetime as dt

import pytest
from member_data import attach_everything, build_network
from sqlalchemy import func, select

from model.core.entities import AuditEntry, Person
from model.core.errors import ChangedElsewhere, UserError, ValidationError
from model.members.persons import (
    NO_CHAMBER,
    PersonData,
    PersonFilter,
    delete_person,
    email_taken,
    filter_persons,
    list_persons,
    load_person,
    person_history,
    person_registrations,
    save_person,
)


def _names(rows) -> set[str]:
    return {f"{r.first_name} {r.last_name}" for r in rows}


def test_search_as_you_type_over_name_organisation_function_and_email(db):
    build_network(db)
    rows = list_persons(db)

    def search(text: str) -> set[str]:
        return _names(filter_persons(rows, PersonFilter(text=text)))

    assert search("yilm") == {"Ayşe Yılmaz"}
    assert search("AYŞE") == {"Ayşe Yılmaz"}
    assert search("zolc lukasz") == {"Łukasz Żółć"}  # words in any order
    assert search("bochum") == {"Łukasz Żółć"}  # organisation
    assert search("sachgebiet") == {"Łukasz Żółć"}  # function
    assert search("p.klein@") == {"Peter Klein"}  # email
    assert search("müller söhne") == {"Peter Klein"}
    assert search("") == _names(rows)
    assert search("nobody") == set()


def test_filters(db):
    build_network(db)
    rows = list_persons(db)

    def names(**criteria) -> set[str]:
        return _names(filter_persons(rows, PersonFilter(**criteria)))

    assert names(organisation_kind="Träger") == {"Peter Klein"}
    assert names(role="Gebietsbeauftragte/r") == {"Ayşe Yılmaz"}
    assert names(chamber="AKNW") == {"Ayşe Yılmaz"}
    assert "Ayşe Yılmaz" not in names(chamber=NO_CHAMBER)
    assert names(active=False) == {"Peter Klein"}
    assert names(consent="widerrufen") == {"Hans Mueller"}
    assert names(consent="erteilt") == {"Ayşe Yılmaz", "Hans Müller"}
    assert names(consent="fehlt") == {"Łukasz Żółć", "Peter Klein"}


def test_new_person_is_saved_with_search_key_and_audit(db):
    net = build_network(db)
    data = PersonData(
        salutation="Frau",
        title="Dr.",
        first_name=" Miriam ",
        last_name="Hoffmann",
        organisation_id=net.orgs["Müller & Söhne <GmbH>"],
        email="m.hoffmann@example.de",
        postcode="45127",
        chamber="AKNW",
        chamber_number="12345",
    )
    saved = save_person(db, data)
    assert saved.id and saved.version == 1 and saved.first_name == "Miriam"
    with db.session() as s:
        person = s.get(Person, saved.id)
        assert person.search_key == "miriam | hoffmann | muller & sohne <gmbh> | m.hoffmann@example.de"
    history = person_history(db, saved.id)
    assert history[0].action == "angelegt"
    assert history[0].changes["Organisation"] == [None, "Müller & Söhne <GmbH>"]


@pytest.mark.parametrize(
    "change, field",
    [
        ({"last_name": " "}, "Nachname"),
        ({"email": "anna@"}, "E-Mail"),
        ({"postcode": "123"}, "PLZ"),
        ({"chamber_number": "A-1"}, "Kammer"),
        ({"salutation": "Exzellenz"}, "Anrede"),
        ({"consent_date": dt.date(2024, 5, 1), "consent_withdrawn_on": dt.date(2024, 4, 1)}, "Widerruf am"),
        ({"consent_scope": "Einladungen"}, "Einwilligung am"),
        ({"consent_date": dt.date.today() + dt.timedelta(days=3)}, "Einwilligung am"),
    ],
)
def test_validation_names_the_field(db, change, field):
    data = PersonData(**({"first_name": "Anna", "last_name": "Schmidt"} | change))
    with pytest.raises(ValidationError) as info:
        save_person(db, data)
    assert info.value.field == field
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_salutation_and_chamber_accept_usual_spellings(db):
    saved = save_person(
        db, PersonData(salutation="Hr.", first_name="Jan", last_name="Berg", chamber="Architektenkammer NRW")
    )
    assert (saved.salutation, saved.chamber) == ("Herr", "AKNW")


def test_changes_are_in_the_history_with_old_and_new_values(db):
    net = build_network(db)
    data = load_person(db, net.people["ayse"])
    data.function = "Gebietsbeauftragte Bismarck"
    data.organisation_id = net.orgs["Stadt Bochum"]
    save_person(db, data)
    row = person_history(db, net.people["ayse"])[0]
    assert row.action == "geändert"
    assert row.changes["Funktion"] == [None, "Gebietsbeauftragte Bismarck"]
    assert row.changes["Organisation"] == ["Stadt Gelsenkirchen", "Stadt Bochum"]
    assert "Funktion: – → Gebietsbeauftragte Bismarck" in row.change_text()
    with db.session() as s:
        assert "stadt bochum" in s.get(Person, net.people["ayse"]).search_key


def test_saving_unchanged_data_writes_no_history(db):
    net = build_network(db)
    save_person(db, load_person(db, net.people["ayse"]))
    assert person_history(db, net.people["ayse"]) == []


def test_stale_copy_is_refused(db):
    net = build_network(db)
    mine, theirs = load_person(db, net.people["lukasz"]), load_person(db, net.people["lukasz"])
    theirs.phone = "0234 910"
    save_person(db, theirs)
    mine.phone = "0234 911"
    with pytest.raises(ChangedElsewhere):
        save_person(db, mine)
    assert load_person(db, net.people["lukasz"]).phone == "0234 910"


def test_a_failing_save_leaves_nothing_behind(db, monkeypatch):
    net = build_network(db)
    data = load_person(db, net.people["ayse"])
    data.phone = "0209 1"
    import model.core.audit

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(model.core.audit, "record", broken)
    with pytest.raises(RuntimeError):
        save_person(db, data)
    assert load_person(db, net.people["ayse"]).phone is None


def test_delete_refused_while_records_refer_to_the_person(db):
    net = build_network(db)
    attach_everything(db, net, "mueller")
    with pytest.raises(UserError, match="anonymisieren"):
        delete_person(db, net.people["mueller"])
    delete_person(db, net.people["klein"])
    with db.session() as s:
        assert s.get(Person, net.people["klein"]) is None
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.entity_id == net.people["klein"])) == "gelöscht"


def test_registrations_and_email_check(db):
    net = build_network(db)
    attach_everything(db, net, "mueller")
    titles = [r.title for r in person_registrations(db, net.people["mueller"])]
    assert titles == ["Exkursion nach Delft", "Netzwerktreffen Gelsenkirchen"]
    assert email_taken(db, "A.Yilmaz@Gelsenkirchen.de") == "Ayşe Yılmaz"
    assert email_taken(db, "a.yilmaz@gelsenkirchen.de", except_id=net.people["ayse"]) is None
