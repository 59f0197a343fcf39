"""Newcomer, round twenty-three: an offline-first notes app that shipped for a year with
its own upgrade code keyed on ``PRAGMA user_version`` adopts the plugin
(``tests/newcomer_chains/notes_sync``: the four old steps ported, then ``0005`` moving
``$.pinned`` out of the JSON body into a column, test-first, claiming
``KEEPS_PREVIOUS_APP``). Text UUID keys, a WITHOUT ROWID link table, tombstones, a sync
log and ``updated_at`` kept by triggers, a ``json_valid`` CHECK, an index on
``json_extract``, a STRICT table and a VIRTUAL generated column.

Found sound: the ported history and the new migration pass every check, and each
deliberate break of the new migration fails naming what it broke (a backfill forgetting
tombstones, a backfill firing the ``updated_at`` trigger, the JSON index dropped, a sync
trigger lost in a hand-written rebuild). Found wrong: a row the previous app wrote that
does not read back named only the value written ("updated_at = '2023-…' differ"), not the
one read back, which shows what changed it; and a generated column rebuilt STORED from
VIRTUAL, its expression the same, failed 'constraints kept' as a changed expression."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix
from tests.support import ROOT

CHAIN = ROOT / "tests" / "newcomer_chains" / "notes_sync"
NEXT = "0005_move_pinned_out_of_the_body.py"
STEP = ("-k", "test_upgrade_path", "--upgrade-path", "v4->v5")


@pytest.fixture
def notes(pytester: pytest.Pytester) -> Path:
    """The notes app as a project: its migrations, its conftest, its SQLite floor."""
    folder = pytester.path / "migrations"
    shutil.copytree(CHAIN / "migrations", folder)
    shutil.copy(CHAIN / "app_conftest.py", pytester.path / "conftest.py")
    pytester.makepyprojecttoml('[tool.edi-migrations]\nsqlite-floor = "3.37"\n')
    return folder


def test_the_ported_history_and_the_next_migration_pass_every_check(pytester, notes):
    result = run_matrix(pytester, notes, "--snapshot-update")
    assert result.ret == 0, result.stdout.str()
    result.stdout.fnmatch_lines(
        ["0005_move_pinned_out_of_the_body: the v4 app keeps working on v5, as it says*"]
    )


def _forget_tombstones(text: str) -> str:
    return text.replace("{PINNED}\")", "{PINNED} WHERE deleted_at IS NULL\")")


def _fire_the_touch_trigger(text: str) -> str:
    return text.replace('    conn.execute("DROP TRIGGER notes_touch")\n', "", 1).replace(
        "    conn.execute(TOUCH)\n", '    conn.execute("DROP TRIGGER notes_touch")\n' + "    conn.execute(TOUCH)\n"
    )


def _drop_the_json_index(text: str) -> str:
    return text.replace("    CREATE INDEX notes_by_pinned", "    DROP INDEX notes_pinned;\n    CREATE INDEX notes_by_pinned")


REBUILT_BY_HAND = '''    conn.executescript(f"""
    CREATE TABLE notes_new (
        id TEXT PRIMARY KEY NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body)),
        pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
        created_at TEXT NOT NULL DEFAULT ({NOW}),
        updated_at TEXT NOT NULL DEFAULT ({NOW}),
        deleted_at TEXT,
        title TEXT GENERATED ALWAYS AS (json_extract(body, '$.title')) VIRTUAL
    );
    INSERT INTO notes_new (id, body, created_at, updated_at, deleted_at)
        SELECT id, body, created_at, updated_at, deleted_at FROM notes;
    DROP TABLE notes;
    ALTER TABLE notes_new RENAME TO notes;
    CREATE INDEX notes_pinned ON notes (json_extract(body, '$.pinned')) WHERE deleted_at IS NULL;
    CREATE TRIGGER notes_log_insert AFTER INSERT ON notes
    BEGIN
        INSERT INTO sync_log (entity, entity_id, op) VALUES ('note', new.id, 'insert');
    END;
    """)
'''


def _rebuild_losing_a_sync_trigger(text: str) -> str:
    start = text.index("    conn.execute(\n        \"ALTER TABLE notes ADD COLUMN pinned")
    end = text.index("    conn.execute(f\"UPDATE notes SET pinned")
    return text[:start] + REBUILT_BY_HAND + text[end:]


BREAKS: dict[str, tuple[Callable[[str], str], str]] = {
    "backfill-forgets-tombstones": (
        _forget_tombstones,
        "*notes.pinned rowid *: before (no column), after integer 0 (expected integer 1: backfill*",
    ),
    "backfill-fires-the-updated_at-trigger": (
        _fire_the_touch_trigger,
        "*notes.updated_at rowid *(expected text '2025-*': unchanged)*",
    ),
    "json-index-dropped": (_drop_the_json_index, "*index notes_pinned lost, not declared*"),
    "sync-trigger-lost-in-a-rebuild": (
        _rebuild_losing_a_sync_trigger,
        "*trigger notes_log_update lost, not declared*",
    ),
}


@pytest.mark.parametrize("name", BREAKS)
def test_each_deliberate_break_of_the_next_migration_fails_naming_it(pytester, notes, name):
    edit, line = BREAKS[name]
    migration = notes / NEXT
    source = migration.read_text(encoding="utf-8")
    broken = edit(source)
    assert broken != source, f"the {name} edit did not apply"
    migration.write_text(broken, encoding="utf-8")
    result = run_matrix(pytester, notes, *STEP)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([line])


def test_the_sound_next_migration_passes_the_same_path(pytester, notes):
    run_matrix(pytester, notes, *STEP).assert_outcomes(passed=1)


# A row the previous app wrote, changed by a trigger the migration adds: the failure
# names the value it reads back, which says what changed it.
STAMPED = '''"""Notes synced between devices, each with the time it was last changed."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE notes (id TEXT PRIMARY KEY NOT NULL, body TEXT NOT NULL, updated_at TEXT)"
    )
