"""Round seventeen of a newcomer: an inventory and ledger app keeping derived data in the
database (counters kept by triggers, generated columns), with a year of movements.

SQLite cannot ``ADD`` a STORED generated column, so the docs' ``rebuild_tables`` adds one;
its ``downgrade()``, the same rebuild without it, was refused (``rebuilding movements
would drop column(s) direction``), and so was any rebuild of a table already holding a
generated column, even one keeping it: the copy listed the generated column among those
to copy, and read the new table's columns without it. A generated column holds no data of
its own: the rebuild now copies only stored columns and may leave a generated one out,
while leaving out a column that holds data is still refused, naming it.
"""

from __future__ import annotations

import sqlite3

import pytest

from edi_migrations.rebuild import NewTable, rebuild_tables
from tests.harness_projects import add_migration, first_migration

STOCK = '''"""Products and their stock movements."""


def upgrade(conn):
    conn.execute("CREATE TABLE products (id INTEGER PRIMARY KEY, price_cents INTEGER NOT NULL, "
                 "price_eur REAL GENERATED ALWAYS AS (price_cents / 100.0) VIRTUAL)")
    conn.execute("CREATE TABLE movements (id INTEGER PRIMARY KEY, "
                 "product_id INTEGER REFERENCES products(id), qty INTEGER NOT NULL)")


def downgrade(conn):
    conn.execute("DROP TABLE movements")
    conn.execute("DROP TABLE products")
'''

MOVEMENTS = (
    "id INTEGER PRIMARY KEY, product_id INTEGER REFERENCES products(id), qty INTEGER NOT NULL"
)
DIRECTION = "direction TEXT GENERATED ALWAYS AS (CASE WHEN qty < 0 THEN 'out' ELSE 'in' END) STORED"

STORED = f'''
from edi_migrations.rebuild import NewTable, rebuild_tables


def upgrade(conn):
    rebuild_tables(conn, [NewTable("movements", "{MOVEMENTS}, {DIRECTION}")])


def downgrade(conn):
    rebuild_tables(conn, [NewTable("movements", "{MOVEMENTS}")])
'''

PRICE_CHECK = """
from edi_migrations.rebuild import NewTable, rebuild_tables

PRODUCTS = ("id INTEGER PRIMARY KEY, price_cents INTEGER NOT NULL CHECK (price_cents >= -1e300), "
            "price_eur REAL GENERATED ALWAYS AS (price_cents / 100.0) VIRTUAL")


def upgrade(conn):
    rebuild_tables(conn, [NewTable("products", PRODUCTS)])
"""


def run_chain(
    pytester: pytest.Pytester, first: str, second: str, *selection: str
) -> pytest.RunResult:
    """``first`` as 0001 and ``second`` as 0002, the checks ``selection`` picks."""
    add_migration(first_migration(pytester, first), "second", second)
    return pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "--migrations-seed", "7", "--migrations-dir", "migrations",
        *selection,
    )  # fmt: skip


UPGRADE_PATH = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def test_a_stored_generated_column_added_by_a_rebuild_round_trips(pytester):
    result = run_chain(pytester, STOCK, STORED, "-k", "round_trip or test_upgrade_path",
                       "--upgrade-path", "v1*v2")  # fmt: skip
    result.assert_outcomes(passed=2)


def test_a_table_holding_a_generated_column_rebuilt_for_a_check_passes(pytester):
    result = run_chain(pytester, STOCK, PRICE_CHECK, *UPGRADE_PATH)
    result.assert_outcomes(passed=1)


def test_a_rebuild_leaving_out_a_column_holding_data_is_still_refused(pytester):
    dropped = STORED.replace(f"{MOVEMENTS}, {DIRECTION}", "id INTEGER PRIMARY KEY, product_id INT")
    result = run_chain(pytester, STOCK, dropped, *UPGRADE_PATH)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*rebuilding movements would drop column(s) qty*"])


def test_the_rebuild_itself_keeps_rows_and_drops_only_the_generated_column():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute(f"CREATE TABLE movements ({MOVEMENTS}, {DIRECTION})")
    conn.execute("INSERT INTO movements (product_id, qty) VALUES (1, -3), (2, 4)")
    conn.execute("BEGIN")
    rebuild_tables(conn, [NewTable("movements", MOVEMENTS)])
    assert conn.execute("SELECT * FROM movements").fetchall() == [(1, 1, -3), (2, 2, 4)]
    with pytest.raises(ValueError, match=r"would drop column\(s\) qty"):
        rebuild_tables(conn, [NewTable("movements", "id INTEGER PRIMARY KEY, product_id INT")])


# The ledger splits in two, ids kept: postings in `entries`, memos in `entry_memos`.
# Copied through an inner JOIN on the account, the postings of no account are lost, and the
# memos naming them were stopped by the foreign-key gate with advice about the memos alone
# (set entry_memos.entry_id to NULL, quarantine them, or say the app never writes them):
# the memos were right, the migration's copy into `entries` had left their rows out.
LEDGER = '''"""Accounts and their ledger; a posting may name no account (a cash sale)."""


def upgrade(conn):
    conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, "
                 "account_id INTEGER REFERENCES accounts(id), amount INTEGER NOT NULL, memo TEXT)")


def app_writes(conn, ctx):
    conn.executemany("INSERT INTO accounts (id, name) VALUES (?, ?)", [(1, "a"), (2, "b")])
    conn.executemany("INSERT INTO ledger (account_id, amount, memo) VALUES (?, ?, ?)",
                     [(None if i % 4 == 0 else 1 + i % 2, i, f"memo {i}") for i in range(40)])
'''

SPLIT = """
from edi_migrations.changes import DropColumn, RenameTable

CHANGES = (RenameTable("ledger", "entries"), DropColumn("entries", "memo"))


def upgrade(conn):
    conn.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, "
                 "account_id INTEGER REFERENCES accounts(id), amount INTEGER NOT NULL)")
    conn.execute("CREATE TABLE entry_memos (entry_id INTEGER PRIMARY KEY "
                 "REFERENCES entries(id), memo TEXT NOT NULL)")
    conn.execute("INSERT INTO entries (id, account_id, amount) "
                 "SELECT l.id, l.account_id, l.amount FROM ledger l")
    conn.execute("INSERT INTO entry_memos SELECT id, memo FROM ledger WHERE memo IS NOT NULL")
    conn.execute("DROP TABLE ledger")
"""

INNER_JOIN = SPLIT.replace("FROM ledger l", "FROM ledger l JOIN accounts a ON a.id = l.account_id")


def test_a_split_copying_every_row_passes(pytester):
    run_chain(pytester, LEDGER, SPLIT, *UPGRADE_PATH).assert_outcomes(passed=1)


def test_a_split_losing_the_rows_of_a_null_key_names_the_copy_that_left_them_out(pytester):
    result = run_chain(pytester, LEDGER, INNER_JOIN, *UPGRADE_PATH)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*entry_memos(entry_id) -> entries*The migration wrote entries itself, which "
            "lacks the rows these values name*left out of a copy into it*INNER JOIN*NULL*"
        ]
    )
