"""A step's watch (the foreign keys declared and the tables by root page before it) is
what the last committed step's judgement read after it, when the schema cookie says
the schema has not changed since: a jump then reads the whole schema once a step, not
twice. Whatever changed the schema in between (this run's bookkeeping, another process,
a step that moved) makes the watch read it again: it always equals a fresh read."""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations.integrity.fk_renames import layout
from edi_migrations.integrity.footprint import Footprint, references
from edi_migrations.integrity.guard import IntegrityGuard, NoCheck, Watch
from edi_migrations.sqlite.dbapi import sqlite3

SCHEMA = """
CREATE TABLE parent (id INTEGER PRIMARY KEY);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INT REFERENCES parent(id));
INSERT INTO child VALUES (1, 7);
"""


@pytest.fixture
def conn(tmp_path: Path):
    conn = sqlite3.connect(tmp_path / "guard.db", isolation_level=None)
    conn.executescript(SCHEMA)
    yield conn
    conn.close()


def allow(*_args) -> int:
    return sqlite3.SQLITE_OK


def one_step(guard: IntegrityGuard, conn, sql: str) -> Watch:
    """A step as the engine runs it: watch, the migration's SQL, judge, COMMIT."""
    conn.execute("BEGIN IMMEDIATE")
    guard.before_first_write(conn)
    watch = guard.watch(conn)
    footprint = Footprint()
    conn.set_authorizer(footprint.authorizer(allow))
    conn.execute(sql)
    conn.set_authorizer(None)
    after, new = guard.judge(conn, watch, footprint)
    assert new == []
    conn.execute("COMMIT")
    guard.committed(after)
    return watch


def fresh(watch: Watch, conn) -> bool:
    return watch.references == references(conn) and watch.layout == layout(conn)


def next_watch(guard: IntegrityGuard, conn) -> Watch:
    conn.execute("BEGIN IMMEDIATE")
    guard.before_first_write(conn)
    watch = guard.watch(conn)
    conn.execute("ROLLBACK")
    return watch


def test_an_unchanged_schema_is_not_read_again(conn):
    guard = IntegrityGuard(NoCheck())
    first = one_step(
        guard,
        conn,
        "CREATE TABLE other (id INTEGER PRIMARY KEY, parent_id INT REFERENCES parent(id))",
    )
    second = one_step(guard, conn, "INSERT INTO parent VALUES (1)")
    third = next_watch(guard, conn)
    assert first.layout != second.layout
    seen = guard.seen  # what step 2's judgement read after it
    assert seen is not None
    assert third.layout is seen.layout and third.references is seen.references
    assert fresh(third, conn)


def test_a_schema_changed_by_another_connection_is_read_again(conn, tmp_path):
    guard = IntegrityGuard(NoCheck())
    one_step(guard, conn, "INSERT INTO parent VALUES (1)")
    other = sqlite3.connect(tmp_path / "guard.db", isolation_level=None)
    other.execute("ALTER TABLE child RENAME TO kid")
    other.execute("CREATE TABLE more (id INTEGER PRIMARY KEY, kid_id INT REFERENCES kid(id))")
    other.close()
    assert fresh(next_watch(guard, conn), conn)


def test_a_schema_changed_inside_the_next_transaction_is_read_again(conn):
    guard = IntegrityGuard(NoCheck())
    one_step(guard, conn, "INSERT INTO parent VALUES (1)")
    conn.execute("BEGIN IMMEDIATE")
    guard.before_first_write(conn)
    conn.execute("CREATE TABLE bookkeeping_like (id INTEGER PRIMARY KEY)")  # as ensure_bookkeeping
    watch = guard.watch(conn)
    assert fresh(watch, conn)
    conn.execute("ROLLBACK")


def test_after_a_move_the_schema_is_read_again(conn):
    guard = IntegrityGuard(NoCheck())
    step = one_step(guard, conn, "INSERT INTO parent VALUES (1)")
    guard.moved()
    watch = next_watch(guard, conn)
    assert watch.layout is not step.layout and fresh(watch, conn)


def test_a_rolled_back_step_leaves_nothing_to_reuse(conn):
    """Judged, then rolled back (a new violation): the cookie returns to its old value
    with the old schema, so what the judgement read after it must not serve."""
    guard = IntegrityGuard(NoCheck())
    one_step(guard, conn, "INSERT INTO parent VALUES (1)")
    conn.execute("BEGIN IMMEDIATE")
    guard.before_first_write(conn)
    watch = guard.watch(conn)
    footprint = Footprint()
    conn.set_authorizer(footprint.authorizer(allow))
    conn.execute("ALTER TABLE child RENAME TO kid")
    conn.set_authorizer(None)
    guard.judge(conn, watch, footprint)
    conn.execute("ROLLBACK")
    assert fresh(next_watch(guard, conn), conn)
