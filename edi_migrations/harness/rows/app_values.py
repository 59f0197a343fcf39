"""The app's own values for the rows the schema adds to a table the app filled.

An app that fills a table but leaves a column NULL in every row gets that column filled
from the schema, and a few whole new rows besides. Drawn from the schema alone, those rows
would hold words where the app only ever writes JSON (or any format it guarantees and a
later migration reads back, ``json_extract``): a false alarm no app can cause. So each
added row copies, from one of the app's rows (a bounded sample, picked with the maker's
seeded rng), the text of every column the app filled that no key, UNIQUE constraint or
reference governs; those, the columns the app left NULL, and numbers and NULLs even where
the app filled the column (the edge sweep again: 64-bit bounds, REALs), are drawn as before.
But a column the app never leaves NULL in any row it wrote (of the sample) takes the app
row's value where the draw is NULL: a later migration making it NOT NULL (Synapse's 77/06,
``thread_id``) failed on rows no app writes. A column the app leaves NULL somewhere still
draws NULL, and a number drawn non-NULL stays drawn (round ten: copying numbers hid a bug).
"""

from __future__ import annotations

import random
from collections.abc import Collection
from dataclasses import dataclass

from edi_migrations.harness.rows.row_plans import TablePlan
from edi_migrations.identifiers import quote_identifier
from edi_migrations.sqlite.dbapi import sqlite3

SAMPLE = 200  # app rows read per table: a bounded sample


@dataclass(frozen=True)
class AppValues:
    """Rows of the app (values of ``columns``) the added rows copy from."""

    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    rng: random.Random
    never_null: frozenset[str] = frozenset()  # columns no app row of the sample leaves NULL

    def over(self, columns: tuple[str, ...], values: list[object]) -> list[object]:
        """``values`` (of ``columns``, drawn) with the copied columns taken from one app row:
        only its text (a format the app guarantees), over a drawn value that is not NULL;
        a number stays drawn (a 64-bit bound, a REAL) and so does a NULL, or a migration
        mishandling them would pass on an app that only wrote small counts; a NULL drawn
        where the app never leaves one takes the app row's value."""
        row = self.rows[self.rng.randrange(len(self.rows))]
        at = {name: i for i, name in enumerate(columns)}
        for name, value in zip(self.columns, row, strict=True):
            if name not in at:
                continue
            drawn = values[at[name]]
            if (isinstance(value, str) and drawn is not None) or (
                drawn is None and name in self.never_null
            ):
                values[at[name]] = value
        return values


def app_values(
    conn: sqlite3.Connection, plan: TablePlan, rng: random.Random, unfilled: Collection[str]
) -> AppValues | None:
    """What the rows added to ``plan``'s table copy from the rows already there (the app's),
    or None where no column may be copied (every one a key, unique, a reference or
    ``unfilled``)."""
    info = plan.info
    governed = set(plan.bound) | set(unfilled) | {c for key in info.uniques for c in key}
    columns = tuple(c.name for c in info.writable if not c.pk and c.name not in governed)
    if not columns:
        return None
    rows = tuple(conn.execute(_sample_sql(info.name, columns, info.without_rowid)))
    if not rows:
        return None
    never_null = frozenset(c for i, c in enumerate(columns) if all(r[i] is not None for r in rows))
    return AppValues(columns, rows, rng, never_null)


def _sample_sql(table: str, columns: tuple[str, ...], without_rowid: bool) -> str:
    """The first SAMPLE rows' ``columns`` in storage order (a big table is never read whole)."""
    names = ", ".join(quote_identifier(c) for c in columns)
    order = "" if without_rowid else " ORDER BY rowid"
    return f"SELECT {names} FROM {quote_identifier(table)}{order} LIMIT {SAMPLE}"
