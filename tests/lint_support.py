"""Migration folders for the lint's specifications: a base schema with rows' worth of
structure (a referenced parent, a child with an index, a trigger and a view) and one
migration under test, written as real files and traced by the real runner."""

from __future__ import annotations

import textwrap
from pathlib import Path

BASE = '''"""A parent referenced by a child; the child has an index, a trigger and a view."""


def upgrade(conn):
    conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT, code TEXT)")
    conn.execute("CREATE UNIQUE INDEX idx_parent_code ON parent(code)")
    conn.execute(
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INT REFERENCES parent(id), note TEXT)"
    )
    conn.execute("CREATE INDEX idx_child_parent ON child(parent_id)")
    conn.execute("CREATE TRIGGER child_touched AFTER UPDATE ON child BEGIN SELECT 1; END")
    conn.execute("CREATE VIEW child_names AS SELECT c.id, p.name FROM child c JOIN parent p ON p.id = c.parent_id")
'''

CHILD = "id INTEGER PRIMARY KEY, parent_id INT REFERENCES parent(id) ON DELETE CASCADE, note TEXT"
PARENT = "id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', code TEXT"


def migration_source(body: str, header: str = "") -> str:
    """A migration module whose upgrade runs ``body`` (``conn`` in scope)."""
    return (
        '"""The migration under test."""\n\n'
        "from edi_migrations.changes import DropObject  # noqa: F401\n"
        "from edi_migrations.rebuild import NewTable, rebuild_tables  # noqa: F401\n\n"
        f"{textwrap.dedent(header)}\n\n"
        "def upgrade(conn):\n"
        + textwrap.indent(textwrap.dedent(body).strip() or "pass", "    ")
        + "\n"
    )


def write_chain(folder: Path, body: str, header: str = "", floor: str | None = None) -> Path:
    """``folder/migrations`` with the base and the migration under test; a pyproject
    beside it declaring ``floor`` when given."""
    migrations = folder / "migrations"
    migrations.mkdir(parents=True)
    (migrations / "0001_base.py").write_text(BASE)
    (migrations / "0002_under_test.py").write_text(migration_source(body, header))
    if floor is not None:
        (folder / "pyproject.toml").write_text(f'[tool.edi-migrations]\nsqlite-floor = "{floor}"\n')
    return migrations
