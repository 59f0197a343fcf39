"""Each object's CREATE statement, as SQLite stores it, to canonical SQL: one column or
table constraint per line, keywords and types upper-cased, names quoted only when they
must be, whatever spacing, case and quoting the migration wrote."""

from __future__ import annotations

import pytest

from edi_migrations.schema.sql_file import SchemaObject, statement_sql

TABLES = {
    "a table puts one column per line and keeps its constraints on it": (
        "CREATE TABLE t(id integer primary key autoincrement,\n  name text not null "
        "default 'a b', score real check(score>=0))",
        "CREATE TABLE t (\n"
        "    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
        "    name TEXT NOT NULL DEFAULT 'a b',\n"
        "    score REAL CHECK (score >= 0)\n"
        ");",
    ),
    "table constraints follow the columns, one per line": (
        "CREATE TABLE nt (a int not null references t(id) on delete cascade, b int, "
        "primary key (a, b), constraint b_pos check (b > 0), unique(b)) without rowid",
        "CREATE TABLE nt (\n"
        "    a INT NOT NULL REFERENCES t(id) ON DELETE CASCADE,\n"
        "    b INT,\n"
        "    PRIMARY KEY (a, b),\n"
        "    CONSTRAINT b_pos CHECK (b > 0),\n"
        "    UNIQUE (b)\n"
        ") WITHOUT ROWID;",
    ),
    "names are quoted when they need it and only then": (
        'CREATE TABLE "note books" ([id] INTEGER PRIMARY KEY, `title` TEXT, "order" INT, '
        '"quote""d" TEXT, plain TEXT)',
        'CREATE TABLE "note books" (\n'
        "    id INTEGER PRIMARY KEY,\n"
        "    title TEXT,\n"
        '    "order" INT,\n'
        '    "quote""d" TEXT,\n'
        "    plain TEXT\n"
        ");",
    ),
    "IF NOT EXISTS and a schema prefix are dropped": (
        "CREATE TABLE IF NOT EXISTS main.t (x)",
        "CREATE TABLE t (\n    x\n);",
    ),
    "a column added by ALTER TABLE reads like one created with the table": (
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, pinned INT NOT NULL "
        "DEFAULT 0 CHECK (pinned IN (0, 1)))",
        "CREATE TABLE notes (\n"
        "    id INTEGER PRIMARY KEY,\n"
        "    body TEXT,\n"
        "    pinned INT NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1))\n"
        ");",
    ),
    "types keep their sizes, collations and generated columns their words": (
        "create table g (a varchar(10) collate nocase, b decimal(10,2) default -1, "
        "c int generated always as (b * 2) stored, d text default abc)",
        "CREATE TABLE g (\n"
        "    a VARCHAR(10) COLLATE NOCASE,\n"
        "    b DECIMAL(10, 2) DEFAULT -1,\n"
        "    c INT GENERATED ALWAYS AS (b * 2) STORED,\n"
        "    d TEXT DEFAULT abc\n"  # an identifier default is the string 'abc': kept as written
        ");",
    ),
    "string literals and quoted names inside expressions are kept as written": (
        "CREATE TABLE s (v TEXT CHECK (v IN ('Sky', ' sky', 'it''s')), w TEXT DEFAULT \"x\")",
        "CREATE TABLE s (\n"
        "    v TEXT CHECK (v IN ('Sky', ' sky', 'it''s')),\n"
        '    w TEXT DEFAULT "x"\n'
        ");",
    ),
    "comments in the statement are left out": (
        "CREATE TABLE c (\n  a INT, -- the count\n  /* later */ b TEXT\n)",
        "CREATE TABLE c (\n    a INT,\n    b TEXT\n);",
    ),
    "STRICT tables keep their options": (
        "CREATE TABLE st (a INTEGER PRIMARY KEY, b TEXT) strict, without rowid",
        "CREATE TABLE st (\n    a INTEGER PRIMARY KEY,\n    b TEXT\n) STRICT, WITHOUT ROWID;",
    ),
    "a virtual table puts one module argument per line, as written": (
        "CREATE VIRTUAL TABLE note_search USING fts5(title,  body, tokenize = 'porter ascii')",
        "CREATE VIRTUAL TABLE note_search USING fts5(\n"
        "    title,\n"
        "    body,\n"
        "    tokenize = 'porter ascii'\n"
        ");",
    ),
}


def _name(stored: str) -> str:
    """The table's name in ``sqlite_master``: the word before its column list or USING."""
    head = stored.split(" USING ")[0].split("(")[0]
    return head.split()[-1].removeprefix("main.")


