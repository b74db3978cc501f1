"""Templates: placeholders checked on save, German defaults, the personal salutation."""

import pytest

from model.core.errors import ValidationError
from model.mail.templates import (
    DEFAULTS,
    INVITATION,
    KINDS,
    PLACEHOLDERS,
    load_template,
    render,
    reset_template,
    save_template,
)
from model.members.salutation import personal_salutation


def test_salutation_uses_gender_title_and_neutral_form():
    assert (
        personal_salutation("Frau", "Prof. Dr.", "Elif", "Öztürk-Schäfer")
        == "Sehr geehrte Frau Prof. Dr. Öztürk-Schäfer"
    )
    assert personal_salutation("Herr", None, "Łukasz", "Żółć") == "Sehr geehrter Herr Żółć"
    assert personal_salutation("ohne", "Dr.", "Ayşe", "Yılmaz") == "Guten Tag Ayşe Yılmaz"


def test_every_default_uses_only_known_placeholders():
    from model.mail.templates import check_template

    assert set(DEFAULTS) == set(KINDS)
    for subject, body in DEFAULTS.values():
        check_template(subject, body)


def test_unknown_placeholder_is_refused_and_nothing_saved(db):
    with pytest.raises(ValidationError, match=r"\{vornahme\}"):
        save_template(db, INVITATION, "Einladung {titel}", "Hallo {vornahme}")
    with pytest.raises(ValidationError, match="Klammer"):
        save_template(db, INVITATION, "Einladung {titel", "x")
    assert load_template(db, INVITATION).subject == DEFAULTS[INVITATION][0]


def test_saved_template_is_used_and_reset_restores_the_default(db):
    save_template(db, INVITATION, "Herzliche Einladung: {titel}", "{anrede},\nbis {anmeldeschluss} {{bitte}}")
    template = load_template(db, INVITATION)
    assert template.subject == "Herzliche Einladung: {titel}"
    values = {name: f"<{name}>" for name in PLACEHOLDERS} | {"titel": "Tagung {x} & <GmbH>"}
    assert render(template.subject, values) == "Herzliche Einladung: Tagung {x} & <GmbH>"
    assert render(template.body, values).endswith("bis <anmeldeschluss> {bitte}")
    reset_template(db, INVITATION)
    assert load_template(db, INVITATION).subject == DEFAULTS[INVITATION][0]
