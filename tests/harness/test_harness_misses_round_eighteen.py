"""Red team, round eighteen, the harness's side: 'triggers fire' where the app's foreign
keys act beyond the table touched.

newcomer20 let the check pick a row no *restricting* child references, and forgave
SQLite's refusal only where every row was referenced. A parent whose children go with it
(``ON DELETE CASCADE``) while a grandchild still holds on to them, or whose children are
set to NULL in a ``NOT NULL`` column (``ON DELETE SET NULL``), has no restricting child: the
check deleted its first row, SQLite refused the cascade, and a sound migration failed as
"a trigger on notes fails when it fires" (false alarms). A trigger that really fails on
such a table still fails. A chain not EDI's: notes, their parts, marks on the parts. And
the previous-app check's start of the older build (``runner/head_keeps.py``): a trigger
kept by name but firing on another event (a miss), a column respelled in capitals (a false
alarm).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness.test_harness_misses_round_seventeen import CLAIM, DROPS, REBUILT
from tests.harness.test_newcomer_round_eighteen import run  # the upgrade paths alone
from tests.harness.test_newcomer_round_twenty import CONNECT
from tests.harness_projects import add_migration, first_migration, run_matrix
from tests.runner.test_runner_misses_round_seventeen import NOTES as NOTES_V1

NOTES = '''"""Notes, their parts ({action}), marks on every part."""


def upgrade(conn):
    conn.executescript(
        """
        CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
        CREATE TABLE parts (
            id INTEGER PRIMARY KEY,
            note_id INTEGER NOT NULL REFERENCES notes(id) {action}
        );
        CREATE TABLE marks (part_id INTEGER NOT NULL REFERENCES parts(id));
        """
    )


def app_writes(conn, ctx):
    for i in range(1, 6):
        conn.execute("INSERT INTO notes (id, title) VALUES (?, ?)", (i, f"n{i}"))
        conn.execute("INSERT INTO parts (id, note_id) VALUES (?, ?)", (i, i))
        conn.execute("INSERT INTO marks (part_id) VALUES (?)", (i,))
'''

LOGGED = '''"""Deleted notes logged by a trigger."""


def upgrade(conn):
    conn.executescript(
        """
        CREATE TABLE note_log (note_id INTEGER NOT NULL);
        CREATE TRIGGER notes_gone AFTER DELETE ON notes BEGIN
          INSERT INTO {log} (note_id) VALUES (old.id);
        END;
        """
    )
'''

ACTIONS = {"cascade": "ON DELETE CASCADE", "set-null": "ON DELETE SET NULL"}


def notes_app(pytester: pytest.Pytester, action: str, log: str = "note_log") -> Path:
    (pytester.path / "notesdb.py").write_text(CONNECT, encoding="utf-8")
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "notesdb:connect"\n')
    pytester.makeini("[pytest]\nedi_migrations_app_foreign_keys = true\n")
    folder = first_migration(pytester, NOTES.replace("{action}", action), "notes")
    add_migration(folder, "note_log", LOGGED.replace("{log}", log))
    return folder


@pytest.mark.parametrize("action", ACTIONS.values(), ids=ACTIONS.keys())
def test_a_log_trigger_on_a_parent_whose_children_go_with_it_passes(pytester, action):
    result = run(pytester, notes_app(pytester, action))
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) > 0, result.stdout.str()
    assert not outcomes.get("failed") and not outcomes.get("errors"), result.stdout.str()


def test_a_delete_trigger_that_fails_on_such_a_parent_still_fails(pytester):
    result = run(pytester, notes_app(pytester, ACTIONS["cascade"], log="gone_table"))
    result.stdout.fnmatch_lines(["*a trigger on notes fails when it fires: no such table*"])
    assert result.parseoutcomes().get("failed", 0) > 0, result.stdout.str()


# The previous-app check (redteam17's start of the older build) on a notes chain whose
# v2 claims KEEPS_PREVIOUS_APP: a trigger redefined under its name to fire on another
# event leaves the older app's inserts unlogged (a miss); a rebuild spelling a column in
# another case changes nothing that app finds (a false alarm).
def test_a_claim_redefining_the_log_trigger_on_another_event_fails_at_its_start(pytester):
    redefined = (
        "conn.execute('DROP TRIGGER notes_logged')\n    conn.execute("
        "'CREATE TRIGGER notes_logged AFTER UPDATE ON notes BEGIN INSERT INTO note_log "
        "(title) VALUES (new.title); END')"
    )
    result = claimed(pytester, DROPS.format(drop=redefined))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*start-up* of the v1 app*: refused: *trigger notes_logged fires after update on*"]
    )


def test_a_rebuild_spelling_the_key_column_in_capitals_passes(pytester):
    body = REBUILT.format(title="VARCHAR(20)", unique=", UNIQUE (slug)").replace(
        "(id INTEGER PRIMARY KEY", "(ID INTEGER PRIMARY KEY"
    )
    claimed(pytester, body).assert_outcomes(passed=1)


def claimed(pytester: pytest.Pytester, body: str) -> pytest.RunResult:
    chain = first_migration(pytester, NOTES_V1, "notes")
    add_migration(chain, "pinned", CLAIM + body)
    return run_matrix(pytester, chain, "-k", "test_previous_app_still_works")
