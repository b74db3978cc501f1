"""Input rules of the address book (AGS, postcode, email) and the official NRW list."""

from __future__ import annotations

import pytest

from model.core.errors import ValidationError
from model.core.validation import check_ags, check_email, check_postcode
from model.members import municipalities


@pytest.mark.parametrize(
    "value, expected",
    [
        ("05513000", "05513000"),
        (" 05513000 ", "05513000"),
        ("5513000", "05513000"),
        (5513000, "05513000"),
        (None, None),
        ("  ", None),
    ],
)
def test_ags_accepts_nrw_keys(value, expected):
    assert check_ags(value) == expected


@pytest.mark.parametrize(
    "value, fragment",
    [
        ("0551300", "acht Ziffern"),
        ("055130000", "acht Ziffern"),
        ("05A13000", "acht Ziffern"),
        ("09162000", "Nordrhein-Westfalen"),
    ],
)
def test_ags_rejects_wrong_keys_naming_the_field(value, fragment):
    with pytest.raises(ValidationError, match=fragment) as info:
        check_ags(value)
    assert info.value.field == "AGS"


@pytest.mark.parametrize("value, expected", [("45879", "45879"), ("1067", "01067"), (44137, "44137"), ("", None)])
def test_postcode_five_digits(value, expected):
    assert check_postcode(value) == expected


@pytest.mark.parametrize("value", ["4587", "458790", "D-45879", "45 879"])
def test_postcode_rejects(value):
    if value == "4587":  # a number column lost the leading zero: 04587 is a valid code
        assert check_postcode(value) == "04587"
        return
    with pytest.raises(ValidationError, match="fünf Ziffern") as info:
        check_postcode(value)
    assert info.value.field == "PLZ"


@pytest.mark.parametrize(
    "value",
    [
        "a.yilmaz@gelsenkirchen.de",
        "info@müller-söhne.de",
        "x+y@sub.example.org",
        "  padded@example.de  ",
        "mailto:hans@example.de",
    ],
)
def test_valid_emails(value):
    assert "@" in check_email(value)


@pytest.mark.parametrize(
    "value",
    [
        "hans@",
        "@example.de",
        "hans example.de",
        "hans@example",
        "a@@b.de",
        "hans@example..de",
        "hans,peter@example.de",
        "hans @example.de",
        ".hans@example.de",
    ],
)
def test_invalid_emails(value):
    with pytest.raises(ValidationError, match="E-Mail") as info:
        check_email(value)
    assert info.value.field == "E-Mail"


def test_official_list_has_every_nrw_municipality():
    rows = municipalities.municipalities()
    assert len(rows) == 396
    assert all(m.ags.startswith("05") and len(m.ags) == 8 for m in rows)
    gelsenkirchen = municipalities.by_ags("05513000")
    assert gelsenkirchen.official_name == "Stadt Gelsenkirchen"
    assert gelsenkirchen.regierungsbezirk == "Münster" and gelsenkirchen.postcode
    assert municipalities.by_name("Stadt Gelsenkirchen") == gelsenkirchen
    assert municipalities.by_name("gelsenkirchen") == gelsenkirchen
    assert municipalities.regierungsbezirk("05913000") == "Arnsberg"
    assert municipalities.regierungsbezirk(None, "Köln") == "Köln"
    assert municipalities.search("Gelsen")[0] == gelsenkirchen
    assert municipalities.search("") == []


def test_gemeinden_are_named_as_such():
    gemeinden = [m for m in municipalities.municipalities() if not m.is_town]
    assert gemeinden and all(m.official_name.startswith("Gemeinde ") for m in gemeinden)
