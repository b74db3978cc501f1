"""Every text stored goes through ``model.core.text.strip_invisible`` on its way in.

One hook on the session factory covers every form, service and import that saves through the
ORM: before each flush the string columns of new and changed objects are cleaned (single-line
columns lose tab and line breaks too; ``Text`` columns such as notes keep them). Bulk inserts
of the imports bypass the ORM; their cells went through ``spreadsheet.clean_text``, which
uses the same function.
"""

from __future__ import annotations

from functools import cache

from .text import strip_invisible


@cache
def _text_columns(mapper) -> tuple[tuple[str, bool], ...]:  # a SQLAlchemy mapper
    from sqlalchemy import String, Text

    found = []
    for attribute in mapper.column_attrs:
        column_type = attribute.columns[0].type
        if isinstance(column_type, String):
            found.append((attribute.key, isinstance(column_type, Text)))
    return tuple(found)


def clean_new_text(session, _context, _instances) -> None:  # SQLAlchemy's event signature
    from sqlalchemy import inspect

    for instance in (*session.new, *session.dirty):
        state = inspect(instance)
        for key, multiline in _text_columns(state.mapper):
            value = state.dict.get(key)
            if isinstance(value, str) and not value.isprintable():
                cleaned = strip_invisible(value, multiline)
                if cleaned != value:
                    setattr(instance, key, cleaned)


def install(session_factory) -> None:  # a sessionmaker
    from sqlalchemy import event

    event.listen(session_factory, "before_flush", clean_new_text)
