"""Round thirteen of a newcomer: a long chain adopted, its views read as the app reads them.

A dashboard view that takes the newest rows (``ORDER BY created_at DESC LIMIT n``) over
rows that tie on ``created_at`` returns whichever tied rows SQLite's plan meets first. A
later migration that only adds an index on that column changed the plan, and so the tied
rows the view picked: the matrix reported the view's rows gone and new, refusing a sound
migration. Both sides are now read with one plan (rowid order), so only a migration that
changes what the view returns fails.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration

DASHBOARD = '''"""Entries, and a dashboard view of the newest ones."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE IF NOT EXISTS entries (id INTEGER PRIMARY KEY, title TEXT, created_at TEXT)"
    )
    conn.execute(
        "CREATE VIEW IF NOT EXISTS recent AS "
        "SELECT id, title, created_at FROM entries ORDER BY created_at DESC LIMIT 5"
    )


def app_writes(conn, ctx):
    """Imported rows all carry the import's date: they tie on created_at."""
    conn.executemany(
        "INSERT INTO entries (title, created_at) VALUES (?, '2020-01-01')",
        [(f"imported {n}",) for n in range(ctx.rows)],
    )
'''

INDEX = """
def upgrade(conn):
    conn.execute("CREATE INDEX IF NOT EXISTS entries_created_at ON entries (created_at)")
"""

SHORTER = """
def upgrade(conn):
    conn.execute("DROP VIEW IF EXISTS recent")
    conn.execute(
        "CREATE VIEW recent AS "
        "SELECT id, title, created_at FROM entries ORDER BY created_at DESC LIMIT 3"
    )
"""


def chain_run(
    pytester: pytest.Pytester, first: str, later: tuple[str, ...], path: str
) -> pytest.RunResult:
    """The upgrade path ``path`` of a chain: ``first`` as 0001, then ``later`` in order."""
    folder = first_migration(pytester, first)
    for n, body in enumerate(later, start=2):
        add_migration(folder, f"step_{n}", body)
    return pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "--migrations-seed", "7", "--migrations-dir", "migrations",
        "-k", "test_upgrade_path", "--upgrade-path", path,
    )  # fmt: skip


def run(pytester: pytest.Pytester, second: str) -> pytest.RunResult:
    return chain_run(pytester, DASHBOARD, (second,), "v1->v2")


def test_an_index_under_a_limited_view_of_tied_rows_passes(pytester):
    result = run(pytester, INDEX)
    result.assert_outcomes(passed=1)


def test_a_migration_that_changes_a_limited_view_still_fails(pytester):
    result = run(pytester, SHORTER)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*views keep their rows*", "*view recent: *2 row(s) gone*"])


NOTES = '''"""Customers, the first schema."""


def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS customers (id INTEGER PRIMARY KEY, name TEXT)")
'''

RENAME = """
from edi_migrations.changes import RenameColumn

CHANGES = {changes}


def upgrade(conn):
    names = [r[1] for r in conn.execute("PRAGMA table_info(customers)")]
    if "name" in names:
        conn.execute("ALTER TABLE customers RENAME COLUMN name TO full_name")
"""

COPIED_AND_DROPPED = """
from edi_migrations.changes import DropColumn

CHANGES = (DropColumn("customers", "name"),)


def upgrade(conn):
    names = [r[1] for r in conn.execute("PRAGMA table_info(customers)")]
    if "name" in names:
        conn.execute("ALTER TABLE customers ADD COLUMN full_name TEXT")
        conn.execute("UPDATE customers SET full_name = name")
        conn.execute("ALTER TABLE customers DROP COLUMN name")
"""


def run_customers(pytester: pytest.Pytester, second: str) -> pytest.RunResult:
    return chain_run(pytester, NOTES, (second,), "v1->v2")


def test_an_undeclared_rename_names_the_rename_alone(pytester):
    """The renamed column's values under its new name are the rename's, not a backfill:
    advising Backfill beside RenameColumn contradicted the line to paste."""
    result = run_customers(pytester, RENAME.format(changes="()"))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ['*declare it in CHANGES: RenameColumn("customers", "name", "full_name")']
    )
    assert "added and filled" not in result.stdout.str()


def test_the_declared_rename_passes(pytester):
    result = run_customers(
        pytester, RENAME.format(changes='(RenameColumn("customers", "name", "full_name"),)')
    )
    result.assert_outcomes(passed=1)


def test_a_copy_beside_a_declared_drop_still_names_the_fill(pytester):
    """The drop is declared, so no rename line speaks for the new column: its fill must."""
    result = run_customers(pytester, COPIED_AND_DROPPED)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*column customers.full_name added and filled*"])


COUPONS = '''"""Coupons, the first schema."""


