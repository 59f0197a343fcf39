"""Round eight: this session's changes attacked, each finding a broken project beside its
sound control, on chains that are not EDI's.

1. The lazy plugin decided whether a project uses the harness in a hook that runs before
   the conftests load. A project with autoloading off (``PYTEST_DISABLE_PLUGIN_AUTOLOAD``)
   names the plugin in its conftest's ``pytest_plugins``: the plugin then arrives after that
   hook, the harness never joined, and no check ran at all ("no tests ran": a broken
   migration passed with everything else).
2. The connect probe opened a scratch path that does not exist. An app whose ``connect``
   refuses to create a database (its installer does that) is sound for every open the
   harness and the runner make (each on a file that exists), yet stopped the run.
3. A kept jump prefix is kept where the call's connection holds nothing a fresh one would
   not; a limit a migration lowered (``conn.setlimit``) was not compared.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

import tests.collating_app as collating_app
from tests.collating_app import write_chain
from tests.harness.test_harness_misses_round_seven import (
    PICKED,
    edited_between_runs,
    make_chain,
    warm_after_edit,
)
from tests.harness_projects import outer_seed, run_matrix
from tests.newcomer_chains import STEP, two_steps
from tests.shared_runs import SharedRuns

SHELVES = '''"""Shelves, and what stands on them."""


def upgrade(conn):
    conn.execute("CREATE TABLE shelf (id INTEGER PRIMARY KEY, label TEXT NOT NULL)")
'''

RENAMED = """
from edi_migrations.changes import RenameColumn

CHANGES = (RenameColumn("shelf", "label", "title"),)


def upgrade(conn):
    conn.execute("ALTER TABLE shelf RENAME COLUMN label TO title")
"""

EMPTIED = (
    RENAMED
    + """    conn.execute("UPDATE shelf SET title = ''")
"""
)

NAMED_IN_CONFTEST = 'pytest_plugins = ["edi_migrations.plugin"]\n'


@pytest.mark.parametrize("second", [RENAMED, EMPTIED], ids=["sound", "empties-a-column"])
def test_a_plugin_named_in_the_conftest_still_runs_the_checks(pytester, monkeypatch, second):
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makeconftest(NAMED_IN_CONFTEST)
    folder = two_steps(pytester, SHELVES, second)
    result = run_matrix(pytester, folder, *STEP, timeout=120)
    if second is RENAMED:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*[[]data kept[]]*", "*shelf.title rowid *after text ''*"])


@pytest.mark.parametrize("configured_by", ["pyproject", "ini"])
def test_a_plugin_named_in_the_conftest_reads_the_configured_folder(
    pytester, monkeypatch, configured_by
):
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makeconftest(NAMED_IN_CONFTEST)
    two_steps(pytester, SHELVES, EMPTIED)
    if configured_by == "pyproject":
        pytester.makepyprojecttoml('[tool.edi-migrations]\nmigrations-dir = "migrations"\n')
    else:
        pytester.makeini("[pytest]\nedi_migrations_dir = migrations\n")
    args = ("-p", "no:cacheprovider", *outer_seed(), *STEP)
    result = pytester.runpytest_subprocess(*args, timeout=120)
    result.assert_outcomes(failed=1)


# The app opens only a database its installer made: a missing file is an error, not a new
# database. Every open the harness makes is of a file that exists, or of a URI or memory.
EXISTING_ONLY = """
import os

import appdb


def connect(database, **kw):
    name = str(database)
    if name != ":memory:" and not name.startswith("file:") and {test}:
        raise FileNotFoundError(f"no database at {{name}}: the installer makes it")
    return appdb.connect(database, **kw)
