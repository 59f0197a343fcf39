"""Red team, round thirteen: the last session's loosenings, each beside its twin.

Small chains of their own (not EDI's). A keyless table that a copy numbers again is
compared by content: a column a narrowed ``MigrationTime`` stamps there (``where=``,
``json_path=``) was expected unchanged in every row (the stamp was read without the row
after), and a row a ``DeleteRows`` selects but the copy kept read as a row added: both
sound migrations failed, while a copy stamping rows outside the stamp, or deleting an
undeclared row, must still fail. ``PRAGMA legacy_alter_table = 2`` is on, as SQLite reads
it (EM109 let it pass once OFF was exempted). A WITHOUT ROWID table rebuilt with its key's
columns in another order lost every row (keyed by the tuple in each side's order). A
rebuild changing a generated column's expression, or dropping STRICT, passed unsaid.
"""

from __future__ import annotations

import pytest

from tests.harness.test_lint_legacy_alter_table_off import SHELVES, rename_with
from tests.harness_projects import lint_of_second, run_matrix
from tests.newcomer_chains import STEP, step_fails_showing, two_steps

SUMMARIES = '''"""Per-user summaries, no key of their own; older ones have no thread."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE summary (user TEXT NOT NULL, count INTEGER NOT NULL, "
        "thread TEXT, seen TEXT NOT NULL DEFAULT 'never')"
    )


def app_writes(conn, ctx):
    """Every third summary written before threads existed: thread NULL."""
    conn.executemany(
        "INSERT INTO summary (user, count, thread, seen) VALUES (?, ?, ?, 'never')",
        [(f"@u{n}", n + 1, None if n % 3 == 1 else f"t{n}") for n in range(max(ctx.rows, 6))],
    )
'''



def copied(declared: str, deleted: str, last: str, column: str = "seen") -> str:
    """A second migration: ``declared``, then the rows ``deleted`` selects deleted, the
    table copied into a new one (numbered again) and ``last`` run on the copy."""
    kind = "TEXT NOT NULL DEFAULT 'never'" if column == "seen" else "TEXT"
    return f"""
{declared}


def upgrade(conn):
    conn.execute("DELETE FROM summary WHERE {deleted}")
    conn.execute(
        "CREATE TABLE summary_new (user TEXT NOT NULL, count INTEGER NOT NULL, "
        "thread TEXT, {column} {kind})"
    )
    conn.execute("INSERT INTO summary_new SELECT user, count, thread, {column} FROM summary")
    conn.execute("DROP TABLE summary")
    conn.execute("ALTER TABLE summary_new RENAME TO summary")
    {last}
"""


def step_passes(pytester, first: str, second: str) -> None:
    run_matrix(pytester, two_steps(pytester, first, second), *STEP).assert_outcomes(passed=1)


STAMP = """from edi_migrations.changes import DeleteRows, MigrationTime

CHANGES = (
    DeleteRows("summary", where="thread IS NULL"),
    MigrationTime("summary", "seen", where="count > 3"),
)"""
STAMPED = copied(STAMP, "thread IS NULL", """conn.execute("UPDATE summary SET seen = datetime('now') WHERE WHO")""")

STAMPS_ITS_ROWS = STAMPED.replace("WHO", "count > 3")
STAMPS_EVERY_ROW = STAMPED.replace("WHO", "1")


def test_a_keyless_copy_stamping_the_rows_declared_passes(pytester):
    step_passes(pytester, SUMMARIES, STAMPS_ITS_ROWS)


def test_a_keyless_copy_stamping_rows_outside_the_declared_still_fails(pytester):
    lines = ["*broke invariant 'data kept'*", "*summary.seen rowid 1: before text 'never'*"]
    step_fails_showing(pytester, two_steps(pytester, SUMMARIES, STAMPS_EVERY_ROW), lines)


DOCUMENTS = SUMMARIES.replace("seen TEXT NOT NULL DEFAULT 'never'", "meta TEXT").replace(
    "(user, count, thread, seen) VALUES (?, ?, ?, 'never')",
    "(user, count, thread, meta) VALUES (?, ?, ?, json_object('v', 1, 'by', 'app'))",
)

JSON_STAMPED = copied(
    STAMP.replace('"seen", where="count > 3"', '"meta", json_path="$.at"'),
    "thread IS NULL",
    """conn.execute("UPDATE summary SET meta = json_set(meta, '$.at', datetime('now')WHAT)")""",
    column="meta",
)


