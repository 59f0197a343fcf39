"""Red team, round nine: the last merges attacked, each finding a broken twin beside its
sound control, on small chains that are not EDI's.

1. A declared expression's double-quoted names read strictly (``strict_names``): a string
   literal in double quotes (SQLite's misfeature, which real apps' SQL uses) named no
   column over the start, so the expression was read over the path's end instead, where a
   later migration of the path has dropped the column it reads: a sound backfill failed
   as unrunnable (a false alarm).
2. The modules a migration imports inside ``upgrade()`` key what a warm run reuses
   (``lazy_imports``), found by reading ``import`` statements: a module imported by
   ``importlib.import_module("shop.rules")`` (a name in a string) was not seen, and its
   edit passed a warm run on the old code's copies. (A relative import of a helper in a
   migrations folder that is a package was tried: it is keyed with the folder, sound.)
3. The re-run check reports by default; a long chain's terminal tells each reported
   change by its first line of evidence, "re-run changed the database: rows of
   settings", whether the re-run added a row (a guard finding new work) or wiped the
   user's rows or dropped a table: the loss read like the benign change. Its lines of
   loss are now shown too (the whole evidence stays in ``--matrix-report``).
"""

from __future__ import annotations

import pytest

from tests.harness.test_harness_later_columns_read_before import ITEMS
from tests.harness.test_harness_misses_round_eight import warm_after_a_module_edit
from tests.harness.test_harness_misses_round_seven import PICKED
from tests.harness_projects import add_migration, first_migration, run_matrix

SHELF = "CASE WHEN kind = 'old' THEN \"archive\" ELSE \"front\" END"  # strings, as SQLite reads


def shelve(fill: str) -> str:
    return f'''
from edi_migrations.changes import Backfill

CHANGES = (Backfill("items", "shelf", expression={SHELF!r}),)


def upgrade(conn):
    conn.execute("ALTER TABLE items ADD COLUMN shelf TEXT")
    conn.execute({f"UPDATE items SET shelf = {fill}"!r})
'''


DROP_KIND = '''
from edi_migrations.changes import DropColumn

CHANGES = (DropColumn("items", "kind"),)


def upgrade(conn):
    conn.execute("ALTER TABLE items DROP COLUMN kind")
'''

JUMP = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v3")


def test_a_backfill_with_double_quoted_strings_passes_past_a_later_drop(pytester):
    folder = first_migration(pytester, ITEMS)
    add_migration(folder, "shelve", shelve(SHELF))
    add_migration(folder, "drop_kind", DROP_KIND)
    result = run_matrix(pytester, folder, *JUMP)
    result.assert_outcomes(passed=1)


def test_a_backfill_with_double_quoted_strings_filled_wrong_still_fails(pytester):
    folder = first_migration(pytester, ITEMS)
    add_migration(folder, "shelve", shelve("'front'"))
    add_migration(folder, "drop_kind", DROP_KIND)
    result = run_matrix(pytester, folder, *JUMP)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*items.shelf rowid 3*expected text 'archive'*"])


IMPORTS_BY_NAME = """
def upgrade(conn):
    import importlib

    rules = importlib.import_module("shop.rules")
    conn.execute("CREATE INDEX ix_tag_note ON tag (note_id)")
    conn.execute(f"DELETE FROM note WHERE id IN ({rules.DOOMED})")
"""


@pytest.mark.parametrize("twin", PICKED, ids=PICKED)
def test_a_module_imported_by_its_name_as_it_runs_fails_a_warm_run(pytester, shared_runs, twin):
    warm_after_a_module_edit((pytester, shared_runs), IMPORTS_BY_NAME, twin)


GONE = {  # a re-run that wipes the user's settings and drops a table, beside one that adds
    "loses": (
        "re-run changed the database: the schema (1 object(s)), rows of settings",
        "schema: table drafts dropped",
        "table drafts: gone (4 row(s))",
        "table settings: 1 row(s) gone; 1 row(s) added",
        "settings rowid 2: row gone (key=text 'font', value=text 'big')",
    ),
    "adds": (
        "re-run changed the database: rows of settings",
        "table settings: 1 row(s) added",
        "settings rowid 3: row added (key=text 'theme', value=text 'dark')",
    ),
}


@pytest.mark.parametrize("twin", GONE, ids=GONE)
def test_a_long_chain_terminal_shows_what_a_reported_rerun_lost(twin):
    from edi_migrations.harness.report import MatrixReporter
    from tests.harness.test_newcomer_round_thirteen import Options, Terminal

    reporter = MatrixReporter(Options())  # type: ignore[arg-type]
    for v in range(1, 40):  # a long chain: its summary told in counts
        reporter.report.cells[(f"v{v}", f"v{v + 1}")] = "pass"
    reporter.report.rerun["0040_settings re-run on v40"] = GONE[twin]
    terminal = Terminal()
    reporter.pytest_terminal_summary(terminal)
    told = terminal.lines[terminal.lines.index(next(x for x in terminal.lines if "re-run" in x)) :]
    assert f"    {GONE[twin][0]}" in told
    losses = {"    schema: table drafts dropped", "    table drafts: gone (4 row(s))",
              "    table settings: 1 row(s) gone; 1 row(s) added"}
    assert losses <= set(told) if twin == "loses" else not losses & set(told), told
    assert not any("rowid" in line for line in told), told  # each row: the report's
