"""A declared backfill changes what the app's views read, and that is no finding.

grocy's ``0095`` fills ``stock.location_id`` from the product where it is NULL
(declared ``Backfill``); its view ``stock_current_location_content`` counts opened stock
with ``location_id = s.location_id``, which a NULL never matches, so after the fill the
view counts stock it could not see before: a consequence of the declaration, not a
change to declare again. The harness fills the declared column on a copy of the start,
as it replays declared deletions, and holds each view to what that copy reads. A view a
migration redefines besides, undeclared, still fails, naming it. A pantry chain of its
own (not EDI's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

PANTRY = '''"""Kinds of goods with their shelf, items (some never shelved) and what is opened."""


def upgrade(conn):
    conn.execute("CREATE TABLE kinds (id INTEGER PRIMARY KEY, shelf INTEGER NOT NULL)")
    conn.execute(
        "CREATE TABLE items (id INTEGER PRIMARY KEY, kind_id INTEGER NOT NULL, "
        "shelf INTEGER, opened INTEGER NOT NULL)"
    )
    conn.execute(
        "CREATE VIEW opened_on_shelf AS SELECT k.id AS kind_id, k.shelf, (SELECT count(*) "
        "FROM items i WHERE i.kind_id = k.id AND i.shelf = k.shelf AND i.opened = 1) AS opened "
        "FROM kinds k"
    )


def app_writes(conn, ctx):
    """Two kinds; every third item was never shelved, every other one is opened."""
    conn.executemany("INSERT INTO kinds (id, shelf) VALUES (?, ?)", [(1, 10), (2, 20)])
    conn.executemany(
        "INSERT INTO items (kind_id, shelf, opened) VALUES (?, ?, ?)",
        [(1 + n % 2, None if n % 3 == 0 else 10 * (1 + n % 2), n // 2 % 2) for n in range(ctx.rows)],
    )
'''

FILL = "(SELECT shelf FROM kinds WHERE id = items.kind_id)"

SHELVED = f'''from edi_migrations.changes import Backfill

CHANGES = (Backfill("items", "shelf", expression={FILL!r}),)


def upgrade(conn):
    conn.execute("UPDATE items SET shelf = {FILL} WHERE shelf IS NULL")
'''

# The same fill, and the view redefined (undeclared) to count the unopened items.
VIEW_REDEFINED = SHELVED + '''    conn.execute("DROP VIEW opened_on_shelf")
    conn.execute(
        "CREATE VIEW opened_on_shelf AS SELECT k.id AS kind_id, k.shelf, (SELECT count(*) "
        "FROM items i WHERE i.kind_id = k.id AND i.shelf = k.shelf AND i.opened = 0) AS opened "
        "FROM kinds k"
    )
'''


@pytest.fixture
def pantry(pytester: pytest.Pytester) -> Path:
    return first_migration(pytester, PANTRY, name="pantry")


def shelved_by(pytester: pytest.Pytester, pantry: Path, body: str) -> pytest.RunResult:
    """The pantry's second migration ``body`` (items never shelved take their kind's
    shelf), on the one step v1->v2."""
    add_migration(pantry, "shelve_items", body, doc="Items never shelved take their kind's shelf.")
    return run_matrix(pytester, pantry, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def test_a_view_reading_a_backfilled_column_reads_the_fill(pytester, pantry):
    shelved_by(pytester, pantry, SHELVED).assert_outcomes(passed=1)


def test_a_view_redefined_beside_the_backfill_still_fails_naming_it(pytester, pantry):
    result = shelved_by(pytester, pantry, VIEW_REDEFINED)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant 'views keep their rows'*", "*view opened_on_shelf:*"])
