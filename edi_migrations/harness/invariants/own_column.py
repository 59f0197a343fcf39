"""A declared expression that is one of its table's columns, named as ``quote_identifier``
writes it (a ``Backfill(from_column=...)``): its values are the column's, as read.

Evaluated in SQL, such an expression copied every table of the database into memory once
per path and fill, for the values the start's rows hold already (a column read back keeps
its storage class: no affinity applies to a SELECT of it).
"""

from __future__ import annotations

from edi_migrations.harness.dbstate import TableRows


def own_column(rows: TableRows | None, expression: str) -> int | None:
    """The place among ``rows``' columns of the one ``expression`` names alone, if so."""
    if rows is None or len(expression) < 2 or expression[0] != '"' or expression[-1] != '"':
        return None
    inner = expression[1:-1]
    if '"' in inner.replace('""', ""):
        return None  # two quoted names, or an odd quote: an expression
    name = inner.replace('""', '"').casefold()
    places = [i for i, c in enumerate(rows.columns) if c.casefold() == name]
    return places[0] if len(places) == 1 else None
