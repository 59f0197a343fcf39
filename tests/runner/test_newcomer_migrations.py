"""Migrations as a newcomer writes them, with only the README: each works, or is refused
saying what to change in the migration's own terms.

``executescript`` (Python commits before it runs a script) runs inside the step; a
migration's Python error names its file and line, not the last SQL it ran; a helper
module beside the migrations imports as in any folder of scripts. Each broken case
sits beside its sound control, on a small chain that is not EDI's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations import current_version, init, load_migrations, upgrade
from edi_migrations.errors import BadMigrationsFolder, MigrationFailed, TransactionEnded
from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.sqlite.dbapi import sqlite3

FIRST = '"""Items."""\n\n\ndef upgrade(conn):\n    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")\n'

SCRIPT = '''"""Tags, in one script."""


def upgrade(conn):
    conn.executescript("""
        CREATE TABLE IF NOT EXISTS tags (id INTEGER PRIMARY KEY, name TEXT DEFAULT 'a;b');
        CREATE TRIGGER IF NOT EXISTS items_named AFTER INSERT ON items BEGIN
            UPDATE items SET name = coalesce(new.name, 'x;y') WHERE id = new.id;
        END;
        INSERT INTO tags (name) VALUES ('first; with a semicolon');
        -- a closing comment
    """)
'''
SCRIPT_THEN_FAILS = SCRIPT + '    conn.execute("SELECT no_such_function()")\n'
SCRIPT_COMMITS = SCRIPT.replace("-- a closing comment", "COMMIT;")
TYPO = '''"""Items get a category."""


def upgrade(conn):
    conn.execute("ALTER TABLE items ADD COLUMN category TEXT")
    conn.execute("UPDATE items SET category = ?", (DEFAULT_CATEGORY,))
'''
SQL_ERROR = TYPO.replace("(DEFAULT_CATEGORY,)", "('misc',)").replace("items SET", "itemz SET")


def chain(tmp_path: Path, *sources: str, name: str = "migrations") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for number, source in enumerate((FIRST, *sources), start=1):
        (folder / f"{number:04d}_step.py").write_text(source, encoding="utf-8")
    return folder


def at_v1(tmp_path: Path, folder: Path) -> Path:
    db = tmp_path / "app.db"
    init(db, to=1, migrations_dir=folder)
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO items (name) VALUES ('kept')")
    conn.close()
    return db


def test_a_script_of_several_statements_runs_inside_the_step(tmp_path):
    folder = chain(tmp_path, SCRIPT)
    db = at_v1(tmp_path, folder)
    upgrade(db, migrations_dir=folder, backup=False)
    assert current_version(db, folder) == 2
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM tags").fetchall() == [("first; with a semicolon",)]
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert {"tags", "items_named"} <= names


def test_a_python_error_names_the_file_and_line_not_the_last_statement(tmp_path):
    folder = chain(tmp_path, TYPO)
    db = at_v1(tmp_path, folder)
    with pytest.raises(MigrationFailed) as failed:
        upgrade(db, migrations_dir=folder, backup=False)
    message = str(failed.value)
    assert (
        "failed at line 6 of 0002_step.py (after statement: ALTER TABLE items ADD COLUMN category"
        " TEXT): NameError: name 'DEFAULT_CATEGORY'" in message
    )
    assert "at statement:" not in message


def test_an_sql_error_still_names_its_statement(tmp_path):
    folder = chain(tmp_path, SQL_ERROR)
    db = at_v1(tmp_path, folder)
    with pytest.raises(MigrationFailed) as failed:
        upgrade(db, migrations_dir=folder, backup=False)
    assert "failed at statement: UPDATE itemz SET category = ?" in str(failed.value)


HELPER = "def normalised(text):\n    return text.strip().lower()\n"
USES_HELPER = '''"""Names normalised by the helper module beside the migrations."""
from _names import normalised


def upgrade(conn):
    rows = conn.execute("SELECT id, name FROM items").fetchall()
    for id_, name in rows:
        conn.execute("UPDATE items SET name = ? WHERE id = ?", (normalised(name), id_))
'''


def test_a_migration_imports_a_helper_module_beside_it(tmp_path):
    folder = chain(tmp_path, USES_HELPER)
    (folder / "_names.py").write_text(HELPER, encoding="utf-8")
    db = at_v1(tmp_path, folder)
    upgrade(db, migrations_dir=folder, backup=False)
    assert current_version(db, folder) == 2


def test_each_folder_imports_its_own_helper_module(tmp_path):
    """Two chains in one process (a test suite) never share a helper of the same name."""
    mine = chain(tmp_path, USES_HELPER, name="mine")
    (mine / "_names.py").write_text(HELPER, encoding="utf-8")
    other = chain(tmp_path, USES_HELPER, name="other")
    (other / "_names.py").write_text(HELPER.replace(".lower()", ".upper()"), encoding="utf-8")
    helpers = [
        m.upgrade.__globals__["normalised"]
        for m in (load_migrations(mine)[1], load_migrations(other)[1])
    ]
    assert [h(" Mixed ") for h in helpers] == ["mixed", "MIXED"]


def test_a_helper_missing_its_underscore_is_refused_saying_how_to_name_it(tmp_path):
    folder = chain(tmp_path, USES_HELPER.replace("_names", "names"))
    (folder / "names.py").write_text(HELPER, encoding="utf-8")
    with pytest.raises(BadMigrationsFolder) as refused:
        load_migrations(folder)
    assert "names.py: migration files are named NNNN_snake_name.py" in str(refused.value)
    assert "a helper module's name starts with _" in str(refused.value)


WITH_CONN = '''"""Items get a category, in the with-block sqlite3's documentation shows."""


