"""Two builds of one app as two migrations folders, and a file the newer one upgraded:
what a spec of the older build starting on a newer file (``KEEPS_PREVIOUS_APP``) needs."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import init, upgrade
from edi_migrations.errors import SchemaDrift
from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.sqlite.dbapi import sqlite3


def upgraded_by_newer(tmp_path: Path, first: str, second: str, row: str) -> tuple[Path, Path]:
    """A file the v1 build (``first``: its one migration's source) made and filled with
    ``row`` (an INSERT), then upgraded by the v2 build (``second``: its next migration's
    source): (the file, the v1 build's folder)."""
    old, new = tmp_path / "old" / "migrations", tmp_path / "new" / "migrations"
    for folder in (old, new):
        folder.mkdir(parents=True)
        (folder / "0001_notes.py").write_text(first, encoding="utf-8")
    (new / "0002_pinned.py").write_text(second, encoding="utf-8")
    db = tmp_path / "app.db"
    init(db, migrations_dir=old)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(row)
    upgrade(db, migrations_dir=new, backup=False)
    return db, old


def start_refused(db: Path, old: Path) -> str:
    """The older build's start on ``db`` (its folder ``old``), refused as drift with the
    file left byte for byte as it was: the refusal's message."""
    was = file_bytes(db)
    with pytest.raises(SchemaDrift) as refused:
        upgrade(db, migrations_dir=old)
    assert file_bytes(db) == was
    return str(refused.value)
