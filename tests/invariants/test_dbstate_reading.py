"""The canonical view of a database reads whatever SQLite can store."""

from __future__ import annotations

from contextlib import closing

import pytest

from edi_migrations.harness.connect import connecting_with
from edi_migrations.harness.dbstate import state_of
from edi_migrations.harness.invariants.compare import snapshot, snapshot_and_triggers, triggers_fire
from edi_migrations.schema.model import schema_model
from edi_migrations.sqlite.dbapi import sqlite3


def make(path, *statements):
    with closing(sqlite3.connect(path)) as conn, conn:
        for sql in statements:
            conn.execute(sql)
    return path


def test_text_that_is_not_utf8_is_read_and_kept_apart_from_other_text(tmp_path):
    db = make(
        tmp_path / "odd.db",
        "CREATE TABLE t (x)",
        "INSERT INTO t VALUES (CAST(x'ff28' AS TEXT)), (CAST(x'ff29' AS TEXT))",
    )
    rows = state_of(db).tables["t"].rows
    (kind_a, a), (kind_b, b) = rows[1][0], rows[2][0]
    assert (kind_a, kind_b) == ("text", "text")
    assert a != b
    assert a.encode("utf-8", "surrogateescape") == b"\xff("


def test_a_without_rowid_table_is_keyed_by_its_primary_key(tmp_path):
    db = make(
        tmp_path / "wr.db",
        "CREATE TABLE t (a TEXT, b INT, v REAL, PRIMARY KEY (b, a)) WITHOUT ROWID",
        "INSERT INTO t VALUES ('x', 2, 0.5), ('y', 1, 1.5)",
    )
    rows = state_of(db).tables["t"].rows
    assert set(rows) == {(2, "x"), (1, "y")}
    assert rows[(1, "y")][2] == ("real", 1.5)


def test_triggers_fire_on_a_without_rowid_table_holding_odd_text(tmp_path):
    db = make(
        tmp_path / "trig.db",
        "CREATE TABLE t (k TEXT PRIMARY KEY, note) WITHOUT ROWID",
        "CREATE TABLE log (what)",
        "CREATE TRIGGER t_log AFTER UPDATE ON t BEGIN INSERT INTO log VALUES (NEW.k); END",
        "INSERT INTO t VALUES ('k1', CAST(x'ff' AS TEXT))",
    )
    assert triggers_fire(db) == []


def test_a_trigger_that_fails_on_a_without_rowid_table_is_reported(tmp_path):
    db = make(
        tmp_path / "bad.db",
        "CREATE TABLE t (k TEXT PRIMARY KEY, note) WITHOUT ROWID",
        "CREATE TRIGGER t_bad AFTER DELETE ON t BEGIN INSERT INTO gone VALUES (old.k); END",
        "INSERT INTO t VALUES ('k1', 'n')",
    )
    assert triggers_fire(db) == ["a trigger on t fails when it fires: no such table: main.gone"]


@pytest.mark.parametrize(
    ("literal", "expected"),
    [
        ("1", ("integer", 1)),
        ("9223372036854775807", ("integer", 9223372036854775807)),
        ("1.0", ("real", 1.0)),
        ("-0.0", ("real", -0.0)),
        ("'a'", ("text", "a")),
        ("''", ("text", "")),
        ("x'00ff'", ("blob", b"\x00\xff")),
        ("x''", ("blob", b"")),
        ("NULL", ("null", None)),
        ("CAST(x'ff' AS TEXT)", ("text", "\udcff")),
    ],
)
def test_each_value_is_read_with_the_storage_class_sqlite_gives_it(tmp_path, literal, expected):
    db = make(
        tmp_path / "kinds.db",
        "CREATE TABLE t (x)",
        "INSERT INTO t VALUES ('first')",
        f"INSERT INTO t VALUES ({literal})",
    )
    assert state_of(db).tables["t"].rows[2] == (expected,)


def test_a_connection_converting_a_columns_values_reads_their_storage_class_still(
    tmp_path, monkeypatch
):
    db = make(
        tmp_path / "converted.db",
        "CREATE TABLE t (x MYLENGTH)",
        "INSERT INTO t VALUES ('abc')",
    )
    monkeypatch.setitem(sqlite3.converters, "MYLENGTH", len)  # text in, an int out

    def converting(database, **kwargs):
        return sqlite3.connect(database, detect_types=sqlite3.PARSE_DECLTYPES, **kwargs)

    with connecting_with(converting):
        assert state_of(db).tables["t"].rows[1][0][0] == "text"


def test_a_state_given_the_schema_model_already_read_holds_the_same_schema_text(tmp_path):
    db = make(
        tmp_path / "schema.db",
        "CREATE TABLE t (x INTEGER PRIMARY KEY, y TEXT NOT NULL DEFAULT 'a')",
        "CREATE INDEX t_y ON t (y)",
        "CREATE VIEW v AS SELECT y FROM t",
    )
    with closing(sqlite3.connect(db)) as conn:
        assert state_of(conn, schema_model(conn)).schema == state_of(conn).schema


def test_triggers_fired_on_the_snapshots_copy_find_what_a_copy_of_their_own_finds(tmp_path):
    db = make(
        tmp_path / "bad.db",
        "CREATE TABLE t (k TEXT PRIMARY KEY, note) WITHOUT ROWID",
        "CREATE TRIGGER t_bad AFTER DELETE ON t BEGIN INSERT INTO gone VALUES (old.k); END",
        "INSERT INTO t VALUES ('k1', 'n')",
    )
    read, fired = snapshot_and_triggers(db)
    assert (read, fired) == (snapshot(db), triggers_fire(db))
    assert fired == ["a trigger on t fails when it fires: no such table: main.gone"]


def test_a_trigger_refusing_by_its_own_raise_is_the_apps_rule_not_a_failure(tmp_path):
    """An append-only table refuses the touch on purpose; the control above fails for real."""
    db = make(
        tmp_path / "append_only.db",
        "CREATE TABLE t (k TEXT PRIMARY KEY, note) WITHOUT ROWID",
        "CREATE TRIGGER t_kept BEFORE DELETE ON t BEGIN SELECT RAISE(ABORT, 'no deletes'); END",
        "INSERT INTO t VALUES ('k1', 'n')",
    )
    assert triggers_fire(db) == []
