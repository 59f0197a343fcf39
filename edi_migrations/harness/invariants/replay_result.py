"""What replaying a path's declared moves, merges and recomputations on its start made of
it: its own module, so that ``declared`` can name it without importing the replay."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from edi_migrations.harness.dbstate import TableRows, Value
from edi_migrations.harness.invariants.values import value_key


def _content(row: tuple[Value, ...]) -> tuple:
    return tuple(value_key(v) for v in row)


Cells = dict[str, tuple[Value, str]]  # column -> (value expected, why)


@dataclass(frozen=True)
class Replay:
    """What the declared moves and merges make of the start, under the end's names."""

    values: dict[str, dict[int, Cells]]  # table -> rowid -> the cells the replay changed
    removed: dict[str, dict[int, str]]  # table -> rowid -> why it may be gone
    referrers: dict[str, TableRows]  # referring tables as replayed (re-inserted rows)
    views: dict[str, Counter]
    problems: tuple[str, ...]

    def cells(self, table: str, rowid: int) -> Cells:
        return self.values.get(table, {}).get(rowid, {})

    def gone(self, table: str, rowid: int) -> str | None:
        return self.removed.get(table, {}).get(rowid)

    def reinserted(self, table: str, old: TableRows, new: TableRows) -> tuple[set[int], set[int]]:
        """Rows of a referring table deleted and inserted again under a new rowid with the
        replayed content (links repointed by INSERT ... SELECT): (old rowids, new rowids)."""
        replayed = self.referrers.get(table)
        if replayed is None or replayed.columns != new.columns:
            return set(), set()
        waiting: dict[tuple, list[int]] = defaultdict(list)
        for rowid in sorted(old.rows.keys() - new.rows.keys()):
            if rowid in replayed.rows:
                waiting[_content(replayed.rows[rowid])].append(rowid)
        lost, added = set(), set()
        for rowid in sorted(new.rows.keys() - old.rows.keys()):
            match = waiting.get(_content(new.rows[rowid]))
            if match:
                lost.add(match.pop(0))
                added.add(rowid)
        return lost, added
