"""Rows written from a schema alone: one small schema per feature, on real database files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from edi_migrations import init
from edi_migrations.harness.dbstate import state_of
from edi_migrations.harness.rows.edge_values import INT_EDGES, REAL_EDGES, TEXT_EDGES
from edi_migrations.harness.rows.schema_rows import (
    SchemaHints,
    UnsatisfiableConstraint,
    fill_from_schema,
)
from edi_migrations.harness.rows.schema_values import BLOB_EDGES, NUMERIC_TEXT
from edi_migrations.identifiers import quote_identifier
from edi_migrations.schema.model import BOOKKEEPING_TABLES
from edi_migrations.sqlite.dbapi import sqlite3

ROWS = 40


@pytest.fixture
def open_db(tmp_path: Path) -> Iterator:
    """A function: a new database file holding ``ddl``, as an open connection."""
    opened: list[sqlite3.Connection] = []

    def make(*ddl: str, name: str = "t.db") -> sqlite3.Connection:
        conn = sqlite3.connect(tmp_path / name)
        for statement in ddl:
            conn.execute(statement)
        conn.commit()
        opened.append(conn)
        return conn

    yield make
    for conn in opened:
        conn.close()


def one(conn: sqlite3.Connection, query: str) -> object:
    return conn.execute(query).fetchone()[0]


def tables_of(conn: sqlite3.Connection) -> list[str]:
    """Tables and virtual tables, without SQLite's own or the shadow tables of virtual ones."""
    return [
        r[1]
        for r in conn.execute("PRAGMA table_list")
        if r[2] in ("table", "virtual") and not r[1].startswith("sqlite_")
    ]