'''

STAMP_ON_INSERT = """
KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    conn.execute("CREATE TABLE note_log (note_id TEXT NOT NULL)")
    conn.execute(
        "CREATE TRIGGER notes_logged AFTER INSERT ON notes BEGIN {action}; END"
    )
"""
RESTAMPS = "UPDATE notes SET updated_at = '2030-01-01T00:00:00Z' WHERE id = new.id"
LOGS = "INSERT INTO note_log (note_id) VALUES (new.id)"
PREVIOUS_APP = ("-k", "test_previous_app_still_works")


def test_a_row_the_previous_app_wrote_names_the_value_it_reads_back(pytester):
    folder = first_migration(pytester, STAMPED, name="notes")
    add_migration(folder, "log_inserts", STAMP_ON_INSERT.format(action=RESTAMPS))
    result = run_matrix(pytester, folder, *PREVIOUS_APP)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*the row it wrote (rowid *) does not read back: updated_at wrote *, "
         "reads back '2030-01-01T00:00:00Z'*"]
    )


def test_a_trigger_writing_elsewhere_keeps_the_previous_apps_row(pytester):
    folder = first_migration(pytester, STAMPED, name="notes")
    add_migration(folder, "log_inserts", STAMP_ON_INSERT.format(action=LOGS))
    run_matrix(pytester, folder, *PREVIOUS_APP).assert_outcomes(passed=1)


# A generated column rebuilt STORED keeps its expression, so every value: no constraint
# of the app changed. Its expression changed is still one.
TITLED = '''"""Notes whose title is read from their JSON body."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE notes (id TEXT PRIMARY KEY NOT NULL, body TEXT NOT NULL,"
        " title TEXT GENERATED ALWAYS AS (json_extract(body, '$.title')) VIRTUAL)"
    )
'''

REBUILT = """
from edi_migrations.rebuild import NewTable, rebuild_tables

NOTES = (
    "id TEXT PRIMARY KEY NOT NULL, body TEXT NOT NULL,"
    " title TEXT GENERATED ALWAYS AS (json_extract(body, '{path}')) {kind}"
)


def upgrade(conn):
    rebuild_tables(conn, [NewTable("notes", NOTES)])
"""
V1_V2 = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def test_a_generated_column_rebuilt_stored_keeps_its_constraints(pytester):
    folder = first_migration(pytester, TITLED, name="notes")
    add_migration(folder, "store_titles", REBUILT.format(path="$.title", kind="STORED"))
    run_matrix(pytester, folder, *V1_V2).assert_outcomes(passed=1)


def test_a_generated_columns_expression_changed_still_fails(pytester):
    folder = first_migration(pytester, TITLED, name="notes")
    add_migration(folder, "store_titles", REBUILT.format(path="$.name", kind="STORED"))
    result = run_matrix(pytester, folder, *V1_V2)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*generated on title changed*ChangeConstraint(*generated*"])
