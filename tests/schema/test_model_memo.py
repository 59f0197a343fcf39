"""A memo of tables and indexes by their text (the harness reads every table of every
database on every path): the model is the one a plain read gives, on every version of
every example chain, and a changed text is read anew."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from edi_migrations.schema.model import TextCache, schema_model
from tests.support import EXAMPLE_CHAINS, fresh_install_at_each_version

CHAINS = EXAMPLE_CHAINS


def pragmas(conn: sqlite3.Connection, memo: TextCache) -> tuple[object, int]:
    """The model read with ``memo``, and how many PRAGMAs the read ran."""
    ran: list[str] = []
    conn.set_trace_callback(ran.append)
    try:
        model = schema_model(conn, memo=memo)
    finally:
        conn.set_trace_callback(None)
    return model, sum(s.lstrip().upper().startswith("PRAGMA") for s in ran)


@pytest.mark.parametrize("folder", CHAINS, ids=lambda f: f.parent.name)
def test_the_memos_model_is_a_plain_reads_at_every_version(tmp_path, folder):
    memo = TextCache()
    for version, path in fresh_install_at_each_version(folder, tmp_path):
        with closing(sqlite3.connect(path)) as conn:
            assert schema_model(conn, memo=memo) == schema_model(conn), f"v{version}"


def test_a_text_read_before_runs_no_pragma_and_a_changed_one_is_read_anew(tmp_path):
    memo = TextCache()
    with closing(sqlite3.connect(tmp_path / "a.db")) as conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT COLLATE NOCASE)")
        conn.execute("CREATE INDEX t_name ON t(name)")
        first, ran = pragmas(conn, memo)
        assert ran > 0
        again, ran = pragmas(conn, memo)
        assert ran == 0 and again == first
        conn.execute("ALTER TABLE t ADD COLUMN extra INT")
        grown, ran = pragmas(conn, memo)
        assert ran > 0 and grown == schema_model(conn) != first


def test_an_index_follows_its_tables_collation_under_the_same_index_text(tmp_path):
    """The index's own text is the same; its column's collation comes from the table."""
    memo = TextCache()
    for collation in ("NOCASE", "RTRIM"):
        with closing(sqlite3.connect(tmp_path / f"{collation}.db")) as conn:
            conn.execute(f"CREATE TABLE t (name TEXT COLLATE {collation})")
            conn.execute("CREATE INDEX t_name ON t(name)")
            assert schema_model(conn, memo=memo) == schema_model(conn)
