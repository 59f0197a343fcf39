"""The matrix on a chain that is not EDI's, whose app never enforced its foreign keys (so
its start databases hold dangling references): SQLite's documented rebuild adding a
column with a foreign key passes every check; the same rebuild adding a foreign key over
a column whose values have no parent fails, saying which column, which values and what
to do about them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix

INITIAL = '''"""Conversations and their responses (an app that never turned foreign keys on)."""


def upgrade(conn):
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'schemas'").fetchone():
        return  # applied: the chain renames its tables later
    conn.execute("CREATE TABLE conversations (id TEXT PRIMARY KEY, title TEXT)")
    conn.execute("CREATE TABLE schemas (id TEXT PRIMARY KEY, body TEXT)")
    conn.execute("CREATE TABLE models (id TEXT PRIMARY KEY, vendor TEXT)")
    conn.execute(
        "CREATE TABLE responses (id TEXT PRIMARY KEY, "
        "conversation_id TEXT REFERENCES conversations(id), prompt TEXT, model TEXT)"
    )
'''

REBUILD = '''"""responses.schema_id with its foreign key, by SQLite's documented rebuild."""


def upgrade(conn):
    columns = [r[1] for r in conn.execute("PRAGMA table_info(responses)")]
    if "schema_id" in columns:
        return
    conn.execute(
        "CREATE TABLE new_responses (id TEXT PRIMARY KEY, "
        "conversation_id TEXT REFERENCES conversations(id), prompt TEXT, "
        "model TEXT{model_key}, schema_id TEXT REFERENCES schemas(id))"
    )
    conn.execute(
        "INSERT INTO new_responses (rowid, id, conversation_id, prompt, model) "
        'SELECT "rowid", id, conversation_id, prompt, model FROM responses'
    )
    conn.execute("DROP TABLE responses")
    conn.execute("ALTER TABLE new_responses RENAME TO responses")
'''


@pytest.fixture
def chain(pytester) -> Path:
    folder = pytester.path / "migrations"
    folder.mkdir()
    (folder / "0001_initial.py").write_text(INITIAL)
    return folder


def test_a_sound_rebuild_over_dangling_references_passes_every_check(pytester, chain):
    (chain / "0002_schema_id.py").write_text(REBUILD.format(model_key=""))
    result = run_matrix(pytester, chain, "--snapshot-update")
    assert result.ret == 0, result.stdout.str()
    assert result.parseoutcomes()["passed"] > 5


def test_a_key_added_over_values_with_no_parent_fails_saying_what_to_do(pytester, chain):
    (chain / "0002_schema_id.py").write_text(REBUILD.format(model_key=" REFERENCES models(id)"))
    result = run_matrix(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v1->v2 broke invariant 'upgrade completes'*",
            "*migration 0002_schema_id left * new foreign-key violation(s)*"
            "responses(model) -> models: * row(s) with no parent row, * distinct value(s): *"
            "set responses.model to NULL where it has no parent row*MoveRows*app_writes*",
        ]
    )
    failure = [line for line in result.stdout.lines if "foreign-key violation" in line]
    assert failure and not any("EDI" in line for line in failure)


RENAMES = '''"""Responses are replies now, in threads."""

from edi_migrations.changes import RenameColumn, RenameTable

CHANGES = (
    RenameTable("responses", "replies"),
    RenameTable("conversations", "threads"),
    RenameColumn("replies", "conversation_id", "thread_id"),
)


def upgrade(conn):
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    if "replies" in tables:
        return
    conn.execute("ALTER TABLE responses RENAME TO replies")
    conn.execute("ALTER TABLE conversations RENAME TO threads")
    conn.execute("ALTER TABLE replies RENAME COLUMN conversation_id TO thread_id")
'''


def test_declared_renames_over_dangling_references_pass_every_check(pytester, chain):
    (chain / "0002_threads.py").write_text(RENAMES)
    result = run_matrix(pytester, chain, "--snapshot-update")
    assert result.ret == 0, result.stdout.str()
