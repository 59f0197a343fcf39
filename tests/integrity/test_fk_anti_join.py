"""The foreign-key scan as an anti-join finds exactly the rows ``PRAGMA
foreign_key_check`` finds, on real files with orphans of every kind; where it cannot say
the same, the PRAGMA itself runs."""

from __future__ import annotations

import pytest

from edi_migrations.integrity.fk_scan import ForeignKey, anti_join_sql, group_foreign_keys
from edi_migrations.integrity.violations import (
    anti_join_violations,
    foreign_key_violations,
    pragma_violations,
    read_child_table,
)
from edi_migrations.sqlite.dbapi import sqlite3

# name: (schema and rows, the child table whose orphans are compared)
ELIGIBLE = {
    "text key, orphans, NULLs and matches": (
        "CREATE TABLE p (id TEXT PRIMARY KEY);"
        "CREATE TABLE c (k TEXT REFERENCES p(id));"
        "INSERT INTO p VALUES ('a'), ('b');"
        "INSERT INTO c VALUES ('a'), ('zz'), (NULL), ('b'), ('zz'), ('');",
        "c",
    ),
    "a covering index on the child key": (
        "CREATE TABLE p (id TEXT PRIMARY KEY);"
        "CREATE TABLE c (x, k TEXT REFERENCES p(id), y);"
        "CREATE INDEX c_k ON c(k);"
        "INSERT INTO p VALUES ('a');"
        "INSERT INTO c VALUES (1, 'a', 2), (3, 'no', 4), (5, NULL, 6);",
        "c",
    ),
    "composite key, one part NULL is no violation": (
        "CREATE TABLE p (a INT, b TEXT, PRIMARY KEY (a, b));"
        "CREATE TABLE c (x INT, y TEXT, FOREIGN KEY (x, y) REFERENCES p(a, b));"
        "INSERT INTO p VALUES (1, 'one'), (2, 'two');"
        "INSERT INTO c VALUES (1, 'one'), (1, 'two'), (NULL, 'one'), (3, NULL), (2, 'two'), (9, 'x');",
        "c",
    ),
    "composite key declared in another order than the parent's index": (
        "CREATE TABLE p (a INT, b TEXT, UNIQUE (b, a));"
        "CREATE TABLE c (x INT, y TEXT, FOREIGN KEY (x, y) REFERENCES p(a, b));"
        "INSERT INTO p VALUES (1, 'one');"
        "INSERT INTO c VALUES (1, 'one'), (1, 'ONE'), ('1', 'one');",
        "c",
    ),
    "text parent, numbers and blobs in an untyped child": (
        "CREATE TABLE p (id TEXT PRIMARY KEY);"
        "CREATE TABLE c (k REFERENCES p(id));"
        "INSERT INTO p VALUES ('5'), ('5.0'), ('x');"
        "INSERT INTO c VALUES (5), (5.0), (6), ('5'), (x'35'), (x'78'), ('X'), (5.5);",
        "c",
    ),
    "integer primary key parent, text and reals in the child": (
        "CREATE TABLE p (id INTEGER PRIMARY KEY);"
        "CREATE TABLE c (k REFERENCES p(id));"
        "INSERT INTO p VALUES (5), (7);"
        "INSERT INTO c VALUES (5), ('5'), (5.0), ('5.0'), (5.5), ('x'), (x'05'), (' 7'), (8), (-0.0);",
        "c",
    ),
    "numeric and real parents": (
        "CREATE TABLE p (n NUMERIC UNIQUE, r REAL UNIQUE);"
        "CREATE TABLE c (a REFERENCES p(n), b REFERENCES p(r));"
        "INSERT INTO p VALUES (1, 2.0), ('1.5', '3');"
        "INSERT INTO c VALUES (1, 2), ('1', '2.0'), (1.5, 3), ('1.50', 3.0), ('one', 'two'), (2, 4);",
        "c",
    ),
    "nocase parent key, binary child": (
        "CREATE TABLE p (id TEXT COLLATE NOCASE PRIMARY KEY);"
        "CREATE TABLE c (k TEXT COLLATE BINARY REFERENCES p(id));"
        "INSERT INTO p VALUES ('abc');"
        "INSERT INTO c VALUES ('abc'), ('ABC'), ('abd');",
        "c",
    ),
    "binary parent key, nocase child": (
        "CREATE TABLE p (id TEXT PRIMARY KEY);"
        "CREATE TABLE c (k TEXT COLLATE NOCASE REFERENCES p(id));"
        "INSERT INTO p VALUES ('abc');"
        "INSERT INTO c VALUES ('abc'), ('ABC');",
        "c",
    ),
    "rtrim unique index as the parent key": (
        "CREATE TABLE p (id TEXT COLLATE RTRIM);"
        "CREATE UNIQUE INDEX p_id ON p(id);"
        "CREATE TABLE c (k TEXT REFERENCES p(id));"
        "INSERT INTO p VALUES ('a');"
        "INSERT INTO c VALUES ('a  '), ('a'), (' a');",
        "c",
    ),
    "without rowid parent": (
        "CREATE TABLE p (id TEXT PRIMARY KEY, v INT) WITHOUT ROWID;"
        "CREATE TABLE c (k TEXT REFERENCES p(id));"
        "INSERT INTO p VALUES ('a', 1);"
        "INSERT INTO c VALUES ('a'), ('b');",
        "c",
    ),
    "implicit parent key (the primary key)": (
        "CREATE TABLE p (a INT, b INT, PRIMARY KEY (a, b));"
        "CREATE TABLE c (x INT, y INT, FOREIGN KEY (x, y) REFERENCES p);"
        "INSERT INTO p VALUES (1, 2);"
        "INSERT INTO c VALUES (1, 2), (2, 1);",
        "c",
    ),
    "self reference": (
        "CREATE TABLE t (id INTEGER PRIMARY KEY, up INT REFERENCES t(id));"
        "INSERT INTO t VALUES (1, NULL), (2, 1), (3, 9), (4, 4);",
        "t",
    ),
    "two keys on one child, names needing quotes": (
        'CREATE TABLE "par ent" ("the id" TEXT PRIMARY KEY);'
        'CREATE TABLE "o""ther" (n INTEGER PRIMARY KEY);'
        'CREATE TABLE "ch ild" ("a b" TEXT REFERENCES "par ent"("the id"), '
        '"select" INT REFERENCES "o""ther"(n));'
        "INSERT INTO \"par ent\" VALUES ('x');"
        'INSERT INTO "o""ther" VALUES (1);'
        "INSERT INTO \"ch ild\" VALUES ('x', 1), ('y', 1), ('x', 2), ('q', 3), (NULL, NULL);",
        "ch ild",
    ),
    "child named in another case than its declaration": (
        "CREATE TABLE Parent (Id TEXT PRIMARY KEY);"
        "CREATE TABLE Kids (K TEXT REFERENCES PARENT(ID));"
        "INSERT INTO Parent VALUES ('a');"
        "INSERT INTO Kids VALUES ('a'), ('b');",
        "kids",
    ),
}

