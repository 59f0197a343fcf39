"""Declarations compose along a path: each follows the renames declared after it, so the
invariants see every declaration under the names the path ends with.

A table of cases: the changes of a path in the order they ran, the declarations as the
end of the path names them, and the renames applied to what the path started with.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from edi_migrations.changes import (
    AddColumn,
    AddTable,
    Backfill,
    ChangeConstraint,
    ChangeType,
    DependsOnData,
    DropColumn,
    DropConstraint,
    DropObject,
    DropTable,
    MigrationTime,
    MoveRows,
    RenameColumn,
    RenameTable,
    ReplaceView,
    RestoreRows,
)
from edi_migrations.harness.invariants.composed import compose
from edi_migrations.harness.invariants.declared import Declared, declared_between


@dataclass(frozen=True)
class Case:
    path: tuple  # the changes of a path, in the order they ran
    changes: tuple  # every declaration but the renames, under the end's names
    renames: tuple | None = None  # the renames of the start's objects (None: all of them)


RT, RC = RenameTable, RenameColumn

CASES = {
    "a drop, then its table renamed": Case(
        (DropColumn("log", "provider"), RT("log", "logs")),
        (DropColumn("logs", "provider"),),
    ),
    "a backfill, then its column renamed twice": Case(
        (Backfill("t", "c", expression="rowid"), RC("t", "c", "d"), RC("t", "d", "e")),
        (Backfill("t", "e", expression="rowid"),),
    ),
    "a type change, then its table renamed, then its column": Case(
        (ChangeType("log", "chat_id", "INTEGER"), RT("log", "logs"), RC("logs", "chat_id", "chat")),
        (ChangeType("logs", "chat", "INTEGER"),),
    ),
    "a table renamed twice": Case(
        (AddTable("a"), RT("a", "b"), RT("b", "c")),
        (AddTable("c"),),
    ),
    "a backfill's source column follows its rename": Case(
        (Backfill("t", "c", from_column="a"), RC("t", "a", "b")),
        (Backfill("t", "c", from_column="b"),),
    ),
    "a declaration after the rename already uses the new name": Case(
        (RT("log", "logs"), Backfill("logs", "size", expression="length(body)")),
        (Backfill("logs", "size", expression="length(body)"),),
    ),
    "a column named as the renamed one was is another column": Case(
        (RC("t", "a", "b"), AddColumn("t", "a"), Backfill("t", "a", constant=0)),
        (AddColumn("t", "a"), Backfill("t", "a", constant=0)),
    ),
    "two columns swapped through a third name": Case(
        (Backfill("t", "a", constant=1), RC("t", "a", "x"), RC("t", "b", "a"), RC("t", "x", "b")),
        (Backfill("t", "b", constant=1),),
    ),
    "a column dropped, then one of its name added and renamed: a different column": Case(
        (DropColumn("t", "c"), Backfill("t", "c", constant=1), RC("t", "c", "d")),
        (DropColumn("t", "c"), Backfill("t", "d", constant=1)),
        renames=(),
    ),
    "a backfill of a column dropped later does not follow its namesake": Case(
        (Backfill("t", "c", constant=1), DropColumn("t", "c"), RC("t", "c", "d")),
        (Backfill("t", "c", constant=1), DropColumn("t", "c")),
        renames=(),
    ),
    "a dropped column's table renamed, then its namesake renamed": Case(
        (DropColumn("t", "c"), RT("t", "u"), RC("u", "c", "d")),
        (DropColumn("u", "c"),),
        renames=(RT("t", "u"),),
    ),
    "a table dropped, then one of its name renamed: a different table": Case(
        (DropTable("t"), AddTable("t"), RT("t", "u"), RC("u", "a", "b")),
        (DropTable("t"), AddTable("u")),
        renames=(),
    ),
    "rows moved, then both tables renamed": Case(
        (MoveRows("a", to="q"), RT("a", "b"), RT("q", "qq")),
        (MoveRows("b", to="qq"),),
    ),
    "rows restored, then both tables renamed": Case(
        (RestoreRows("a", source="q"), RT("q", "qq"), RT("a", "b")),
        (RestoreRows("b", source="qq"),),
    ),
    "a data-dependent table renamed; an index keeps its name": Case(
        (DependsOnData("table", "legacy"), DependsOnData("index", "legacy"), RT("legacy", "old")),
        (DependsOnData("table", "old"), DependsOnData("index", "legacy")),
    ),
    "constraints follow their table and column": Case(
        (
            DropConstraint("t", "check", "c"),
            ChangeConstraint("t", "foreign key", "c"),
            DropConstraint("t", "unique"),
            RC("t", "c", "d"),
            RT("t", "u"),
        ),
        (
            DropConstraint("u", "check", "d"),
            ChangeConstraint("u", "foreign key", "d"),
            DropConstraint("u", "unique"),
        ),
    ),
    "a migration time and an added column follow; views and indexes keep their names": Case(
        (
            MigrationTime("t", "at"),
            AddColumn("t", "n"),
            ReplaceView("t"),
            DropObject("index", "t"),
            DropObject("table", "t2"),
            RT("t", "u"),
            RC("u", "at", "done_at"),
            RT("t2", "t3"),
        ),
        (
            MigrationTime("u", "done_at"),
            AddColumn("u", "n"),
            ReplaceView("t"),
            DropObject("index", "t"),
            DropObject("table", "t2"),
        ),
        renames=(RT("t", "u"), RC("u", "at", "done_at")),
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_each_declaration_follows_the_renames_declared_after_it(case):
    composition = compose(case.path)
    assert composition.changes == case.changes
    every_rename = tuple(c for c in case.path if isinstance(c, RenameTable | RenameColumn))
    assert composition.renames == (every_rename if case.renames is None else case.renames)


def test_the_path_declares_each_kind_under_the_end_names():
    declared = Declared.of(
        [
            DropColumn("log", "provider"),
            Backfill("log", "id", expression="rowid"),
            ChangeType("log", "chat_id", "INTEGER", expression="NULLIF(chat_id, '')"),
            RT("log", "logs"),
        ]
    )
    assert declared.dropped_columns == {("logs", "provider")}
    assert set(declared.backfills) == {("logs", "id")}
    assert set(declared.type_changes) == {("logs", "chat_id")}
    assert declared.renames == (RT("log", "logs"),)


def test_an_expression_is_read_under_the_names_it_was_written_with():
    """The expression names columns as they were when declared: the renames after it are
    undone, last first, before it is evaluated."""
    backfill = Backfill("t", "n", expression="length(a)")
    declared = Declared.of([RT("s", "t"), backfill, RC("t", "a", "b"), RT("t", "u")])
    written = declared.as_written[("backfill", "u", "n")]
    assert written.change == backfill
    assert written.undo == (RT("u", "t"), RC("t", "b", "a"))
    assert ("backfill", "t", "n") not in Declared.of([backfill]).as_written  # nothing to undo


@dataclass(frozen=True)
class Step:
    """What declared_between reads of a migration."""

    changes: tuple = ()
    downgrade_changes: tuple = ()


def test_a_downgrade_path_composes_in_the_order_its_downgrades_run():
    """v3 -> v1 runs 0003's downgrade first (it drops b.c), then 0002's (b back to a)."""
    chain = (
        Step(),
        Step(changes=(RT("a", "b"),), downgrade_changes=(RT("b", "a"),)),
        Step(downgrade_changes=(DropColumn("b", "c"),)),
    )
    declared = declared_between(chain, 3, 1)
    assert declared.dropped_columns == {("a", "c")}
    assert declared.renames == (RT("b", "a"),)
    assert declared_between(chain, 1, 3).renames == (RT("a", "b"),)