def test_a_keyless_copy_stamping_the_json_key_declared_passes(pytester):
    step_passes(pytester, DOCUMENTS, JSON_STAMPED.replace("WHAT", ""))


def test_a_keyless_copy_stamping_another_json_key_too_still_fails(pytester):
    second = JSON_STAMPED.replace("WHAT", ", '$.by', 'migration'")
    lines = ["*broke invariant 'data kept'*", "*summary.meta rowid 1: before text*"]
    step_fails_showing(pytester, two_steps(pytester, DOCUMENTS, second), lines)


SOME_DELETED = copied(
    'from edi_migrations.changes import DeleteRows\n\nCHANGES = (DeleteRows("summary", where="thread IS NULL"),)',
    "thread IS NULL AND WHO",
    "",
)

DELETES_SOME_DECLARED = SOME_DELETED.replace("WHO", "count > 5")
DELETES_ANOTHER_TOO = SOME_DELETED.replace("thread IS NULL AND WHO", "thread IS NULL OR count = 3")


def test_a_keyless_copy_keeping_some_rows_it_may_delete_passes(pytester):
    """``DeleteRows``: each row it selects *may* be gone; one kept is no row added."""
    step_passes(pytester, SUMMARIES, DELETES_SOME_DECLARED)


def test_a_keyless_copy_deleting_a_row_not_declared_still_fails(pytester):
    lines = ["*broke invariant 'data kept'*", "*summary rowid 3: row lost (user=text '@u2'*"]
    step_fails_showing(pytester, two_steps(pytester, SUMMARIES, DELETES_ANOTHER_TOO), lines)


def test_turning_legacy_renames_off_by_a_zero_is_not_a_finding(pytester):
    lint_of_second(pytester, SHELVES, rename_with("0")).assert_outcomes(passed=1)


def test_turning_legacy_renames_on_by_any_number_but_zero_still_fails_the_lint(pytester):
    """SQLite reads a boolean PRAGMA's number as C does: ``= 2`` turns it on, as ``= 1``."""
    result = lint_of_second(pytester, SHELVES, rename_with("2"))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*EM109 PRAGMA legacy_alter_table in a migration*"])


LINKS = '''"""Notes and their tags: a link table keyed by both, no rowid."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
    conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE note_tags (note_id INTEGER NOT NULL REFERENCES notes (id), "
        "tag_id INTEGER NOT NULL REFERENCES tags (id), weight INTEGER NOT NULL DEFAULT 1, "
        "PRIMARY KEY (note_id, tag_id)) WITHOUT ROWID"
    )
'''

KEY_ORDER = """
from edi_migrations.changes import ChangeConstraint
from edi_migrations.rebuild import NewTable, rebuild_tables

CHANGES = (
    ChangeConstraint("note_tags", "primary key", column="note_id"),
    ChangeConstraint("note_tags", "primary key", column="tag_id"),
)


def upgrade(conn):
    rebuild_tables(conn, [NewTable(
        "note_tags",
        "note_id INTEGER NOT NULL REFERENCES notes (id), "
        "tag_id INTEGER NOT NULL REFERENCES tags (id), weight INTEGER NOT NULL DEFAULT 1, "
        "PRIMARY KEY (tag_id, note_id)",
    )])
    conn.execute("UPDATE note_tags SET weight = WEIGHT")
"""

KEY_ORDER_TURNED = KEY_ORDER.replace("WEIGHT", "weight")
KEY_ORDER_TURNED_WEIGHT_LOST = KEY_ORDER.replace("WEIGHT", "1")


def test_a_link_table_rebuilt_with_its_key_columns_turned_passes(pytester):
    """WITHOUT ROWID rows are known by their key: the same key in another order."""
    step_passes(pytester, LINKS, KEY_ORDER_TURNED)


def test_a_link_table_rebuilt_with_its_key_turned_losing_a_value_still_fails(pytester):
    lines = ["*broke invariant 'data kept'*", "*note_tags.weight*"]
    step_fails_showing(pytester, two_steps(pytester, LINKS, KEY_ORDER_TURNED_WEIGHT_LOST), lines)


ITEMS = '''"""Stock lines, their total computed by SQLite."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE items (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL, "
        "price INTEGER NOT NULL, total INTEGER GENERATED ALWAYS AS (qty * price) KIND)"
    )
'''

TOTAL_CHANGED = """
DECLARED
from edi_migrations.rebuild import NewTable, rebuild_tables


def upgrade(conn):
    rebuild_tables(conn, [NewTable(
        "items",
        "id INTEGER PRIMARY KEY, qty INTEGER NOT NULL, price INTEGER NOT NULL, "
        "total INTEGER GENERATED ALWAYS AS (qty + price) KIND",
    )])
"""

