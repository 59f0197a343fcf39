"""The declaration to paste under each undeclared change to rows: a row lost, a row
added, a value changed. Each line of evidence ends with the exact line that would allow
it, so that the author never has to look the vocabulary up."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from edi_migrations import changes as ch
from edi_migrations.harness.dbstate import Value
from edi_migrations.harness.invariants.values import show_value

if TYPE_CHECKING:
    from edi_migrations.harness.invariants.snapshot import Snapshot


def paste(change: ch.Change, **placeholders: str) -> str:
    """The end of an evidence line: the declaration that would allow the change."""
    return f"declare it in CHANGES: {ch.source_line(change, **placeholders)}"


# A value the migration computes in Python has no SQL to declare until the app's connect
# registers the function: the line after a Backfill to paste says how (the check cannot
# tell where the values came from).
COMPUTED_IN_PYTHON = (
    "  computed in Python? register the function in the app's `connect` "
    '(conn.create_function("slugify", 1, slugify)) and name it in the expression, '
    'e.g. expression="slugify(title)"'
)


def filled_undeclared(line: str) -> list[str]:
    """A new column's undeclared fill (its line ends with the Backfill to paste), then how
    to declare a value computed in Python."""
    return [line, COMPUTED_IN_PYTHON]


def row_lost(table: str, after: Snapshot, quarantines: tuple[str, ...] = ()) -> str:
    """A row gone: moved aside, deleted on purpose, or merged into another when other
    tables refer to it. Where ``MoveRows`` is declared into a table the end lacks (a
    typo), that is the fault: a second ``MoveRows`` would not help."""
    missing = [q for q in quarantines if q not in after.state.tables]
    if missing:
        declared = ch.source_line(ch.MoveRows(table, missing[0]))
        return (
            f"{declared} is declared, but {missing[0]} is no table after the migration: "
            "move the rows into it, or name in MoveRows the table they go to"
        )
    delete = ch.source_line(ch.DeleteRows(table, "..."), where="...")
    move = f"{paste(ch.MoveRows(table, '...'))}, or {delete}"
    referrers = tuple(
        f"{name}.{fk.columns[0]}"
        for name, model in sorted(after.model.tables.items())
        for fk in model.foreign_keys
        if fk.table == table and len(fk.columns) == 1
    )
    if not referrers:
        return move
    merge = ch.MergeRows(table, ("...",), referrers)
    return f"{move}, or {ch.source_line(merge, key=('...',))}"


def expected_kept(cells: dict[str, tuple[Value, str]]) -> str:
    """A row the declared changes keep, with the values they give it, that is gone."""
    shown = ", ".join(f"{c} {show_value(v)} ({why})" for c, (v, why) in sorted(cells.items()))
    return f"expected kept with {shown}"


def row_added(table: str) -> str:
    return paste(ch.AddRows(table))


def stamped(table: str, column: str) -> str:
    """A value the app's triggers set as the declared rows changed: a time they stamp is
    the migration's own, declared as such."""
    return f"if it is the time the triggers stamp, {paste(ch.MigrationTime(table, column))}"


def cast_instead(table: str, column: str, to: str, was: Value | None = None) -> str:
    """A declared type change to a number judged by SQLite's affinity, where the migration
    may CAST (a rebuild's ``CAST(x AS REAL)`` makes 'abc' 0.0; affinity keeps it as text);
    empty for other types, where the two agree. Where the value was text that is no number,
    pasting the CAST would bless its loss: the line says so, and how to keep it."""
    if not any(word in to.upper() for word in ("INT", "REAL", "FLOA", "DOUB", "NUM", "DEC")):
        return ""
    change = ch.ChangeType(table, column, to, expression=f"CAST({column} AS {to})")
    hint = f": if the migration converts with CAST, {paste(change)}"
    if was is None or was[0] != "text" or _NUMBER.fullmatch(str(was[1])):
        return hint
    return (
        f"{hint}; but CAST makes text that is no number ({show_value(was)[5:]}) "
        f"{0.0 if 'INT' not in to.upper() else 0}: that declaration accepts the loss; to keep "
        f"it, map such text first (UPDATE {table} SET {column} = CASE ... END) or move its "
        f"rows aside ({ch.source_line(ch.MoveRows(table, '...'))})"
    )


_NUMBER = re.compile(r"\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*")


def value_changed(table: str, column: str, now: Value | None = None) -> str:
    """A value changed undeclared; where it reads as a date and time, the migration may have
    stamped the time it ran into the rows it selects (Zotero's step 94), a rule no
    ``Recompute`` can state."""
    line = paste(ch.Recompute(table, column, "..."), expression="...")
    from edi_migrations.harness.invariants.run_stamps import is_time  # imports this module

    if now is not None and is_time(now):
        line += "; if it is the time the migration ran, in the rows it selects: "
        line += ch.source_line(ch.MigrationTime(table, column), where="...")
    return line
