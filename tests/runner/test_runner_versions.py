"""The runner takes a database through versions, one recorded step at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations import current_version, downgrade, init, load_migrations, schema_of, upgrade
from edi_migrations.harness.dbstate import file_bytes, state_of
from edi_migrations.harness.migration_folders import copy_migrations
from edi_migrations.sqlite.dbapi import sqlite3

HEAD = len(load_migrations())


def versions_recorded(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY id")]


def test_init_creates_a_database_at_head(db_path):
    outcome = init(db_path)
    assert (outcome.from_version, outcome.to_version) == (0, HEAD)
    assert current_version(db_path) == HEAD


def test_init_records_each_version_in_order(fresh_db):
    assert versions_recorded(fresh_db) == [f"v{n}" for n in range(1, HEAD + 1)]


def test_init_refuses_a_database_that_has_tables(fresh_db):
    with pytest.raises(Exception, match=r"already exists, at v\d+; init only creates"):
        init(fresh_db)


def test_upgrade_from_v1_reaches_the_schema_of_init(v1_db, tmp_path):
    upgrade(v1_db, backup=False)
    other = tmp_path / "fresh.db"
    init(other)
    with sqlite3.connect(v1_db) as a, sqlite3.connect(other) as b:
        assert schema_of(a) == schema_of(b)


def test_upgrade_at_head_leaves_the_file_byte_identical(fresh_db):
    before = file_bytes(fresh_db)
    outcome = upgrade(fresh_db)
    assert outcome.steps == ()
    assert file_bytes(fresh_db) == before


def test_upgrading_twice_changes_nothing_the_second_time(v1_db):
    upgrade(v1_db, backup=False)
    after_first = state_of(v1_db)
    upgrade(v1_db, backup=False)
    assert state_of(v1_db) == after_first


def test_upgrade_stepwise_equals_upgrade_in_one_jump(v1_db, tmp_path):
    other = tmp_path / "other.db"
    other.write_bytes(v1_db.read_bytes())
    for version in range(2, HEAD + 1):
        upgrade(v1_db, to=version, backup=False)
    upgrade(other, backup=False)
    a, b = state_of(v1_db), state_of(other)
    assert a.schema == b.schema
    for table in ("sessions", "prompts", "entities", "validations", "orphaned_rows"):
        assert a.tables[table].rows.keys() == b.tables[table].rows.keys()


def test_latest_version_is_by_insertion_order_not_timestamp(db_path):
    init(db_path, to=2)
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "UPDATE schema_version SET applied_at = '2030-01-01 00:00:00' WHERE version = 'v1'"
        )
        conn.execute(
            "UPDATE schema_version SET applied_at = '2020-01-01 00:00:00' WHERE version = 'v2'"
        )
    assert current_version(db_path) == 2


def test_versions_compare_as_integers_v10_after_v2(tmp_path):
    folder = copy_migrations(tmp_path / "versions")
    for n in range(4, 12):
        (folder / f"{n:04d}_step_{n}.py").write_text(
            f'"""Step {n}: adds table t{n}."""\n\n\ndef upgrade(conn):\n'
            f"    conn.execute('CREATE TABLE t{n} (x)')\n"
        )
    db = tmp_path / "many.db"
    init(db, to=10, migrations_dir=folder)
    assert current_version(db, migrations_dir=folder) == 10
    outcome = upgrade(db, migrations_dir=folder, backup=False)
    assert [s.to_version for s in outcome.steps] == [11]


def test_downgrade_then_upgrade_returns_to_the_same_schema(v1_db):
    upgrade(v1_db, backup=False)
    at_head = state_of(v1_db).schema
    downgrade(v1_db, to=1, backup=False)
    assert current_version(v1_db) == 1
    upgrade(v1_db, backup=False)
    assert state_of(v1_db).schema == at_head


def test_downgrade_to_v2_restores_quarantined_orphans(v1_db):
    upgrade(v1_db, to=2, backup=False)
    at_v2 = state_of(v1_db)
    upgrade(v1_db, backup=False)
    downgrade(v1_db, to=2, backup=False)
    restored = state_of(v1_db)
    assert restored.schema == at_v2.schema
    for table in ("sessions", "prompts", "entities", "validations"):
        assert restored.tables[table] == at_v2.tables[table]


def test_upgrade_to_a_lower_version_points_to_downgrade(fresh_db):
    with pytest.raises(Exception, match="use `edi-migrate downgrade"):
        upgrade(fresh_db, to=1)


def test_migration_log_records_each_step_with_its_checksum(v1_db):
    upgrade(v1_db, backup=False)
    with sqlite3.connect(v1_db) as conn:
        rows = conn.execute(
            "SELECT migration_name, version_from, version_to, status, checksum FROM migration_log "
            "ORDER BY id"
        ).fetchall()
    by_name = {m.name: m.checksum for m in load_migrations()}
    assert [(r[1], r[2], r[3]) for r in rows[-2:]] == [
        ("v1", "v2", "completed"),
        ("v2", "v3", "completed"),
    ]
    assert all(r[4] == by_name[r[0]] for r in rows)


def test_bookkeeping_reads_the_schema_of_its_own_tables_only(v1_db):
    """Each step checks its own tables; the other tables' schemas are not its business."""
    from edi_migrations.runner.bookkeeping import _CANONICAL_TEXT, ensure_bookkeeping

    _CANONICAL_TEXT.clear()  # text found canonical earlier in the process is not read again
    seen: list[str] = []
    conn = sqlite3.connect(v1_db, isolation_level=None)
    conn.set_trace_callback(seen.append)
    conn.execute("BEGIN")
    ensure_bookkeeping(conn, baseline=1)
    conn.execute("ROLLBACK")
    conn.close()
    pragmas = [s for s in seen if s.startswith("PRAGMA")]
    assert pragmas, "it does read its own tables' schema"
    own = ("schema_version", "migration_log", "schema_compatibility")
    assert not [s for s in pragmas if not any(table in s for table in own)]
