"""The declarations of data fixes (AddRows, Recompute, MergeRows) compose along a path
with later renames, and the replay of what they and MoveRows declare judges real
databases under the names the path ends with: a fix done right holds every invariant,
done wrong it names the value expected and why."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from edi_migrations.changes import (
    AddRows,
    MergeRows,
    Recompute,
    RenameColumn,
    RenameTable,
)
from edi_migrations.harness.invariants.compare import InvariantFailure, check_path, snapshot
from edi_migrations.harness.invariants.declared import Declared
from edi_migrations.harness.invariants.declared_replay import replay_source, replayed
from edi_migrations.sqlite.dbapi import sqlite3

FIRST = Path(__file__).parents[1] / "bookmarks_app" / "migrations" / "0001_bookmarks.py"
KEEP = "(SELECT min(k.id) FROM tags k WHERE lower(trim(k.name)) = lower(trim(t.name)))"
MERGE = f"""
UPDATE OR IGNORE bookmark_tags SET tag_id =
    (SELECT {KEEP} FROM tags t WHERE t.id = bookmark_tags.tag_id);
DELETE FROM bookmark_tags WHERE tag_id NOT IN (SELECT {KEEP} FROM tags t);
DELETE FROM tags WHERE id NOT IN (SELECT {KEEP} FROM tags t);
"""


def test_merges_and_recomputations_follow_the_renames_declared_after_them():
    declared = Declared.of(
        [
            MergeRows("tags", ("lower(name)",), ("bookmark_tags.tag_id",)),
            Recompute("bookmarks", "title", "trim(title)"),
            AddRows("tags"),
            RenameTable("bookmark_tags", "links"),
            RenameColumn("links", "tag_id", "label_id"),
            RenameTable("tags", "labels"),
            RenameColumn("bookmarks", "title", "headline"),
        ]
    )
    assert declared.merges == (MergeRows("labels", ("lower(name)",), ("links.label_id",)),)
    assert set(declared.recomputed) == {("bookmarks", "headline")}
    assert declared.added_rows == frozenset({"labels"})
    written = declared.as_written[("recompute", "bookmarks", "headline")]
    assert written.change == Recompute("bookmarks", "title", "trim(title)")


@pytest.fixture
def start(tmp_path) -> Path:
    spec = importlib.util.spec_from_file_location("bookmarks_0001", FIRST)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path / "start.db"
    conn = sqlite3.connect(path)
    with conn:
        module.upgrade(conn)
        module.app_writes(conn, None)
    conn.close()
    return path


def judged(start: Path, script: str, changes: list) -> None:
    """Run ``script`` on a copy of ``start``; check the path as the harness does."""
    declared = Declared.of(changes)
    end = start.with_name("end.db")
    shutil.copy(start, end)
    conn = sqlite3.connect(end)
    conn.executescript(script)
    conn.close()
    before, after = snapshot(start), snapshot(end)
    check_path(
        "v1->v2", before, after, replayed(replay_source(start, declared), before, after, declared)
    )


def test_a_recomputation_then_a_rename_is_checked_under_the_new_name(start):
    changes = [
        Recompute("bookmarks", "title", "trim(title)"),
        RenameColumn("bookmarks", "title", "headline"),
    ]
    rename = "ALTER TABLE bookmarks RENAME COLUMN title TO headline;"
    judged(start, "UPDATE bookmarks SET title = trim(title);" + rename, changes)
    with pytest.raises(
        InvariantFailure, match=r"bookmarks\.headline rowid 1: .*recompute trim\(title\)"
    ):
        judged(start, "UPDATE bookmarks SET title = upper(title);" + rename, changes)


def test_a_merge_then_a_table_rename_keeps_its_links_and_counts(start):
    changes = [
        MergeRows("tags", ("lower(trim(name))",), ("bookmark_tags.tag_id",)),
        RenameTable("tags", "labels"),
    ]
    judged(start, MERGE + "ALTER TABLE tags RENAME TO labels;", changes)
    stale = "DROP TRIGGER tag_moved;" + MERGE + "ALTER TABLE tags RENAME TO labels;"
    with pytest.raises(
        InvariantFailure,
        match=r"labels\.use_count rowid 1: before integer 1, after integer 1 \(expected integer 2",
    ):
        judged(start, stale, changes)
