"""What a change did to the schema's tables, drawn as a Mermaid ``erDiagram``.

Pure: two schema models in, text out. A reviewer looks at the tables the change added or
changed (every column, its type, PK/FK/UK marks, added or changed columns marked) and at
the unchanged tables a foreign key ties them to (key columns only, so the picture stays
about the change); the exact SQL is the diff beside it. Names are written as words that
any Mermaid release reads (GitHub's lags behind), the real name in a comment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from edi_migrations.schema.model import Column, ForeignKey, Schema, Table

# Words Mermaid's ER lexer takes as keywords wherever a name could stand.
RESERVED = frozenset(
    "erdiagram style classdef class subgraph end one many only zero optionally to u o "
    "pk fk uk direction acctitle accdescr".split()
)
UNTYPED = "untyped"  # SQLite's column without a declared type


@dataclass(frozen=True)
class SchemaChange:
    """The app's tables a change added, changed (definition, indexes or triggers) or
    dropped, each sorted by name."""

    added: tuple[str, ...]
    changed: tuple[str, ...]
    dropped: tuple[str, ...]


def schema_change(base: Schema, head: Schema) -> SchemaChange:
    both = base.tables.keys() & head.tables.keys()
    return SchemaChange(
        added=tuple(sorted(head.tables.keys() - base.tables.keys())),
        changed=tuple(sorted(t for t in both if _table_facts(base, t) != _table_facts(head, t))),
        dropped=tuple(sorted(base.tables.keys() - head.tables.keys())),
    )


def _table_facts(schema: Schema, table: str) -> tuple:
    indexes = sorted(i.render() for i in schema.indexes.values() if i.table == table)
    triggers = sorted(t.render() for t in schema.triggers.values() if t.table == table)
    return (schema.tables[table], indexes, triggers)


def er_diagram(base: Schema, head: Schema) -> str:
    """The ``erDiagram`` of the tables added or changed and their neighbours; "" when the
    change added or changed no table (a dropped table has nothing to draw)."""
    change = schema_change(base, head)
    touched = (*change.added, *change.changed)
    if not touched:
        return ""
    context = _neighbours(head, set(touched))
    names = _mermaid_names(head)
    lines = ["erDiagram"]
    for label, group in (("added", change.added), ("changed", change.changed)):
        if group:
            lines.append(f"    %% {label}: {', '.join(group)}")
    if change.dropped:
        lines.append(f"    %% dropped: {', '.join(change.dropped)}")
    if context:
        shown = ", ".join(names[t] for t in context)
        lines.append(f"    %% context, unchanged (key columns only): {shown}")
    drawn = (*touched, *context)
    lines += [f'    %% {names[t]} is "{t}"' for t in drawn if names[t] != t]
    for table in change.changed:
        gone = [c for c in base.tables[table].column_names if head.tables[table].column(c) is None]
        if gone:
            lines.append(f"    %% {names[table]}: dropped column(s) {', '.join(gone)}")
    for table in drawn:
        before = base.tables.get(table) if table in change.changed else None
        lines += _entity(head, head.tables[table], names[table], before, table in context)
    lines += _relationships(head, set(drawn), names)
    return "\n".join(lines) + "\n"


def _neighbours(head: Schema, touched: set[str]) -> tuple[str, ...]:
    """Unchanged tables a touched one references, or that reference a touched one."""
    found = set()
    for name, table in head.tables.items():
        for fk in table.foreign_keys:
            if name in touched and fk.table in head.tables:
                found.add(fk.table)
            if fk.table in touched:
                found.add(name)
    return tuple(sorted(found - touched))


def _entity(
    head: Schema, table: Table, name: str, before: Table | None, context: bool
) -> list[str]:
    """One entity block; ``before`` is the table's base definition when it changed."""
    keyed = {c for fk in table.foreign_keys for c in fk.columns}
    new_keys = [fk for fk in table.foreign_keys if before and fk not in before.foreign_keys]
    rekeyed = {c for fk in new_keys for c in fk.columns}
    unique = _unique_columns(head, table)
    lines, used = [f"    {name} {{"], set()
    for column in table.columns:
        if column.hidden == 1 or (context and not (column.pk or column.name in keyed)):
            continue
        marks = [
            mark
            for mark, on in (
                ("PK", column.pk),
                ("FK", column.name in keyed),
                ("UK", not column.pk and (column.name,) in unique),
            )
            if on
        ]
        word = _unique_word(_word(column.name), used)
        notes = _column_notes(column, before, column.name in rekeyed)
        if word != column.name:
            notes.append(f"name: {column.name}")
        text = f"        {_type_word(column.type)} {word}"
        text += f" {', '.join(marks)}" if marks else ""
        text += f' "{_quote_free("; ".join(notes))}"' if notes else ""
        lines.append(text)
    return [*lines, "    }"]


def _column_notes(column: Column, before: Table | None, key_changed: bool) -> list[str]:
    if before is None:
        return []
    old = before.column(column.name)
    if old is None:
        return ["added"]
    return ["changed"] if old != column or key_changed else []


def _unique_columns(head: Schema, table: Table) -> set[tuple[str, ...]]:
    """Column sets no two rows share: UNIQUE constraints and unique indexes without WHERE."""
    found = {tuple(cols) for cols in table.uniques}
    found |= {
        i.columns
        for i in head.indexes.values()
        if i.table == table.name and i.unique and not i.where
    }
    return found


def _relationships(head: Schema, drawn: set[str], names: dict[str, str]) -> list[str]:
    lines = []
    for child in sorted(drawn):
        table = head.tables[child]
        for fk in table.foreign_keys:
            if fk.table in drawn:
                lines.append(_relationship(head, table, fk, names))
    return lines


def _relationship(head: Schema, table: Table, fk: ForeignKey, names: dict[str, str]) -> str:
    """Many children to one parent; one child at most when the key columns are unique
    in the child; the parent optional when a key column may be NULL."""
    pk = tuple(c.name for c in sorted(table.columns, key=lambda c: c.pk) if c.pk)
    one_child = fk.columns == pk or fk.columns in _unique_columns(head, table)
    required = all((c := table.column(name)) is not None and c.notnull for name in fk.columns)
    left = "|o" if one_child else "}o"
    right = "||" if required else "o|"
    label = _quote_free(", ".join(fk.columns))
    return f'    {names[table.name]} {left}--{right} {names[fk.table]} : "{label}"'


def _mermaid_names(schema: Schema) -> dict[str, str]:
    used: set[str] = set()
    return {name: _unique_word(_word(name), used) for name in sorted(schema.tables)}


def _word(name: str) -> str:
    word = re.sub(r"[^A-Za-z0-9_]+", "_", name).strip("_") or "_"
    if word[0].isdigit():
        word = f"_{word}"
    return f"{word}_" if word.lower() in RESERVED else word


def _unique_word(word: str, used: set[str]) -> str:
    candidate, n = word, 1
    while candidate.lower() in used:
        n += 1
        candidate = f"{word}_{n}"
    used.add(candidate.lower())
    return candidate


def _type_word(declared: str) -> str:
    word = re.sub(r"[^A-Za-z0-9_]+", "_", declared).strip("_")
    if not word:
        return UNTYPED
    return f"T_{word}" if word[0].isdigit() else word


def _quote_free(text: str) -> str:
    """Mermaid's quoted strings end at the first double quote: none inside."""
    return text.replace('"', "'")
