"""An upgrade path's states, past ``dbstate.WHOLE_VALUES`` values, are held pickled a table
at a time (``dbstate.PackedTables``), and what the checks derive from them (renames
followed, dropped columns trimmed, rows keyed by their own key, stamps masked, the replay's
copy of the start) is a view making each table as it is looked up (harness.packed_states).
So the path's checks hold a few tables at once, not every table of both sides: counted
through the seam ``dbstate.UNPACKED`` (each table unpickled or made from one, while
counting), never timed or measured by RSS. The evidence is the whole states', word for word."""

from __future__ import annotations

import shutil
import weakref
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from edi_migrations import changes as ch
from edi_migrations.harness import dbstate
from edi_migrations.harness.dbstate import UNPACKED, PackedTables, TableRows
from edi_migrations.harness.invariants import runs
from edi_migrations.harness.invariants.compare import Declared, check_path, snapshot
from edi_migrations.harness.invariants.declared_replay import replay_source, replayed
from edi_migrations.harness.invariants.failure import InvariantFailure
from edi_migrations.harness.snapshot_file import read_snapshot, write_snapshot
from edi_migrations.sqlite.dbapi import sqlite3

TABLES = 16  # t0..t15, beside a keyed table: the path below touches a few of them
ROWS = 40


PATH = """
ALTER TABLE t1 RENAME TO t1_renamed;
ALTER TABLE t2 RENAME COLUMN body TO text;
ALTER TABLE t3 DROP COLUMN note;
CREATE TABLE tags_new (name TEXT PRIMARY KEY, n INT);
INSERT INTO tags_new SELECT name, n FROM tags ORDER BY name DESC;
DROP TABLE tags;
ALTER TABLE tags_new RENAME TO tags;
DELETE FROM t4 WHERE id % 2 = 0;
UPDATE t5 SET note = 'stamped' WHERE id < 5;
UPDATE t0 SET x = x * 2 WHERE id < 3;
"""
DECLARED = (
    ch.RenameTable("t1", "t1_renamed"),
    ch.RenameColumn("t2", "body", "text"),
    ch.DropColumn("t3", "note"),
    ch.DeleteRows("t4", "id % 2 = 0"),
    ch.MigrationTime("t5", "note", where="id < 5"),
)
STAMPS = frozenset({ch.MigrationTime("t5", "note", where="id < 5")})


def start_database(path: Path, tables: int = TABLES) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        for n in range(tables):
            conn.execute(f"CREATE TABLE t{n} (id INTEGER PRIMARY KEY, body TEXT, x REAL, note TEXT)")
            conn.executemany(
                f"INSERT INTO t{n} VALUES (?, ?, ?, ?)",
                [(i, f"row {i} of t{n}", i / 7, "n") for i in range(1, ROWS + 1)],
            )
        conn.execute("CREATE TABLE tags (name TEXT PRIMARY KEY, n INT)")
        conn.executemany("INSERT INTO tags VALUES (?, ?)", [(f"tag{i}", i) for i in range(ROWS)])
        conn.commit()
    return path


def upgraded(path: Path, script: str = PATH) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(script)
    return path


@dataclass
class Held:
    """The tables' rows (each ``TableRows.rows``) unpickled or made from one, counted while
    a ``TableRows`` holding them lives (a renamed table shares its rows: counted once; a
    user state's entries, plain tuples, cannot be followed so and are not counted)."""

    holders: dict[int, int] = field(default_factory=dict)  # id(rows) -> TableRows alive
    seen: int = 0
    most: int = 0

    def __call__(self, entry: object) -> None:
        if not isinstance(entry, TableRows):
            return
        self.seen += 1
        rows = id(entry.rows)
        self.holders[rows] = self.holders.get(rows, 0) + 1
        weakref.finalize(entry, self._freed, rows)
        self.most = max(self.most, len(self.holders))

    def _freed(self, rows: int) -> None:
        self.holders[rows] -= 1
        if not self.holders[rows]:
            del self.holders[rows]