def upgrade(conn):
    with conn:
        conn.execute("ALTER TABLE items ADD COLUMN category TEXT")
'''
WITH_CONN_FAILS = WITH_CONN + '        conn.execute("SELECT no_such_function()")\n'
COMMITS = (
    WITH_CONN.replace("    with conn:\n        conn", "    conn").rstrip() + "\n    conn.commit()\n"
)


def test_a_with_block_on_the_connection_is_the_step(tmp_path):
    folder = chain(tmp_path, WITH_CONN)
    db = at_v1(tmp_path, folder)
    upgrade(db, migrations_dir=folder, backup=False)
    assert current_version(db, folder) == 2


@pytest.mark.parametrize(
    "source", [SCRIPT_THEN_FAILS, WITH_CONN_FAILS], ids=["script", "with-block"]
)
def test_what_fails_after_it_rolls_the_whole_step_back(tmp_path, source):
    folder = chain(tmp_path, source)
    db = at_v1(tmp_path, folder)
    before = file_bytes(db)
    with pytest.raises(MigrationFailed, match="no_such_function"):
        upgrade(db, migrations_dir=folder, backup=False)
    assert file_bytes(db) == before


@pytest.mark.parametrize("source", [SCRIPT_COMMITS, COMMITS], ids=["in-a-script", "commit()"])
def test_a_commit_is_refused_saying_to_remove_it(tmp_path, source):
    folder = chain(tmp_path, source)
    db = at_v1(tmp_path, folder)
    with pytest.raises(TransactionEnded) as refused:
        upgrade(db, migrations_dir=folder, backup=False)
    assert "remove it (conn.commit(), a COMMIT or BEGIN statement)" in str(refused.value)
    assert current_version(db, folder) == 1


def test_a_misnumbered_migration_is_refused_without_the_helper_hint(tmp_path):
    folder = chain(tmp_path)
    (folder / "002_more.py").write_text(USES_HELPER, encoding="utf-8")
    with pytest.raises(BadMigrationsFolder) as refused:
        load_migrations(folder)
    assert str(refused.value).endswith("002_more.py: migration files are named NNNN_snake_name.py")
