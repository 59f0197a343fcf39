"""Declarations composed along a path: each under the names the path ends with.

A migration names tables and columns as they are when it runs. On a path through several
migrations, a ``RenameTable`` or ``RenameColumn`` declared later moves what an earlier
``DropColumn``, ``Backfill``, ``ChangeType`` (every kind) names; the invariants compare
the start with the end, so each declaration must follow the renames declared after it.
A name dropped and made again is another object: a declaration before the drop does not
follow the new one's renames, and neither does the start's snapshot; what a declaration
after the drop says of the new table's rows (recomputed, deleted, moved) says nothing of
the start's, and is left out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from edi_migrations import changes as ch

Rename = ch.RenameTable | ch.RenameColumn
TABLE_FIELDS = ("table", "to", "source")  # fields naming a table, beside ``name`` of a table
# declarations of what becomes of existing rows, replayed on the start's
OF_ROWS = (ch.Backfill, ch.Recompute, ch.DeleteRows, ch.MoveRows, ch.MergeRows)


@dataclass(frozen=True)
class Composition:
    """A path's declarations under its end's names. ``renames``: those that move what the
    path started with, in order (the start's snapshot follows them); ``after[i]``: how
    many of them ran after ``changes[i]`` was written (its expression names columns as
    they were then); ``written[i]``: ``changes[i]`` as its migration wrote it."""

    changes: tuple[ch.Change, ...]
    renames: tuple[Rename, ...]
    after: tuple[int, ...]
    written: tuple[ch.Change, ...]


def compose(path: Sequence[ch.Change]) -> Composition:
    """``path``'s declarations (in the order they ran) under the names the path ends with."""
    changes: list[ch.Change] = []
    written: list[ch.Change] = []
    written_at: list[int] = []
    start = _StartNames()
    renames: list[Rename] = []
    for i, change in enumerate(path):
        if isinstance(change, Rename):
            if start.names_a_start_object(change):
                renames.append(change)
            start.renamed(change)
            continue
        if isinstance(change, OF_ROWS) and change.table in start.tables:
            continue  # rows of a table made anew under a dropped name: not the start's
        changes.append(_followed(change, path[i + 1 :]))
        written.append(change)
        written_at.append(len(renames))
        start.dropped(change)
    after = tuple(len(renames) - n for n in written_at)
    return Composition(tuple(changes), tuple(renames), after, tuple(written))


def undo(renames: Sequence[Rename]) -> tuple[Rename, ...]:
    """The renames that take names back from after ``renames`` to before them."""
    out: list[Rename] = []
    for r in reversed(renames):
        if isinstance(r, ch.RenameTable):
            out.append(ch.RenameTable(r.new, r.old))
        else:
            out.append(ch.RenameColumn(r.table, r.new, r.old))
    return tuple(out)


def _followed(change: ch.Change, later: Sequence[ch.Change]) -> ch.Change:
    """``change`` with each table and column it names followed through ``later``."""
    if isinstance(change, ch.DropTable):
        return change  # gone: a later table of its name is another
    if isinstance(change, ch.DropObject | ch.DependsOnData):
        if change.kind != "table" or isinstance(change, ch.DropObject):
            return change
        return dataclasses.replace(change, name=table_end(change.name, later))
    updates: dict[str, str] = {}
    for name in TABLE_FIELDS:
        value = getattr(change, name, None)
        if value is not None:
            updates[name] = table_end(value, later)
    for name in ("column", "from_column"):
        value = getattr(change, name, None)
        if value is not None:
            gone = isinstance(change, ch.DropColumn)
            updates[name] = column_end(change.table, value, later, gone)
    if isinstance(change, ch.MergeRows):  # each "table.column" that refers to the merged rows
        updates["references"] = tuple(_reference_end(r, later) for r in change.references)
    return dataclasses.replace(change, **updates)


def _reference_end(reference: str, later: Sequence[ch.Change]) -> str:
    table, _, column = reference.rpartition(".")
    return f"{table_end(table, later)}.{column_end(table, column, later, False)}"


def table_end(table: str, later: Sequence[ch.Change]) -> str:
    """The name ``table`` ends with after ``later`` (a dropped one keeps its name)."""
    for change in later:
        if isinstance(change, ch.RenameTable) and change.old == table:
            table = change.new
        elif isinstance(change, ch.DropTable) and change.table == table:
            break
    return table


def column_end(table: str, column: str, later: Sequence[ch.Change], gone: bool) -> str:
    """The name ``table.column`` ends with; once dropped (``gone``) it keeps its name."""
    for change in later:
        if isinstance(change, ch.RenameTable) and change.old == table:
            table = change.new
        elif isinstance(change, ch.DropTable) and change.table == table:
            break
        elif gone or getattr(change, "table", None) != table:
            continue
        elif isinstance(change, ch.RenameColumn) and change.old == column:
            column = change.new
        elif isinstance(change, ch.DropColumn) and change.column == column:
            gone = True
    return column


@dataclass
class _StartNames:
    """Which names no longer name an object the path started with (dropped, or left by a
    rename): a rename of such a name moves a newer object the start's snapshot lacks."""

    tables: set[str] = dataclasses.field(default_factory=set)
    columns: set[tuple[str, str]] = dataclasses.field(default_factory=set)

    def names_a_start_object(self, rename: Rename) -> bool:
        if isinstance(rename, ch.RenameTable):
            return rename.old not in self.tables
        return rename.table not in self.tables and (rename.table, rename.old) not in self.columns

    def renamed(self, rename: Rename) -> None:
        start = self.names_a_start_object(rename)
        if isinstance(rename, ch.RenameTable):
            self.columns = {(rename.new if t == rename.old else t, c) for t, c in self.columns}
            self.tables.add(rename.old)
            if start:
                self.tables.discard(rename.new)
            else:
                self.tables.add(rename.new)
            return
        self.columns.add((rename.table, rename.old))
        if start:
            self.columns.discard((rename.table, rename.new))
        else:
            self.columns.add((rename.table, rename.new))

    def dropped(self, change: ch.Change) -> None:
        if isinstance(change, ch.DropTable):
            self.tables.add(change.table)
        elif isinstance(change, ch.DropObject) and change.kind == "table":
            self.tables.add(change.name)
        elif isinstance(change, ch.DropColumn):
            self.columns.add((change.table, change.column))