# (id, DDL, queries that count violations (must be 0), queries that count evidence (> 0))
FEATURES = [
    ("affinities",
     ["CREATE TABLE t (i INT, s VARCHAR(20), b BLOB, r DOUBLE, n DECIMAL(10,2), u)"],
     ["SELECT count(*) FROM t WHERE typeof(i) NOT IN ('integer', 'null')",
      "SELECT count(*) FROM t WHERE typeof(s) NOT IN ('text', 'null')",
      "SELECT count(*) FROM t WHERE typeof(b) NOT IN ('blob', 'null')",
      "SELECT count(*) FROM t WHERE typeof(r) NOT IN ('real', 'null')"],
     ["SELECT count(*) FROM t WHERE typeof(i) = 'integer'",
      "SELECT count(*) FROM t WHERE typeof(n) IN ('integer', 'real')",
      "SELECT count(DISTINCT typeof(u)) - 3 FROM t"]),
    ("not null",
     ["CREATE TABLE t (a TEXT NOT NULL, b INTEGER NOT NULL, c REAL NOT NULL, d BLOB NOT NULL)"],
     ["SELECT count(*) FROM t WHERE a IS NULL OR b IS NULL OR c IS NULL OR d IS NULL"],
     ["SELECT count(*) FROM t"]),
    ("constant defaults apply in some rows",
     ["CREATE TABLE t (a TEXT, d INTEGER NOT NULL DEFAULT 42, s TEXT DEFAULT 'dflt')"],
     [],
     ["SELECT count(*) FROM t WHERE d = 42 AND s = 'dflt'",
      "SELECT count(*) FROM t WHERE d <> 42"]),
    ("check in list",
     ["CREATE TABLE t (status TEXT NOT NULL CHECK (status IN ('new', 'done')), k TEXT "
      "CHECK(k IN ('a', 'b')))"],
     ["SELECT count(*) FROM t WHERE status NOT IN ('new', 'done') OR k NOT IN ('a', 'b')"],
     ["SELECT count(DISTINCT status) - 1 FROM t", "SELECT count(*) FROM t WHERE k IS NULL"]),
    ("check between",
     ["CREATE TABLE t (rating INT NOT NULL CHECK (rating BETWEEN 1 AND 5))"],
     ["SELECT count(*) FROM t WHERE rating NOT BETWEEN 1 AND 5"],
     ["SELECT count(*) FROM t WHERE rating = 1", "SELECT count(*) FROM t WHERE rating = 5"]),
    ("check comparisons either side",
     ["CREATE TABLE t (a INT NOT NULL CHECK (a > 10), b REAL NOT NULL CHECK (100 >= b), "
      "c INT NOT NULL CHECK (c <> 0), d TEXT NOT NULL CHECK (d >= 'm'))"],
     ["SELECT count(*) FROM t WHERE NOT (a > 10 AND b <= 100 AND c <> 0 AND d >= 'm')"],
     ["SELECT count(*) FROM t WHERE b = 100"]),
    ("check length",
     ["CREATE TABLE t (code TEXT NOT NULL CHECK (length(code) BETWEEN 3 AND 8), "
      "tag TEXT CHECK (length(tag) <= 2))"],
     ["SELECT count(*) FROM t WHERE length(code) NOT BETWEEN 3 AND 8 OR length(tag) > 2"],
     ["SELECT count(*) FROM t WHERE tag = ''"]),
    ("check typeof",
     ["CREATE TABLE t (v NOT NULL CHECK (typeof(v) = 'integer'), "
      "w CHECK (typeof(w) IN ('text', 'null')))"],
     ["SELECT count(*) FROM t WHERE typeof(v) <> 'integer' OR typeof(w) NOT IN ('text', 'null')"],
     ["SELECT count(*) FROM t WHERE v = 9223372036854775807"]),
    ("check and / or",
     ["CREATE TABLE t (x INT NOT NULL CHECK ((x >= 0 AND x < 10) OR x IN (100, 200)))"],
     ["SELECT count(*) FROM t WHERE NOT ((x >= 0 AND x < 10) OR x IN (100, 200))"],
     ["SELECT count(*) FROM t WHERE x IN (100, 200)", "SELECT count(*) FROM t WHERE x < 10"]),
    ("table check over two columns, drawn again",
     ["CREATE TABLE t (lo INT NOT NULL, hi INT NOT NULL, CHECK (lo < hi))"],
     ["SELECT count(*) FROM t WHERE lo >= hi"],
     ["SELECT count(*) FROM t"]),
    ("check the parser does not know, drawn again",
     ["CREATE TABLE t (s TEXT NOT NULL CHECK (s GLOB '*a*'))"],
     ["SELECT count(*) FROM t WHERE s NOT GLOB '*a*'"],
     ["SELECT count(*) FROM t"]),
    ("composite unique",
     ["CREATE TABLE t (a TEXT NOT NULL CHECK (a IN ('x', 'y')), b INT NOT NULL, UNIQUE (a, b))"],
     ["SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT a, b FROM t)) FROM t"],
     ["SELECT count(*) FROM t"]),
    ("unique index",
     ["CREATE TABLE t (email TEXT, n INTEGER)", "CREATE UNIQUE INDEX t_email ON t (email)",
      "CREATE UNIQUE INDEX t_n ON t (n)"],
     ["SELECT count(email) - count(DISTINCT email) FROM t",
      "SELECT count(n) - count(DISTINCT n) FROM t"],
     ["SELECT count(DISTINCT email) FROM t"]),
    ("autoincrement",
     ["CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT)"],
     ["SELECT count(*) FROM t WHERE id IS NULL"],
     ["SELECT count(*) FROM sqlite_sequence WHERE name = 't' AND seq = (SELECT max(id) FROM t)"]),
    ("without rowid",
     ["CREATE TABLE t (k TEXT, n INT, v REAL, PRIMARY KEY (k, n)) WITHOUT ROWID"],
     ["SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT k, n FROM t)) FROM t"],
     ["SELECT count(*) FROM t"]),
    ("foreign key",
     ["CREATE TABLE p (id TEXT PRIMARY KEY, name TEXT)",
      "CREATE TABLE c (id INTEGER PRIMARY KEY, p_id TEXT NOT NULL REFERENCES p(id), "
      "q_id TEXT REFERENCES p)"],
     ["SELECT count(*) FROM c WHERE p_id NOT IN (SELECT id FROM p)",
      "SELECT count(*) FROM c WHERE q_id IS NULL"],
     ["SELECT count(DISTINCT p_id) - 1 FROM c"]),
    ("composite foreign key",
     ["CREATE TABLE p (a INT, b TEXT, PRIMARY KEY (a, b))",
      "CREATE TABLE c (x INT, y TEXT, FOREIGN KEY (x, y) REFERENCES p (a, b))"],
     ["SELECT count(*) FROM c WHERE NOT EXISTS (SELECT 1 FROM p WHERE a = x AND b = y)"],
     ["SELECT count(*) FROM c"]),
    ("self reference",
     ["CREATE TABLE node (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES node(id))"],
     [],
     ["SELECT count(*) FROM node WHERE parent_id IS NOT NULL"]),
    ("self reference, not null, text key",
     ["CREATE TABLE node (id TEXT PRIMARY KEY, up TEXT NOT NULL REFERENCES node(id))"],
     ["SELECT count(*) FROM node WHERE up IS NULL"],
     ["SELECT count(*) FROM node WHERE up <> id"]),
    ("reference cycle",
     ["CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER REFERENCES b(id))",
      "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL REFERENCES a(id))"],
     [],
     ["SELECT count(*) FROM b"]),
    ("blob",
     ["CREATE TABLE t (b BLOB)"],
     [],
     ["SELECT count(*) FROM t WHERE b = x''",
      "SELECT count(*) FROM t WHERE b = x'" + BLOB_EDGES[1].hex() + "'",
      "SELECT count(DISTINCT b) - 10 FROM t"]),
    ("generated columns",
     ["CREATE TABLE t (a INT, g INT GENERATED ALWAYS AS (a * 2) STORED, v INT AS (a + 1))"],
     ["SELECT count(*) FROM t WHERE g IS NOT a * 2 OR v IS NOT a + 1"],
     ["SELECT count(g) FROM t"]),
    ("fts5",
     ["CREATE VIRTUAL TABLE docs USING fts5(title, body)"],
     [],
     ["SELECT count(*) FROM docs WHERE docs MATCH 'harbour OR storm OR river'"]),
    ("strict",
     ["CREATE TABLE t (i INTEGER, r REAL, s TEXT NOT NULL, b BLOB, a ANY) STRICT"],
     ["SELECT count(*) FROM t WHERE typeof(i) NOT IN ('integer', 'null')"
      " OR typeof(s) <> 'text' OR typeof(b) NOT IN ('blob', 'null')"],
     ["SELECT count(DISTINCT typeof(a)) - 4 FROM t"]),
    ("names needing quotes",
     ['CREATE TABLE "order items" ("quote""d" TEXT NOT NULL, "select" INT '
      'CHECK ("select" >= 0), "from" TEXT UNIQUE)',
      'CREATE INDEX "idx ""x""" ON "order items" ("select")'],
     ['SELECT count(*) FROM "order items" WHERE "select" < 0 OR "quote""d" IS NULL'],
     ['SELECT count(*) FROM "order items" WHERE "select" = 0']),
]  # fmt: skip


