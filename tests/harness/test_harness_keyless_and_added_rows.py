"""Two false alarms Synapse's port showed, each beside the broken twin that must still fail.

A keyless table (no PRIMARY KEY, no UNIQUE naming each row) has no identity but its
rowid, and a copy into a new table numbers its rows again: past a declared deletion's
first gap every row took another's rowid, and the data-kept check called each of them
changed. Such a table's rows are now matched by content where a copy renumbered them
(the declared deletions applied to the start's side first); a copy that loses or
changes a row still fails, naming it. And the rows the harness adds to a table the app
filled (a column the app never writes) drew a NULL in a column the app never leaves
NULL: a migration making that column NOT NULL failed on rows no app writes. Such a
column now draws no NULL in added rows; a column the app does leave NULL still may, so
a migration wrongly making it NOT NULL still fails. Small chains of their own (not EDI's).
"""

from __future__ import annotations

from tests.harness_projects import run_matrix
from tests.newcomer_chains import STEP, step_fails_showing, two_steps

SUMMARIES = '''"""Per-user summaries, no key of their own; older ones have no thread."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE summary (user TEXT NOT NULL, room TEXT NOT NULL, "
        "count INTEGER NOT NULL, thread TEXT)"
    )


def app_writes(conn, ctx):
    """Every third summary written before threads existed: thread NULL."""
    conn.executemany(
        "INSERT INTO summary (user, room, count, thread) VALUES (?, ?, ?, ?)",
        [
            (f"@u{n}", f"!r{n % 3}", n + 1, None if n % 3 == 1 else f"t{n}")
            for n in range(max(ctx.rows, 6))
        ],
    )
'''

COPY = """
    conn.execute("DELETE FROM summary WHERE thread IS NULL")
    conn.execute(
        "CREATE TABLE summary_new (user TEXT NOT NULL, room TEXT NOT NULL, "
        "count INTEGER NOT NULL, thread TEXT, CHECK (thread IS NOT NULL))"
    )
    conn.execute(
        "INSERT INTO summary_new (user, room, count, thread) "
        "SELECT user, room, COUNT, thread FROM summary FILTER"
    )
    conn.execute("DROP TABLE summary")
    conn.execute("ALTER TABLE summary_new RENAME TO summary")
"""

THREADED = """
from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("summary", where="thread IS NULL"),)


def upgrade(conn):""" + COPY

COPIED = THREADED.replace(" FILTER", "").replace("COUNT", "count")
ONE_LOST = THREADED.replace(" FILTER", " WHERE user <> '@u5'").replace("COUNT", "count")
CHANGED = "CASE user WHEN '@u5' THEN count + 100 ELSE count END"
ONE_CHANGED = THREADED.replace(" FILTER", "").replace("COUNT", CHANGED)

MERGED = """
from edi_migrations.changes import AddRows, DeleteRows

CHANGES = (DeleteRows("summary", where="thread IS NULL"), AddRows("summary"))


def upgrade(conn):
    conn.execute(
        "INSERT INTO summary (user, room, count, thread) "
        "SELECT user, room, count, 'main' FROM summary WHERE thread IS NULL"
    )""" + COPY.replace(" FILTER", "").replace("COUNT", "count")


def test_a_keyless_table_copied_after_a_declared_deletion_passes(pytester):
    folder = two_steps(pytester, SUMMARIES, COPIED)
    run_matrix(pytester, folder, *STEP).assert_outcomes(passed=1)


def test_a_keyless_table_whose_rows_are_replaced_one_for_one_then_copied_passes(pytester):
    """As many rows after as before, numbered 1..n alike: rowids pair other rows."""
    folder = two_steps(pytester, SUMMARIES, MERGED)
    run_matrix(pytester, folder, *STEP).assert_outcomes(passed=1)


def test_a_keyless_table_whose_copy_loses_a_row_still_fails(pytester):
    lines = ["*broke invariant 'data kept'*", "*summary rowid 6: row lost (user=text '@u5'*"]
    step_fails_showing(pytester, two_steps(pytester, SUMMARIES, ONE_LOST), lines)


def test_a_keyless_table_whose_copy_changes_a_value_still_fails(pytester):
    lines = ["*broke invariant 'data kept'*", "*summary.count rowid 6*before integer 6, after integer 106*"]
    step_fails_showing(pytester, two_steps(pytester, SUMMARIES, ONE_CHANGED), lines)


ACTIONS = '''"""Push actions; the app never sets a profile tag, and NOTE."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE actions (event TEXT NOT NULL, profile TEXT, thread TEXT, "
        "UNIQUE (event, profile))"
    )


def app_writes(conn, ctx):
    conn.executemany(
        "INSERT INTO actions (event, profile, thread) VALUES (?, NULL, ?)",
        [(f"$e{n}", THREAD) for n in range(max(ctx.rows, 4))],
    )
'''

ALWAYS_THREADED = ACTIONS.replace("NOTE", "always writes a thread").replace(
    "THREAD", "'main' if n % 2 else f'$t{n}'"
)
SOMETIMES_THREADED = ACTIONS.replace("NOTE", "leaves older threads NULL").replace(
    "THREAD", "None if n % 2 else f'$t{n}'"
)

THREAD_REQUIRED = """
def upgrade(conn):
    conn.execute(
        "CREATE TABLE actions_new (event TEXT NOT NULL, profile TEXT, thread TEXT, "
        "UNIQUE (event, profile), CHECK (thread IS NOT NULL))"
    )
    conn.execute("INSERT INTO actions_new SELECT event, profile, thread FROM actions")
    conn.execute("DROP TABLE actions")
    conn.execute("ALTER TABLE actions_new RENAME TO actions")
"""


def test_a_column_the_app_never_leaves_null_made_not_null_passes(pytester):
    folder = two_steps(pytester, ALWAYS_THREADED, THREAD_REQUIRED)
    run_matrix(pytester, folder, *STEP).assert_outcomes(passed=1)


def test_a_column_the_app_leaves_null_made_not_null_still_fails(pytester):
    lines = ["*broke invariant 'upgrade completes'*", "*CHECK constraint failed*"]
    step_fails_showing(pytester, two_steps(pytester, SOMETIMES_THREADED, THREAD_REQUIRED), lines)
