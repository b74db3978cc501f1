from dataclasses import replace
from decimal import Decimal

import pytest

from model.core.errors import ValidationError
from model.settings.office import Requirement, load_profile, load_requirements, save_profile


def test_profile_round_trip_and_requirements(db):
    data = load_profile(db)
    assert data.certificate_prefix == "NWS" and data.backups_to_keep == 10
    data.office_name = "Geschäftsstelle Städtenetz Soziale Stadt NRW"
    data.signature_png = b"\x89PNG..."
    requirements = [replace(r, required=Decimal("20")) if r.chamber == "AKNW" else r for r in load_requirements(db)]
    save_profile(db, data, requirements)
    assert load_profile(db).office_name == "Geschäftsstelle Städtenetz Soziale Stadt NRW"
    assert next(r for r in load_requirements(db) if r.chamber == "AKNW").required == 20


@pytest.mark.parametrize(
    "field, value",
    [("certificate_prefix", "NW S"), ("office_name", "  "), ("postcode", "4413"), ("backups_to_keep", 0)],
)
def test_invalid_settings_name_the_field_and_change_nothing(db, field, value):
    data = load_profile(db)
    setattr(data, field, value)
    with pytest.raises(ValidationError) as raised:
        save_profile(db, data)
    assert raised.value.field == field
    assert load_profile(db).certificate_prefix == "NWS"


def test_implausible_requirement_is_refused(db):
    with pytest.raises(ValidationError):
        save_profile(db, load_profile(db), [Requirement("AKNW", "", 2024, Decimal(-1), "Fortbildungspunkte")])
