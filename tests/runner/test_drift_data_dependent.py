"""Drift detection tolerates exactly the objects a migration declares ``DependsOnData``:
present or absent, they are not drift; any other difference still is."""

from __future__ import annotations

import pytest

from edi_migrations import init, schema_model
from edi_migrations.harness.migration_folders import copy_migrations
from edi_migrations.runner.detect import drift
from edi_migrations.runner.discovery import load_migrations
from edi_migrations.sqlite.dbapi import sqlite3
from tests.harness_projects import add_migration

BODY = """
from edi_migrations.changes import DependsOnData

CHANGES = (DependsOnData("index", "idx_only_with_data"),)


def upgrade(conn):
    if conn.execute("SELECT count(*) FROM sessions").fetchone()[0]:
        conn.execute("CREATE INDEX idx_only_with_data ON sessions(naive_prompt)")
"""


@pytest.fixture
def migrations(tmp_path):
    folder = copy_migrations(tmp_path / "versions")
    add_migration(folder, "index_with_data", BODY)
    return load_migrations(folder)


def model_with(tmp_path, migrations, extra: str):
    path = tmp_path / "d.db"
    init(path, migrations_dir=migrations[0].path.parent)
    with sqlite3.connect(path) as conn:
        if extra:
            conn.execute(extra)
        return schema_model(conn)


@pytest.mark.parametrize(
    "extra, problems",
    [
        ("", []),
        ("CREATE INDEX idx_only_with_data ON sessions(naive_prompt)", []),
        ("CREATE INDEX idx_other ON sessions(naive_prompt)", ["unexpected index idx_other"]),
    ],
    ids=["absent", "present", "another-object"],
)
def test_a_declared_data_dependent_object_is_not_drift(tmp_path, migrations, extra, problems):
    actual = model_with(tmp_path, migrations, extra)
    assert drift(actual, migrations, 4, tolerate_next=False) == problems