# SQLite's own scan is kept for these; the answers must still be the PRAGMA's.
PRAGMA_KEPT = {
    "without rowid child": (
        "CREATE TABLE p (id INTEGER PRIMARY KEY);"
        "CREATE TABLE c (a INT REFERENCES p(id), b INT, PRIMARY KEY (a, b)) WITHOUT ROWID;"
        "INSERT INTO p VALUES (1);"
        "INSERT INTO c VALUES (1, 1), (2, 1), (3, 1);",
        "c",
    ),
    "missing parent table": (
        "CREATE TABLE c (k TEXT REFERENCES gone(id));INSERT INTO c VALUES ('a'), (NULL);",
        "c",
    ),
    "a column shadowing rowid": (
        "CREATE TABLE p (id INTEGER PRIMARY KEY);"
        "CREATE TABLE c (rowid TEXT, k INT REFERENCES p(id));"
        "INSERT INTO c VALUES ('r', 1), ('s', NULL);",
        "c",
    ),
}

MISMATCHED = {
    "parent key without a unique index": (
        "CREATE TABLE p (id TEXT);CREATE TABLE c (k TEXT REFERENCES p(id));"
        "INSERT INTO c VALUES ('a');"
    ),
    "implicit key of a parent without a primary key": (
        "CREATE TABLE p (id TEXT);CREATE TABLE c (k TEXT REFERENCES p);"
    ),
    "a partial unique index is no parent key": (
        "CREATE TABLE p (id TEXT);CREATE UNIQUE INDEX p_id ON p(id) WHERE id > 'a';"
        "CREATE TABLE c (k TEXT REFERENCES p(id));"
    ),
    "an index of another collation is no parent key": (
        "CREATE TABLE p (id TEXT);CREATE UNIQUE INDEX p_id ON p(id COLLATE NOCASE);"
        "CREATE TABLE c (k TEXT REFERENCES p(id));"
    ),
}


