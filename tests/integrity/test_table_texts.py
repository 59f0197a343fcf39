"""What a step's integrity reads of a table (its columns, its foreign keys, how the scan
reads it, its row key) is kept under that table's text in ``sqlite_master``: a table is
read again only when its text changed (a column added, a rename, a table dropped and
created otherwise, an index added or dropped where unique keys matter), never otherwise,
and what is read always equals a fresh read. A temporary schema is read as before; a
traced run keeps nothing from one run to the next."""

from __future__ import annotations

import uuid
from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations.integrity.fk_renames import layout
from edi_migrations.integrity.fk_rows import fk_violations
from edi_migrations.integrity.footprint import Footprint, references
from edi_migrations.integrity.guard import IntegrityGuard, NoCheck
from edi_migrations.integrity.table_texts import TextCache, cached_schema, read_tables
from edi_migrations.sqlite.dbapi import sqlite3

SCHEMA = """
CREATE TABLE alpha (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE beta (id INTEGER PRIMARY KEY, alpha_id INT REFERENCES alpha(id));
CREATE TABLE gamma (id INTEGER PRIMARY KEY, beta_id INT REFERENCES beta(id), note TEXT);
CREATE VIEW beta_view AS SELECT * FROM beta;
CREATE TRIGGER gamma_note AFTER INSERT ON gamma BEGIN SELECT 1; END;
CREATE TABLE keyed (k TEXT PRIMARY KEY, alpha_id INT REFERENCES alpha(id)) WITHOUT ROWID;
CREATE VIRTUAL TABLE notes USING fts5(body);
"""


@pytest.fixture
def conn(tmp_path: Path):
    with closing(sqlite3.connect(tmp_path / "texts.db", isolation_level=None)) as opened:
        opened.executescript(SCHEMA)
        yield opened


def table_pragmas(conn, read) -> tuple[object, set[str]]:
    """What ``read`` returned, and the tables its PRAGMAs named (casefolded)."""
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        value = read()
    finally:
        conn.set_trace_callback(None)
    named = {
        s.split("(", 1)[1].rstrip(")").strip('"').casefold()
        for s in seen
        if s.startswith("PRAGMA") and "(" in s
    }
    return value, named


def cached(conn, cache: TextCache):
    return table_pragmas(conn, lambda: cached_schema(conn, read_tables(conn), cache))


def fresh(conn):
    return references(conn), layout(conn)


@pytest.mark.parametrize(
    ("change", "read_again"),
    [
        ("ALTER TABLE beta ADD COLUMN extra TEXT", {"beta"}),
        ("ALTER TABLE gamma RENAME TO Delta", {"delta"}),
        ("ALTER TABLE gamma RENAME COLUMN note TO remark", {"gamma"}),
        # the parent's rename rewrites the child's text: both are read again
        ("ALTER TABLE alpha RENAME TO first", {"first", "beta", "keyed"}),
        ("DROP TABLE gamma; CREATE TABLE gamma (id INTEGER PRIMARY KEY, other INT)", {"gamma"}),
        ("CREATE TABLE omega (id INTEGER PRIMARY KEY, g INT REFERENCES gamma(id))", {"omega"}),
        ("DROP TABLE gamma", set()),
        ("CREATE INDEX gamma_note_ix ON gamma(note)", set()),
        ("INSERT INTO alpha VALUES (1, 'a')", set()),
        ("DROP VIEW beta_view; DROP TRIGGER gamma_note", set()),
    ],
)
def test_only_a_table_whose_text_changed_is_read_again(conn, change, read_again):
    cache = TextCache(64)
    first, named = cached(conn, cache)
    assert first == fresh(conn)
    assert {"alpha", "beta", "gamma", "keyed"} <= named
    conn.executescript(change)
    again, named = cached(conn, cache)
    assert again == fresh(conn)
    assert named == read_again


def test_a_table_dropped_and_created_with_the_same_text_is_not_read_again(conn):
    cache = TextCache(64)
    first, _ = cached(conn, cache)
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'gamma'").fetchone()
    conn.executescript(f"DROP TABLE gamma; {sql};")
    again, named = cached(conn, cache)
    assert named == set() and again == fresh(conn) and again[0] == first[0]


def test_the_oldest_text_is_forgotten_past_the_bound(conn):
    cache = TextCache(2)
    cached(conn, cache)
    again, named = cached(conn, cache)
    assert again == fresh(conn) and named  # the bound is too small to keep them all
    assert len(cache) <= 2


def test_a_temporary_table_makes_the_foreign_keys_read_as_before(conn):
    """An unqualified PRAGMA finds a temporary table first: its name can shadow main's."""
    cache = TextCache(64)
    cached(conn, cache)
    conn.execute("CREATE TEMP TABLE beta (id INTEGER PRIMARY KEY)")
    (refs, _), named = cached(conn, cache)
    assert refs == references(conn) and "beta" not in refs
    assert {"alpha", "beta", "gamma", "keyed"} <= named


