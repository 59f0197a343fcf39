"""Red team, round twenty: what is kept between runs (kept verdicts, templates, stepped
starts, fresh installs), attacked by edits a warm run must see, on a chain not EDI's.

Each finding: a cold run that passes, an edit, and the warm run after it, which fails for
the broken twin and runs again and passes for its sound control, as a cold run of the
edit does; where it matters, a harmless edit keeps the verdicts.

1. A snapshots folder holding the migrations folder (``snapshots-dir`` that folder, or
   one above it): the folder's other files were left out of every key with the
   snapshots, so an edit of the SQL a migration runs kept its verdicts (and a sound one
   failed against the old SQL's kept fresh install).
2. A file of the migrations folder that is a link to one outside it stopped every run
   with an INTERNALERROR.
3. A module from outside the project a migration imports (an installed package, a folder
   on ``PYTHONPATH`` beside the project): a new version deleting rows kept the verdicts.
4. ``[tool.edi-migrations] connect`` switched to another function of its module beside a
   ``pytest.ini``: no key moved, and a walk resumed from a step the old one had run.
5. A data file the project's ``edi_migrations_app_writes`` fills the starts from: its
   templates were keyed by the writer's code only; ``--verdicts=run`` ran on them too.
6. A helper beside the migrations edited to the same size within the second: Python ran
   its old bytecode, and the verdicts were kept under the new bytes' key.

Found sound: another SQLite (``--sqlite-module sqlean`` and back), an ini option changed
in ``pytest.ini``, ``setup.cfg``, the pyproject or through ``-o`` in ``PYTEST_ADDOPTS``,
a schema snapshot edited or deleted (that check keeps no verdict), another seed, a cache
copied to another checkout (reused where the inputs are the same, run where one is not),
two xdist workers keeping one key.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.harness.test_harness_misses_round_seven import NOTES, USES_THE_HELPER
from tests.harness_projects import add_migration, first_migration, outer_seed
from tests.shared_runs import SharedRuns

TAGS = """
def upgrade(conn):
    conn.execute("CREATE TABLE tag (id INTEGER PRIMARY KEY, note_id INTEGER, name TEXT)")
"""
PATHS = ("-k", "test_upgrade_path", "--upgrade-path", "*->v3")
KEPT = "*checks kept the verdict of an earlier run on the same inputs*"
BROKE = "*upgrade path v1->v3 broke invariant 'data kept*"


def make_chain(pytester: pytest.Pytester, third: str, files: dict[str, str]) -> Path:
    """``migrations/`` holding notes, tags and ``third``; ``files`` (path: text) beside."""
    folder = first_migration(pytester, NOTES, name="notes")
    add_migration(folder, "tags", TAGS)
    add_migration(folder, "third", third)
    for name, text in files.items():
        (pytester.path / name).parent.mkdir(parents=True, exist_ok=True)
        (pytester.path / name).write_text(text, encoding="utf-8")
    return folder


def run(pytester: pytest.Pytester, *args: str, select=PATHS) -> pytest.RunResult:
    """The paths to v3 on the project's own cache and settings, kept verdicts reused (a
    warm run reads what the cold one kept), each run a process of its own, as a
    developer's are (a process keeps the chain's fresh schemas and imported modules)."""
    argv = ("--verdicts=reuse", "--matrix-sessions", "10", *outer_seed(), *select, *args)
    return pytester.runpytest_subprocess(*argv, timeout=300)


def warm_after(
    runs: tuple[pytest.Pytester, SharedRuns],
    name: str,
    make: Callable[[], object],
    edit: Callable[[], object],
    select: tuple[str, ...] = PATHS,
) -> pytest.RunResult:
    """``make()`` the project, a cold run of ``select`` that passes (shared by the twins
    of ``name``), ``edit()``, and the warm run after it."""
    pytester, shared_runs = runs

    def cold_run() -> pytest.RunResult:
        make()
        return run(pytester, select=select)

    cold = shared_runs.run_once(name, pytester.path, cold_run)
    assert cold.ret == 0, cold.stdout.str()
    edit()
    return run(pytester, select=select)


def holds_for_the_twin(result: pytest.RunResult, twin: str) -> None:
    """The sound twin's warm run passes (it ran: an input changed); the broken one fails."""
    if twin == "sound":
        assert result.ret == 0, result.stdout.str()
        result.assert_outcomes(passed=4)
        return
    assert result.ret != 0, result.stdout.str()
    result.stdout.fnmatch_lines([BROKE])


