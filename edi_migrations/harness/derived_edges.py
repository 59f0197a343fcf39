"""The edge rows the app derived from the schema also writes.

One clean row draws some value between a CHECK's bounds; a migration tightening that
CHECK breaks an old app writing the bound itself, and was passed or failed by the seed.
So the derived INSERT also runs with rows holding each column's edge values, each one the
table accepts at the old version beside the rows before it (no constraint broken, no new
foreign-key violation): what the old schema admits, the old app may write.
"""

from __future__ import annotations

import random

from edi_migrations.harness.rows.row_maker import RowMaker
from edi_migrations.harness.rows.row_plans import UnsatisfiableConstraint, table_plan
from edi_migrations.harness.rows.schema_sql import insert_sql
from edi_migrations.sqlite.dbapi import sqlite3

TRIES = 8  # edge rows drawn per table; the ones the old schema refuses are dropped


def edge_rows(
    conn: sqlite3.Connection,
    info,
    rng: random.Random,
    columns: tuple[str, ...],
    first: tuple,
    keep: int,
) -> tuple[tuple, ...]:
    """Up to ``keep`` rows of edge values that insert after ``first`` at this version (all
    tried in one savepoint, rolled back)."""
    sql = insert_sql(info.name, columns)
    kept: list[tuple] = []
    conn.execute("SAVEPOINT derived_edges")
    try:
        conn.execute(sql, first)
        violations = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        maker = RowMaker(conn, table_plan(info), rng, False, start=2_000_000)
        for _ in range(TRIES):
            if len(kept) == keep:
                break
            row = tuple(maker.row(columns, clean=False, allow_null=False))
            if row in kept or row == first:
                continue
            conn.execute("SAVEPOINT derived_edge")
            try:
                conn.execute(sql, row)
                if len(conn.execute("PRAGMA foreign_key_check").fetchall()) > violations:
                    raise sqlite3.IntegrityError("an orphan")
                kept.append(row)
                conn.execute("RELEASE derived_edge")
            except sqlite3.IntegrityError:
                conn.execute("ROLLBACK TO derived_edge")
                conn.execute("RELEASE derived_edge")
    except (UnsatisfiableConstraint, sqlite3.Error):
        pass  # the clean row alone still runs
    finally:
        conn.execute("ROLLBACK TO derived_edges")
        conn.execute("RELEASE derived_edges")
    return tuple(kept)