SCAN_SCHEMA = """
CREATE TABLE {p} (id INTEGER PRIMARY KEY, code TEXT);
CREATE TABLE {c} (id INTEGER PRIMARY KEY, code TEXT REFERENCES {p}(code));
CREATE TABLE {o} (id INTEGER PRIMARY KEY, v TEXT);
CREATE UNIQUE INDEX {p}_code ON {p}(code);
INSERT INTO {c} VALUES (1, 'none');
"""


@pytest.fixture
def scanned(tmp_path: Path):
    """A child whose parent key is a unique index, under names no other test uses (what
    the scan learns is kept in the process)."""
    tag = uuid.uuid4().hex[:8]
    names = {"p": f"parent_{tag}", "c": f"child_{tag}", "o": f"other_{tag}"}
    conn = sqlite3.connect(tmp_path / "scan.db", isolation_level=None)
    conn.executescript(SCAN_SCHEMA.format(**names))
    yield conn, names
    conn.close()


def scan(conn, child: str):
    return table_pragmas(conn, lambda: fk_violations(conn, [child]))


def test_the_scan_reads_a_child_again_only_when_it_or_its_parent_changed(scanned):
    conn, n = scanned
    first, named = scan(conn, n["c"])
    assert len(first) == 1 and n["c"] in named
    conn.execute(f"CREATE INDEX {n['o']}_v ON {n['o']}(v)")  # another table's index
    again, named = scan(conn, n["c"])
    assert again == first and named == set()
    conn.execute(f"ALTER TABLE {n['o']} ADD COLUMN w TEXT")
    assert scan(conn, n["c"])[1] == set()
    conn.execute(f"CREATE INDEX {n['p']}_id_code ON {n['p']}(id, code)")  # the parent's
    again, named = scan(conn, n["c"])
    assert again == first and n["c"] in named


def test_a_dropped_unique_index_of_the_parent_is_read_again(scanned):
    """Without it the parent column is no key: SQLite's own scan refuses the child."""
    conn, n = scanned
    scan(conn, n["c"])
    conn.execute(f"DROP INDEX {n['p']}_code")
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    conn.close()  # a new connection: this one's statement cache keeps what it compiled
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="foreign key mismatch"):
        scan(conn, n["c"])
    conn.close()


def test_a_row_key_follows_an_index_added_to_a_keyless_table(tmp_path):
    tag = uuid.uuid4().hex[:8]
    conn = sqlite3.connect(tmp_path / "key.db", isolation_level=None)
    conn.executescript(
        f"CREATE TABLE p_{tag} (id INTEGER PRIMARY KEY);"
        f"CREATE TABLE c_{tag} (code TEXT, p INT REFERENCES p_{tag}(id));"
        f"INSERT INTO c_{tag} VALUES ('x', 9);"
    )
    (before,), _ = scan(conn, f"c_{tag}")
    assert before.row is None  # no key: counted, not named
    conn.execute(f"CREATE UNIQUE INDEX c_{tag}_code ON c_{tag}(code)")
    (after,), named = scan(conn, f"c_{tag}")
    assert after.row == (("code",), ("x",)) and f"c_{tag}" in named
    conn.close()


def allow(*_args) -> int:
    return sqlite3.SQLITE_OK


def step(guard: IntegrityGuard, conn, sql: str) -> set[str]:
    """One step as the engine runs it; the tables its watch and judgement read."""
    conn.execute("BEGIN IMMEDIATE")
    guard.before_first_write(conn)

    def watched_and_judged():
        watch = guard.watch(conn)
        footprint = Footprint()
        conn.set_authorizer(footprint.authorizer(allow))
        conn.executescript(sql) if ";" in sql else conn.execute(sql)
        conn.set_authorizer(None)
        return guard.judge(conn, watch, footprint)

    (after, new), named = table_pragmas(conn, watched_and_judged)
    assert new == []
    conn.execute("COMMIT")
    guard.committed(after)
    return named


def test_a_traced_run_keeps_nothing_between_runs(conn):
    """``remember=False`` (a traced run): every run reads every table once, whatever an
    earlier run read, so its statements are the same in every process."""
    for _ in range(2):
        guard = IntegrityGuard(NoCheck(), remember=False)
        assert {"alpha", "beta", "gamma", "keyed"} <= step(guard, conn, "SELECT 1")
        conn.execute("INSERT INTO alpha (name) VALUES ('x')")  # the cookie holds: no watch read
        assert step(guard, conn, "ALTER TABLE gamma ADD COLUMN more TEXT") == {"gamma"}
        assert step(guard, conn, "INSERT INTO notes VALUES ('y')") == set()
        conn.execute("ALTER TABLE gamma DROP COLUMN more")


def test_a_step_writing_the_schema_unknowably_is_read_in_full_from_then_on(conn):
    """``writable_schema`` can leave SQLite's schema and its text apart: the run then
    reads every table at every step, trusting no text."""
    guard = IntegrityGuard(NoCheck(), remember=False)
    step(guard, conn, "SELECT 1")
    assert step(guard, conn, "PRAGMA writable_schema = OFF") >= {"alpha", "beta", "gamma"}
    assert step(guard, conn, "INSERT INTO alpha (name) VALUES ('y')") >= {"alpha", "gamma"}
