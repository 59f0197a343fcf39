"""The foreign-key scan as an anti-join, where it says exactly what ``foreign_key_check`` says.

``PRAGMA foreign_key_check(T)`` reads every row of ``T`` and looks its key up in the
parent. The same question as a query (child rows whose key is all non-NULL and has no
parent row) reads only a covering index on the child's key columns when there is one:
about a quarter of the time at 100k sessions. It says the same because the parent
column stands on the left of each ``=`` and the child's has its affinity removed
(``+c.col``): the parent column's affinity and collation then decide, as SQLite's
lookup in the parent key's index does; a table SQLite would refuse (a parent key with
no unique index: "foreign key mismatch"), a missing parent, a WITHOUT ROWID child or a
column shadowing ``rowid`` keeps the PRAGMA (``eligible``).
"""

from __future__ import annotations

from dataclasses import dataclass

from edi_migrations.identifiers import quote_identifier

MARK = "/* foreign_key_check({}) */ "  # what a trace shows of an anti-join scan
ROWID_NAMES = frozenset({"rowid", "oid", "_rowid_"})


@dataclass(frozen=True)
class ForeignKey:
    """One foreign key of a child table, its parent columns resolved (implicit = the PK)."""

    child: str
    fkid: int
    parent: str
    child_columns: tuple[str, ...]
    parent_columns: tuple[str, ...]


@dataclass(frozen=True)
class ChildTable:
    """What decides whether a child table's scan can be the anti-join."""

    name: str
    foreign_keys: tuple[ForeignKey, ...]
    has_rowid: bool
    columns: frozenset[str]  # casefolded
    parents_present: bool
    pragma_prepares: bool  # ``EXPLAIN PRAGMA foreign_key_check(T)`` raised no mismatch

    @property
    def eligible(self) -> bool:
        return (
            self.has_rowid
            and not (self.columns & ROWID_NAMES)
            and self.parents_present
            and self.pragma_prepares
            and all(len(k.child_columns) == len(k.parent_columns) for k in self.foreign_keys)
        )


def pragma_sql(table: str | None) -> str:
    """SQLite's own scan of one child table, or of the whole database."""
    if table is None:
        return "PRAGMA foreign_key_check"
    return f"PRAGMA foreign_key_check({quote_identifier(table)})"


def anti_join_sql(key: ForeignKey) -> str:
    """Rows of ``key.child`` violating ``key``: rowid then the child key values."""
    c = [f"c.{quote_identifier(col)}" for col in key.child_columns]
    not_null = " AND ".join(f"{col} IS NOT NULL" for col in c)
    match = " AND ".join(
        f"p.{quote_identifier(parent)} = +{col}"
        for parent, col in zip(key.parent_columns, c, strict=True)
    )
    return (
        MARK.format(quote_identifier(key.child))
        + f"SELECT c.rowid, {', '.join(c)} FROM main.{quote_identifier(key.child)} AS c "
        + f"WHERE {not_null} AND NOT EXISTS "
        + f"(SELECT 1 FROM main.{quote_identifier(key.parent)} AS p WHERE {match})"
    )


def group_foreign_keys(
    child: str, rows: list[tuple], parent_keys: dict[str, tuple[str, ...]]
) -> tuple[ForeignKey, ...]:
    """``PRAGMA foreign_key_list`` rows (id, seq, table, from, to, ...) as keys; a key
    naming no parent columns takes the parent's primary key (``parent_keys``, casefolded)."""
    grouped: dict[int, list[tuple]] = {}
    for row in rows:
        grouped.setdefault(row[0], []).append(row)
    keys = []
    for fkid, parts in sorted(grouped.items()):
        parts.sort(key=lambda r: r[1])
        parent = parts[0][2]
        to = tuple(r[4] for r in parts)
        if any(t is None for t in to):
            to = parent_keys.get(parent.casefold(), ())
        keys.append(ForeignKey(child, fkid, parent, tuple(r[3] for r in parts), to))
    return tuple(keys)
