"""One row's values judged against what each may hold after a path (``data_kept``'s
closest look), with what is the same for every row of a table worked out once: a path
from an early start judges every row of each table its declarations touch, so this runs
for most rows of a database, in every path of the inner loop."""

from __future__ import annotations

from dataclasses import dataclass, field

from edi_migrations.harness.dbstate import Value
from edi_migrations.harness.invariants import hints as to_paste
from edi_migrations.harness.invariants.declared import Declared
from edi_migrations.harness.invariants.declared_replay import TRIGGERS
from edi_migrations.harness.invariants.expected import TableExpectation
from edi_migrations.harness.invariants.json_paths import json_change
from edi_migrations.harness.invariants.values import same_key, show_value, show_values


@dataclass(frozen=True)
class RowJudge:
    """The rows of ``expect.table`` (``columns``: theirs before the path) judged value by
    value; ``where``: ``"quarantined "`` for rows judged in the quarantine table."""

    expect: TableExpectation
    declared: Declared
    columns: tuple[str, ...]
    runner_owned: bool
    where: str = ""
    positions: dict[str, int] = field(init=False, repr=False, compare=False)
    declared_columns: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # set once, as the dataclass is frozen: where each column was, what may change
        object.__setattr__(self, "positions", {c: i for i, c in enumerate(self.columns)})
        object.__setattr__(self, "declared_columns", frozenset(self.expect.declared_columns))

    def evidence(
        self, rowid: int, row: tuple[Value, ...], after_row: dict[str, Value]
    ) -> list[str]:
        """Evidence for one row (``row``: its values before, ``after_row``: the values to
        judge after, by column)."""
        if not after_row and not self.where:
            return []  # nothing to judge: a row whose kept columns are as they were
        expect, table, where = self.expect, self.expect.table, self.where
        problems = []
        replay = self.declared.replay
        replayed = replay.cells(table, rowid) if replay and not where else {}
        declared_here = (
            self.declared_columns | replayed.keys() if replayed else self.declared_columns
        )
        positions = self.positions
        for column, value in after_row.items():
            at = positions.get(column)
            was = None if at is None else row[at]
            if was == value and _same_sign(was) and column not in declared_here:
                continue  # kept as it was: what every undeclared column must be
            if self.runner_owned:
                if was is not None and not same_key(was, value):
                    problems.append(
                        f"{table}.{column} rowid {rowid}: {' -> '.join(show_values(was, value))}"
                    )
                continue
            expected, why = replayed.get(column) or expect.expected(column, rowid, was, after_row)
            if why == TRIGGERS and (table, column) in self.declared.random_columns:
                continue  # the app's triggers stamp it as declared rows change: any time
            if not same_key(expected, value):
                shown, now = show_values(was, value) if was is not None else ("(no column)", "")
                now = now or show_value(value)
                undeclared = why == "unchanged" and not where
                hint = f": {to_paste.value_changed(table, column, value)}" if undeclared else ""
                if why == TRIGGERS and not where:
                    hint = f": {to_paste.stamped(table, column)}"
                change = expect.types.get(column)
                if change is not None and change.expression is None and why.startswith("type"):
                    hint = to_paste.cast_instead(table, column, change.to, was)
                paths = json_change(expected, value)  # a JSON document's key, by path
                paths = f"{paths}: " if paths else ""
                problems.append(
                    f"{where}{table}.{column} rowid {rowid}: {paths}before {shown}, after {now} "
                    f"(expected {show_values(expected, value)[0]}: {why}){hint}"
                )
        if where:
            before_row = dict(zip(self.columns, row, strict=True))
            for column in before_row.keys() - after_row.keys():
                if (table, column) not in self.declared.dropped_columns:
                    problems.append(
                        f"{where}{table}.{column} rowid {rowid}: value missing from quarantine"
                    )
        return problems


def _same_sign(value: Value | None) -> bool:
    """Whether ``==`` on this value is exact (-0.0 == 0.0 is true: only value_key tells)."""
    return value is not None and not (type(value[1]) is float and value[1] == 0.0)