"""


@pytest.mark.parametrize(
    "test", ["not os.path.exists(name)", "not os.path.isdir(name)"], ids=["sound", "refuses-all"]
)
def test_a_connect_that_opens_only_an_existing_file_runs_the_matrix(pytester, test):
    shutil.copyfile(collating_app.__file__, pytester.path / "appdb.py")
    source = textwrap.dedent(EXISTING_ONLY).format(test=test)
    (pytester.path / "appdb_existing.py").write_text(source)
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "appdb_existing:connect"\n')
    chain = write_chain(pytester.path / "migrations")
    args = ("--upgrade-path", "v1->v2", "-k", "test_upgrade_path", "-p", "no:xdist")
    result = run_matrix(pytester, chain, *args, timeout=120)
    if test.endswith("exists(name)"):
        result.assert_outcomes(passed=1)
        return
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stdout.fnmatch_lines(["*appdb_existing:connect*installer makes it*no check was run*"])


# 3. A kept jump prefix is kept only where the call's connection holds nothing a fresh one
#    would not (connection_leftovers). A limit a migration set on the connection
#    (``conn.setlimit``) was not among what is compared: the migration after it, which
#    trips over the limit only on a later start's rows, passed a warm run from the copy.
LEAVES_A_LIMIT = """
import sqlite3


def upgrade(conn):
    conn.execute("CREATE INDEX ix_tag_note ON tag (note_id)")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 8)  # left for the rest of the call
"""
# the first start holds no tag: only a later start's names meet the limit
MATCHED = {
    "sound": """
def upgrade(conn):
    conn.execute("CREATE INDEX ix_tag_name ON tag (name)")
    conn.execute("SELECT count(*) FROM tag WHERE instr(name, name)").fetchone()
""",
    "broken": """
def upgrade(conn):
    conn.execute("CREATE INDEX ix_tag_name ON tag (name)")
    conn.execute("SELECT count(*) FROM tag WHERE name LIKE '%' || name || '%'").fetchone()
""",
}


@pytest.mark.parametrize("twin", MATCHED, ids=MATCHED)
def test_a_limit_left_on_the_connection_fails_a_warm_run(pytester, shared_runs, twin):
    result = warm_after_edit(pytester, shared_runs, LEAVES_A_LIMIT, MATCHED[twin], "v2->v4")
    if twin == "sound":
        assert result.ret == 0, result.stdout.str()
        return
    assert result.ret != 0
    result.stdout.fnmatch_lines(
        ["*upgrade path v2->v4 broke invariant 'upgrade completes'*", "*0004_last*too complex*"]
    )


# 4. The project's modules in the keys of what a warm run reuses are those imported by
#    collection's end. A migration that imports the app's code inside ``upgrade()`` (to
#    keep its import cheap, or out of a circle) imports it only when it runs, after that:
#    the module was in no key, and its edit passed a warm run on the old code's copies.
IMPORTS_WHEN_RUN = """
def upgrade(conn):
    from shop.rules import DOOMED

    conn.execute("CREATE INDEX ix_tag_note ON tag (note_id)")
    conn.execute(f"DELETE FROM note WHERE id IN ({DOOMED})")
"""


@pytest.mark.parametrize("twin", PICKED, ids=PICKED)
def test_a_module_a_migration_imports_as_it_runs_fails_a_warm_run(pytester, shared_runs, twin):
    warm_after_a_module_edit((pytester, shared_runs), IMPORTS_WHEN_RUN, twin)


def warm_after_a_module_edit(
    runs: tuple[pytest.Pytester, SharedRuns], third: str, twin: str
) -> None:
    """A cold run with ``shop/rules.py`` picking nothing, then the ``twin`` edit of it: the
    warm run fails (broken) or passes (sound). Both twins share the cold run."""
    pytester = runs[0]

    def imports_from_shop() -> Path:
        folder = make_chain(pytester, third)
        pytester.mkpydir("shop")
        return folder

    texts = ('DOOMED = "SELECT NULL WHERE 0"\n', PICKED[twin])
    warm = edited_between_runs(runs, imports_from_shop, "shop/rules.py", texts, third)
    assert (warm.ret == 0) is (twin == "sound"), warm.stdout.str()
    if twin == "broken":
        warm.stdout.fnmatch_lines(["*upgrade path v2->v4 broke invariant 'data kept*"])
