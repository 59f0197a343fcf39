"""Red team, round fifteen: the invariants the last session loosened, each beside its twin.

Small chains of their own (not EDI's). Found: a condition read just before its migration
(a narrowed ``MigrationTime``'s ``where=``, a ``DeleteRows``) on a path where an earlier
step copied the table into a new one after deleting rows was applied to the start's rows
of the rowids the copy gave: a sound stamp or deletion failed on the rows it named, and a
row stamped or deleted outside it passed (a miss), for a keyless table and for one with a
TEXT key alike (``harness/midpath_keyless.py``; the stamp's and the deletion's reads now
follow ``midpath_keyed`` back to the start, as an expression's did).

Found sound, kept as guards: a foreign key written without its parent's columns reads as
the parent's primary key in that key's order (``PRIMARY KEY (room, slot)`` over columns
``slot, room``): written out in that order it is the same key, in the other the copy's
rows have no parent and the step fails. A parent rebuilt without the primary key its
children name unwritten fails the step ("foreign key mismatch"). The previous app's
insert pointing at a parent the migration deletes on purpose is left out whether the
reference names the parent's columns or not (every owner deleted: surely gone). A WITHOUT
ROWID key turned with a key value changed fails. A re-run (foreign keys off, as the
runner) deleting another parent row changes rows, which the check sees.

Mended evidence: a copy changing the case of a key compared NOCASE was named as every
row's values changed (the key read as another, rows paired by rowid); it names the key.
A false alarm: a keyless copy, a declared deletion, then more rows added than deleted
(``AddRows``) went back to rowid matching; it is judged by content.
"""

from __future__ import annotations

import pytest

from tests.harness.test_harness_misses_round_thirteen import SUMMARIES
from tests.harness_projects import add_migration, run_matrix
from tests.newcomer_chains import STEP, step_fails_showing, two_steps

NO_RERUN = ("-o", "edi_migrations_rerun_check=false")

PAIRS = '''"""Shelves keyed by (room, slot), written in that order; books name their shelf."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE shelf (slot TEXT NOT NULL, room TEXT NOT NULL, label TEXT,"
        " PRIMARY KEY (room, slot))"
    )
    conn.execute(
        "CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT, r TEXT, s TEXT,"
        " FOREIGN KEY (r, s) REFERENCES shelf)"
    )
'''

BOOKS_REBUILT = """
def upgrade(conn):
    conn.execute(
        "CREATE TABLE book_new (id INTEGER PRIMARY KEY, title TEXT, r TEXT, s TEXT,"
        " FOREIGN KEY (r, s) REFERENCES shelf (PARENT_COLUMNS))"
    )
    conn.execute("INSERT INTO book_new SELECT id, title, r, s FROM book")
    conn.execute("DROP TABLE book")
    conn.execute("ALTER TABLE book_new RENAME TO book")
"""


def step_passes(pytester, first: str, second: str) -> None:
    """The path v1->v2 passes (the re-run check left out: a rebuild is no re-run's no-op)."""
    run_matrix(pytester, two_steps(pytester, first, second), *NO_RERUN, *STEP).assert_outcomes(
        passed=1
    )


def test_a_composite_parent_key_written_out_in_its_order_is_the_same_key(pytester):
    step_passes(pytester, PAIRS, BOOKS_REBUILT.replace("PARENT_COLUMNS", "room, slot"))


def test_a_composite_parent_key_written_out_in_another_order_fails(pytester):
    lines = ["*migration 0002_second left * new foreign-key violation(s) (book rowid *"]
    folder = two_steps(pytester, PAIRS, BOOKS_REBUILT.replace("PARENT_COLUMNS", "slot, room"))
    step_fails_showing(pytester, folder, lines, *NO_RERUN)


OWNERS = '''"""Owners and their pets; a pet names its owner by the owner's key, unwritten."""


def upgrade(conn):
    conn.execute("CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute(
        "CREATE TABLE pets (id INTEGER PRIMARY KEY, name TEXT, owner_id INTEGER REFERENCES owners)"
    )
'''