SAID = """from edi_migrations.changes import ChangeConstraint

CHANGES = (ChangeConstraint("items", "generated", column="total"),)"""


@pytest.mark.parametrize("kind", ["VIRTUAL", "STORED"])
def test_a_rebuild_changing_a_generated_column_declared_passes(pytester, kind):
    second = TOTAL_CHANGED.replace("DECLARED", SAID).replace("KIND", kind)
    step_passes(pytester, ITEMS.replace("KIND", kind), second)


@pytest.mark.parametrize("kind", ["VIRTUAL", "STORED"])
def test_a_rebuild_changing_a_generated_column_unsaid_fails(pytester, kind):
    """Every row's ``total`` changes, as if each were rewritten: the expression is data."""
    second = TOTAL_CHANGED.replace("DECLARED", "").replace("KIND", kind)
    lines = [
        "*broke invariant 'constraints kept'*",
        "*table items: generated on total changed: before (as (qty * price)), "
        'after (as (qty + price))*ChangeConstraint("items", "generated", column="total")*',
    ]
    step_fails_showing(pytester, two_steps(pytester, ITEMS.replace("KIND", kind), second), lines)


QTY_RENAMED = """
from edi_migrations.changes import RenameColumn

CHANGES = (RenameColumn("items", "qty", "quantity"),)


def upgrade(conn):
    conn.execute("ALTER TABLE items RENAME COLUMN qty TO quantity")
"""


def test_a_column_a_generated_one_reads_renamed_as_declared_passes(pytester):
    """SQLite rewrites the expression with the new name: the same expression."""
    step_passes(pytester, ITEMS.replace("KIND", "STORED"), QTY_RENAMED)


COUNTS = '''"""Counts, their types enforced by SQLite."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE counts (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, label TEXT) STRICT"
    )
'''

REBUILT = """
DECLARED
from edi_migrations.rebuild import NewTable, rebuild_tables


def upgrade(conn):
    rebuild_tables(conn, [NewTable(
        "counts", "id INTEGER PRIMARY KEY, n INTEGER NOT NULL, label TEXT, seen INTEGER",
        options=OPTIONS,
    )])
"""

DROPPED = """from edi_migrations.changes import DropConstraint

CHANGES = (DropConstraint("counts", "strict"),)"""
KEPT = ""


@pytest.mark.parametrize(
    ("declared", "options"),
    [(KEPT, "None"), (KEPT, '"STRICT"'), (DROPPED, '""')],
    ids=["kept", "said", "dropped-declared"],
)
def test_a_rebuild_keeping_strict_or_dropping_it_declared_passes(pytester, declared, options):
    second = REBUILT.replace("DECLARED", declared).replace("OPTIONS", options)
    step_passes(pytester, COUNTS, second)


def test_a_rebuild_dropping_strict_unsaid_fails(pytester):
    """STRICT is every column's type enforced: a rebuild forgetting it is a CHECK forgotten."""
    second = REBUILT.replace("DECLARED", KEPT).replace("OPTIONS", '""')
    lines = [
        "*broke invariant 'constraints kept'*",
        '*table counts: strict removed: before (strict), after none*DropConstraint("counts", '
        '"strict")*',
    ]
    step_fails_showing(pytester, two_steps(pytester, COUNTS, second), lines)



TWO_DELETIONS = """from edi_migrations.changes import DeleteRows

CHANGES = (
    DeleteRows("summary", where="thread IS NULL"),
    DeleteRows("summary", where="count = 6"),
)"""
DELETED_AROUND_THE_COPY = copied(
    TWO_DELETIONS, "thread IS NULL", """conn.execute("DELETE FROM summary WHERE WHO")"""
)


def test_a_keyless_copy_between_two_declared_deletions_passes(pytester):
    """Rows numbered again by the copy, then a gap: the rows after are not 1..n."""
    step_passes(pytester, SUMMARIES, DELETED_AROUND_THE_COPY.replace("WHO", "count = 6"))


def test_a_keyless_copy_between_deletions_one_not_declared_still_fails(pytester):
    second = DELETED_AROUND_THE_COPY.replace("WHO", "count IN (4, 6)")
    lines = ["*broke invariant 'data kept'*", "*summary rowid 4: row lost (user=text '@u3'*"]
    step_fails_showing(pytester, two_steps(pytester, SUMMARIES, second), lines)
