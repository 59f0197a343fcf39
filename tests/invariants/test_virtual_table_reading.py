"""Virtual tables in the canonical view of a database, on real files: shadow tables are
left out, a virtual table that cannot be read is recorded (not raised), and each FTS or
R*Tree index is checked against its content. Expressions evaluate beside (and on)
WITHOUT ROWID tables, keyed as their rows are."""

from __future__ import annotations

from edi_migrations.harness.dbstate import TableRows, state_of
from edi_migrations.harness.invariants.compare import snapshot
from edi_migrations.harness.invariants.sql_eval import evaluated
from tests.invariants.test_dbstate_reading import make

NOTES = (
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
    "INSERT INTO notes (body) VALUES ('hello world'), ('foo bar'), (NULL)",
    "CREATE VIRTUAL TABLE notes_fts USING fts5(body, content='notes', content_rowid='id')",
)
REBUILD = "INSERT INTO notes_fts (notes_fts) VALUES ('rebuild')"


def test_shadow_tables_are_left_out_and_the_virtual_table_read(tmp_path):
    db = make(
        tmp_path / "fts.db",
        *NOTES,
        REBUILD,
        "CREATE VIRTUAL TABLE boxes USING rtree(id, x0, x1)",
        "INSERT INTO boxes VALUES (1, 0, 2)",
    )
    state = state_of(db)
    assert sorted(state.tables) == ["boxes", "notes", "notes_fts"]
    assert state.tables["notes_fts"].rows[1] == (("text", "hello world"),)
    assert state.unreadable == {}


def test_a_virtual_table_over_a_missing_table_is_recorded_not_raised(tmp_path):
    db = make(tmp_path / "gone.db", *NOTES, REBUILD, "ALTER TABLE notes RENAME TO memos")
    state = state_of(db)
    assert "notes_fts" not in state.tables
    assert state.unreadable == {"notes_fts": "no such table: main.notes"}


def test_an_index_never_rebuilt_over_existing_rows_is_a_problem(tmp_path):
    built = snapshot(make(tmp_path / "built.db", *NOTES, REBUILD))
    never = snapshot(make(tmp_path / "never.db", *NOTES))
    assert built.index_problems == {}
    assert list(never.index_problems) == ["notes_fts"]
    assert "its index does not match its content" in never.index_problems["notes_fts"]
    assert "INSERT INTO notes_fts(notes_fts) VALUES('rebuild')" in never.index_problems["notes_fts"]


def test_content_changed_behind_the_index_is_a_problem(tmp_path):
    db = make(tmp_path / "stale.db", *NOTES, REBUILD, "UPDATE notes SET body = 'zzz' WHERE id = 1")
    assert list(snapshot(db).index_problems) == ["notes_fts"]


def test_the_check_leaves_the_copy_as_it_was(tmp_path):
    db = make(tmp_path / "fts.db", *NOTES, REBUILD)
    before = state_of(db)
    snapshot(db)
    assert state_of(db) == before


def test_an_expression_beside_and_on_a_without_rowid_table_is_keyed_as_its_rows(tmp_path):
    tables = {
        "t": TableRows(("x",), {3: (("integer", 1),), 7: (("integer", 5),)}),
        "w": TableRows(("a", "b"), {("k1",): (("text", "k1"), ("integer", 2))}),
    }
    types = {"t": {"x": "INTEGER"}, "w": {"a": "TEXT", "b": "INTEGER"}}
    assert evaluated(tables, types, "t", "x + rowid") == {3: ("integer", 4), 7: ("integer", 12)}
    assert evaluated(tables, types, "w", "b * 10") == {("k1",): ("integer", 20)}