OWNERS_REBUILT = """
from edi_migrations.changes import DropConstraint

CHANGES = (DropConstraint("owners", "primary key", "id"),)


def upgrade(conn):
    conn.execute("CREATE TABLE owners_new (id INTEGER ID_KEY, name TEXT)")
    conn.execute("INSERT INTO owners_new (rowid, id, name) SELECT id, id, name FROM owners")
    conn.execute("DROP TABLE owners")
    conn.execute("ALTER TABLE owners_new RENAME TO owners")
"""


def test_a_parent_rebuilt_keeping_its_key_passes(pytester):
    second = OWNERS_REBUILT.replace("ID_KEY", "PRIMARY KEY").replace(
        'CHANGES = (DropConstraint("owners", "primary key", "id"),)', "CHANGES = ()"
    )
    step_passes(pytester, OWNERS, second)


def test_a_parent_losing_the_key_its_children_name_unwritten_fails(pytester):
    lines = [
        '*PRAGMA foreign_key_check("pets"): *foreign key mismatch - "pets" referencing "owners"*'
    ]
    folder = two_steps(pytester, OWNERS, OWNERS_REBUILT.replace("ID_KEY", "NOT NULL"))
    step_fails_showing(pytester, folder, lines, *NO_RERUN)


PREVIOUS_APP = ("-k", "test_previous_app_still_works")

PETS = '''"""Owners and their pets."""


def upgrade(conn):
    conn.execute("CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute(
        "CREATE TABLE pets (id INTEGER PRIMARY KEY, name TEXT,"
        " owner_id INTEGER NOT NULL REFERENCES owners PARENT_COLUMNS)"
    )
'''

OWNERS_GONE = """
from edi_migrations.changes import DeleteRows

CHANGES = (
    DeleteRows("pets", where="owner_id > 0"),
    DeleteRows("owners", where="id > 0"),
)
KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    conn.execute("DELETE FROM pets WHERE owner_id > 0")
    conn.execute("DELETE FROM owners WHERE id > 0")
"""


def previous_app_after_deleting(pytester, parent_columns: str) -> pytest.RunResult:
    folder = two_steps(pytester, PETS.replace("PARENT_COLUMNS", parent_columns), OWNERS_GONE)
    return run_matrix(pytester, folder, *PREVIOUS_APP)


def test_owners_deleted_on_purpose_leave_the_previous_app_working(pytester):
    previous_app_after_deleting(pytester, "(id)").assert_outcomes(passed=1)


def test_owners_named_by_their_unwritten_key_deleted_on_purpose_too(pytester):
    previous_app_after_deleting(pytester, "").assert_outcomes(passed=1)


COPY = """    conn.execute(
        "CREATE TABLE summary_new (user TEXT NOT NULL, count INTEGER NOT NULL, "
        "thread TEXT, seen TEXT NOT NULL DEFAULT 'never')"
    )
    conn.execute("INSERT INTO summary_new SELECT user, count, thread, seen FROM summary")
    conn.execute("DROP TABLE summary")
    conn.execute("ALTER TABLE summary_new RENAME TO summary")
"""  # the table copied into a new one: its rows numbered again from 1

SUMMARIES_COPIED = (
    """
from edi_migrations.changes import DeleteRows, Recompute

CHANGES = (
    DeleteRows("summary", where="thread IS NULL"),
    Recompute("summary", "count", "count * 10"),
)


def upgrade(conn):
    conn.execute("DELETE FROM summary WHERE thread IS NULL")
    conn.execute("UPDATE summary SET count = count * 10")
"""
    + COPY
)

SEEN_STAMPED = """
from edi_migrations.changes import MigrationTime

CHANGES = (MigrationTime("summary", "seen", where="count > 30"),)


def upgrade(conn):
    conn.execute("UPDATE summary SET seen = datetime('now') WHERE WHO")
"""


LATER_DELETED = """
from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("summary", where="count > 30"),)


def upgrade(conn):
    conn.execute("DELETE FROM summary WHERE WHO")
"""

