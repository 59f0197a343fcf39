"""A step that leaves a new foreign-key violation is refused, however the violation arose;
a step that cannot have made one is not scanned for them again (at 1M sessions a scan
takes about 9 s)."""

from __future__ import annotations

import re

import pytest

from edi_migrations import upgrade
from edi_migrations.errors import ForeignKeyViolation
from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.harness.migration_folders import append_to_function

ALL_CHILDREN_V1 = ('"entities"', '"prompts"', '"validations"')
ALL_CHILDREN_V2 = (*ALL_CHILDREN_V1, '"processing_logs"', '"user_feedback"')

# Each appended to the end of 0002's upgrade, on a v1 database where s1 has prompts.
WAYS_TO_ORPHAN = {
    "insert a child of nobody": (
        "conn.execute(\"INSERT INTO prompts (session_id, iteration) VALUES ('nobody', 0)\")"
    ),
    "point a child at nobody": "conn.execute(\"UPDATE prompts SET session_id = 'nobody' "
    "WHERE session_id = 's1'\")",
    "delete a parent": "conn.execute(\"DELETE FROM sessions WHERE id = 's1'\")",
    "change a parent's key": "conn.execute(\"UPDATE sessions SET id = 's1-new' WHERE id = 's1'\")",
    "replace a parent through another unique key": (
        'conn.execute("CREATE UNIQUE INDEX one_image ON sessions(image_path)"); '
        'conn.execute("INSERT OR REPLACE INTO sessions (id, image_path, naive_prompt) '
        "SELECT 'other', image_path, naive_prompt FROM sessions WHERE id = 's1'\")"
    ),
    "a trigger deletes a parent": (
        'conn.execute("CREATE TRIGGER gone AFTER UPDATE OF status ON sessions '
        'BEGIN DELETE FROM sessions WHERE id = NEW.id; END"); '
        "conn.execute(\"UPDATE sessions SET status = 'failed' WHERE id = 's1'\"); "
        'conn.execute("DROP TRIGGER gone")'
    ),
    "drop the parent table": 'conn.execute("DROP TABLE sessions")',
    "add a reference to nobody": (
        "conn.execute(\"ALTER TABLE validations ADD COLUMN reviewer TEXT DEFAULT 'nobody' "
        'REFERENCES sessions(id)"); '
        "conn.execute(\"INSERT INTO validations (session_id, attempt_number) VALUES ('s1', 1)\")"
    ),
}


@pytest.mark.parametrize("code", WAYS_TO_ORPHAN.values(), ids=WAYS_TO_ORPHAN.keys())
def test_a_step_leaving_a_new_violation_is_refused(code, migrations_copy, v1_db):
    append_to_function(migrations_copy, 2, "upgrade", code)
    before = file_bytes(v1_db)
    with pytest.raises(ForeignKeyViolation, match="0002_session_metrics"):
        upgrade(v1_db, migrations_dir=migrations_copy, backup=False)
    assert file_bytes(v1_db) == before


SCAN = re.compile(r'^(?:PRAGMA|/\*) foreign_key_check(?:\((".*?")\))?')


def scans(path, **options) -> list[set[str]]:
    """The child tables each foreign-key scan of an upgrade read, a scan being the
    statements between two others (``*`` for SQLite's scan of the whole database)."""
    seen: list[str] = []
    upgrade(path, backup=False, trace=seen.append, **options)
    found: list[set[str]] = []
    scanning = False
    for statement in seen:
        match = SCAN.match(statement)
        if match is None:
            scanning = scanning and statement.startswith(("EXPLAIN", "PRAGMA", "SELECT"))
            continue
        if not scanning:
            found.append(set())
        found[-1].add(match.group(1) or "*")
        scanning = True
    return found


def scans_after_the_first(path, **options) -> list[str]:
    """The child tables the foreign-key scans of an upgrade read, less the scan before
    its first step."""
    first, *after = scans(path, **options)
    assert first == {"*"} or set(ALL_CHILDREN_V1) <= first, "the first step starts from a full scan"
    return sorted(t for scan in after for t in scan)


def test_a_step_writing_no_key_rescans_only_the_tables_it_created(v1_db):
    """0002 adds columns and fills them (no key or reference changes) and creates two
    child tables: only those are scanned."""
    assert scans_after_the_first(v1_db, to=2) == ['"processing_logs"', '"user_feedback"']


def test_a_step_writing_one_child_table_rescans_that_table_too(migrations_copy, v1_db):
    append_to_function(
        migrations_copy, 2, "upgrade", "conn.execute(\"UPDATE prompts SET session_id = 's1'\")"
    )
    scans = scans_after_the_first(v1_db, to=2, migrations_dir=migrations_copy)
    assert scans == ['"processing_logs"', '"prompts"', '"user_feedback"']


def test_a_step_rebuilding_the_tables_is_scanned_in_full(v1_db):
    upgrade(v1_db, to=2, backup=False)
    assert scans_after_the_first(v1_db) == sorted(ALL_CHILDREN_V2)


def test_violations_a_step_did_not_touch_are_not_new(migrations_copy, v1_db):
    """The v1 orphans stay orphans through 0002 (not touched) and are not its doing."""
    outcome = upgrade(v1_db, to=2, backup=False)
    assert [s.to_version for s in outcome.steps] == [2]