@contextmanager
def counting() -> Iterator[Held]:
    held = Held()
    UNPACKED.counter = held
    try:
        yield held
    finally:
        UNPACKED.counter = None


@pytest.fixture
def packing(monkeypatch) -> Callable[[bool], None]:
    """Whether states are held packed whatever their size (the specs' databases are small)."""
    return lambda on: monkeypatch.setattr(dbstate, "WHOLE_VALUES", 0 if on else 1 << 40)


def path_evidence(tmp_path: Path, tables: int = TABLES) -> tuple[list[str], list[str]]:
    """(what the path's checks say, what 'resumed equals uninterrupted' says of its end
    against a twin's, stamped otherwise and doubling other values) for the path above on
    a start of its own with ``tables`` tables."""
    start = start_database(tmp_path / "start.db", tables)
    twin = shutil.copy(start, tmp_path / "twin.db")
    upgraded(twin, PATH.replace("x * 2", "x * 3").replace("'stamped'", "'again'"))
    declared = Declared.of(list(DECLARED))
    before = snapshot(start)
    source = replay_source(start, declared)
    after = snapshot(upgraded(start))
    declared = replayed(source, before, after, declared)
    with pytest.raises(InvariantFailure) as failed:
        check_path("v1->v2", before, after, declared)
    reached = runs.user_state_of(after.state, after.model, STAMPS)
    jumped = runs.user_state(twin, STAMPS)
    return str(failed.value).splitlines(), runs.same_user_state(jumped, reached)


def test_a_state_past_the_values_held_whole_is_held_packed(tmp_path, monkeypatch):
    path = start_database(tmp_path / "app.db")
    values = TABLES * 4 * ROWS + 2 * ROWS  # t0..t15's, then tags'
    monkeypatch.setattr(dbstate, "WHOLE_VALUES", values - 1)
    assert isinstance(snapshot(path).state.tables, PackedTables)  # every table
    monkeypatch.setattr(dbstate, "WHOLE_VALUES", values)
    assert type(snapshot(path).state.tables) is dict


def test_the_path_checks_hold_a_few_tables_at_once(tmp_path, packing):
    packing(True)
    most = []
    for tables in (TABLES, 2 * TABLES):
        (tmp_path / str(tables)).mkdir()
        with counting() as held:
            said, resumed = path_evidence(tmp_path / str(tables), tables)
        assert said[2].startswith("    t0.x rowid 1: before real 0.14285714285714285, after")
        assert resumed[0] == "table t0: 2 row(s) changed in column x"
        assert len(resumed) == 3  # its two rows; t5 differs only where stamped: masked
        assert held.seen > 2 * tables  # every table of each side was looked at, and counted
        most.append(held.most)
    assert most[1] == most[0] <= 5  # however many tables: about one of each side


def test_the_path_checks_say_what_they_say_of_whole_states(tmp_path, packing):
    (tmp_path / "packed").mkdir()
    (tmp_path / "whole").mkdir()
    packing(True)
    from_packed = path_evidence(tmp_path / "packed")
    packing(False)
    from_whole = path_evidence(tmp_path / "whole")
    assert from_packed == from_whole
    assert from_whole[0][0] == "upgrade path v1->v2 broke invariant 'data kept':"


@pytest.mark.parametrize("is_packed", [True, False], ids=["packed", "whole"])
def test_a_kept_start_snapshot_is_read_back_as_it_was_held(tmp_path, packing, is_packed):
    packing(is_packed)
    kept = snapshot(start_database(tmp_path / "start.db"))
    write_snapshot(kept, tmp_path / "snapshot.pickle")
    with counting() as held:
        read = read_snapshot(tmp_path / "snapshot.pickle")
        assert held.seen == 0  # nothing unpickled until a check looks a table up
    assert isinstance(read.state.tables, PackedTables) is is_packed
    assert list(read.state.tables) == list(kept.state.tables)
    assert all(read.state.tables[t] == kept.state.tables[t] for t in kept.state.tables)
