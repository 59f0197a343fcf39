"""The declared SQLite floor: read once from pyproject, overridable, and every
statement newer than it named with the feature, its version and the floor."""

from __future__ import annotations

import pytest

from edi_migrations.lint.errors import BadFloor
from edi_migrations.lint.floor import declared_floor, floor_findings, floor_of
from edi_migrations.lint.replay import from_rows


def test_drop_column_at_floor_3_31_names_3_35():
    (finding,) = floor_findings(["ALTER TABLE t DROP COLUMN c"], floor_of("3.31"))
    assert "DROP COLUMN needs SQLite 3.35.0; the declared floor is 3.31" in finding.detail
    assert finding.code == "EM001"
    assert finding.statement == "ALTER TABLE t DROP COLUMN c"


@pytest.mark.parametrize("floor", ["3.35", "3.35.0", "3.45.1"])
def test_drop_column_passes_a_floor_at_or_above_3_35(floor):
    assert floor_findings(["ALTER TABLE t DROP COLUMN c"], floor_of(floor)) == []


@pytest.mark.parametrize(
    ("sql", "floor", "named"),
    [
        ("CREATE TABLE t (a INT) STRICT", "3.31", "STRICT tables needs SQLite 3.37.0"),
        ("UPDATE t SET a = b ->> '$.x'", "3.37", "->> JSON operators needs SQLite 3.38.0"),
        ("UPDATE t SET a = concat(b, c)", "3.40", "concat_ws() needs SQLite 3.44.0"),
        ("ALTER TABLE t RENAME COLUMN a TO b", "3.24", "RENAME COLUMN needs SQLite 3.25.0"),
    ],
)
def test_each_newer_feature_is_named_with_its_version_and_the_floor(sql, floor, named):
    (finding,) = floor_findings([sql], floor_of(floor))
    assert named in finding.detail and f"the declared floor is {floor}" in finding.detail


def test_a_behaviour_change_below_the_floor_is_reported_against_the_schema_before():
    rows = [("table", "t", "t", "CREATE TABLE t (id INTEGER PRIMARY KEY)")]
    sql = "ALTER TABLE t ADD COLUMN b INT DEFAULT 0 CHECK (b > 5)"
    (finding,) = floor_findings([sql], floor_of("3.31"), from_rows(rows))
    assert "SQLite 3.37.0 and later do this" in finding.detail


def test_the_schema_is_replayed_so_a_table_made_in_the_migration_holds_no_rows():
    statements = [
        "CREATE TABLE t (id INT)",
        "ALTER TABLE t ADD COLUMN b INT DEFAULT 0 CHECK (b > 5)",
    ]
    assert floor_findings(statements, floor_of("3.31")) == []


def write_pyproject(folder, body):
    (folder / "pyproject.toml").write_text(body)
    migrations = folder / "pkg" / "migrations"
    migrations.mkdir(parents=True)
    return migrations


def test_the_floor_is_read_from_the_nearest_pyproject_up_from_the_migrations(tmp_path):
    migrations = write_pyproject(tmp_path, '[tool.edi-migrations]\nsqlite-floor = "3.31"\n')
    assert declared_floor(migrations) == floor_of("3.31")


def test_a_pyproject_without_the_table_declares_no_floor(tmp_path):
    migrations = write_pyproject(tmp_path, '[project]\nname = "x"\n')
    assert declared_floor(migrations) is None


@pytest.mark.parametrize("value", ['"three"', "3.31", '"3"'])
def test_a_malformed_floor_is_refused_naming_the_pyproject(tmp_path, value):
    migrations = write_pyproject(tmp_path, f"[tool.edi-migrations]\nsqlite-floor = {value}\n")
    with pytest.raises(BadFloor, match="pyproject.toml: sqlite-floor"):
        declared_floor(migrations)


def test_this_repository_declares_its_floor():
    from edi_migrations.runner.discovery import DEFAULT_DIR

    assert declared_floor(DEFAULT_DIR) == floor_of("3.31")