@pytest.mark.parametrize(
    ("ddl", "violations", "evidence"),
    [pytest.param(d, v, e, id=i) for i, d, v, e in FEATURES],
)
def test_each_schema_feature_gets_rows_that_keep_its_constraints(
    open_db, ddl, violations, evidence
):
    conn = open_db(*ddl)
    written = fill_from_schema(conn, seed=11, rows=ROWS, orphans=False)
    conn.commit()
    tables = set(tables_of(conn))
    assert set(written) == tables
    assert {
        t: one(conn, f"SELECT count(*) >= {ROWS} FROM {quote_identifier(t)}") for t in tables
    } == dict.fromkeys(tables, 1)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert {q: one(conn, q) for q in violations} == dict.fromkeys(violations, 0)
    assert [q for q in evidence if one(conn, q) <= 0] == []


def test_an_fts5_table_is_filled_through_itself_and_passes_its_integrity_check(open_db):
    conn = open_db(
        "CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'porter')",
        "CREATE VIRTUAL TABLE bare USING fts5(words, content = '')",
    )
    written = fill_from_schema(conn, seed=2, rows=30, orphans=False)
    conn.execute("INSERT INTO docs(docs) VALUES ('integrity-check')")
    conn.execute("INSERT INTO bare(bare) VALUES ('integrity-check')")
    assert written == {"bare": 30, "docs": 30}
    assert one(conn, "SELECT count(*) FROM docs_docsize") == 30


