"""Red team, round eighteen, the runner's side: the build one version back starting on a
file whose newest migration says ``KEEPS_PREVIOUS_APP`` (redteam17's ``head_keeps.py``).

A trigger was looked for by name only: one kept under its name but now firing on another
event or table (``AFTER UPDATE`` for the app's ``AFTER INSERT``), or before the row is
written instead of after, let the older build start on a file whose log its inserts no
longer fill as they did (misses). A rebuild respelling a table's or a column's name in
another case (``id`` to ``ID``: SQLite's names know no case) refused it, naming a column
and a key "missing" that its statements still find (false alarms). An ``INTEGER PRIMARY
KEY`` table rebuilt ``WITHOUT ROWID`` was refused, but as "column notes.id is INTEGER, the
v1 app's is INTEGER". Real files, two builds as two folders, a chain not EDI's.
"""

from __future__ import annotations

import pytest

from edi_migrations import upgrade
from edi_migrations.errors import SchemaDrift
from edi_migrations.harness.dbstate import file_bytes
from tests.runner.test_runner_misses_round_seventeen import TRIGGER, old_app_writes, upgraded

REDEFINED = (
    TRIGGER
    + '\n    conn.execute("DROP TRIGGER notes_logged")'
    + '\n    conn.execute("CREATE TRIGGER notes_logged {fires} '
    + 'BEGIN INSERT INTO note_log (title) VALUES (new.title || new.id); END")'
)
PARTIAL = '\n    conn.execute("CREATE UNIQUE INDEX s2 ON notes (slug) WHERE pinned = 0")'


def test_a_trigger_redefined_to_fire_as_before_lets_the_old_build_start(tmp_path):
    db, old = upgraded(tmp_path, trigger=REDEFINED.replace("{fires}", "AFTER INSERT ON Notes"))
    assert upgrade(db, migrations_dir=old).newer_version == 2
    assert old_app_writes(db) == [("first",), ("second2",)]


@pytest.mark.parametrize(
    "fires",
    ["AFTER UPDATE ON notes", "AFTER INSERT ON note_log", "BEFORE INSERT ON notes"],
    ids=["other-event", "other-table", "before-not-after"],
)
def test_a_trigger_kept_by_name_that_fires_otherwise_refuses_the_old_build(tmp_path, fires):
    db, old = upgraded(tmp_path, trigger=REDEFINED.replace("{fires}", fires))
    was = file_bytes(db)
    with pytest.raises(SchemaDrift) as refused:
        upgrade(db, migrations_dir=old)
    assert file_bytes(db) == was
    message = str(refused.value)
    assert "trigger notes_logged fires " in message and "after insert on notes" in message, message
    assert "EDI" not in message


@pytest.mark.parametrize(
    "spelled",
    [{"id": "ID INTEGER"}, {"unique": ", UNIQUE (SLUG)"}],
    ids=["column-upper", "key-upper"],
)
def test_a_name_respelled_in_another_case_lets_the_old_build_start(tmp_path, spelled):
    db, old = upgraded(tmp_path, **spelled)
    assert upgrade(db, migrations_dir=old).newer_version == 2
    assert old_app_writes(db) == [("first",), ("second",)]


def test_a_table_renamed_in_another_case_lets_the_old_build_start(tmp_path):
    db, old = upgraded(
        tmp_path,
        trigger='conn.execute("ALTER TABLE notes RENAME TO notes_was")\n    '
        'conn.execute("ALTER TABLE notes_was RENAME TO Notes")\n    ' + TRIGGER,
    )
    assert upgrade(db, migrations_dir=old).newer_version == 2
    assert old_app_writes(db) == [("first",), ("second",)]


def test_a_rowid_table_rebuilt_without_rowid_is_refused_saying_so(tmp_path):
    db, old = upgraded(tmp_path, unique=", UNIQUE (slug)) WITHOUT ROWID --")
    with pytest.raises(SchemaDrift) as refused:
        upgrade(db, migrations_dir=old)
    message = str(refused.value)
    assert "column notes.id is no rowid alias any more" in message, message
    assert "is INTEGER, the v1 app's is INTEGER" not in message, message


# What round eighteen also tried on the older build's start, found sound and kept so.
@pytest.mark.parametrize(
    "spelled",
    [
        {
            "unique": "",
            "trigger": TRIGGER + '\n    conn.execute("CREATE UNIQUE INDEX s2 ON notes (slug)")',
        },
        {"unique": ", UNIQUE (slug DESC)"},
        {"title": "VARCHAR(20) COLLATE BINARY"},
    ],
    ids=["unique-index-renamed", "key-descending", "collation-spelled-as-before"],
)
def test_what_keeps_the_old_app_working_lets_its_build_start(tmp_path, spelled):
    db, old = upgraded(tmp_path, **spelled)
    assert upgrade(db, migrations_dir=old).newer_version == 2
    assert old_app_writes(db) == [("first",), ("second",)]


@pytest.mark.parametrize(
    ("spelled", "named"),
    [
        (
            {"unique": "", "trigger": TRIGGER + PARTIAL},
            "UNIQUE (slug) of notes is missing",
        ),
        (
            {"unique": ", UNIQUE (slug COLLATE NOCASE)"},
            "UNIQUE (slug) of notes compares slug with COLLATE NOCASE",  # mends5: not "missing"
        ),
    ],
    ids=["unique-made-partial", "key-collation-changed"],
)
def test_a_key_the_old_upserts_no_longer_match_refuses_its_build(tmp_path, spelled, named):
    db, old = upgraded(tmp_path, **spelled)
    with pytest.raises(SchemaDrift, match=named.replace("(", r"\(").replace(")", r"\)")):
        upgrade(db, migrations_dir=old)
