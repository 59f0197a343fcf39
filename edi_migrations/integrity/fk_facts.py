"""Foreign-key violations as facts, so that a rebuild's new rowids make no old one new.

A violation is a fact about a row: this row of this table holds these values in these
columns, and the parent table has no row for them. SQLite's documented rebuild (create
``new_x``, copy, drop ``x``, rename) may renumber the rowids (a copy that leaves them
out) and always renumbers the foreign keys' ids; the row's own key (its PRIMARY KEY,
else a UNIQUE key of named columns) does not, unless it is the rowid itself (an INTEGER
PRIMARY KEY: Authelia's copies leave it out), which names a row only within one table
on one page with one text (``fk_rows``). So a violation after a step is old when a row
with the same key held the same dangling values for the same parent before it. A table
with no such key (a row whose key is NULL, a rowid across a rebuild) cannot say which
row is which: there the rows holding one dangling value are counted, and each one more
is new.

Pure Python (the runner's error message reads it too); ``fk_rows`` reads the facts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

SAMPLE_VALUES = 3  # dangling values shown per foreign key
SAMPLE_ROWS = 3  # rows named in the first sentence, as before
SAMPLE_KEYS = 4  # foreign keys described


class Violation(NamedTuple):
    """One child row whose reference has no parent row (immutable as a frozen dataclass,
    and a tuple: an orphan-heavy database has hundreds of thousands of them, which a
    tuple builds and hashes in a third of the time).

    ``row`` is the row's identity: ``(key columns, key values)`` where the table has a
    key, ``None`` where rows of one dangling value can only be counted; ``rowid`` is
    only where it is now (``None`` in a WITHOUT ROWID table, whose ``values`` then say
    which of its violations of that key this is, SQLite naming none)."""

    table: str
    rowid: int | None
    parent: str
    columns: tuple[str, ...]
    values: tuple
    row: tuple | None = None

    @property
    def key(self) -> tuple:
        """Which foreign key dangles: table, parent and columns, in any case."""
        return (
            self.table.casefold(),
            self.parent.casefold(),
            tuple(c.casefold() for c in self.columns),
        )

    @property
    def fact(self) -> tuple:
        """What dangles, wherever the row is: the foreign key and the values."""
        return (self.key, self.values)

    @property
    def identity_kind(self) -> tuple[str, ...] | None:
        return None if self.row is None else self.row[0]


def by_rowid(row: tuple) -> bool:
    """Whether a violation's row is named by its id (an INTEGER PRIMARY KEY: the kind is
    ``("rowid", root page, table text)``, fk_rows) rather than by key columns' values."""
    kind = row[0]
    return len(kind) == 3 and kind[0] == "rowid" and isinstance(kind[1], int)


def order(v: Violation) -> tuple:
    return (v.table.casefold(), v.rowid if v.rowid is not None else -1, v.parent, repr(v.values))


def new_violations(before: Iterable[Violation], after: Iterable[Violation]) -> list[Violation]:
    """The violations of ``after`` that are not facts of ``before``, in table and rowid
    order: same fact and same row key (where both sides key the table's rows alike),
    else one more row of the same fact than before."""
    before, after = set(before), set(after)
    # The same row at the same place with the same values is the same fact: only the
    # rest (a rebuild's renumbered rows, what the step changed) is compared by fact.
    after, before = after - before, before - after
    facts = _Facts()
    was = facts.grouped(before)
    new: list[Violation] = []
    for fact, rows in facts.grouped(after).items():
        old = was.get(fact, [])
        kinds = {v.identity_kind for v in rows} | {v.identity_kind for v in old}
        if old and None not in kinds and len(kinds) == 1:
            seen = {v.row for v in old}
            new += [v for v in rows if v.row not in seen]
        else:
            new += sorted(rows, key=order)[len(old) :]
    return sorted(new, key=order)


class _Facts:
    """``Violation.fact`` of many violations, names casefolded once per foreign key."""

    def __init__(self) -> None:
        self.keys: dict[tuple, tuple] = {}

    def grouped(self, violations: Iterable[Violation]) -> dict[tuple, list[Violation]]:
        groups: dict[tuple, list[Violation]] = {}
        keys = self.keys
        for v in violations:
            where = (v.table, v.parent, v.columns)
            key = keys.get(where)
            if key is None:
                key = keys[where] = v.key
            groups.setdefault((key, v.values), []).append(v)
        return groups


