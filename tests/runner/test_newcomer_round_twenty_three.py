"""Newcomer, round twenty-three: the notes app adopts the runner on files already in the
field, made by its own ``user_version`` upgrade code (``tests/newcomer_chains/notes_sync``).
Those files are on users' machines: no one runs ``edi-migrate baseline`` there, the app
adopts each at start-up through the Python API. Its refusals told that app only the
command line (``adopt it with `edi-migrate baseline ...```, ``create one with
`edi-migrate init ...```), the docs showed no start-up adoption, and ``baseline()`` took
no ``connect``: an app whose schema needs its collation could not adopt a file from
Python, though the refusal told it to give its connect."""

from __future__ import annotations

import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from edi_migrations import baseline, inspect, upgrade
from edi_migrations.errors import (
    AlreadyUnderRunner,
    BaselineMismatch,
    CannotOpen,
    DatabaseMissing,
    UnrecordedDatabase,
)
from tests.docs_text import DOCS, first_block
from tests.support import ROOT, sqlite3

CHAIN = ROOT / "tests" / "newcomer_chains" / "notes_sync"
ADOPT = "## Adopt the app's files at start-up"


@pytest.fixture
def chain(tmp_path: Path) -> Path:
    return Path(shutil.copytree(CHAIN / "migrations", tmp_path / "migrations"))


def users_file(path: Path, version: int) -> Path:
    """A file the app's old code made at v1 with notes (one a tombstone, two pinned),
    then upgraded to ``version`` as each release shipped."""
    migrate = runpy.run_path(str(CHAIN / "legacy_schema.py"))["migrate"]
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        migrate(conn, to=1)
        for i in range(4):
            body = f'{{"title": "note {i}", "text": "...", "pinned": {str(i % 2 == 0).lower()}}}'
            conn.execute("INSERT INTO notes (id, body) VALUES (?, ?)", (f"uuid-{i}", body))
        conn.execute("UPDATE notes SET deleted_at = '2025-12-01' WHERE id = 'uuid-0'")
        migrate(conn, to=version)
    finally:
        conn.close()
    return path


def test_the_docs_start_up_adopts_every_users_file_and_creates_a_first_one(tmp_path, chain):
    files = [users_file(tmp_path / f"user_v{v}.db", v) for v in (1, 2, 3, 4)]
    (tmp_path / "start.py").write_text(first_block(DOCS / "python-api.md", ADOPT, "python"))
    first = tmp_path / "first_start.db"
    call = "import sys, start\nfor path in sys.argv[1:]:\n    start.open_database(path)\n"
    done = subprocess.run(
        [sys.executable, "-c", call, *map(str, [*files, first])],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for path in [*files, first]:
        assert inspect(path, chain).version == 5, path
    for path in files:
        with sqlite3.connect(path) as conn:
            rows = conn.execute("SELECT id, pinned FROM notes ORDER BY id").fetchall()
            (user_version,) = conn.execute("PRAGMA user_version").fetchone()
        assert rows == [("uuid-0", 1), ("uuid-1", 0), ("uuid-2", 1), ("uuid-3", 0)], path
        assert user_version == 4, "the old code, on this file, still runs none of its steps"


def test_a_users_file_is_told_the_python_baseline_beside_the_command(tmp_path, chain):
    db = users_file(tmp_path / "user.db", 2)
    with pytest.raises(UnrecordedDatabase) as refused:
        upgrade(db, migrations_dir=chain)
    said = str(refused.value)
    assert f"`edi-migrate baseline {db} --version 2 --migrations-dir {chain}`" in said
    assert "(Python: baseline(..., version=2))" in said
    assert refused.value.version == 2


def test_a_baseline_at_the_wrong_version_names_the_python_call_for_the_right_one(tmp_path, chain):
    db = users_file(tmp_path / "user.db", 2)
    with pytest.raises(BaselineMismatch) as refused:
        baseline(db, 3, migrations_dir=chain)
    assert "its schema is v2's: `edi-migrate baseline" in str(refused.value)
    assert "(Python: baseline(..., version=2))" in str(refused.value)


def test_a_first_start_is_told_init_and_an_adopted_file_upgrade_in_python_too(tmp_path, chain):
    with pytest.raises(DatabaseMissing) as missing:
        upgrade(tmp_path / "first_start.db", migrations_dir=chain)
    assert "`edi-migrate init" in str(missing.value) and "(Python: init(...))" in str(missing.value)
    db = users_file(tmp_path / "user.db", 4)
    baseline(db, 4, migrations_dir=chain)
    with pytest.raises(AlreadyUnderRunner) as again:
        baseline(db, 4, migrations_dir=chain)
    assert "`edi-migrate upgrade" in str(again.value) and "(Python: upgrade(...))" in str(again.value)


# An app whose schema needs its own collation adopts its files through its connect.
TAGS = '''"""Tags, listed without regard to case."""


def upgrade(conn):
    conn.execute("CREATE TABLE tags (name TEXT NOT NULL)")
    conn.execute("CREATE INDEX tags_by_name ON tags (name COLLATE unicase)")
'''


def unicase_connect(database, **kw):
    conn = sqlite3.connect(database, **kw)
    conn.create_collation("unicase", lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))
    return conn


@pytest.fixture
def tagged(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "tag_migrations"
    folder.mkdir()
    (folder / "0001_tags.py").write_text(TAGS, encoding="utf-8")
    db = tmp_path / "tags.db"
    conn = unicase_connect(db)
    conn.execute("CREATE TABLE tags (name TEXT NOT NULL)")
    conn.execute("CREATE INDEX tags_by_name ON tags (name COLLATE unicase)")
    conn.commit()
    conn.close()
    return folder, db


def test_baseline_without_the_apps_connect_is_refused_naming_it(tagged):
    folder, db = tagged
    before = db.read_bytes()
    with pytest.raises(CannotOpen, match="unicase.*the app's connect"):
        baseline(db, 1, migrations_dir=folder)
    assert db.read_bytes() == before


def test_baseline_through_the_apps_connect_adopts_the_file(tagged):
    folder, db = tagged
    done = baseline(db, 1, migrations_dir=folder, connect=unicase_connect)
    assert done.version == 1
    assert upgrade(db, migrations_dir=folder, connect=unicase_connect).to_version == 1
