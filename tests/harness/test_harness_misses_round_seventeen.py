"""Red team, round seventeen: a ``KEEPS_PREVIOUS_APP`` claim the older build's start let
through, and one it refused that holds.

The previous-app check starts the build one version back on the upgraded file (the
runner's ``upgrade`` on the chain ending there) before the app's statements run, and the
app derived from the schema reads and inserts plain rows. So what the older app needs of
its schema beyond tables, columns and views was seen by neither: a UNIQUE index its
upserts (``ON CONFLICT(slug)``) need, dropped; a trigger that fills its audit table on
every insert, dropped. Both passed (misses). A column retyped to another spelling of the
same affinity (``VARCHAR(20)`` to ``TEXT``) changes nothing the older app does, and the
start refused it (a false alarm). Each broken twin beside its sound control, on a small
notes chain, not EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix
from tests.runner.test_runner_misses_round_seventeen import NOTES

CHECK = ("-k", "test_previous_app_still_works")

CLAIM = "KEEPS_PREVIOUS_APP = True\n\n\n"

# The rebuild keeps the UNIQUE as a table constraint: the upsert still has its index.
REBUILT = """
def upgrade(conn):
    conn.execute(
        "CREATE TABLE notes_new (id INTEGER PRIMARY KEY, title {title} NOT NULL, "
        "slug TEXT, pinned INTEGER NOT NULL DEFAULT 0{unique})"
    )
    conn.execute("INSERT INTO notes_new (id, title, slug) SELECT id, title, slug FROM notes")
    conn.execute("DROP TABLE notes")
    conn.execute("ALTER TABLE notes_new RENAME TO notes")
    conn.execute(
        "CREATE TRIGGER notes_logged AFTER INSERT ON notes "
        "BEGIN INSERT INTO note_log (title) VALUES (new.title); END"
    )
"""

DROPS = """
def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")
    {drop}
"""


def _run(pytester: pytest.Pytester, body: str) -> pytest.RunResult:
    chain = first_migration(pytester, NOTES, "notes")
    add_migration(chain, "pinned", CLAIM + body)
    return run_matrix(pytester, chain, *CHECK)


def test_a_claim_keeping_the_unique_index_passes(pytester):
    body = DROPS.format(drop="conn.execute('CREATE INDEX notes_title ON notes (title)')")
    _run(pytester, body).assert_outcomes(passed=1)


def test_a_claim_redefining_the_insert_trigger_passes(pytester):
    body = DROPS.format(
        drop="conn.execute('DROP TRIGGER notes_logged')\n    conn.execute("
        "'CREATE TRIGGER notes_logged AFTER INSERT ON notes BEGIN INSERT INTO note_log "
        "(title) VALUES (new.title || (CASE new.pinned WHEN 1 THEN \\' *\\' ELSE \\'\\' END)); END')"
    )
    _run(pytester, body).assert_outcomes(passed=1)


@pytest.mark.parametrize(
    ("drop", "named"),
    [
        ("DROP INDEX notes_slug", "UNIQUE (slug) of notes is missing"),
        ("DROP TRIGGER notes_logged", "trigger notes_logged is missing"),
    ],
    ids=["unique-the-old-upserts-need", "trigger-the-old-app-relies-on"],
)
def test_a_claim_dropping_what_the_old_app_needs_fails_at_its_start(pytester, drop, named):
    result = _run(pytester, DROPS.format(drop=f"conn.execute({drop!r})"))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([f"*start-up* of the v1 app*: refused: *{named}*"])


def test_a_rebuild_keeping_the_column_type_and_unique_passes(pytester):
    body = REBUILT.format(title="VARCHAR(20)", unique=", UNIQUE (slug)")
    _run(pytester, body).assert_outcomes(passed=1)


def test_a_rebuild_retyping_a_column_within_its_affinity_passes(pytester):
    _run(pytester, REBUILT.format(title="TEXT", unique=", UNIQUE (slug)")).assert_outcomes(passed=1)


def test_a_rebuild_retyping_a_column_to_another_affinity_fails(pytester):
    result = _run(pytester, REBUILT.format(title="BLOB", unique=", UNIQUE (slug)"))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*column notes.title is BLOB, the v1 app's is VARCHAR(20)*"])
