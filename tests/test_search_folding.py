"""Every search folds umlauts the same way: ä = ae = a (and ö, ü, ß, accents, case)."""

from __future__ import annotations

import pytest

from model.core.text import search_fold, search_key
from model.members.municipalities import search as search_municipalities


@pytest.mark.parametrize("typed", ["Mülheim", "Muelheim", "Mulheim", "MÜLHEIM", "muelheim"])
def test_the_spellings_of_an_umlaut_fold_alike(typed):
    assert search_fold(typed) == "mulheim"


def test_stored_key_and_typed_text_meet_whatever_the_spelling():
    stored = search_key("Jürgen", "Müller", "Stadt Köln", None, "j.mueller@stadt-koeln.de")
    for typed in ("Mueller", "Müller", "muller", "Koeln", "Köln", "juergen"):
        assert search_fold(typed) in stored


def test_municipality_picker_finds_muelheim():
    names = [m.name for m in search_municipalities("Muelheim")]
    assert any(name.startswith("Mülheim an der Ruhr") for name in names)
    assert [m.name for m in search_municipalities("Mülheim")][:3] == names[:3]


def test_people_search_finds_both_spellings(db):
    from member_data import build_network

    from model.members.persons import PersonFilter, filter_persons, list_persons

    build_network(db)
    rows = list_persons(db)
    for typed in ("Yilmaz", "Yılmaz", "Zolc", "Żółć"):
        found = filter_persons(rows, PersonFilter(text=typed))
        assert found, typed


def test_the_upgrade_refolds_the_stored_keys(tmp_path):
    """A database of the previous schema: its keys hold "mueller"; after opening, "muller"."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from model.core.db import APPLICATION_ID, open_database
    from model.core.migrations.runner import alembic_config

    path = tmp_path / "alt.sqlite"
    engine = create_engine(f"sqlite:///{path}")

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(
            text(
                "INSERT INTO organisation (name, kind, search_key) "
                "VALUES ('Stadt Mülheim', 'Kommune', 'stadt mulheim | muelheimer strasse')"
            )
        )
    engine.dispose()
    database = open_database(path)
    with database.session() as session:
        assert (
            session.execute(text("SELECT search_key FROM organisation")).scalar() == "stadt mulheim | mulheimer strasse"
        )
    database.dispose()