# 1. The SQL a migration runs, kept in the migrations folder, where the schema snapshots
# are kept too: the folder's files were all taken for snapshots.
RUNS_THE_SQL = """
from pathlib import Path


def upgrade(conn):
    conn.executescript(Path(__file__).with_name("cleanup.sql").read_text())
"""
CLEANUP = "CREATE INDEX ix_tag_note ON tag (note_id);\n"
CLEANED = {
    "sound": "CREATE INDEX ix_tag_name ON tag (name);\n",
    "broken": "DELETE FROM note WHERE id % 2 = 0;\n",
}
# the snapshots folder the migrations folder itself (one above it was the same miss, and
# is the same code now: only ``schema_vN.sql`` files of the snapshots folder are left out)
SNAPSHOTS_BESIDE = 'snapshots-dir = "migrations"\n'


def snapshots_holding_the_folder(pytester: pytest.Pytester) -> Callable[[], object]:
    def make() -> None:
        settings = f'[tool.edi-migrations]\nmigrations-dir = "migrations"\n{SNAPSHOTS_BESIDE}'
        files = {"pyproject.toml": settings, "migrations/cleanup.sql": CLEANUP}
        make_chain(pytester, RUNS_THE_SQL, files)

    return make


@pytest.mark.parametrize("twin", CLEANED, ids=CLEANED)
def test_an_edited_sql_file_beside_migrations_and_snapshots_fails_a_warm_run(
    pytester, shared_runs, twin
):
    make = snapshots_holding_the_folder(pytester)
    sql = pytester.path / "migrations" / "cleanup.sql"
    result = warm_after(
        (pytester, shared_runs), "snapshots", make, lambda: sql.write_text(CLEANED[twin])
    )
    holds_for_the_twin(result, twin)


def test_snapshots_written_beside_the_migrations_keep_the_verdicts(pytester, shared_runs):
    """The control: the snapshot files themselves are no input of a check."""
    make = snapshots_holding_the_folder(pytester)

    def write_snapshots() -> None:
        run(pytester, "--snapshot-update", select=("-k", "snapshot")).assert_outcomes(passed=3)

    result = warm_after((pytester, shared_runs), "snapshots", make, write_snapshots)
    assert sorted(p.name for p in pytester.path.glob("migrations/schema_v*.sql")) == [
        "schema_v1.sql",
        "schema_v2.sql",
        "schema_v3.sql",
    ]
    result.assert_outcomes(skipped=4)
    result.stdout.fnmatch_lines([KEPT])


# 2. The same SQL file, a link in the migrations folder to the app's own copy.
@pytest.mark.parametrize("twin", CLEANED, ids=CLEANED)
def test_a_linked_sql_file_runs_and_its_edit_fails_a_warm_run(pytester, shared_runs, twin):
    shared = pytester.path / "sql" / "cleanup.sql"

    def make() -> None:
        settings = '[tool.edi-migrations]\nmigrations-dir = "migrations"\n'
        folder = make_chain(pytester, RUNS_THE_SQL, {"pyproject.toml": settings})
        shared.parent.mkdir()
        shared.write_text(CLEANUP, encoding="utf-8")
        os.symlink(Path("..", "sql", "cleanup.sql"), folder / "cleanup.sql")

    result = warm_after(
        (pytester, shared_runs), "linked", make, lambda: shared.write_text(CLEANED[twin])
    )
    holds_for_the_twin(result, twin)


# 3. A module from outside the project: a package installed in a version (its
# dist-info), or a folder on PYTHONPATH beside the project (a monorepo's library).
PURGES_BY_THE_LIBRARY = """
def upgrade(conn):
    from shoplib import DOOMED

    conn.execute("CREATE INDEX ix_tag_note ON tag (note_id)")
    conn.execute(f"DELETE FROM note WHERE id IN ({DOOMED})")
"""
NOTHING = 'DOOMED = "SELECT NULL WHERE 0"\n'
RELEASED = {
    "sound": 'DOOMED = "SELECT NULL WHERE 0"  # 1.1: faster\n',
    "broken": 'DOOMED = "SELECT id FROM note WHERE id % 2 = 0"  # 1.1\n',
}
OUTSIDE = ("installed", "beside the project")


def install(site: Path, how: str, version: str, text: str) -> None:
    """``shoplib`` in ``site`` (a folder on PYTHONPATH), holding ``text``; where
    installed, with the dist-info of ``version`` (any other version's removed)."""
    for old in site.glob("shoplib-*.dist-info"):
        for file in old.iterdir():
            file.unlink()
        old.rmdir()
    (site / "shoplib").mkdir(parents=True, exist_ok=True)
    (site / "shoplib" / "__init__.py").write_text(text, encoding="utf-8")
    if how == "installed":
        info = site / f"shoplib-{version}.dist-info"
        info.mkdir()
        metadata = f"Metadata-Version: 2.1\nName: shoplib\nVersion: {version}\n"
        (info / "METADATA").write_text(metadata, encoding="utf-8")
        (info / "top_level.txt").write_text("shoplib\n", encoding="utf-8")