def _show(value: object) -> str:
    if isinstance(value, bytes):
        return f"x'{value[:16].hex()}'" + ("…" if len(value) > 16 else "")
    if isinstance(value, str) and len(value) > 40:
        return repr(value[:40]) + "…"
    return "NULL" if value is None else repr(value)


def _shown(values: tuple) -> str:
    return _show(values[0]) if len(values) == 1 else "(" + ", ".join(map(_show, values)) + ")"


def describe_key(rows: list[Violation], missing: frozenset[str] = frozenset()) -> str:
    """One foreign key's new violations: where, how many, a few of the dangling values;
    or that the table it names does not exist (``missing``: such parents)."""
    first = rows[0]
    where = f"{first.table}({', '.join(first.columns)}) -> {first.parent}"
    if first.parent in missing:
        return f"{where}: table {first.parent} does not exist ({len(rows)} row(s) refer to it)"
    if any(v.rowid is None for v in rows):  # WITHOUT ROWID: SQLite names no row nor value
        return f"{where}: {len(rows)} row(s) with no parent row"
    counts = Counter(v.values for v in rows)
    common = sorted(counts.items(), key=lambda item: (-item[1], repr(item[0])))
    sample = ", ".join(
        f"{_shown(values)} ({n} row{'s' if n > 1 else ''})" for values, n in common[:SAMPLE_VALUES]
    )
    more = ", …" if len(common) > SAMPLE_VALUES else ""
    return (
        f"{where}: {len(rows)} row(s) with no parent row, "
        f"{len(common)} distinct value(s): {sample}{more}"
    )


def advice(
    rows: list[Violation],
    missing: frozenset[str] = frozenset(),
    *,
    written: frozenset[str] = frozenset(),
) -> str:
    """What the new violations are, per foreign key, and the ways out: a reference to a
    table that no longer exists (``missing``) is a rebuild's doing, not the data's; one to
    a parent the migration itself wrote (``written``, casefolded) is most often a copy
    into it that left rows out, so that is named first."""
    keys: dict[tuple, list[Violation]] = {}
    for v in rows:
        keys.setdefault(v.key, []).append(v)
    groups = list(keys.values())
    described = "; ".join(describe_key(group, missing) for group in groups[:SAMPLE_KEYS])
    if len(groups) > SAMPLE_KEYS:
        described += f"; and {len(groups) - SAMPLE_KEYS} more foreign key(s)"
    dangling = [v for v in rows if v.parent not in missing]
    if not dangling:
        return f"{described}. {RENAMED_ASIDE}"
    ways_out = _lost_parents(dangling, written) + _ways_out(dangling)
    return f"{described}. {ways_out}" + (f" {RENAMED_ASIDE}" if missing else "")


def _lost_parents(rows: list[Violation], written: frozenset[str]) -> str:
    """A split or a copy (``INSERT INTO entries SELECT ... FROM ledger JOIN accounts``)
    that skipped rows leaves the child rows naming them dangling: the data was right."""
    parents = sorted({v.parent for v in rows if v.parent.casefold() in written})
    if not parents:
        return ""
    named = ", ".join(parents)
    return (
        f"The migration wrote {named} itself, which lacks the rows these values name: rows "
        "it deleted there, or left out of a copy into it (an INSERT ... SELECT through an "
        "INNER JOIN or a WHERE; a JOIN on a nullable column drops the rows holding NULL "
        "there): copy every row. Otherwise: "
    )


RENAMED_ASIDE = (
    "If the migration dropped that table, drop or rebuild the tables referring to it "
    "without the reference, or recreate it under its name. If it renamed a table aside: "
    "the references follow a table renamed by ALTER TABLE ... RENAME, so renaming a table "
    "aside and dropping it leaves them naming a table that is gone: build the new table "
    "under another name and rename it into place instead (edi_migrations.rebuild does)"
)


def _ways_out(rows: list[Violation]) -> str:
    first = rows[0]
    column = ", ".join(f"{first.table}.{c}" for c in first.columns)
    return (
        f"Either the migration handles them (set {column} to NULL where it "
        "has no parent row, or move those rows aside into a quarantine table with "
        "edi_migrations.quarantine and declare MoveRows), or, where the app never writes "
        "such values and only a test run's generated data holds them, say so in app_writes "
        "(write that table's rows with values that have a parent row)"
    )


def sample_rows(rows: list[Violation]) -> str:
    """The first rows, as ``table rowid N -> parent``."""
    return ", ".join(f"{v.table} rowid {v.rowid} -> {v.parent}" for v in rows[:SAMPLE_ROWS])
