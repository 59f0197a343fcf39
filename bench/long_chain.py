"""A long chain of sound migrations to run the harness on: the example app's seven, grown
by generated ones in a repeating pattern (a new table, a column added to it, the table
rebuilt with a changed foreign key). Pure text: the bench writes the files."""

from __future__ import annotations

import shutil
from pathlib import Path

from edi_migrations.identifiers import quote_identifier

EXAMPLE = Path(__file__).resolve().parent.parent / "tests" / "example_app" / "migrations"
BOOKS = quote_identifier("note books")

NEW_TABLE = '''"""Generated: a new table {table}, referring to the note books."""


def upgrade(conn):
    conn.execute({create!r})
    conn.execute({index!r})


def downgrade(conn):
    conn.execute({drop!r})
'''

ADD_COLUMN = '''"""Generated: {table} gains a column with a default (no backfill to declare)."""


def upgrade(conn):
    conn.execute({add!r})
'''

REBUILD = '''"""Generated: {table} is rebuilt so that deleting a book deletes its rows."""

from edi_migrations.changes import ChangeConstraint
from edi_migrations.rebuild import NewTable, rebuild_tables

CHANGES = (ChangeConstraint("{table}", "foreign key", column="book_id"),)

DEFINITION = {definition!r}


def upgrade(conn):
    rebuild_tables(conn, [NewTable("{table}", DEFINITION)])
'''


def generated_source(number: int) -> tuple[str, str]:
    """(file name, source) of generated migration ``number`` (8 and up)."""
    group, step = divmod(number - 8, 3)
    table = f"gen_{group}"
    q = quote_identifier(table)
    columns = "label TEXT NOT NULL DEFAULT '', amount REAL"
    if step == 0:
        text = NEW_TABLE.format(
            table=table,
            create=f"CREATE TABLE {q} (id INTEGER PRIMARY KEY, "
            f"book_id INT REFERENCES {BOOKS}(id), {columns})",
            index=f"CREATE INDEX {quote_identifier(f'idx_{table}_book')} ON {q}(book_id)",
            drop=f"DROP TABLE {q}",
        )
        return f"{number:04d}_new_{table}.py", text
    if step == 1:
        add = f"ALTER TABLE {q} ADD COLUMN note_{number} TEXT NOT NULL DEFAULT 'none'"
        return f"{number:04d}_{table}_note.py", ADD_COLUMN.format(table=table, add=add)
    definition = (
        f"id INTEGER PRIMARY KEY, book_id INT REFERENCES {BOOKS}(id) ON DELETE CASCADE, "
        f"{columns}, note_{number - 1} TEXT NOT NULL DEFAULT 'none'"
    )
    return f"{number:04d}_{table}_cascade.py", REBUILD.format(table=table, definition=definition)


def write_chain(folder: Path, length: int) -> Path:
    """The example app's migrations and generated ones up to ``length``, in ``folder``."""
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    for number in range(len(list(EXAMPLE.glob("0*.py"))) + 1, length + 1):
        name, text = generated_source(number)
        (folder / name).write_text(text, encoding="utf-8")
    return folder