@pytest.fixture
def site(tmp_path_factory, monkeypatch) -> Path:
    """A folder outside the project on PYTHONPATH, the same one for every spec of a
    worker (a cold run's keys hold its path)."""
    folder = tmp_path_factory.getbasetemp() / "round-twenty-site"
    folder.mkdir(exist_ok=True)
    monkeypatch.setenv("PYTHONPATH", str(folder))
    return folder


def with_the_library(pytester: pytest.Pytester, site: Path, how: str) -> Callable[[], object]:
    def make() -> None:
        install(site, how, "1.0", NOTHING)
        settings = '[tool.edi-migrations]\nmigrations-dir = "migrations"\n'
        make_chain(pytester, PURGES_BY_THE_LIBRARY, {"pyproject.toml": settings})

    return make


@pytest.mark.parametrize("how", OUTSIDE, ids=OUTSIDE)
@pytest.mark.parametrize("twin", RELEASED, ids=RELEASED)
def test_a_new_version_of_a_library_outside_the_project_fails_a_warm_run(
    pytester, shared_runs, site, twin, how
):
    install(site, how, "1.0", NOTHING)  # as the cold run had it (its run may be a copy)
    make = with_the_library(pytester, site, how)
    upgrade = lambda: install(site, how, "1.1", RELEASED[twin])  # noqa: E731
    holds_for_the_twin(warm_after((pytester, shared_runs), how, make, upgrade), twin)


@pytest.mark.parametrize("how", OUTSIDE, ids=OUTSIDE)
def test_the_same_version_of_the_library_installed_again_keeps_the_verdicts(
    pytester, shared_runs, site, how
):
    install(site, how, "1.0", NOTHING)
    make = with_the_library(pytester, site, how)
    again = lambda: install(site, how, "1.0", NOTHING)  # noqa: E731
    result = warm_after((pytester, shared_runs), how, make, again)
    result.assert_outcomes(skipped=4)
    result.stdout.fnmatch_lines([KEPT])


# 4. The app's connect, named in the pyproject beside a pytest.ini, switched to another
# function of its module: the pyproject is no ini there, and the module's bytes are the same.
APP_DB = """from edi_migrations.sqlite.dbapi import sqlite3


def with_tidy(tidy):
    def connect(database, **kw):
        conn = sqlite3.connect(database, **kw)
        conn.create_function("tidy", 1, tidy, deterministic=True)
        return conn

    return connect


connect = with_tidy(lambda text: text)
connect_logged = with_tidy(lambda text: text)  # the same tidy(), logging aside
connect_blanking = with_tidy(lambda text: "" if isinstance(text, str) else text)
"""
TIDIES = """
def upgrade(conn):
    conn.execute("UPDATE note SET body = tidy(body) WHERE body <> tidy(body)")
"""
SWITCHED = {"sound": "app.db:connect_logged", "broken": "app.db:connect_blanking"}
# the last migration tidies (its paths to v3), or the second: the walk v1=>v3 starts its
# last step from v1 stepped through it, a copy kept between runs
TIDIED_BY = {"the last": ("tags", TIDIES, PATHS), "an earlier": (TIDIES, "tags", ())}


def settings_naming(connect: str) -> str:
    return (
        '[project]\nname = "notes"\nversion = "1.0"\n\n'
        f'[tool.edi-migrations]\nmigrations-dir = "migrations"\nconnect = "{connect}"\n'
    )