def database(tmp_path, script: str) -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / "fk.db", isolation_level=None)
    conn.executescript(script)
    return conn


def pragma_answer(conn: sqlite3.Connection, table: str | None) -> set[tuple]:
    sql = "PRAGMA foreign_key_check" if table is None else f"PRAGMA foreign_key_check('{table}')"
    return pragma_violations(conn, [sql])


@pytest.mark.parametrize(("script", "table"), ELIGIBLE.values(), ids=ELIGIBLE.keys())
def test_the_anti_join_finds_exactly_the_pragmas_orphans(tmp_path, script, table):
    conn = database(tmp_path, script)
    child = read_child_table(conn, table)
    assert child is not None and child.eligible
    expected = pragma_answer(conn, table)
    assert expected, "each case has at least one orphan"
    assert anti_join_violations(conn, child) == expected
    assert foreign_key_violations(conn) == pragma_answer(conn, None)
    conn.close()


@pytest.mark.parametrize(("script", "table"), PRAGMA_KEPT.values(), ids=PRAGMA_KEPT.keys())
def test_where_the_anti_join_cannot_say_the_same_the_pragma_answers(tmp_path, script, table):
    conn = database(tmp_path, script)
    child = read_child_table(conn, table)
    assert child is not None and not child.eligible
    assert foreign_key_violations(conn, [table]) == pragma_answer(conn, table)
    assert foreign_key_violations(conn) == pragma_answer(conn, None)
    conn.close()


@pytest.mark.parametrize("script", MISMATCHED.values(), ids=MISMATCHED.keys())
def test_a_key_sqlite_refuses_raises_sqlites_own_error(tmp_path, script):
    conn = database(tmp_path, script)
    with pytest.raises(sqlite3.OperationalError) as pragma:
        conn.execute("PRAGMA foreign_key_check").fetchall()
    with pytest.raises(sqlite3.OperationalError) as ours:
        foreign_key_violations(conn)
    assert str(ours.value) == str(pragma.value)
    conn.close()


def test_the_anti_join_reads_only_a_covering_index_of_the_child_key(tmp_path):
    conn = database(
        tmp_path,
        "CREATE TABLE p (id TEXT PRIMARY KEY);CREATE TABLE c (k TEXT REFERENCES p(id), big);"
        "CREATE INDEX c_k ON c(k);",
    )
    (key,) = read_child_table(conn, "c").foreign_keys
    plan = " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + anti_join_sql(key)))
    assert "COVERING INDEX c_k" in plan
    conn.close()


SQL = {
    "one column": (
        ForeignKey("c", 0, "p", ("k",), ("id",)),
        '/* foreign_key_check("c") */ SELECT c.rowid, c."k" FROM main."c" AS c '
        'WHERE c."k" IS NOT NULL AND NOT EXISTS '
        '(SELECT 1 FROM main."p" AS p WHERE p."id" = +c."k")',
    ),
    "two columns, quoted names": (
        ForeignKey('a"b', 1, "p q", ("x", "y"), ("a", "b")),
        '/* foreign_key_check("a""b") */ SELECT c.rowid, c."x", c."y" FROM main."a""b" AS c '
        'WHERE c."x" IS NOT NULL AND c."y" IS NOT NULL AND NOT EXISTS '
        '(SELECT 1 FROM main."p q" AS p WHERE p."a" = +c."x" AND p."b" = +c."y")',
    ),
}


@pytest.mark.parametrize(("key", "sql"), SQL.values(), ids=SQL.keys())
def test_the_anti_join_statement(key, sql):
    assert anti_join_sql(key) == sql


def test_foreign_key_list_rows_group_into_keys_and_an_implicit_key_takes_the_primary_key():
    rows = [
        (1, 1, "p", "y", "b", "", "", ""),
        (0, 0, "q", "k", None, "", "", ""),
        (1, 0, "p", "x", "a", "", "", ""),
    ]
    assert group_foreign_keys("c", rows, {"q": ("id",)}) == (
        ForeignKey("c", 0, "q", ("k",), ("id",)),
        ForeignKey("c", 1, "p", ("x", "y"), ("a", "b")),
    )
