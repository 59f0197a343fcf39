"""A schema that is not a fresh install's text is read into the model and judged once per
process for the same text, chain and version: a stepwise walk detects the same files'
schemas again at every call. What the verdict follows from is always seen: the file's
schema altered, another chain (another project) or a chain with a next migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from edi_migrations import load_migrations
from edi_migrations.runner import detect
from edi_migrations.sqlite.read_only import read_only

V1 = '''"""Table t."""


def upgrade(conn):
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
'''
V1_NAMED = '''"""Table t, with a name."""


def upgrade(conn):
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
'''
V2_EXTRA = '''"""Column extra."""


def upgrade(conn):
    conn.execute("ALTER TABLE t ADD COLUMN extra TEXT")
'''


def _chain(root: Path, *sources: str) -> tuple:
    root.mkdir(parents=True)
    for n, source in enumerate(sources, start=1):
        (root / f"{n:04d}_step_{n}.py").write_text(source, encoding="utf-8")
    return load_migrations(root)


def _file_at_v1(path: Path, *extra: str) -> Path:
    """v1 of ``V1`` spelt otherwise (so the text is not a fresh install's), recorded."""
    with sqlite3.connect(path) as conn:
        conn.execute("create table t(\n  id integer primary key\n)")
        conn.execute("CREATE TABLE schema_version (version TEXT)")
        conn.execute("INSERT INTO schema_version VALUES ('v1')")
        for sql in extra:
            conn.execute(sql)
    conn.close()
    return path


def _detect(path: Path, chain: tuple) -> detect.Detected:
    with read_only(path) as conn:
        return detect.detect(conn, path, chain)


def test_the_same_schema_is_read_into_the_model_once(tmp_path, monkeypatch):
    chain = _chain(tmp_path / "a", V1)
    first, second = _file_at_v1(tmp_path / "one.db"), _file_at_v1(tmp_path / "two.db")
    read: list[object] = []
    real = detect.schema_model
    monkeypatch.setattr(detect, "schema_model", lambda conn: read.append(conn) or real(conn))
    assert _detect(first, chain) == detect.Detected(1, 1, "recorded")
    assert _detect(second, chain) == detect.Detected(1, 1, "recorded")
    assert _detect(first, chain) == detect.Detected(1, 1, "recorded")
    assert len(read) == 1


def test_a_schema_altered_since_is_judged_again(tmp_path):
    chain = _chain(tmp_path / "a", V1)
    path = _file_at_v1(tmp_path / "one.db")
    assert _detect(path, chain).drift == ()
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE t ADD COLUMN extra TEXT")
    conn.close()
    assert _detect(path, chain).drift == ("unexpected column t.extra",)


def test_another_chain_with_the_same_schema_is_judged_by_its_own_migrations(tmp_path):
    ours = _chain(tmp_path / "a", V1)
    theirs = _chain(tmp_path / "b", V1_NAMED)
    path = _file_at_v1(tmp_path / "one.db")
    assert _detect(path, ours).drift == ()
    assert _detect(path, theirs).drift == ("column t.name is missing",)
    assert _detect(path, ours).drift == ()


def test_a_chain_with_a_next_migration_tolerates_its_columns(tmp_path):
    alone = _chain(tmp_path / "a", V1)
    with_next = _chain(tmp_path / "b", V1, V2_EXTRA)
    path = _file_at_v1(tmp_path / "one.db", "ALTER TABLE t ADD COLUMN extra TEXT")
    assert _detect(path, alone).drift == ("unexpected column t.extra",)
    assert _detect(path, with_next).drift == ()
    assert _detect(path, alone).drift == ("unexpected column t.extra",)
