"""Small real databases for the invariants' unit specs: one table, a script, the evidence."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from edi_migrations.harness.invariants.compare import Declared, Snapshot, data_kept, snapshot
from edi_migrations.sqlite.dbapi import sqlite3


def table_database(path: Path, create: str, rows: Sequence[tuple]) -> Path:
    """A database at ``path`` holding one table made by ``create`` and filled with ``rows``."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(create)
        marks = ", ".join("?" * len(rows[0]))
        table = create.split()[2]
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    conn.close()
    return path


def data_kept_across(path: Path, script: str, declared: Declared | None = None) -> list[str]:
    """The 'data kept' evidence for running ``script`` on the database at ``path``."""
    before = snapshot(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.executescript(script)
    conn.close()
    return data_kept(before, snapshot(path), declared or Declared())


def snapshots_around(path: Path, start: str, script: str) -> tuple[Snapshot, Snapshot]:
    """The snapshots of the database ``start`` makes at ``path``, before and after ``script``."""
    snaps = []
    for sql in (start, script):
        conn = sqlite3.connect(path)
        with conn:
            conn.executescript(sql)
        conn.close()
        snaps.append(snapshot(path))
    return snaps[0], snaps[1]