KEYED = ("(user TEXT NOT NULL,", "(user TEXT PRIMARY KEY,")  # the same rows, keyed by user
OVER_TWO_STEPS = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v3")
# (keyed, third migration): a copy after a deletion, then a condition over a value it changed
AFTER_A_COPY = {
    "stamp-keyless": (False, SEEN_STAMPED),
    "stamp-keyed": (True, SEEN_STAMPED),
    "deletion-keyless": (False, LATER_DELETED),
}


def copied_then(pytester, case: str, who: str):
    """SUMMARIES, copied after a deletion (its count recomputed), then the case's third
    migration acting on the rows ``who`` selects, where it declares ``count > 30``."""
    keyed, third = AFTER_A_COPY[case]
    first, second = SUMMARIES, SUMMARIES_COPIED
    if keyed:
        first, second = first.replace(*KEYED), second.replace(*KEYED)
    folder = two_steps(pytester, first, second)
    add_migration(folder, "third", third.replace("WHO", who))
    return folder


@pytest.mark.parametrize("case", sorted(AFTER_A_COPY))
def test_a_condition_after_a_copy_passes_over_both_steps(pytester, case):
    folder = copied_then(pytester, case, "count > 30")
    run_matrix(pytester, folder, *OVER_TWO_STEPS).assert_outcomes(passed=1)


@pytest.mark.parametrize("case", sorted(AFTER_A_COPY))
def test_a_condition_after_a_copy_taking_another_row_fails_over_both_steps(pytester, case):
    """Row 3 (count 30 after the copy) is the one taken outside the declaration."""
    folder = copied_then(pytester, case, "count > 20")
    result = run_matrix(pytester, folder, *OVER_TWO_STEPS)
    result.assert_outcomes(failed=1)
    lost = "summary rowid 3: row lost" if case.startswith("deletion") else "summary.seen rowid 3"
    result.stdout.fnmatch_lines(["*broke invariant 'data kept'*", f"*{lost}*"])


TAGS = '''"""Tags, keyed by their name whatever its case."""


def upgrade(conn):
    conn.execute("CREATE TABLE tag (name TEXT PRIMARY KEY COLLATE NOCASE, uses INTEGER NOT NULL)")


def app_writes(conn, ctx):
    rows = [(f"Tag{n}", n) for n in range(max(ctx.rows, 6))]
    conn.executemany("INSERT INTO tag VALUES (?, ?)", rows)
'''

TAGS_COPIED = """
from edi_migrations.changes import AddRows

CHANGES = (AddRows("tag"),)


def upgrade(conn):
    conn.execute(
        "CREATE TABLE tag_new (name TEXT PRIMARY KEY COLLATE NOCASE, uses INTEGER NOT NULL)"
    )
    conn.execute("INSERT INTO tag_new VALUES ('zz-added', 0)")
    conn.execute("INSERT INTO tag_new SELECT KEY_READ, uses FROM tag ORDER BY name DESC")
    conn.execute("DROP TABLE tag")
    conn.execute("ALTER TABLE tag_new RENAME TO tag")
"""


def test_a_nocase_keyed_copy_with_a_row_added_passes(pytester):
    step_passes(pytester, TAGS, TAGS_COPIED.replace("KEY_READ", "name"))


def test_a_nocase_keyed_copy_changing_its_keys_case_fails(pytester):
    """'Tag1' and 'tag1' are one key under NOCASE, but the value the app reads changed: the
    row is named by that key (it read as lost, every row's values then compared by rowid
    with another's: 'uses' changed everywhere)."""
    folder = two_steps(pytester, TAGS, TAGS_COPIED.replace("KEY_READ", "lower(name)"))
    line = "*tag.name rowid 2: before text 'Tag1', after text 'tag1' (expected text 'Tag1'*"
    result = run_matrix(pytester, folder, *STEP)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant 'data kept'*", line])
    assert "tag.uses" not in result.stdout.str()


GRID = '''"""Cells of a grid, known by (x, y), no rowid."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE cell (x INTEGER NOT NULL, y INTEGER NOT NULL, ink TEXT,"
        " PRIMARY KEY (x, y)) WITHOUT ROWID"
    )
'''

