"""The runner's own tables are brought to their canonical form at every step; their
text in ``sqlite_master`` once found canonical, a step whose tables read exactly so
skips reading them into the model. Any other text (an index added, the seed's variant
of a table, a table missing) is normalised as always, whatever was seen before."""

from __future__ import annotations

import re
from pathlib import Path

from edi_migrations import init, upgrade
from edi_migrations.runner.bookkeeping import ensure_bookkeeping
from edi_migrations.schema.model import BOOKKEEPING_TABLES, Schema, schema_model
from edi_migrations.sqlite.dbapi import sqlite3

CHAIN = Path(__file__).resolve().parent.parent / "example_app" / "migrations"
BOOKKEEPING = (
    "SELECT type, name, tbl_name, sql FROM sqlite_master "
    "WHERE tbl_name IN ('schema_version', 'migration_log') ORDER BY type, name"
)


def rows_of(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(BOOKKEEPING).fetchall()
    finally:
        conn.close()


def model_of(path: Path) -> Schema:
    """The runner's tables as the model reads them (a rebuilt table's text differs)."""
    conn = sqlite3.connect(path)
    try:
        return schema_model(conn, tables=BOOKKEEPING_TABLES)
    finally:
        conn.close()


def change(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in sql:
        conn.execute(statement)
    conn.close()


PLAIN = '''"""Table {n}: plain SQL, which reads no schema of its own."""


def upgrade(conn):
    conn.execute("CREATE TABLE t{n} (id INTEGER PRIMARY KEY)")
'''


def test_tables_found_canonical_are_not_read_into_the_model_again(tmp_path):
    path = tmp_path / "canonical.db"
    init(path, to=1, migrations_dir=CHAIN)
    conn = sqlite3.connect(path, isolation_level=None)
    reads = []
    for _ in range(3):
        seen: list[str] = []
        conn.set_trace_callback(seen.append)
        conn.execute("BEGIN")
        ensure_bookkeeping(conn, baseline=1)
        conn.execute("ROLLBACK")
        conn.set_trace_callback(None)
        reads.append([s for s in seen if s.startswith("PRAGMA")])
    conn.close()
    assert reads[1] == reads[2] == []


def masked(statements: list[str]) -> list[str]:
    """Statements with their numbers (times, durations) masked."""
    return [re.sub(r"[0-9]+", "N", s) for s in statements]


def test_a_traced_run_reads_afresh_whatever_the_process_did_before(tmp_path):
    """Fault injection replays a traced run's statements by number, in another process:
    a traced run keeps nothing between runs, so it runs the same statements each time."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    for n in range(1, 7):
        (folder / f"{n:04d}_table_{n}.py").write_text(PLAIN.format(n=n), encoding="utf-8")
    runs = []
    for name in ("first.db", "second.db"):
        path = tmp_path / name
        init(path, to=1, migrations_dir=folder)
        statements: list[str] = []
        upgrade(path, migrations_dir=folder, backup=False, trace=statements.append)
        runs.append(masked(statements))
    assert runs[0] == runs[1]
    assert len([s for s in runs[1] if s == 'PRAGMA main.index_list("schema_version")']) == 5


def test_an_index_added_after_a_canonical_run_is_dropped(tmp_path):
    path = tmp_path / "indexed.db"
    init(path, to=1, migrations_dir=CHAIN)
    upgrade(path, to=2, migrations_dir=CHAIN, backup=False)
    canonical = rows_of(path)
    change(path, "CREATE INDEX extra ON migration_log (migration_name)")
    upgrade(path, to=3, migrations_dir=CHAIN, backup=False)
    assert rows_of(path) == canonical


def test_the_seeds_variant_after_a_canonical_run_is_normalised(tmp_path):
    path = tmp_path / "variant.db"
    init(path, to=1, migrations_dir=CHAIN)
    upgrade(path, to=2, migrations_dir=CHAIN, backup=False)
    canonical = model_of(path)
    change(
        path,
        "CREATE TABLE old_log (id INTEGER PRIMARY KEY AUTOINCREMENT, migration_name TEXT NOT NULL,"
        " version_from TEXT, version_to TEXT, started_at TIMESTAMP, completed_at TIMESTAMP,"
        " status TEXT, error_message TEXT, duration_seconds REAL)",
        "INSERT INTO old_log SELECT id, migration_name, version_from, version_to, started_at,"
        " completed_at, status, error_message, duration_seconds FROM migration_log",
        "DROP TABLE migration_log",
        "ALTER TABLE old_log RENAME TO migration_log",
    )
    assert model_of(path) != canonical
    upgrade(path, to=3, migrations_dir=CHAIN, backup=False)
    assert model_of(path) == canonical
