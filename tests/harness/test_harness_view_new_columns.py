"""A view replaced to gain a column keeps its rows if its old columns keep them.

grocy recreates its views again and again, each time with a column more (a table's new
column speaks for itself; so does a view's). ``views keep their rows`` therefore compares
the rows on the columns the view had before, by name: a view that gains a column and
keeps every row passes. One that gains a column and loses, repeats or changes a row on
its old columns still fails, naming the view, as does one whose old column is gone. An
order-book chain of its own (not EDI's).
"""

from __future__ import annotations

import pytest

from tests.harness_projects import first_migration, run_matrix

ORDERS = '''"""Customers and their orders, with a total per customer."""


def upgrade(conn):
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, "
        "customer_id INTEGER REFERENCES customers(id), qty INTEGER, note TEXT)"
    )
    conn.execute(
        "CREATE VIEW customer_totals AS SELECT customer_id, count(*) AS orders "
        "FROM orders GROUP BY customer_id"
    )
'''


def replace_view(select: str) -> str:
    return f'''"""The totals view, defined again."""


def upgrade(conn):
    conn.execute("DROP VIEW customer_totals")
    conn.execute("CREATE VIEW customer_totals AS {select}")
'''


# The same rows, a column more (in the middle: columns are matched by name).
GAINS_A_COLUMN = replace_view(
    "SELECT customer_id, max(id) AS last_order, count(*) AS orders FROM orders "
    "GROUP BY customer_id"
)
# A column more, and the orders without a customer no longer counted: rows gone.
GAINS_A_COLUMN_AND_LOSES_ROWS = replace_view(
    "SELECT customer_id, count(*) AS orders, max(id) AS last_order FROM orders "
    "WHERE customer_id IS NOT NULL GROUP BY customer_id"
)
# A column more, and each customer's row repeated once per order.
GAINS_A_COLUMN_AND_REPEATS_ROWS = replace_view(
    "SELECT o.customer_id, (SELECT count(*) FROM orders i WHERE i.customer_id IS "
    "o.customer_id) AS orders, o.id AS order_id FROM orders o"
)
# ``orders`` renamed ``order_count``: an old column is gone, nothing to match it by.
RENAMES_A_COLUMN = replace_view(
    "SELECT customer_id, count(*) AS order_count, max(id) AS last_order FROM orders "
    "GROUP BY customer_id"
)


def run_the_step(pytester: pytest.Pytester, second: str):
    folder = first_migration(pytester, ORDERS, name="orders")
    (folder / "0002_totals_view.py").write_text(second, encoding="utf-8")
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def test_a_view_that_gains_a_column_and_keeps_its_rows_passes(pytester):
    run_the_step(pytester, GAINS_A_COLUMN).assert_outcomes(passed=1)


@pytest.mark.parametrize(
    "second", [GAINS_A_COLUMN_AND_LOSES_ROWS, GAINS_A_COLUMN_AND_REPEATS_ROWS, RENAMES_A_COLUMN]
)
def test_a_view_that_gains_a_column_and_changes_its_rows_fails_naming_it(pytester, second):
    result = run_the_step(pytester, second)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*view customer_totals: * row(s) gone*"])