GRID_TURNED = """
from edi_migrations.changes import ChangeConstraint
from edi_migrations.rebuild import NewTable, rebuild_tables

CHANGES = (
    ChangeConstraint("cell", "primary key", column="x"),
    ChangeConstraint("cell", "primary key", column="y"),
)


def upgrade(conn):
    rebuild_tables(conn, [NewTable(
        "cell", "x INTEGER NOT NULL, y INTEGER NOT NULL, ink TEXT, PRIMARY KEY (y, x)"
    )])
    conn.execute("UPDATE cell SET x = x + 100000 WHERE MOVED")
"""


def test_a_key_turned_keeping_its_values_passes(pytester):
    step_passes(pytester, GRID, GRID_TURNED.replace("MOVED", "0"))


def test_a_key_turned_and_a_key_value_changed_fails(pytester):
    folder = two_steps(pytester, GRID, GRID_TURNED.replace("MOVED", "y % 2 = 0"))
    step_fails_showing(pytester, folder, ["*broke invariant 'data kept'*", "*cell*"])


RERUN = ("-k", "test_rerun_of_an_applied_migration_changes_nothing")

LAST_OWNER_GONE = """
from edi_migrations.changes import DeleteRows

CHANGES = (
    DeleteRows("pets", where="owner_id IN (SELECT max(id) FROM owners)"),
    DeleteRows("owners", where="id IN (SELECT max(id) FROM owners)"),
)


def upgrade(conn):
    conn.execute("DELETE FROM pets WHERE owner_id IN (SELECT WHICH FROM owners)")
    conn.execute("DELETE FROM owners WHERE id IN (SELECT WHICH FROM owners)")
"""


def rerun_of_deletion(pytester, which: str) -> pytest.RunResult:
    body = LAST_OWNER_GONE.replace("WHICH", which)
    folder = two_steps(pytester, PETS.replace("PARENT_COLUMNS", "(id)"), body)
    return run_matrix(pytester, folder, *RERUN, "-o", "edi_migrations_rerun_check=required")


def test_a_rerun_finding_nothing_to_delete_passes(pytester):
    rerun_of_deletion(pytester, "NULL").assert_outcomes(passed=3)


def test_a_rerun_deleting_another_parent_is_seen_with_foreign_keys_off(pytester):
    """Foreign keys are off in the re-run, as in the runner: a re-run deleting another
    owner (the newest, each time) changes rows, which the check sees whatever they are."""
    result = rerun_of_deletion(pytester, "max(id)")
    result.assert_outcomes(failed=1, passed=2)
    result.stdout.fnmatch_lines(
        ["*0002_second re-run on v2 broke invariant 'idempotent'*", "*table owners: 1 row(s) gone*"]
    )


GAPPED = (
    SUMMARIES
    + """    conn.execute("DELETE FROM summary WHERE count % 5 = 0")
"""
)

COPIED_THEN_GROWN = (
    """
from edi_migrations.changes import AddRows, DeleteRows

CHANGES = (DeleteRows("summary", where="thread IS NULL"), AddRows("summary"))


def upgrade(conn):
"""
    + COPY
    + """    conn.execute("DELETE FROM summary WHERE DELETED")
    added = [(f"@new{n}",) for n in range(40)]
    conn.executemany("INSERT INTO summary (user, count, thread) VALUES (?, 0, 'new')", added)
"""
)


def test_a_keyless_copy_then_more_rows_added_than_deleted_passes(pytester):
    """Gaps a deletion after the copy left, then rows added past them: numbered past the
    rows there were (it went back to rowids, every row past the app's gaps 'changed')."""
    step_passes(pytester, GAPPED, COPIED_THEN_GROWN.replace("DELETED", "thread IS NULL"))


def test_a_keyless_copy_then_rows_added_deleting_one_undeclared_still_fails(pytester):
    second = COPIED_THEN_GROWN.replace("DELETED", "thread IS NULL OR count = 3")
    lines = ["*broke invariant 'data kept'*", "*summary rowid 3: row lost (user=text '@u2'*"]
    step_fails_showing(pytester, two_steps(pytester, GAPPED, second), lines)
