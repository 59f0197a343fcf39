"""A schema file recreates its schema: executed in a fresh in-memory SQLite, it gives the
canonical schema model of a fresh install at that version, for every version of EDI's
chain and of the example app's (FTS5 and its shadow tables, WITHOUT ROWID, quoted names,
a trigger, a view, a rebuilt table)."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import init, load_migrations, schema_model
from edi_migrations.schema.dump import schema_sql_of
from edi_migrations.schema.model import BOOKKEEPING_TABLES
from edi_migrations.sqlite.dbapi import sqlite3

ROOT = Path(__file__).resolve().parents[2]
CHAINS = {
    "edi": ROOT / "edi_migrations" / "versions",
    "example": ROOT / "tests" / "example_app" / "migrations",
}
VERSIONS = [
    pytest.param((folder, version), id=f"{chain}-v{version}")
    for chain, folder in CHAINS.items()
    for version in range(1, len(load_migrations(folder)) + 1)
]


@pytest.fixture
def fresh(tmp_path, request) -> sqlite3.Connection:
    folder, version = request.param
    path = tmp_path / "fresh.db"
    init(path, to=version, migrations_dir=folder)
    with closing(sqlite3.connect(path)) as conn:
        yield conn


def recreated(sql: str) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.executescript(sql)
    return conn


@pytest.mark.parametrize("fresh", VERSIONS, indirect=True)
def test_the_schema_file_recreates_the_fresh_installs_schema(fresh):
    with closing(recreated(schema_sql_of(fresh, "schema"))) as conn:
        assert (
            schema_model(conn).render() == schema_model(fresh).without(BOOKKEEPING_TABLES).render()
        )


@pytest.mark.parametrize("fresh", VERSIONS, indirect=True)
def test_the_recreated_schema_writes_the_same_file(fresh):
    """Canonical: the file is a fixed point, so a snapshot never changes by being loaded."""
    sql = schema_sql_of(fresh, "schema")
    with closing(recreated(sql)) as conn:
        assert schema_sql_of(conn, "schema") == sql


@pytest.mark.parametrize("fresh", VERSIONS, indirect=True)
def test_the_recreated_views_have_the_same_columns(fresh):
    """The model compares a view's body; its column names (those the app reads) too."""

    def columns(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
        views = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")]
        return {
            v: conn.execute("SELECT name FROM pragma_table_info(?)", (v,)).fetchall() for v in views
        }

    with closing(recreated(schema_sql_of(fresh, "schema"))) as conn:
        assert columns(conn) == columns(fresh)


def test_the_example_apps_full_text_table_is_written_once_without_its_shadow_tables(tmp_path):
    path = tmp_path / "fresh.db"
    init(path, migrations_dir=CHAINS["example"])
    with closing(sqlite3.connect(path)) as conn:
        sql = schema_sql_of(conn, "schema")
    assert sql.count("CREATE VIRTUAL TABLE note_search USING fts5(") == 1
    assert "note_search_" not in sql
    assert "sqlite_sequence" not in sql


@pytest.mark.parametrize("fresh", [v for v in VERSIONS if v.id.startswith("edi-")], indirect=True)
def test_edis_stored_snapshot_recreates_its_version(fresh):
    version = fresh.execute("SELECT version FROM schema_version ORDER BY id DESC").fetchone()[0]
    stored = ROOT / "tests" / "schema_snapshots" / f"schema_{version}.sql"
    with closing(recreated(stored.read_text())) as conn:
        assert (
            schema_model(conn).render() == schema_model(fresh).without(BOOKKEEPING_TABLES).render()
        )


RICH = {
    "generated, collated and STRICT columns": (
        "CREATE TABLE g (a INTEGER PRIMARY KEY, b TEXT COLLATE NOCASE, "
        "c INT GENERATED ALWAYS AS (a * 2) STORED, d INT AS (a + 1)) STRICT"
    ),
    "a deferrable composite foreign key and a named CHECK": (
        "CREATE TABLE p (x INT, y INT, PRIMARY KEY (x, y));"
        "CREATE TABLE c (x INT, y INT, CONSTRAINT both_or_none CHECK ((x IS NULL) = (y IS NULL)), "
        "FOREIGN KEY (x, y) REFERENCES p(x, y) ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED)"
    ),
    "partial, expression and descending indexes": (
        "CREATE TABLE t (a TEXT, b INT DEFAULT -1);"
        "CREATE UNIQUE INDEX u ON t(a) WHERE b > 0;"
        "CREATE INDEX e ON t(lower(a) COLLATE NOCASE, b DESC)"
    ),
    "a view over a view and an INSTEAD OF trigger on it": (
        "CREATE TABLE t (a TEXT, b INT);"
        "CREATE VIEW z_first AS SELECT a, b FROM t WHERE b IS NOT NULL;"
        "CREATE VIEW a_second AS SELECT DISTINCT a FROM z_first UNION ALL SELECT 'x';"
        "CREATE TRIGGER ins INSTEAD OF INSERT ON z_first BEGIN "
        "INSERT INTO t (a, b) VALUES (NEW.a, coalesce(NEW.b, 0)); SELECT RAISE(IGNORE); END"
    ),
    "names that need quoting everywhere": (
        'CREATE TABLE "select" ("from" TEXT, "a b" INT, [c"d] INT);'
        'CREATE INDEX "where" ON "select"("from");'
        'CREATE VIEW "group" AS SELECT "from" AS "to" FROM "select"'
    ),
}


@pytest.mark.parametrize("script", RICH.values(), ids=RICH.keys())
def test_the_schema_file_recreates_what_the_chains_do_not_use(script):
    with closing(recreated(script)) as original:
        sql = schema_sql_of(original, "schema")
        with closing(recreated(sql)) as conn:
            assert schema_model(conn).render() == schema_model(original).render()
            assert schema_sql_of(conn, "schema") == sql
