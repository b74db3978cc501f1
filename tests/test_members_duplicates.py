"""Suspected duplicates and merging: every record that refers to a person moves, nothing is lost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from member_data import attach_everything, build_network
from sqlalchemy import func, select

from model.core.entities import (
    AgendaItem,
    Base,
    Certificate,
    MailingListMember,
    Payment,
    Person,
    Registration,
    TripParticipant,
    WorkingGroup,
    WorkingGroupMember,
)
from model.core.errors import ChangedElsewhere, UserError
from model.members.duplicates import (
    BOTH,
    PERSON_REFERENCES,
    default_choices,
    dismiss_pair,
    find_duplicates,
    merge_persons,
    name_key,
)
from model.members.persons import PersonData, load_person, person_history, save_person


@pytest.mark.parametrize(
    "a, b",
    [
        (("Hans", "Müller"), ("Hans", "Mueller")),
        (("Hans", "Müller"), (" hans ", "MÜLLER")),
        (("Jürgen", "Groß"), ("Juergen", "Gross")),
        (("Ayşe", "Yılmaz"), ("Ayse", "Yilmaz")),
        (("Łukasz", "Żółć"), ("Lukasz", "Zolc")),
        (("Anna-Lena", "Schmidt"), ("Anna Lena", "Schmidt")),
    ],
)
def test_name_key_folds_umlauts_case_and_spaces(a, b):
    assert name_key(*a) == name_key(*b)


def test_name_key_keeps_different_people_apart():
    assert name_key("Hans", "Müller") != name_key("Hans", "Mahler")
    assert name_key("Anna", "Schmidt") != name_key("Hanna", "Schmidt")


def test_suspects_by_email_and_name(db):
    net = build_network(db)
    save_person(db, PersonData(first_name="Ayse", last_name="Yilmaz", email="ayse.privat@example.de"))
    save_person(db, PersonData(first_name="Peter", last_name="Klein-Hofmann", email="P.Klein@example.org"))
    pairs = find_duplicates(db)
    by_ids = {frozenset(p.ids): p for p in pairs}
    mueller = by_ids[frozenset((net.people["mueller"], net.people["mueller2"]))]
    assert mueller.reasons == ["gleicher Name, gleiche Organisation"]
    assert pairs[0] is mueller  # the most likely first
    klein = next(p for p in pairs if net.people["klein"] in p.ids and p.reasons == ["gleiche E-Mail-Adresse"])
    assert klein
    ayse = next(p for p in pairs if net.people["ayse"] in p.ids)
    assert ayse.reasons == ["gleicher Name"]
    assert len(pairs) == 3


def test_dismissed_pairs_are_not_suggested_again(db):
    net = build_network(db)
    dismiss_pair(db, net.people["mueller2"], net.people["mueller"])
    from model.members.persons import person_history

    dismissed = person_history(db, min(net.people["mueller2"], net.people["mueller"]))[0]
    assert dismissed.summary.endswith("sind verschiedene Personen") and "Nr." not in dismissed.summary
    assert "Nr." not in dismissed.change_text()
    assert find_duplicates(db) == []


def test_default_choices_fill_gaps_and_keep_the_latest_consent(db):
    net = build_network(db)
    with db.session() as s:
        survivor, merged = s.get(Person, net.people["mueller"]), s.get(Person, net.people["mueller2"])
        choices = default_choices(survivor, merged)
    assert choices["email"] == survivor.id
    assert choices["phone"] == merged.id  # the survivor has none
    assert choices["consent_date"] == merged.id  # the withdrawal of 2024 is the latest decision
    assert choices["notes"] == merged.id


def _count(session, column, value) -> int:
    return session.scalar(select(func.count()).where(column == value))


def test_merge_moves_every_reference_and_logs_it(db):
    net = build_network(db)
    attach_everything(db, net, "mueller2", partner_key="ayse")
    survivor, merged = net.people["mueller"], net.people["mueller2"]
    result = merge_persons(db, survivor, merged)
    assert result.moved["Anmeldungen"] == 2 and result.moved["Bescheinigungen"] == 1
    with db.session() as s:
        assert s.get(Person, merged) is None
        for (table, column), _how in PERSON_REFERENCES.items():
            mapped = Base.metadata.tables[table].c[column]
            assert s.scalar(select(func.count()).where(mapped == merged)) == 0, table
        assert _count(s, Registration.person_id, survivor) == 2
        assert _count(s, Certificate.person_id, survivor) == 1
        assert _count(s, MailingListMember.person_id, survivor) == 1
        assert _count(s, WorkingGroupMember.person_id, survivor) == 1
        assert _count(s, WorkingGroup.lead_person_id, survivor) == 1
        assert _count(s, AgendaItem.speaker_person_id, survivor) == 1
        assert _count(s, TripParticipant.room_partner_person_id, survivor) == 1  # Ayşe's partner
        assert s.scalar(select(func.count()).select_from(Payment)) == 1
        person = s.get(Person, survivor)
        assert person.phone == "0209 123" and person.email == "hans.mueller@gelsenkirchen.de"
        assert person.consent_withdrawn_on == dt.date(2024, 2, 1)  # never lost
        assert person.notes == "Bitte nur Post"
    history = person_history(db, survivor)
    assert history[0].action == "zusammengeführt"
    assert history[0].summary.startswith("Hans Mueller")  # named, with the organisation, not numbered
    assert "Nr." not in history[0].summary + history[0].change_text()
    merged_entry = next(row for row in history if "gelöscht" in row.summary)
    assert merged_entry.summary.startswith("übernommen von Hans Müller") and "Nr." not in merged_entry.change_text()
    assert history[0].changes["übernommen: Anmeldungen"] == [None, 2]
    assert any("gelöscht" in row.summary for row in history)  # the merged record's own entry


def test_every_foreign_key_to_a_person_is_handled_by_the_merge():
    """A new table that refers to people must be added to the merge (and to anonymisation)."""
    found = {
        (fk.parent.table.name, fk.parent.name)
        for table in Base.metadata.tables.values()
        for fk in table.foreign_keys
        if fk.column.table.name == "person"
    }
    assert found == set(PERSON_REFERENCES)


def test_two_registrations_for_one_event_become_one_with_the_better_status(db):
    net = build_network(db)
    survivor, merged = net.people["mueller"], net.people["mueller2"]
    with db.writing() as s:
        mine = Registration(
            event_id=net.events["trip"],
            person_id=survivor,
            status="abgemeldet",
            registered_at=dt.datetime(2024, 1, 5),
            notes="erst abgesagt",
        )
        theirs = Registration(
            event_id=net.events["trip"],
            person_id=merged,
            status="teilgenommen",
            role="Referent/in",
            registered_at=dt.datetime(2024, 1, 2),
            fee_due=Decimal("120"),
            notes="dann doch dabei",
        )
        s.add_all([mine, theirs])
        s.flush()
        s.add(Payment(registration_id=mine.id, paid_on=dt.date(2024, 1, 6), amount=Decimal("50")))
        s.add(Payment(registration_id=theirs.id, paid_on=dt.date(2024, 1, 7), amount=Decimal("70")))
        s.add(TripParticipant(registration_id=theirs.id, dietary_needs="vegan"))
        # both on one list and in one group
        s.add(MailingListMember(mailing_list_id=net.lists["Fortbildung"], person_id=survivor))
        s.add(MailingListMember(mailing_list_id=net.lists["Fortbildung"], person_id=merged))
        group = WorkingGroup(name="AG Beteiligung")
        s.add(group)
        s.flush()
        s.add(
            WorkingGroupMember(
                working_group_id=group.id, person_id=survivor, role="Gast", joined_on=dt.date(2023, 1, 1)
            )
        )
        s.add(
            WorkingGroupMember(
                working_group_id=group.id, person_id=merged, role="Leitung", joined_on=dt.date(2021, 1, 1)
            )
        )
    merge_persons(db, survivor, merged)
    with db.session() as s:
        registration = s.scalars(select(Registration).where(Registration.person_id == survivor)).one()
        assert (registration.status, registration.role) == ("teilgenommen", "Referent/in")
        assert registration.registered_at == dt.datetime(2024, 1, 2)
        assert registration.fee_due == Decimal("120")
        assert "erst abgesagt" in registration.notes and "dann doch dabei" in registration.notes
        assert sorted(
            p.amount for p in s.scalars(select(Payment).where(Payment.registration_id == registration.id))
        ) == [50, 70]
        assert s.get(TripParticipant, registration.id).dietary_needs == "vegan"
        assert _count(s, MailingListMember.person_id, survivor) == 1
        member = s.scalars(select(WorkingGroupMember).where(WorkingGroupMember.person_id == survivor)).one()
        assert (member.role, member.joined_on) == ("Leitung", dt.date(2021, 1, 1))


def test_room_partners_merged_into_one_person_share_no_room_with_themselves(db):
    net = build_network(db)
    attach_everything(db, net, "mueller2", partner_key="mueller")
    merge_persons(db, net.people["mueller"], net.people["mueller2"])
    with db.session() as s:
        own = s.scalars(
            select(TripParticipant).join(Registration).where(Registration.person_id == net.people["mueller"])
        ).all()
        assert own and all(t.room_partner_person_id is None for t in own)


def test_chosen_fields_and_both_notes(db):
    net = build_network(db)
    save_person(db, PersonData(**{**load_person(db, net.people["mueller"]).__dict__, "notes": "Spricht Türkisch"}))
    merge_persons(
        db,
        net.people["mueller"],
        net.people["mueller2"],
        {"salutation": net.people["mueller2"], "last_name": net.people["mueller2"], "notes": BOTH},
    )
    person = load_person(db, net.people["mueller"])
    assert (person.salutation, person.last_name) == ("ohne", "Mueller")
    assert person.notes == "Spricht Türkisch\n\nBitte nur Post"


def test_merge_refuses_stale_or_identical_records(db):
    net = build_network(db)
    with pytest.raises(UserError):
        merge_persons(db, net.people["mueller"], net.people["mueller"])
    with pytest.raises(ChangedElsewhere):
        merge_persons(db, net.people["mueller"], net.people["mueller2"], versions={net.people["mueller2"]: 7})
    with db.session() as s:
        assert s.get(Person, net.people["mueller2"]) is not None
