"""``virtual tables work``: every virtual table can still be read and its index answers
for its content (harness.virtual_tables reads both), unless it was already so at the
path's start: a migration is blamed for what it broke, not for what it inherited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from edi_migrations.changes import RenameTable

if TYPE_CHECKING:
    from edi_migrations.harness.invariants.declared import Declared
    from edi_migrations.harness.invariants.snapshot import Snapshot


def virtual_tables_work(before: Snapshot, after: Snapshot, declared: Declared) -> list[str]:
    """A virtual table unreadable after the path, or whose index no longer matches its
    content, is evidence (under the names the path's declared renames give)."""
    was_unreadable = {_renamed(t, declared): why for t, why in before.state.unreadable.items()}
    was_broken = {_renamed(t, declared) for t in before.index_problems}
    problems = [
        f"virtual table {t} cannot be read: {why}"
        for t, why in sorted(after.state.unreadable.items())
        if t not in was_unreadable
    ]
    problems += [
        problem for t, problem in sorted(after.index_problems.items()) if t not in was_broken
    ]
    return problems


def _renamed(table: str, declared: Declared) -> str:
    """``table``'s name at the path's end, following its declared table renames in order."""
    for rename in declared.renames:
        if isinstance(rename, RenameTable) and rename.old == table:
            table = rename.new
    return table