def test_an_external_content_fts_table_is_left_to_its_content_table(open_db):
    conn = open_db(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
        "CREATE VIRTUAL TABLE notes_fts USING fts5(body, content = 'notes', content_rowid = 'id')",
    )
    assert fill_from_schema(conn, seed=2, rows=10, orphans=False) == {"notes": 10}
    conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")


ORPHAN_SCHEMAS = {
    "single": (
        ["CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT)",
         "CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p(id), note TEXT)"],
        "SELECT count(*) FROM c WHERE p_id IS NULL",
    ),
    "composite": (
        ["CREATE TABLE p (a INT, b TEXT, PRIMARY KEY (a, b))",
         "CREATE TABLE c (x INT, y TEXT, FOREIGN KEY (x, y) REFERENCES p (a, b))"],
        "SELECT count(*) FROM c WHERE x IS NULL AND y IS NULL",
    ),
    "text key": (
        ["CREATE TABLE p (id TEXT PRIMARY KEY)",
         "CREATE TABLE c (p_id TEXT REFERENCES p(id))"],
        "SELECT count(*) FROM c WHERE p_id IS NULL",
    ),
}  # fmt: skip


@pytest.mark.parametrize("schema", ORPHAN_SCHEMAS)
def test_with_orphans_some_children_are_null_and_some_point_at_no_parent(open_db, schema):
    ddl, nulls = ORPHAN_SCHEMAS[schema]
    conn = open_db(*ddl)
    fill_from_schema(conn, seed=4, rows=10, orphans=True)
    assert one(conn, nulls) >= 1
    assert len(conn.execute("PRAGMA foreign_key_check(c)").fetchall()) >= 1


@pytest.mark.parametrize("enforced", ["ON", "OFF"])
@pytest.mark.parametrize("schema", ORPHAN_SCHEMAS)
def test_without_orphans_no_child_is_null_or_dangling_whatever_the_pragma(
    open_db, schema, enforced
):
    ddl, nulls = ORPHAN_SCHEMAS[schema]
    conn = open_db(*ddl)
    conn.execute(f"PRAGMA foreign_keys = {enforced}")
    fill_from_schema(conn, seed=4, rows=200, orphans=False)
    assert one(conn, nulls) == 0
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_one_to_one_child_points_at_each_parent_once(open_db):
    conn = open_db(
        "CREATE TABLE p (id TEXT PRIMARY KEY, name TEXT)",
        "CREATE TABLE settings (p_id TEXT PRIMARY KEY REFERENCES p(id), theme TEXT)",
        "CREATE TABLE profile (id INTEGER PRIMARY KEY, p_id TEXT NOT NULL UNIQUE REFERENCES p)",
    )
    conn.execute("PRAGMA foreign_keys = ON")
    assert fill_from_schema(conn, seed=6, rows=1200, orphans=False) == dict.fromkeys(
        ("p", "profile", "settings"), 1200
    )
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_junction_table_pairs_parents_without_repeating_a_pair(open_db):
    conn = open_db(
        "CREATE TABLE post (id INTEGER PRIMARY KEY)",
        "CREATE TABLE tag (id INTEGER PRIMARY KEY)",
        "CREATE TABLE post_tag (post_id INTEGER NOT NULL REFERENCES post, "
        "tag_id INTEGER NOT NULL REFERENCES tag, PRIMARY KEY (post_id, tag_id)) WITHOUT ROWID",
    )
    fill_from_schema(conn, seed=6, rows=60, orphans=False)
    assert one(conn, "SELECT count(*) FROM post_tag") == 60
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_with_orphans_and_enforced_foreign_keys_sqlite_refuses_only_the_dangling_ones(open_db):
    conn = open_db(*ORPHAN_SCHEMAS["single"][0])
    conn.execute("PRAGMA foreign_keys = ON")
    fill_from_schema(conn, seed=4, rows=50, orphans=True)
    assert one(conn, "SELECT count(*) FROM c") == 50
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


EDGE_SCHEMA = "CREATE TABLE t (s TEXT, i INTEGER, r REAL, b BLOB, n TEXT NOT NULL)"


