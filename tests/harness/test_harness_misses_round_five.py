"""Round five of the red team, on today's loosenings (chains of their own, not EDI's):
each broken twin, a migration that should fail, beside its sound control.

Rows from the schema read a trigger guarding a reference as a foreign key (calibre's
``fkc_insert_*``) and drew no orphan on it, not even the NULL its ``NEW.col IS NOT NULL``
guard lets through: a rebuild joining the parent lost every row on no parent unseen.
'triggers fire' leaves out a failure already there at the start (calibre's base guards
read ``OLD.book``), but touched a row with one update, delete and re-insert: the update's
old failure hid a delete trigger the migration broke, as the same message."""

from __future__ import annotations

import pytest

from tests.harness.test_harness_round_trip_declared_downgrade import round_trip
from tests.harness_projects import assert_outcome, run_matrix
from tests.newcomer_chains import STEP, two_steps

SHELVES = '''"""Books, each on a shelf or on none; {guard}."""


def upgrade(conn):
    conn.executescript("""
        CREATE TABLE shelf (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT NOT NULL, shelf INTEGER);
        {trigger}
    """)
'''
GUARD = """CREATE TRIGGER book_shelf BEFORE INSERT ON book
        FOR EACH ROW WHEN NEW.shelf IS NOT NULL BEGIN
          SELECT RAISE(ABORT, 'no such shelf')
          WHERE NOT EXISTS (SELECT 1 FROM shelf WHERE id = NEW.shelf);
        END;"""
SHELF_NAMED = '''
from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("book", "shelf NOT IN (SELECT id FROM shelf)"),)


def upgrade(conn):  # the reference declared at last, books on no known shelf let go
    conn.executescript("""
        CREATE TABLE book_new (id INTEGER PRIMARY KEY, title TEXT NOT NULL,
                               shelf INTEGER REFERENCES shelf (id));
        INSERT INTO book_new (id, title, shelf)
          SELECT b.id, b.title, b.shelf FROM book b {join};
        DROP TABLE book;
        ALTER TABLE book_new RENAME TO book;
        {trigger}
    """)
'''
KEEPS_UNSHELVED = "WHERE b.shelf IS NULL OR b.shelf IN (SELECT id FROM shelf)"
LOSES_UNSHELVED = "JOIN shelf s ON s.id = b.shelf"


def shelves(trigger: str, join: str) -> tuple[str, str]:
    guard = "a trigger refuses a missing shelf" if trigger else "nothing guards the shelf"
    first = SHELVES.replace("{guard}", guard).replace("{trigger}", trigger)
    return first, SHELF_NAMED.replace("{join}", join).replace("{trigger}", trigger)


@pytest.mark.parametrize("trigger", [GUARD, ""], ids=["trigger-guarded", "unguarded"])
@pytest.mark.parametrize(
    ("join", "expect"),
    [(KEEPS_UNSHELVED, ()), (LOSES_UNSHELVED, ("*data kept*", "*book*"))],
    ids=["keeps-unshelved", "loses-unshelved"],
)
def test_a_reference_a_trigger_lets_null_through_is_drawn_null(pytester, trigger, join, expect):
    folder = two_steps(pytester, *shelves(trigger, join))
    assert_outcome(run_matrix(pytester, folder, *STEP), expect)


AUTHORS = '''"""Authors; each deletion journalled; {update}."""


def upgrade(conn):
    conn.executescript("""
        CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, book INTEGER);
        CREATE TABLE journal (what TEXT NOT NULL);
        CREATE TRIGGER authors_update BEFORE UPDATE ON authors
        BEGIN SELECT CASE WHEN {read} < 0 THEN RAISE(ABORT, 'negative') END; END;
        CREATE TRIGGER authors_delete AFTER DELETE ON authors
        BEGIN INSERT INTO journal (what) VALUES ('author ' || OLD.id); END;
    """)
'''
SOUND_UPDATE, BROKEN_UPDATE = "OLD.book", "OLD.books"  # calibre's base read a missing column
DROPS_THE_JOURNAL = """
from edi_migrations.changes import DropTable

CHANGES = (DropTable("journal"),)


def upgrade(conn):  # the deletion trigger still writes there
    conn.execute("DROP TABLE journal")
"""
KEEPS_THE_JOURNAL = """
def upgrade(conn):
    conn.execute("ALTER TABLE journal ADD COLUMN at TEXT")
"""


@pytest.mark.parametrize(
    "read", [SOUND_UPDATE, BROKEN_UPDATE], ids=["update-sound", "update-broken-before"]
)
@pytest.mark.parametrize(
    ("second", "expect"),
    [
        (KEEPS_THE_JOURNAL, ()),
        (DROPS_THE_JOURNAL, ("*triggers fire*", "*no such table: main.journal*")),
    ],
    ids=["keeps", "drops"],
)
def test_a_trigger_broken_before_hides_no_other_trigger_of_its_table(
    pytester, read, second, expect
):
    update = "its update guard reads a column" + (" it lacks" if read == BROKEN_UPDATE else "")
    first = AUTHORS.replace("{update}", update).replace("{read}", read)
    assert_outcome(run_matrix(pytester, two_steps(pytester, first, second), *STEP), expect)


LEDGER = '''"""Orders summed by a view; a ledger whose column is named alike."""


def upgrade(conn):
    conn.executescript("""
        CREATE TABLE orders (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL);
        CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL);
        CREATE VIEW totals AS SELECT sum(amount) AS total FROM orders;
    """)
'''
THROUGH_REAL = """
def upgrade(conn):
    conn.execute("UPDATE {table} SET amount = CAST(CAST(amount AS REAL) AS INTEGER)")
"""


@pytest.mark.parametrize("table", ["orders", "ledger"])
@pytest.mark.parametrize(
    ("how", "expect"),
    [("amount", ()), ("CAST(CAST(amount AS REAL) AS INTEGER)", ("*data kept*", "*amount*"))],
    ids=["kept", "through-real"],
)
def test_a_summed_column_cast_through_real_still_fails(pytester, table, how, expect):
    second = THROUGH_REAL.replace("{table}", table).replace(
        "CAST(CAST(amount AS REAL) AS INTEGER)", how
    )
    assert_outcome(run_matrix(pytester, two_steps(pytester, LEDGER, second), *STEP), expect)


@pytest.mark.parametrize(
    ("down", "expect"),
    [("ver = 1", ()), ("ver = 1 WHERE id % 2 = 0", ("*round trip up->down*",))],
    ids=["every-row", "some-rows"],
)
def test_a_down_declaring_a_recompute_is_held_to_it_in_every_row(pytester, down, expect):
    assert_outcome(round_trip(pytester, down), expect)
