"""The runner compares foreign-key violations as facts: a violation is new only when that
row's reference did not dangle before the step (same table, same row by its key, same
parent and columns, same dangling value), however a rebuild renumbered the rowids. A
foreign key added over data that violates it is refused saying what to do.

A chain that is not EDI's (conversations, schemas, models, responses), run with the real
``edi-migrate`` command on real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations import current_version
from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.sqlite.dbapi import sqlite3
from tests.support import run_cli

INITIAL = '''"""Conversations and their responses."""


def upgrade(conn):
    conn.execute("CREATE TABLE conversations (id TEXT PRIMARY KEY)")
    conn.execute("CREATE TABLE schemas (id TEXT PRIMARY KEY)")
    conn.execute("CREATE TABLE models (id TEXT PRIMARY KEY)")
    conn.execute(
        "CREATE TABLE responses (id TEXT PRIMARY KEY, "
        "conversation_id TEXT REFERENCES conversations(id), prompt TEXT, model TEXT)"
    )
    conn.execute(
        "CREATE TABLE events (conversation_id TEXT REFERENCES conversations(id), note TEXT)"
    )
'''

# SQLite's documented rebuild, adding responses.schema_id with its foreign key.
REBUILD = '''"""responses.schema_id, by a rebuild: {how}."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE new_responses (id TEXT PRIMARY KEY, "
        "conversation_id TEXT REFERENCES conversations(id), prompt TEXT, "
        "model TEXT{model_key}, schema_id TEXT REFERENCES schemas(id))"
    )
    conn.execute({copy})
    conn.execute("DROP TABLE responses")
    conn.execute("ALTER TABLE new_responses RENAME TO responses")
{more}'''

COPY_ROWID = (
    '"INSERT INTO new_responses (rowid, id, conversation_id, prompt, model) '
    'SELECT \\"rowid\\", id, conversation_id, prompt, model FROM responses"'
)
# No rowid copied, rows in another order: every rowid changes.
RENUMBER = (
    '"INSERT INTO new_responses (id, conversation_id, prompt, model) '
    'SELECT id, conversation_id, prompt, model FROM responses ORDER BY id DESC"'
)
# A table with no key at all, rebuilt in another order: only its values say which row.
EVENTS_RENUMBERED = """    conn.execute(
        "CREATE TABLE new_events (conversation_id TEXT REFERENCES conversations(id), "
        "note TEXT, seen INT)"
    )
    conn.execute(
        "INSERT INTO new_events (conversation_id, note) "
        "SELECT conversation_id, note FROM events ORDER BY conversation_id, note"
    )
    conn.execute("DROP TABLE events")
    conn.execute("ALTER TABLE new_events RENAME TO events")
"""


def write_chain(folder: Path, copy: str, model_key: str = "", more: str = "") -> Path:
    folder.mkdir()
    (folder / "0001_initial.py").write_text(INITIAL)
    body = REBUILD.format(how="a rebuild", copy=copy, model_key=model_key, more=more)
    (folder / "0002_schema_id.py").write_text(body)
    return folder


def v1_database(path: Path, chain: Path) -> Path:
    """v1 with the data of an app that never enforced its keys: r2 and one event dangle."""
    result = run_cli("--migrations-dir", chain, "init", path, "--to", "1")
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(path)
    conn.executescript(
        "INSERT INTO conversations VALUES ('c1');"
        "INSERT INTO models VALUES ('m1');"
        "INSERT INTO responses VALUES ('r1', 'c1', 'hello', 'm1'), "
        "('r2', 'gone', 'dangling', 'gpt-x'), ('r3', 'c1', 'again', 'gpt-x'), "
        "('r4', NULL, 'alone', 'claude'), ('r5', 'c1', 'last', NULL);"
        "INSERT INTO events VALUES ('c1', 'a'), ('gone', 'b'), ('c1', 'c');"
    )
    conn.commit()
    conn.close()
    return path


def upgrade(chain: Path, db: Path):
    return run_cli("--migrations-dir", chain, "upgrade", db, "--no-backup")


@pytest.mark.parametrize(
    "copy, more",
    [(COPY_ROWID, ""), (RENUMBER, ""), (COPY_ROWID, EVENTS_RENUMBERED)],
    ids=["rowid-copied", "rowids-renumbered", "keyless-table-renumbered"],
)
def test_a_sound_rebuild_over_an_old_dangling_reference_upgrades(tmp_path, copy, more):
    chain = write_chain(tmp_path / "chain", copy, more=more)
    db = v1_database(tmp_path / "app.db", chain)
    result = upgrade(chain, db)
    assert result.returncode == 0, result.stderr
    assert current_version(db, migrations_dir=chain) == 2


REFUSED = {
    "an UPDATE makes a row dangle": (
        COPY_ROWID,
        "    conn.execute(\"UPDATE responses SET conversation_id = 'nobody' WHERE id = 'r1'\")\n",
        "responses rowid 1 -> conversations",
    ),
    "a dangling value changes to another": (
        RENUMBER,
        "    conn.execute(\"UPDATE responses SET conversation_id = 'elsewhere' WHERE id = 'r2'\")\n",
        "responses rowid 4 -> conversations",
    ),
    "another row takes over a dangling value": (
        RENUMBER,
        "    conn.execute(\"UPDATE responses SET conversation_id = 'c1' WHERE id = 'r2'\")\n"
        "    conn.execute(\"UPDATE responses SET conversation_id = 'gone' WHERE id = 'r1'\")\n",
        "responses rowid 5 -> conversations",
    ),
    "a renumbered keyless table gains a dangling row": (
        COPY_ROWID,
        EVENTS_RENUMBERED
        + "    conn.execute(\"INSERT INTO events (conversation_id, note) VALUES ('gone', 'd')\")\n",
        "events rowid 4 -> conversations",
    ),
}


@pytest.mark.parametrize("copy, more, names", REFUSED.values(), ids=REFUSED.keys())
def test_a_genuinely_new_violation_is_still_refused(tmp_path, copy, more, names):
    chain = write_chain(tmp_path / "chain", copy, more=more)
    db = v1_database(tmp_path / "app.db", chain)
    before = file_bytes(db)
    result = upgrade(chain, db)
    assert result.returncode != 0
    assert "migration 0002_schema_id left 1 new foreign-key violation(s)" in result.stderr
    assert names in result.stderr
    assert file_bytes(db) == before


def test_a_key_added_over_violating_data_is_refused_saying_what_to_do(tmp_path):
    chain = write_chain(tmp_path / "chain", COPY_ROWID, model_key=" REFERENCES models(id)")
    db = v1_database(tmp_path / "app.db", chain)
    before = file_bytes(db)
    result = upgrade(chain, db)
    assert result.returncode != 0
    message = result.stderr
    assert "left 3 new foreign-key violation(s)" in message
    assert "responses(model) -> models: 3 row(s) with no parent row" in message
    assert "2 distinct value(s): 'gpt-x' (2 rows), 'claude' (1 row)" in message
    assert "set responses.model to NULL where it has no parent row" in message
    assert "MoveRows" in message and "edi_migrations.quarantine" in message
    assert "app_writes" in message
    assert "EDI" not in message
    assert "database still at v1" in message
    assert file_bytes(db) == before
