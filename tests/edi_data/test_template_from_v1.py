"""A template above v1 starts from the v1 template of the same seed, size and shape (kept
in the store) instead of generating its sessions again: the same database either way,
and after an edit of the newest migration only the upgrade and the app's rows are
redone (the generation was most of a rebuild)."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations.sqlite.dbapi import sqlite3
from fixtures.edi.templates import DatabaseSpec, TemplateCache, build_database
from tests.edi_data.test_fixture_reproducible import rows

SESSIONS = 30
# what the runner writes with the time it ran: two whole builds differ there too
RUN_TIMES = {
    "migration_log": ("started_at", "completed_at", "duration_seconds"),
    "schema_version": ("applied_at",),
    "orphaned_rows": ("quarantined_at",),
}


def content(path: Path) -> tuple[list, dict[str, list[tuple]]]:
    """Schema and every row, each value with its storage class, the run's times left out."""
    with closing(sqlite3.connect(path)) as conn:
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        columns = {
            t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]
            for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    tables = {}
    for table, names in columns.items():
        skip = {
            1 + 2 * i + k
            for i, n in enumerate(names)
            if n in RUN_TIMES.get(table, ())
            for k in (0, 1)
        }
        tables[table] = [
            tuple(v for i, v in enumerate(r) if i not in skip) for r in rows(path, table)
        ]
    return schema, tables


@pytest.mark.parametrize("shape", ["versioned", "half_migrated", "bare+half_migrated"])
def test_a_later_version_from_the_v1_template_has_the_bytes_of_a_whole_build(tmp_path, shape):
    spec = DatabaseSpec(shape, SESSIONS, seed=3, version=3)
    whole = tmp_path / "whole" / "edi.db"
    whole.parent.mkdir()
    build_database(whole, spec)
    cache = TemplateCache(tmp_path / "templates")
    assert content(cache.template(spec)) == content(whole)


def test_a_later_version_is_built_from_the_v1_template_kept_in_the_store(tmp_path):
    cache = TemplateCache(tmp_path / "templates")
    cache.template(DatabaseSpec("versioned", SESSIONS, seed=3, version=2))
    v1 = DatabaseSpec("versioned", SESSIONS, seed=3, version=1)
    assert (tmp_path / "templates" / v1.key()).is_dir()


def test_a_wal_shape_builds_whole(tmp_path):
    """A WAL shape's v1 template holds the v1 app's -wal tail; above v1 the tail is the
    later app's, written after the upgrade: it cannot start from the v1 template."""
    cache = TemplateCache(tmp_path / "templates")
    spec = DatabaseSpec("wal", SESSIONS, seed=3, version=2)
    template = cache.template(spec)
    assert Path(f"{template}-wal").exists()
    assert not (tmp_path / "templates" / DatabaseSpec("wal", SESSIONS, seed=3).key()).exists()
