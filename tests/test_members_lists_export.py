"""Mailing lists (Verteiler) and the Excel lists of people and organisations."""

from __future__ import annotations

import datetime as dt
import urllib.parse

import pytest
from member_data import build_network
from openpyxl import load_workbook

from model.core.errors import ValidationError
from model.members.mailing_lists import (
    add_members,
    addresses,
    create_mailing_list,
    delete_mailing_list,
    list_mailing_lists,
    mailto_fits,
    mailto_url,
    members,
    outlook_text,
    remove_members,
    rename_mailing_list,
)
from model.members.persons import PersonData, list_persons, persons_by_role, save_person
from reports.member_lists import export_mailing_list, export_organisations, export_persons


def test_lists_collect_people_once_and_give_only_reachable_addresses(db):
    net = build_network(db)
    list_id = create_mailing_list(db, "Gebietsbeauftragte NRW", "alle Gebietsbeauftragten")
    with pytest.raises(ValidationError, match="gibt es schon"):
        create_mailing_list(db, "gebietsbeauftragte nrw")
    everyone = [row.id for row in list_persons(db)]
    assert add_members(db, list_id, everyone) == 5
    assert add_members(db, list_id, [net.people["ayse"]]) == 0
    assert add_members(db, list_id, persons_by_role(db, "Gebietsbeauftragte/r")) == 0
    rows = members(db, list_id)
    assert len(rows) == 5
    # Peter Klein is inactive, Hans Mueller has withdrawn and no email
    assert sorted(addresses(rows)) == ["a.yilmaz@gelsenkirchen.de", "hans.mueller@gelsenkirchen.de", "l.zolc@bochum.de"]
    assert (
        outlook_text(sorted(addresses(rows)))
        == "a.yilmaz@gelsenkirchen.de; hans.mueller@gelsenkirchen.de; l.zolc@bochum.de"
    )
    assert {r.name: r.members for r in list_mailing_lists(db)}["Gebietsbeauftragte NRW"] == 5
    assert remove_members(db, list_id, [net.people["klein"]]) == 1
    rename_mailing_list(db, list_id, "Gebietsbeauftragte", None)
    assert [r.name for r in list_mailing_lists(db)] == ["Fortbildung", "Gebietsbeauftragte", "Netzwerktreffen"]
    delete_mailing_list(db, list_id)
    assert len(list_mailing_lists(db)) == 2


def test_duplicate_addresses_count_once():
    from model.members.persons import PersonRow

    def row(pid, email):
        return PersonRow(
            pid,
            "ohne",
            None,
            "A",
            "B",
            None,
            None,
            None,
            None,
            None,
            None,
            email,
            None,
            None,
            None,
            None,
            None,
            True,
            dt.date(2024, 1, 1),
            None,
            False,
            "",
            None,
        )

    assert addresses([row(1, "a@x.de"), row(2, "A@X.de "), row(3, None)]) == ["a@x.de"]


def test_mailto_puts_everyone_in_bcc():
    url = mailto_url(["a.yilmaz@gelsenkirchen.de", "l.zolc@bochum.de"], "Einladung Netzwerktreffen & Werkstatt")
    assert url.startswith("mailto:?bcc=a.yilmaz@gelsenkirchen.de,l.zolc@bochum.de&subject=")
    query = urllib.parse.parse_qs(url.split("?", 1)[1])
    assert query["subject"] == ["Einladung Netzwerktreffen & Werkstatt"]
    assert mailto_fits(url)
    assert not mailto_fits(mailto_url([f"person{i}@gelsenkirchen.de" for i in range(200)]))


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_person_export_is_an_office_list(db, tmp_path):
    build_network(db)
    save_person(
        db,
        PersonData(
            first_name="=SUMME(A1:A3)",
            last_name="@Stadt",
            function="-1+2",
            email="x@y.de",
            consent_date=dt.date(2024, 5, 2),
            consent_scope="+Einladungen",
        ),
    )
    target = tmp_path / "personen.xlsx"
    assert export_persons(db, target) == 6
    ws = load_workbook(target).active
    headers = [c.value for c in ws[1]]
    assert headers[:5] == ["Anrede", "Titel", "Vorname", "Nachname", "Organisation"]
    assert ws["A1"].font.bold and ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    rows = {row[3]: row for row in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["Yılmaz"][2] == "Ayşe" and rows["Żółć"][2] == "Łukasz"
    assert rows["Klein"][4] == "Müller & Söhne <GmbH>"
    formula_row = next(r for r in ws.iter_rows(min_row=2) if r[3].value == "@Stadt")
    assert formula_row[2].value == "=SUMME(A1:A3)" and formula_row[2].data_type == "s"
    assert formula_row[7].value == "-1+2" and formula_row[7].data_type == "s"
    consent = formula_row[headers.index("Einwilligung am")]
    assert consent.is_date and consent.value.date() == dt.date(2024, 5, 2)
    assert consent.number_format == "DD.MM.YYYY"
    assert ws.column_dimensions["D"].width >= 10


def test_organisation_and_mailing_list_export(db, tmp_path):
    net = build_network(db)
    assert export_organisations(db, tmp_path / "org.xlsx") == 4
    ws = load_workbook(tmp_path / "org.xlsx").active
    rows = {row[0]: row for row in ws.iter_rows(min_row=2, values_only=True)}
    headers = [c.value for c in ws[1]]
    gelsenkirchen = rows["Stadt Gelsenkirchen"]
    assert gelsenkirchen[headers.index("Mitgliedschaft")] == "Mitglied"
    assert gelsenkirchen[headers.index("Mitglied seit")] == dt.datetime(2004, 1, 1)
    assert gelsenkirchen[headers.index("Regierungsbezirk")] == "Münster"
    assert "Müller & Söhne <GmbH>" in rows
    add_members(db, net.lists["Netzwerktreffen"], list(net.people.values()))
    assert export_mailing_list(db, net.lists["Netzwerktreffen"], tmp_path / "verteiler.xlsx") == 5
    ws = load_workbook(tmp_path / "verteiler.xlsx").active
    assert "Netzwerktreffen" in ws["A1"].value
    reasons = {row[3]: row[8] for row in ws.iter_rows(min_row=4, values_only=True)}
    assert reasons["Klein"] == "inaktiv" and reasons["Mueller"] == "keine E-Mail-Adresse"
    assert reasons["Yılmaz"] is None