def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS coupons (id INTEGER PRIMARY KEY, name TEXT)")
'''

STATUS = """
def upgrade(conn):
    names = [r[1] for r in conn.execute("PRAGMA table_info(coupons)")]
    if "status" not in names:
        conn.execute("ALTER TABLE coupons ADD COLUMN status TEXT")
"""

PRUNE = """
from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("coupons", where="{where}"),)


def upgrade(conn):
    conn.execute("DELETE FROM coupons WHERE status IS NULL")
"""


def run_coupons(pytester: pytest.Pytester, where: str) -> pytest.RunResult:
    return chain_run(pytester, COUPONS, (STATUS, PRUNE.format(where=where)), "v1->v3")


def test_a_deletion_by_a_column_added_mid_path_passes_from_before_it(pytester):
    """From v1, whose coupons have no status yet, the condition reads them as the
    migration found them (status added NULL at v2): every one may go."""
    result = run_coupons(pytester, "status IS NULL")
    result.assert_outcomes(passed=1)


def test_a_deletion_beyond_its_condition_fails_from_before_it(pytester):
    result = run_coupons(pytester, "status = 'unused'")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*coupons rowid *: row lost*"])


COUNTED = """
def upgrade(conn):
    conn.execute("CREATE VIEW IF NOT EXISTS coupon_count AS SELECT count(*) AS n FROM coupons")
"""


def test_a_view_follows_a_deletion_read_before_its_migration(pytester):
    """The replay deletes the rows the condition held for, so a view counting them
    expects what the migration leaves."""
    later = (COUNTED, STATUS, PRUNE.format(where="status IS NULL"))
    result = chain_run(pytester, COUPONS, later, "v2->v4")
    result.assert_outcomes(passed=1)


class Terminal:
    """What pytest's terminal reporter is given: sections and lines, kept to read."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def section(self, title: str) -> None:
        self.lines.append(f"== {title} ==")

    def write_line(self, line: str) -> None:
        self.lines.append(line)


class Options:
    """A run's options as the reporter reads them: none given."""

    def getoption(self, name: str, default: object = None) -> object:
        return default


def summary_of(length: int, failing: tuple[str, str] | None = None) -> list[str]:
    """The terminal summary of a default matrix over a chain of ``length`` migrations:
    each start's next step and jump to head, a coverage line per start, clean lint."""
    from edi_migrations.harness.coverage import TableCoverage, pack_lines
    from edi_migrations.harness.report import MatrixReporter

    reporter = MatrixReporter(Options())  # type: ignore[arg-type]
    report = reporter.report
    for v in range(1, length):
        report.cells[(f"v{v}", f"v{v + 1}")] = "pass"
        report.cells[(f"v{v}", f"v{length}")] = "pass"
        report.coverage[f"v{v}"] = pack_lines((TableCoverage(f"t{v}", 60, (("id", 1.0),)),))
        report.lint[f"{v + 1:04d}_step"] = ()
        works = f"{v + 1:04d}_step: the v{v} app keeps working on v{v + 1}"
        report.previous_app[f"{v + 1:04d}_step"] = (works, "")
    breaks = f"{length:04d}_step: the v{length - 1} app breaks on v{length}"
    report.previous_app[f"{length:04d}_step"] = (breaks, "'recent' of the app: no such column")
    if failing:
        report.cells[failing] = "FAIL"
    terminal = Terminal()
    reporter.pytest_terminal_summary(terminal)
    return terminal.lines


def test_a_long_chain_summary_fits_a_terminal():
    lines = summary_of(120, failing=("v70", "v120"))
    assert max(len(line) for line in lines) < 200
    assert len(lines) < 40, "\n".join(lines)
    assert "FAIL  v70 -> v120" in lines
    assert "119 migrations clean" in lines
    assert any(line.startswith("v119  t119 60 rows") for line in lines)
    assert "118 migrations: the previous app keeps working on the upgraded file" in lines
    assert "0120_step: the v119 app breaks on v120" in lines


def test_a_short_chain_summary_shows_the_whole_grid():
    lines = summary_of(5)
    assert any(line.startswith("start \\ target  v2") for line in lines)
    assert "0002_step: clean" in lines
    assert any(line.startswith("v1  t1 60 rows") for line in lines)
    assert "0002_step: the v1 app keeps working on v2" in lines
