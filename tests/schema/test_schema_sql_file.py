"""Which objects a schema file holds and in what order: the app's own, in a stable order
(tables, indexes, views, triggers, each by name), never what SQLite or the runner makes."""

from __future__ import annotations

import pytest

from edi_migrations.schema.sql_file import SchemaObject, schema_sql, shadow_tables, snapshot_objects

FTS = SchemaObject(
    "table", "note_search", "note_search", "CREATE VIRTUAL TABLE note_search USING fts5(a)"
)
NOTES = SchemaObject("table", "notes", "notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY)")


def table(name: str) -> SchemaObject:
    return SchemaObject("table", name, name, f"CREATE TABLE {name} (x)")


SHADOWS = {
    "fts5's five": (FTS, ["data", "idx", "content", "docsize", "config"], []),
    "fts4's five": (
        SchemaObject("table", "f4", "f4", "CREATE VIRTUAL TABLE f4 USING FTS4(a)"),
        ["content", "segments", "segdir", "docsize", "stat"],
        [],
    ),
    "rtree's three": (
        SchemaObject("table", "r", "r", "CREATE VIRTUAL TABLE r USING rtree(id, x0, x1)"),
        ["node", "rowid", "parent"],
        [],
    ),
    "not the app's own table that shares the prefix": (FTS, ["history"], ["history"]),
}


@pytest.mark.parametrize("virtual, suffixes, kept", SHADOWS.values(), ids=SHADOWS.keys())
def test_shadow_tables_are_those_the_virtual_tables_module_makes(virtual, suffixes, kept):
    others = [table(f"{virtual.name}_{s}") for s in suffixes]
    expected = {o.name for o in others} - {f"{virtual.name}_{s}" for s in kept}
    assert shadow_tables([virtual, NOTES, *others]) == expected


LEFT_OUT = {
    "an fts5 shadow table": table("note_search_data"),
    "sqlite_sequence": SchemaObject(
        "table", "sqlite_sequence", "sqlite_sequence", "CREATE TABLE sqlite_sequence(name,seq)"
    ),
    "sqlite_stat1": SchemaObject(
        "table", "sqlite_stat1", "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"
    ),
    "an automatic index": SchemaObject("index", "sqlite_autoindex_notes_1", "notes", None),
    "the runner's schema_version": table("schema_version"),
    "the runner's migration_log": table("migration_log"),
    "an index on the runner's tables": SchemaObject(
        "index", "ix_log", "migration_log", "CREATE INDEX ix_log ON migration_log(x)"
    ),
}


@pytest.mark.parametrize("obj", LEFT_OUT.values(), ids=LEFT_OUT.keys())
def test_what_sqlite_or_the_runner_makes_is_left_out(obj):
    assert snapshot_objects([FTS, NOTES, obj]) == (FTS, NOTES)


def test_objects_come_as_tables_indexes_views_then_triggers_each_by_name():
    index = SchemaObject("index", "a_ix", "notes", "CREATE INDEX a_ix ON notes(id)")
    view = SchemaObject("view", "a_view", "a_view", "CREATE VIEW a_view AS SELECT 1")
    trigger = SchemaObject(
        "trigger", "a_tr", "notes", "CREATE TRIGGER a_tr AFTER INSERT ON notes BEGIN SELECT 1; END"
    )
    shuffled = [trigger, view, NOTES, index, table("b"), FTS]
    assert snapshot_objects(shuffled) == (table("b"), FTS, NOTES, index, view, trigger)


def test_the_file_opens_with_its_comment_and_separates_statements_by_a_blank_line():
    text = schema_sql([NOTES, table("b")], "schema of v2")
    assert text == (
        "-- schema of v2, written by edi-migrations; review the diff\n"
        "-- sqlite3 new.db < this file recreates it; the runner's own tables "
        "(migration_log, schema_version) are left out: the runner makes them\n"
        "\n"
        "CREATE TABLE b (\n    x\n);\n"
        "\n"
        "CREATE TABLE notes (\n    id INTEGER PRIMARY KEY\n);\n"
    )