@pytest.mark.parametrize("stored, expected", TABLES.values(), ids=TABLES.keys())
def test_a_table_becomes_canonical_sql(stored, expected):
    name = "note books" if '"note books"' in stored else _name(stored)
    assert statement_sql(SchemaObject("table", name, name, stored)) == expected


OTHERS = {
    "an index names its table and columns on one line": (
        SchemaObject("index", "ix", "t", "create index if not exists ix on T ( a desc,b )"),
        "CREATE INDEX ix ON t (a DESC, b);",
    ),
    "a unique partial index keeps its WHERE": (
        SchemaObject(
            "index", "ux", "note books", 'CREATE UNIQUE INDEX "ux" ON "note books"(x) where x>0'
        ),
        'CREATE UNIQUE INDEX ux ON "note books" (x) WHERE x > 0;',
    ),
    "an index on an expression keeps the expression": (
        SchemaObject("index", "lx", "t", "CREATE INDEX lx ON t(lower(name) COLLATE nocase)"),
        "CREATE INDEX lx ON t (lower(name) COLLATE NOCASE);",
    ),
    "a view puts each top-level clause and each result column on its own line": (
        SchemaObject(
            "view",
            "book_counts",
            "book_counts",
            'CREATE VIEW book_counts AS SELECT b.id, b.title, count(n.id) AS notes FROM "note '
            'books" b LEFT JOIN notes n ON n.book_id = b.id GROUP BY b.id',
        ),
        "CREATE VIEW book_counts AS\n"
        "SELECT\n"
        "    b.id,\n"
        "    b.title,\n"
        "    count(n.id) AS notes\n"
        'FROM "note books" b LEFT JOIN notes n ON n.book_id = b.id\n'
        "GROUP BY b.id;",
    ),
    "a view's subqueries stay inside their clause": (
        SchemaObject(
            "view",
            "v",
            "v",
            "create view if not exists v(a, n) as select distinct s.id, (select count(*) from p "
            "where p.s = s.id) from s where s.x is not null",
        ),
        "CREATE VIEW v (a, n) AS\n"
        "SELECT DISTINCT\n"
        "    s.id,\n"
        "    (SELECT count(*) FROM p WHERE p.s = s.id)\n"
        "FROM s\n"
        "WHERE s.x IS NOT NULL;",
    ),
    "a compound view starts each SELECT on its line": (
        SchemaObject(
            "view", "u", "u", "CREATE VIEW u AS SELECT a FROM x UNION ALL SELECT a FROM y"
        ),
        "CREATE VIEW u AS\nSELECT\n    a\nFROM x\nUNION ALL\nSELECT\n    a\nFROM y;",
    ),
    "a trigger puts each statement of its body on its own line": (
        SchemaObject(
            "trigger",
            "notes_edited",
            "notes",
            "CREATE TRIGGER notes_edited AFTER UPDATE OF body ON notes "
            "BEGIN INSERT INTO edits (note_id, old_body) VALUES (OLD.id, OLD.body); "
            "update notes set n = n + 1 where id = new.id;END",
        ),
        "CREATE TRIGGER notes_edited AFTER UPDATE OF body ON notes\n"
        "BEGIN\n"
        "    INSERT INTO edits (note_id, old_body) VALUES (OLD.id, OLD.body);\n"
        "    UPDATE notes SET n = n + 1 WHERE id = new.id;\n"
        "END;",
    ),
    "a trigger's WHEN and CASE stay in their line": (
        SchemaObject(
            "trigger",
            "tr",
            "sessions",
            'CREATE TRIGGER IF NOT EXISTS "tr" after update on sessions for each row when '
            "new.u is old.u begin update sessions set u = case when 1 then current_timestamp "
            "end where rowid = new.rowid; end",
        ),
        "CREATE TRIGGER tr AFTER UPDATE ON sessions FOR EACH ROW WHEN new.u IS old.u\n"
        "BEGIN\n"
        "    UPDATE sessions SET u = CASE WHEN 1 THEN CURRENT_TIMESTAMP END WHERE rowid = new.rowid;\n"
        "END;",
    ),
}


@pytest.mark.parametrize("obj, expected", OTHERS.values(), ids=OTHERS.keys())
def test_an_index_view_or_trigger_becomes_canonical_sql(obj, expected):
    assert statement_sql(obj) == expected


def test_a_statement_of_an_unknown_kind_is_refused_naming_it():
    with pytest.raises(ValueError, match="cannot write SQL for a widget named w"):
        statement_sql(SchemaObject("widget", "w", "w", "CREATE WIDGET w"))
