"""The overview's lightweight table descriptions match the mapped schema."""

from model.entities import Base
from model.overview import EVENT, MEMBERSHIP, ORGANISATION, PERSON, REGISTRATION


def test_overview_columns_exist_with_the_same_types():
    for light in (EVENT, MEMBERSHIP, ORGANISATION, PERSON, REGISTRATION):
        mapped = Base.metadata.tables[light.name]
        for col in light.columns:
            assert col.name in mapped.c, f"{light.name}.{col.name}"
            assert type(col.type)._type_affinity is type(mapped.c[col.name].type)._type_affinity, f"{light.name}.{col.name}"
