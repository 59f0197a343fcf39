"""A view is blamed on a migration only for what the migration did to it.

``views keep their rows`` reads every view before and after a path. A view that cannot
be read on the start database (its app's own data overflows its sum) cannot be held to
its rows: the path passes and the run's notes say so. A view readable before and
unreadable after is the migration's fault and fails naming it. And the rows generated
from the schema do not make the chain's own views fail: a column that a view of the
chain sums or takes abs() of gets no integer edge value that overflows them, so a new
view over it reads; so does a column a migration of the chain sums as it runs (Navidrome
stores each artist's total size), while a sum over the app's own overflowing rows still
fails the migration. An order-book chain of its own (not EDI's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix

ORDERS = '''"""Customers and their orders, with a total per customer."""


def upgrade(conn):
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, "
        "customer_id INTEGER REFERENCES customers(id), qty INTEGER, note TEXT)"
    )
    conn.execute(
        "CREATE VIEW customer_totals AS SELECT customer_id, count(*) AS orders, "
        "sum(qty) AS total FROM orders GROUP BY customer_id"
    )
'''
# The app itself wrote two orders whose sum no 64-bit integer holds.
OVERFLOWING_APP = """

def app_writes(conn, ctx):
    conn.execute("INSERT INTO customers (id, name) VALUES (900001, 'wholesale')")
    conn.executemany(
        "INSERT INTO orders (customer_id, qty, note) VALUES (900001, ?, 'bulk')",
        [(9223372036854775807,), (5,)],
    )
"""
NOTE_INDEX = '''"""Orders found by their note (harmless)."""


def upgrade(conn):
    conn.execute("CREATE INDEX idx_orders_note ON orders(note)")
'''
TOTALS_PARSE_NOTES = '''"""The totals read each note as JSON (wrongly: notes are free text)."""


def upgrade(conn):
    conn.execute("DROP VIEW customer_totals")
    conn.execute(
        "CREATE VIEW customer_totals AS SELECT customer_id, count(*) AS orders, "
        "sum(qty) AS total, max(json_extract(note, '$.tag')) AS tag FROM orders "
        "GROUP BY customer_id"
    )
'''
SIZES = '''"""Order sizes for the dashboard: how big each order is, and per customer."""


def upgrade(conn):
    conn.execute("CREATE VIEW order_sizes AS SELECT id, abs(qty) AS size FROM orders")
    conn.execute(
        "CREATE VIEW customer_sizes AS SELECT customer_id, sum(abs(qty)) AS size "
        "FROM orders GROUP BY customer_id"
    )
'''


def make_chain(folder: Path, second: str, app: str = "") -> Path:
    folder.mkdir()
    (folder / "0001_orders.py").write_text(ORDERS + app, encoding="utf-8")
    (folder / "0002_change.py").write_text(second, encoding="utf-8")
    return folder


def run_the_step(pytester: pytest.Pytester, second: str, app: str = ""):
    chain = make_chain(pytester.path / "migrations", second, app)
    return run_matrix(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def test_a_view_unreadable_on_the_start_database_is_a_note_not_a_failure(pytester):
    result = run_the_step(pytester, NOTE_INDEX, OVERFLOWING_APP)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        [
            "*notes*",
            "*v1->v2: view customer_totals cannot be read on the start database "
            "(integer overflow): its rows are not compared*",
        ]
    )


def test_a_view_readable_before_and_unreadable_after_fails_naming_it(pytester):
    result = run_the_step(pytester, TOTALS_PARSE_NOTES)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*view customer_totals cannot be read: malformed JSON*"])


def test_a_harmless_migration_on_readable_views_passes_without_a_note(pytester):
    result = run_the_step(pytester, NOTE_INDEX)
    result.assert_outcomes(passed=1)
    assert "cannot be read" not in result.stdout.str()


def test_a_new_view_summing_a_generated_column_reads(pytester):
    """Every seed: the edge sweep puts the lowest 64-bit integer in qty, whose abs()
    overflows, unless the generator knows the chain's views take abs() of it."""
    result = run_the_step(pytester, SIZES)
    result.assert_outcomes(passed=1)


TOTALS_STORED = '''"""The shop's total quantity sold (returns are negative), stored for the dashboard."""


def upgrade(conn):
    conn.execute("CREATE TABLE shop_totals (qty INTEGER)")
    conn.execute("INSERT INTO shop_totals (qty) SELECT sum(qty) FROM orders WHERE qty > 0")
'''


@pytest.mark.parametrize("seed", ["1", "2", "3"])
def test_a_migration_summing_a_generated_column_completes(pytester, seed):
    """The edge sweep's 64-bit bounds in qty would overflow the migration's sum on every
    seed (no view of this chain sums qty): the generator knows the chain's migrations sum
    it, as it knows its views do."""
    no_view = ORDERS[: ORDERS.index("    conn.execute(\n        \"CREATE VIEW")]
    chain = make_chain(pytester.path / "migrations", TOTALS_STORED)
    (chain / "0001_orders.py").write_text(no_view, encoding="utf-8")
    result = run_matrix(
        pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2",
        "--migrations-seed", seed,
    )  # fmt: skip
    result.assert_outcomes(passed=1)


def test_a_migration_summing_the_apps_own_overflowing_rows_still_fails(pytester):
    result = run_the_step(pytester, TOTALS_STORED, OVERFLOWING_APP)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant 'upgrade completes'*", "*integer overflow*"])