def _present(conn: sqlite3.Connection, column: str, value: object) -> bool:
    if value is None:
        return bool(one(conn, f"SELECT count(*) FROM t WHERE {column} IS NULL"))
    found = conn.execute(
        f"SELECT count(*) FROM t WHERE {column} = ? AND typeof({column}) = typeof(?)",
        (value, value),
    ).fetchone()[0]
    return bool(found)


@pytest.mark.parametrize(
    ("column", "values"),
    [
        ("s", [None, *TEXT_EDGES.values(), *NUMERIC_TEXT]),
        ("i", [None, *INT_EDGES.values()]),
        ("r", [None, *(v for k, v in REAL_EDGES.items() if k != "negative_zero")]),
        ("b", [None, *BLOB_EDGES]),
        ("n", list(TEXT_EDGES.values())),
    ],
)
def test_the_first_rows_sweep_every_edge_value_a_column_can_hold(open_db, column, values):
    conn = open_db(EDGE_SCHEMA)
    fill_from_schema(conn, seed=8, rows=20, orphans=False)
    assert [v for v in values if not _present(conn, column, v)] == []


def test_a_not_null_column_gets_no_null_edge(open_db):
    conn = open_db(EDGE_SCHEMA)
    fill_from_schema(conn, seed=8, rows=50, orphans=False)
    assert one(conn, "SELECT count(*) FROM t WHERE n IS NULL") == 0


MIXED = [
    "CREATE TABLE p (id TEXT PRIMARY KEY, at TIMESTAMP DEFAULT CURRENT_TIMESTAMP, n INT DEFAULT 3)",
    "CREATE TABLE c (id INTEGER PRIMARY KEY AUTOINCREMENT, p_id TEXT REFERENCES p(id), "
    "kind TEXT CHECK (kind IN ('a', 'b')), score REAL, data BLOB)",
    "CREATE TABLE g (a INT, b TEXT, c REAL, UNIQUE (a, b))",
]  # state_of reads rowids: no WITHOUT ROWID or FTS5 table here (FTS5 has its own test)


def _digest(open_db, name: str, seed: int) -> str:
    conn = open_db(*MIXED, name=name)
    fill_from_schema(conn, seed=seed, rows=60, orphans=True)
    conn.commit()
    return state_of(conn).digest()


def test_the_same_seed_writes_the_same_database(open_db):
    assert _digest(open_db, "a.db", 1) == _digest(open_db, "b.db", 1)


def _fts_rows(open_db, name: str, seed: int) -> list[tuple]:
    conn = open_db("CREATE VIRTUAL TABLE f USING fts5(title, body)", name=name)
    fill_from_schema(conn, seed=seed, rows=30, orphans=False)
    return conn.execute("SELECT rowid, title, body FROM f ORDER BY rowid").fetchall()


def test_the_same_seed_writes_the_same_fts5_rows(open_db):
    assert _fts_rows(open_db, "a.db", 1) == _fts_rows(open_db, "b.db", 1)
    assert _fts_rows(open_db, "c.db", 1) != _fts_rows(open_db, "d.db", 2)


def test_another_seed_writes_another_database(open_db):
    assert _digest(open_db, "a.db", 1) != _digest(open_db, "b.db", 2)


def _with_old_rows(open_db) -> sqlite3.Connection:
    conn = open_db(
        "CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT)",
        "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)",
    )
    conn.executemany("INSERT INTO p (name) VALUES (?)", [("one",), ("two",)])
    conn.executemany("INSERT INTO t (name) VALUES (?)", [(f"old {i}",) for i in range(30)])
    conn.execute("ALTER TABLE t ADD COLUMN added TEXT")
    conn.execute("ALTER TABLE t ADD COLUMN score REAL CHECK (score BETWEEN 0 AND 1)")
    conn.execute("ALTER TABLE t ADD COLUMN p_id INTEGER REFERENCES p(id)")
    conn.commit()
    return conn


def test_a_column_added_to_a_table_with_rows_gets_values_in_the_old_rows(open_db):
    conn = _with_old_rows(open_db)
    written = fill_from_schema(conn, seed=3, rows=40, orphans=False)
    old = "SELECT count(*) FROM t WHERE id <= 30 AND {} IS NOT NULL"
    assert [one(conn, old.format(c)) for c in ("added", "score", "p_id")] == [30, 30, 30]
    assert one(conn, "SELECT count(*) FROM t WHERE score NOT BETWEEN 0 AND 1") == 0
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert written == {"t": 30 + 10}