def with_a_connect(pytester: pytest.Pytester, second: str, third: str) -> Callable[[], object]:
    def make() -> None:
        folder = first_migration(pytester, NOTES, name="notes")
        add_migration(folder, "second", TAGS if second == "tags" else second)
        add_migration(folder, "third", TAGS if third == "tags" else third)
        pyproject = pytester.path / "pyproject.toml"
        pyproject.write_text(settings_naming("app.db:connect"), encoding="utf-8")
        (pytester.path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
        pytester.mkpydir("app")
        (pytester.path / "app" / "db.py").write_text(APP_DB, encoding="utf-8")

    return make


@pytest.mark.parametrize("where", TIDIED_BY, ids=list(TIDIED_BY))
@pytest.mark.parametrize("twin", SWITCHED, ids=SWITCHED)
def test_a_connect_switched_in_the_pyproject_beside_an_ini_fails_a_warm_run(
    pytester, shared_runs, twin, where
):
    second, third, paths = TIDIED_BY[where]
    make = with_a_connect(pytester, second, third)
    pyproject = pytester.path / "pyproject.toml"
    switch = lambda: pyproject.write_text(settings_naming(SWITCHED[twin]))  # noqa: E731
    select = paths or ("-k", "test_upgrade_path", "--upgrade-path", "v1=>v3")
    result = warm_after((pytester, shared_runs), where, make, switch, select)
    if twin == "sound":
        result.assert_outcomes(passed=4 if paths else 1)
    else:
        result.stdout.fnmatch_lines(["*upgrade path v1*v3* broke invariant 'data kept*"])


def test_another_edit_of_the_pyproject_keeps_the_verdicts(pytester, shared_runs):
    """The control: only the plugin's own settings are inputs, not the project's version."""
    make = with_a_connect(pytester, "tags", TIDIES)
    pyproject = pytester.path / "pyproject.toml"
    bump = lambda: pyproject.write_text(settings_naming("app.db:connect").replace("1.0", "1.1"))  # noqa: E731
    result = warm_after((pytester, shared_runs), "the last", make, bump)
    result.assert_outcomes(skipped=4)
    result.stdout.fnmatch_lines([KEPT])


# 5. The app's own writes, filled from a data file of the project: the start templates
# were keyed by the writer's module, not by what it read, and --verdicts=run (the way out
# the docs gave) ran every check on the template the old file had made.
WRITES_FROM_A_FILE = """from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def edi_migrations_app_writes():
    def writes(conn, ctx):
        bodies = Path(__file__).with_name("notes.txt").read_text().splitlines()
        conn.executemany("INSERT INTO note (body) VALUES (?)", [(body,) for body in bodies])

    return writes
"""
PURGES_DRAFTS = """
def upgrade(conn):
    conn.execute("DELETE FROM note WHERE body LIKE 'draft:%'")
"""
WRITTEN = {"sound": "hello\nplan the trip\n", "broken": "hello\ndraft: plan the trip\n"}


def with_notes_from_a_file(pytester: pytest.Pytester) -> Callable[[], object]:
    def make() -> None:
        settings = '[tool.edi-migrations]\nmigrations-dir = "migrations"\n'
        files = {"pyproject.toml": settings, "conftest.py": WRITES_FROM_A_FILE}
        make_chain(pytester, PURGES_DRAFTS, {**files, "notes.txt": "hello\nworld\n"})

    return make


@pytest.mark.parametrize("twin", WRITTEN, ids=WRITTEN)
def test_an_edited_data_file_the_app_writes_from_fails_a_warm_run(pytester, shared_runs, twin):
    notes = pytester.path / "notes.txt"
    make = with_notes_from_a_file(pytester)
    edit = lambda: notes.write_text(WRITTEN[twin])  # noqa: E731
    result = warm_after((pytester, shared_runs), "notes", make, edit)
    if twin == "broken":
        holds_for_the_twin(result, twin)
        return
    # every start the file fills runs again (the fresh install's path keeps its verdict)
    result.assert_outcomes(passed=3, skipped=1)
    result.stdout.fnmatch_lines(["fresh           kept"])


def test_the_data_file_written_again_the_same_keeps_the_verdicts(pytester, shared_runs):
    notes = pytester.path / "notes.txt"
    make = with_notes_from_a_file(pytester)
    result = warm_after(
        (pytester, shared_runs), "notes", make, lambda: notes.write_text("hello\nworld\n")
    )
    result.assert_outcomes(skipped=4)
    result.stdout.fnmatch_lines([KEPT])


# 6. A helper beside the migrations edited to the same size within the second its
# bytecode was written for (a checkout, a tool writing twice, an archive's kept mtimes):
# Python ran the old bytecode, and the run kept its verdicts under the new bytes' key.
PICKED = 'DOOMED = "SELECT NULL WHERE 0"\n'
REPICKED = {  # each of PICKED's size, written with its mtime
    "sound": 'DOOMED = "SELECT NULL WHERE 1"\n',
    "broken": 'DOOMED = "SELECT id FROM note"\n',
}


@pytest.mark.parametrize("twin", REPICKED, ids=REPICKED)
def test_a_same_size_edit_of_a_helper_in_the_same_second_fails_a_warm_run(
    pytester, shared_runs, monkeypatch, twin
):
    for variable in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX"):  # as a user's
        monkeypatch.delenv(variable, raising=False)
    helper = pytester.path / "migrations" / "_pick.py"

    def make() -> None:
        settings = '[tool.edi-migrations]\nmigrations-dir = "migrations"\n'
        make_chain(pytester, USES_THE_HELPER, {"pyproject.toml": settings})
        helper.write_text(PICKED, encoding="utf-8")

    def same_size_same_second() -> None:
        assert len(REPICKED[twin]) == len(PICKED)
        written = helper.stat()
        helper.write_text(REPICKED[twin], encoding="utf-8")
        os.utime(helper, ns=(written.st_atime_ns, written.st_mtime_ns))

    result = warm_after((pytester, shared_runs), "helper", make, same_size_same_second)
    assert list((helper.parent / "__pycache__").glob("_pick.*.pyc")), "no bytecode to reuse"
    holds_for_the_twin(result, twin)
