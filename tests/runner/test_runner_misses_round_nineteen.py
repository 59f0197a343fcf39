"""Red team, round nineteen, the runner's side: a migration that sets the connection's
``row_factory`` or ``text_factory`` itself (app code written against ``sqlite3.Row``-style
dicts, or reading text as bytes).

Round twenty-one's ``as_the_app_reads`` put the runner's plain reads back after a
migration only when an app ``connect`` had recorded factories: with none installed (the
default), the factories a migration set stayed on the step's connection and the runner's
own reads after it (the schema read, the foreign key check) got dicts or bytes: a sound
migration failed "at" the runner's statement (a false alarm), and its broken twin, one
that orphans a child, failed with a ``KeyError`` instead of its violation. Real files, a
chain not EDI's, upgrade and downgrade.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations import downgrade, init, upgrade
from edi_migrations.errors import ForeignKeyViolation

FIRST = '''"""Parents and their children."""


def upgrade(conn):
    conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute(
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id))"
    )
    conn.execute("INSERT INTO parent VALUES (1, 'one'), (2, 'two')")
    conn.execute("INSERT INTO child VALUES (1, 1)")
'''

SECOND = '''"""Names in upper case, read by column name ({how})."""


def dicts(cursor, row):
    return {{col[0]: row[i] for i, col in enumerate(cursor.description)}}


def upgrade(conn):
    conn.row_factory = dicts
    conn.text_factory = {text}
    for row in conn.execute("SELECT id, name FROM parent").fetchall():
        conn.execute("UPDATE parent SET name = upper(name) WHERE id = ?", (row["id"],))
    {extra}


def downgrade(conn):
    conn.row_factory = dicts
    conn.text_factory = {text}
    for row in conn.execute("SELECT id FROM parent").fetchall():
        conn.execute("UPDATE parent SET name = lower(name) WHERE id = ?", (row["id"],))
    {extra}
'''

ORPHANS = 'conn.execute("DELETE FROM parent WHERE id = 1")'


def chain(tmp_path: Path, text: str, extra: str = "pass") -> tuple[Path, Path]:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_parents.py").write_text(FIRST)
    (folder / "0002_upper.py").write_text(SECOND.format(how=text, text=text, extra=extra))
    db = tmp_path / "app.db"
    init(db, to=1, migrations_dir=folder)
    return db, folder


@pytest.mark.parametrize("text", ["str", "bytes"])
def test_a_migration_setting_its_own_row_factory_upgrades_and_downgrades(tmp_path, text):
    db, folder = chain(tmp_path, text)
    assert upgrade(db, to=2, migrations_dir=folder, backup=False).to_version == 2
    assert downgrade(db, to=1, migrations_dir=folder, backup=False).to_version == 1


@pytest.mark.parametrize("text", ["str", "bytes"])
def test_its_twin_orphaning_a_child_is_refused_as_the_violation(tmp_path, text):
    db, folder = chain(tmp_path, text, ORPHANS)
    with pytest.raises(ForeignKeyViolation) as refused:
        upgrade(db, to=2, migrations_dir=folder, backup=False)
    message = str(refused.value)
    assert "0002_upper" in message and "child" in message, message
    assert "EDI" not in message
