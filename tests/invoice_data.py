"""A small network for invoice tests: office and seller data, members of every size."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from model.core.entities import Membership, OfficeProfile, Organisation
from model.members.billing import OrganisationBillingData, SellerData, save_organisation_billing, save_seller

# (name, kind, AGS, joined, left)
MEMBERS = [
    ("Stadt Gelsenkirchen", "Kommune", "05513000", dt.date(2020, 1, 1), None),  # 260k: top tier
    ("Gemeinde Recke", "Kommune", "05566072", dt.date(2024, 1, 1), None),  # 11,376 inhabitants
    ("Müller & Söhne <GmbH>", "Wohnungswirtschaft", None, dt.date(2024, 3, 1), None),
    ("Kreis Recklinghausen", "Kreis", None, dt.date(2024, 1, 1), dt.date(2027, 6, 30)),
    ("Stadt Haltern am See", "Kommune", "05562016", dt.date(2027, 4, 15), None),
]
LEITWEG_GELSENKIRCHEN = "991-03730-19"
TRIP_EXEMPTION = "Umsatzsteuerfrei nach § 4 Nr. 22 Buchst. a UStG"


def add_office(db) -> None:
    with db.writing() as s:
        office = s.get(OfficeProfile, 1)
        office.office_name = "Geschäftsstelle Städtenetz Soziale Stadt NRW"
        office.network_name = "AG Soziale Stadt NRW"
        office.street, office.postcode, office.city = "Rathenaustraße 2", "45127", "Essen"
        office.email = "info@staedtenetz.example"
        office.phone = "0201 88-12345"
    save_seller(
        db,
        SellerData(
            seller_name="Stadt Essen",
            contact_name="Łukasz Żółć",
            contact_phone="0201 88-12345",
            contact_email="rechnung@staedtenetz.example",
            tax_number="112/5702/0123",
            iban="DE89 3704 0044 0532 0130 00",
            bic="COBADEFFXXX",
            bank_name="Commerzbank",
            tax_category="E",
            exemption_reason="Mitgliedsbeitrag ohne Leistungsaustausch, nicht umsatzsteuerbar",
            trip_tax_category="E",
            trip_exemption_reason=TRIP_EXEMPTION,
        ),
    )


def add_members(db) -> dict[str, int]:
    ids = {}
    with db.writing() as s:
        for name, kind, ags, since, until in MEMBERS:
            org = Organisation(
                name=name,
                kind=kind,
                ags=ags,
                street="Rathausplatz 1",
                postcode="45875",
                city="Gelsenkirchen",
                email="post@example.org",
                search_key=name.lower(),
            )
            s.add(org)
            s.flush()
            s.add(Membership(organisation_id=org.id, type="Mitglied", since=since, until=until))
            ids[name] = org.id
        guest = Organisation(name="Ministerium", kind="Land/Ministerium", search_key="ministerium")
        s.add(guest)
        s.flush()
        s.add(Membership(organisation_id=guest.id, type="Gast", since=dt.date(2020, 1, 1)))
    save_organisation_billing(
        db,
        ids["Stadt Gelsenkirchen"],
        OrganisationBillingData(
            recipient="Referat Stadterneuerung", leitweg_id=LEITWEG_GELSENKIRCHEN, channel="XRechnung"
        ),
    )
    save_organisation_billing(
        db,
        ids["Müller & Söhne <GmbH>"],
        OrganisationBillingData(
            fee_override=Decimal("750"), override_reason="Beschluss der Mitgliederversammlung 2024"
        ),
    )
    return ids
