"""Inserting thousands of rows at once (imports): one ``executemany`` through the driver.

A Core ``insert(table)`` with a list of dicts costs about three times the raw driver call,
most of it in building and converting each row's parameters one by one. ``insert_rows``
converts each column's values with SQLAlchemy's own bind processors (so SQLite stores dates
and times exactly as everywhere else) and hands plain tuples to the driver, in the running
transaction of the session. Python-side scalar defaults of columns left out are filled in;
server defaults apply as usual.
"""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.orm import Session

_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys: column names) into ``table``."""
    if not rows:
        return
    from sqlalchemy import insert
    from sqlalchemy.sql.schema import ScalarElementColumnDefault

    connection = session.connection()
    dialect = connection.dialect
    placeholder = _PLACEHOLDER.get(dialect.paramstyle)
    names = list(rows[0])
    defaults = {
        column.name: column.default.arg
        for column in table.columns
        if column.name not in names and isinstance(column.default, ScalarElementColumnDefault)
    }
    if placeholder is None or any(  # a driver this module does not know, or a computed default
        column.name not in names and column.default is not None and not column.default.is_scalar
        for column in table.columns
    ):
        connection.execute(insert(table), rows)
        return
    columns = [table.c[name] for name in names] + [table.c[name] for name in defaults]
    processors = [column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(column.name) for column in columns)}) "
        f"VALUES ({', '.join([placeholder] * len(columns))})"
    )
    default_values = list(defaults.values())
    convert = [(index, process) for index, process in enumerate(processors) if process is not None]
    values_of = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    last = {index: (None, None) for index, _ in convert}  # e.g. one timestamp for every row
    converted = []
    for row in rows:
        values = [*values_of(row), *default_values]
        for index, process in convert:  # most columns need no conversion: only those that do
            value = values[index]
            if value is not None:
                seen, result = last[index]
                if value is not seen:
                    result = process(value)
                    last[index] = (value, result)
                values[index] = result
        converted.append(tuple(values))
    connection.exec_driver_sql(sql, converted)
