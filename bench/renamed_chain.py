"""A generated chain whose declarations must compose along every path: each migration adds a
column and backfills it (from the column before it), renames the column added ``lag``
migrations earlier, and every seventh renames the table. Pure text: the caller writes the
files and runs the harness on them (tests/harness/test_harness_composed_declarations.py)."""

from __future__ import annotations

from pathlib import Path

FIRST = '''"""Generated: the table every later migration extends."""


def upgrade(conn):
    conn.execute("CREATE TABLE gen_0 (id INTEGER PRIMARY KEY, label TEXT)")
'''

STEP = '''"""Generated: {what}."""

from edi_migrations.changes import Backfill, RenameColumn, RenameTable  # noqa: F401

CHANGES = ({changes})


def upgrade(conn):
{statements}'''


def table_at(number: int) -> str:
    """The table's name once migration ``number`` has run (renamed every seventh)."""
    return f"gen_{number // 7}"


def column_at(column: int, number: int, lag: int) -> str:
    """Column ``c<column>``'s name once migration ``number`` has run."""
    renamed_by = column + lag
    return f"c{column}_r{renamed_by}" if number >= renamed_by else f"c{column}"


def renamed_source(number: int, lag: int = 5) -> tuple[str, str]:
    """(file name, source) of migration ``number`` of the generated chain."""
    if number == 1:
        return "0001_gen.py", FIRST
    changes, statements = [], []
    table = table_at(number - 1)
    if table_at(number) != table:
        changes.append(f"RenameTable({table!r}, {table_at(number)!r})")
        statements.append(f"ALTER TABLE {table} RENAME TO {table_at(number)}")
        table = table_at(number)
    column = f"c{number}"
    expression = "rowid * 2" if number == 2 else f"{column_at(number - 1, number, lag)} + 1"
    changes.append(f"Backfill({table!r}, {column!r}, expression={expression!r})")
    statements.append(f"ALTER TABLE {table} ADD COLUMN {column}")
    statements.append(f"UPDATE {table} SET {column} = {expression}")
    old = number - lag
    if old >= 2:
        new = column_at(old, number, lag)
        changes.append(f"RenameColumn({table!r}, 'c{old}', {new!r})")
        statements.append(f"ALTER TABLE {table} RENAME COLUMN c{old} TO {new}")
    body = "".join(f"    conn.execute({s!r})\n" for s in statements)
    what = "; ".join(statements)
    return f"{number:04d}_gen_{number}.py", STEP.format(
        what=what, changes=", ".join(changes) + ",", statements=body
    )


def write_renamed_chain(folder: Path, length: int, lag: int = 5) -> Path:
    """Migrations 1 to ``length`` of the generated chain, in ``folder`` (made here)."""
    folder.mkdir(parents=True)
    for number in range(1, length + 1):
        name, text = renamed_source(number, lag)
        (folder / name).write_text(text, encoding="utf-8")
    return folder
