"""``edi-migrate lint``, the real command in a subprocess: every finding with its
migration, code, statement, why and fix; exit 1 on any unacknowledged one, else 0
and one line saying it is clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lint_support import write_chain
from tests.support import run_cli

EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"


def lint(*args):
    return run_cli("lint", *args)


def test_edis_own_chain_lints_clean_at_its_declared_floor():
    result = lint()
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "lint clean: 3 migration(s), 0 finding(s), 0 acknowledged (SQLite floor 3.31)"
    ]


def test_the_example_app_lints_clean_with_its_rebuild():
    result = lint("--migrations-dir", EXAMPLE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("lint clean: 7 migration(s), 0 finding(s)")


def test_a_finding_is_printed_in_full_and_fails_the_command(tmp_path):
    migrations = write_chain(tmp_path, 'conn.execute("DROP TABLE parent")', floor="3.31")
    result = lint("--migrations-dir", migrations)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "0002_under_test: EM110 DROP of a table other tables reference"
    assert lines[1] == "  statement: DROP TABLE parent"
    assert lines[2] == "  problem:   parent is still referenced by child"
    assert lines[3].startswith("  why:       tables whose foreign keys name the dropped table")
    assert lines[4].startswith("  fix:       in the same migration drop or rebuild")
    assert lines[-1] == (
        "lint failed: 2 migration(s), 1 finding(s), 0 acknowledged (SQLite floor 3.31)"
    )


def test_an_acknowledged_finding_is_marked_and_the_command_passes(tmp_path):
    header = 'LINT_ACKNOWLEDGED = {"EM107": "codes were unique since v1"}'
    body = 'conn.execute("CREATE UNIQUE INDEX idx_parent_name ON parent(name)")'
    result = lint("--migrations-dir", write_chain(tmp_path, body, header, floor="3.31"))
    assert result.returncode == 0, result.stdout
    first = result.stdout.splitlines()[0]
    assert first == (
        "0002_under_test: EM107 UNIQUE index created over existing data "
        "[acknowledged: codes were unique since v1]"
    )
    assert result.stdout.splitlines()[-1].startswith("lint clean: 2 migration(s), 0 finding(s), 1")


DROP_COLUMN = 'conn.execute("ALTER TABLE child DROP COLUMN note")'


@pytest.mark.parametrize(
    ("declared", "option", "code"),
    [
        ("3.31", [], 1),
        ("3.35", [], 0),
        ("3.35", ["--sqlite-floor", "3.31"], 1),
        ("3.31", ["--sqlite-floor", "3.35"], 0),
    ],
)
def test_the_floor_comes_from_pyproject_and_the_option_overrides_it(
    tmp_path, declared, option, code
):
    result = lint("--migrations-dir", write_chain(tmp_path, DROP_COLUMN, floor=declared), *option)
    assert result.returncode == code, result.stdout
    if code:
        assert "DROP COLUMN needs SQLite 3.35.0; the declared floor is 3.31" in result.stdout


def test_options_are_accepted_before_the_command_too(tmp_path):
    migrations = write_chain(tmp_path, DROP_COLUMN, floor="3.31")
    result = run_cli("--migrations-dir", migrations, "lint", "--sqlite-floor", "3.35")
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_malformed_floor_is_one_line_on_stderr(tmp_path):
    result = lint(
        "--migrations-dir", write_chain(tmp_path, "pass", floor="3.31"), "--sqlite-floor", "new"
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "edi-migrate: --sqlite-floor: sqlite-floor 'new' is not a SQLite version X.Y or X.Y.Z "
        '(e.g. sqlite-floor = "3.31")'
    )


def test_a_migration_failing_on_the_fresh_install_fails_the_lint_saying_so(tmp_path):
    result = lint("--migrations-dir", write_chain(tmp_path, 'conn.execute("VACUUM")', floor="3.31"))
    assert result.returncode == 1
    assert "0002_under_test: EM108 VACUUM in a migration" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("lint failed: the trace stopped (")


def test_with_downgrades_edis_0002_downgrade_is_named_for_drop_column_below_3_35():
    result = lint("--downgrades")
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        "0002_session_metrics (downgrade): EM001 needs a newer SQLite than the declared floor"
    )
    assert "DROP COLUMN needs SQLite 3.35.0; the declared floor is 3.31" in result.stdout
    assert "0003_referential_integrity (downgrade)" not in result.stdout  # its rebuild is right
    assert result.stdout.splitlines()[-1] == (
        "lint failed: 3 migration(s) and 2 downgrade(s), 13 finding(s), 0 acknowledged "
        "(SQLite floor 3.31)"
    )


def test_with_downgrades_at_floor_3_35_edis_chain_is_clean_both_ways():
    result = lint("--downgrades", "--sqlite-floor", "3.35")
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("lint clean: 3 migration(s) and 2 downgrade(s)")