def test_a_column_added_to_a_table_with_rows_gets_values_in_new_rows_too(open_db):
    conn = _with_old_rows(open_db)
    fill_from_schema(conn, seed=3, rows=40, orphans=False)
    new = "SELECT count(*) FROM t WHERE id > 30 AND added IS NOT NULL AND name IS NOT NULL"
    assert one(conn, new) >= 1
    assert one(conn, "SELECT count(*) FROM t WHERE id > 30") == 10
    assert one(conn, "SELECT count(*) FROM t WHERE id <= 30 AND name LIKE 'old %'") == 30


def test_a_table_whose_columns_all_hold_values_is_left_alone(open_db):
    conn = open_db("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO t (name) VALUES ('kept')")
    assert fill_from_schema(conn, seed=3, rows=40, orphans=False) == {}


@pytest.mark.parametrize(
    ("ddl", "constraint"),
    [
        ("CREATE TABLE t (x INT NOT NULL CHECK (x > 5 AND x < 3))", "x > 5 AND x < 3"),
        ("CREATE TABLE t (x INT NOT NULL CHECK (x = x + 1))", "x = x + 1"),
        ("CREATE TABLE t (x TEXT NOT NULL, CONSTRAINT never CHECK (x IS NULL))", "x IS NULL"),
        ("CREATE TABLE t (x INT NOT NULL, CONSTRAINT odd CHECK (x = x + 1))", "x = x + 1"),
    ],
)
def test_an_unsatisfiable_check_raises_naming_table_and_constraint(open_db, ddl, constraint):
    conn = open_db(ddl)
    with pytest.raises(UnsatisfiableConstraint) as caught:
        fill_from_schema(conn, seed=1, rows=5, orphans=False)
    assert (caught.value.table, caught.value.constraint) == ("t", constraint)
    assert "'t'" in str(caught.value) and constraint in str(caught.value)


def test_it_runs_in_the_callers_transaction_and_never_commits(open_db):
    conn = open_db("CREATE TABLE t (a TEXT)")
    fill_from_schema(conn, seed=1, rows=5, orphans=False)
    assert conn.in_transaction
    conn.rollback()
    assert one(conn, "SELECT count(*) FROM t") == 0


def test_skipped_tables_stay_as_they_are(open_db):
    conn = open_db("CREATE TABLE t (a TEXT)", "CREATE TABLE schema_version (v INT)")
    assert fill_from_schema(
        conn, seed=1, rows=5, orphans=False, hints=SchemaHints(skip_tables=["schema_version"])
    ) == {"t": 5}
    assert one(conn, "SELECT count(*) FROM schema_version") == 0


@pytest.mark.parametrize("version", [1, 2])
def test_edis_v1_and_v2_schemas_filled_with_orphans_hold_null_and_dangling_children(
    tmp_path, version
):
    path = tmp_path / "edi.db"
    init(path, to=version)
    conn = sqlite3.connect(path)
    try:
        written = fill_from_schema(
            conn, seed=5, rows=50, orphans=True, hints=SchemaHints(skip_tables=BOOKKEEPING_TABLES)
        )
        children = sorted(set(written) - {"sessions"})
        dangling = {r[0] for r in conn.execute("PRAGMA foreign_key_check")}
        nulls = {
            t for t in children if one(conn, f"SELECT count(*) FROM {t} WHERE session_id IS NULL")
        }
        assert dangling == nulls == set(children)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_edis_head_schema_filled_with_enforced_foreign_keys_passes_every_check(tmp_path):
    path = tmp_path / "edi.db"
    init(path)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        written = fill_from_schema(
            conn, seed=5, rows=300, orphans=False, hints=SchemaHints(skip_tables=BOOKKEEPING_TABLES)
        )
        conn.commit()
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert set(written.values()) == {300}
        assert set(written) == set(tables_of(conn)) - set(BOOKKEEPING_TABLES) - {"sqlite_sequence"}
    finally:
        conn.close()
