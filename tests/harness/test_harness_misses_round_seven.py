"""Round seven of the red team, on what a warm run reuses (a chain of its own, not EDI's):
each broken twin, an edited last migration that should fail, beside its sound control.

Found: a kept jump prefix (harness/jump_prefix.py) is a byte copy taken between two steps
of one runner call, so a jump restarted from it has lost what the migrations before left
in the connection: a TEMP table, a PRAGMA. The first start's jump runs whole and was
to catch a migration that breaks only after the one before it in one call; it does not
where the break needs rows only a later start holds (the first start's table is empty),
nor where ``--upgrade-path`` leaves the first start out. A cold run of the same command
fails both. Now a prefix is kept only where the call's connection holds nothing a fresh
one would not (harness/connection_leftovers.py). Found too: a helper module beside the
migrations, or in the project's own package, was in no key of the kept prefixes,
stepped templates, fresh installs and start templates (now it is): a warm run passed a helper's edit that
lost rows, and failed a sound one against the old helper's fresh install."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.harness_projects import add_migration, first_migration
from tests.shared_runs import SharedRuns

NOTES = '''"""Notes."""


def upgrade(conn):
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
'''
TAGS = '''
def upgrade(conn):
    conn.executescript("""
        CREATE TABLE tag (id INTEGER PRIMARY KEY, note_id INTEGER, name TEXT);
        CREATE VIEW tag_names AS SELECT tag.name, note.body FROM tag JOIN note ON note.id = tag.note_id;
    """)
'''
# the v1 start upgraded through 0002 holds no tag: TEMP ``tagged`` is empty there
LEAVES_A_TEMP_TABLE = """
def upgrade(conn):
    conn.execute("CREATE INDEX ix_tag_note ON tag (note_id)")
    conn.execute(
        "CREATE TEMP TABLE tagged AS SELECT id AS x FROM note WHERE EXISTS (SELECT 1 FROM tag)"
    )
"""
LEAVES_CASE_SENSITIVE_LIKE = """
def upgrade(conn):
    conn.execute("CREATE INDEX ix_tag_note ON tag (note_id)")
    conn.execute("PRAGMA case_sensitive_like = ON")  # left on for the rest of the call
"""
LAST = """
def upgrade(conn):
    conn.execute("CREATE INDEX ix_tag_name ON tag (name)")
"""
EDITED = {
    "sound": """
def upgrade(conn):
    conn.execute("CREATE INDEX ix_tag_name ON tag (name)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS tagged (x)")
    conn.execute("SELECT count(*) FROM tagged").fetchone()  # reads it, changes nothing
""",
    "broken": """
def upgrade(conn):
    conn.execute("CREATE INDEX ix_tag_name ON tag (name)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS tagged (x)")
    # alone scratch is empty; after 0003 in one call it holds every note of a tagged start
    conn.execute("DELETE FROM note WHERE id IN (SELECT x FROM tagged)")
""",
}
# LIKE ignoring ASCII case, every body matches its upper case: nothing goes
LIKED = {
    "sound": """
def upgrade(conn):
    conn.execute("CREATE INDEX ix_tag_name ON tag (name)")
    conn.execute("PRAGMA case_sensitive_like = OFF")
    conn.execute("DELETE FROM note WHERE body NOT LIKE upper(body)")
""",
    "broken": """
def upgrade(conn):
    conn.execute("CREATE INDEX ix_tag_name ON tag (name)")
    # with 0003's case-sensitive LIKE still on, a body with a small letter goes
    conn.execute("DELETE FROM note WHERE body NOT LIKE upper(body)")
""",
}


def make_chain(pytester: pytest.Pytester, third: str) -> Path:
    folder = first_migration(pytester, NOTES, name="notes")
    add_migration(folder, "tags", TAGS)
    add_migration(folder, "third", third)
    add_migration(folder, "last", LAST)
    return folder


def run(pytester: pytest.Pytester, folder: Path, *args: str) -> pytest.RunResult:
    """A run on the project's own cache (a warm run reads what the cold one kept)."""
    return pytester.runpytest_inprocess(
        "--migrations-dir",
        str(folder),
        "--matrix-sessions",
        "10",
        "--migrations-seed",
        "5",
        "-k",
        "test_upgrade_path",
        *args,
    )


def edit_last(folder: Path, body: str) -> None:
    last = next(folder.glob("0004_*.py"))
    last.write_text(f'"""Edited by a harness spec."""\n\n{body.strip()}\n', encoding="utf-8")


def warm_after_edit(
    pytester: pytest.Pytester, shared_runs: SharedRuns, third: str, last: str, paths: str = "*->v4"
) -> pytest.RunResult:
    """A cold run of every jump to head, passing; ``last`` edited; a warm run of ``paths``.
    The cold run is the same for both twins (nothing is edited before it): run once, each
    twin's project a copy of the project it left (tests/shared_runs.py)."""

    def cold_run() -> pytest.RunResult:
        return run(pytester, make_chain(pytester, third), "--upgrade-path", "*->v4")

    cold = shared_runs.run_once(f"in process, third: {third}", pytester.path, cold_run)
    assert cold.ret == 0, cold.stdout.str()
    folder = pytester.path / "migrations"
    edit_last(folder, last)
    return run(pytester, folder, "--upgrade-path", paths)


@pytest.mark.parametrize("twin", EDITED, ids=EDITED)
def test_rows_a_temp_table_left_holds_only_on_a_later_start_fail_a_warm_run(
    pytester, shared_runs, twin
):
    result = warm_after_edit(pytester, shared_runs, LEAVES_A_TEMP_TABLE, EDITED[twin])
    holds_for_the_twin(result, twin, "*upgrade path v2->v4 broke invariant 'data kept*")


@pytest.mark.parametrize("twin", LIKED, ids=LIKED)
def test_a_pragma_left_on_fails_a_warm_run_that_leaves_out_the_first_start(
    pytester, shared_runs, twin
):
    result = warm_after_edit(
        pytester, shared_runs, LEAVES_CASE_SENSITIVE_LIKE, LIKED[twin], "v2->v4"
    )
    holds_for_the_twin(result, twin, "*upgrade path v2->v4 broke invariant 'data kept*")


# A helper module beside the migrations (``_pick.py``, the runner's way to share code) is
# no migration: its bytes are in no migration's checksum. A kept jump prefix and a
# stepped template are keyed by the checksums up to their version, so after an edit of
# the helper a warm run restarted v2's jump and walk from copies the old helper had made.
USES_THE_HELPER = """
from _pick import DOOMED


def upgrade(conn):
    conn.execute("CREATE INDEX ix_tag_note ON tag (note_id)")
    conn.execute(f"DELETE FROM note WHERE id IN ({DOOMED})")
"""
PICKED = {
    "sound": 'DOOMED = "SELECT NULL WHERE 0"  # edited: still nothing\n',
    # the first start holds no tag: only a later start loses its notes
    "broken": 'DOOMED = "SELECT id FROM note WHERE EXISTS (SELECT 1 FROM tag)"\n',
}


def in_a_process(pytester: pytest.Pytester, folder: Path) -> pytest.RunResult:
    """Each run a process of its own, as a developer's are (a process keeps the
    migration modules it imported, with what they took from the helper then)."""
    return pytester.runpytest_subprocess(
        *("--migrations-dir", str(folder), "--matrix-sessions", "10"),
        *("--migrations-seed", "5", "-k", "test_upgrade_path", "--upgrade-path", "*->v4"),
        timeout=300,
    )


def edited_between_runs(
    runs: tuple[pytest.Pytester, SharedRuns],
    make: Callable[[], Path],
    module: str,
    texts: tuple[str, str],
    key: str = "",
) -> pytest.RunResult:
    """The project ``make`` makes, its ``module`` (a path in it) written with the first
    text, a cold run that passes, the module rewritten with the second, and the warm run
    after it (each run in a process). The cold run is the same for both twins of a spec
    (``make``'s name and ``key`` name it): run once, each twin's project a copy of the
    project it left, the module's bytecode and its stamps included (tests/shared_runs.py)."""
    pytester, shared_runs = runs

    def cold_run() -> pytest.RunResult:
        folder = make()
        (pytester.path / module).write_text(texts[0], encoding="utf-8")
        return in_a_process(pytester, folder)

    name = f"{make.__name__}{key}, {module}: {texts[0]}"
    cold = shared_runs.run_once(name, pytester.path, cold_run)
    assert cold.ret == 0, cold.stdout.str()
    (pytester.path / module).write_text(texts[1], encoding="utf-8")
    return in_a_process(pytester, pytester.path / "migrations")


def holds_for_the_twin(result: pytest.RunResult, twin: str, failure: str) -> None:
    """The sound twin's run passes; the broken twin's fails, saying ``failure``."""
    if twin == "sound":
        assert result.ret == 0, result.stdout.str()
        return
    assert result.ret != 0
    result.stdout.fnmatch_lines([failure])


@pytest.mark.parametrize("twin", PICKED, ids=PICKED)
def test_an_edited_helper_module_beside_the_migrations_fails_a_warm_run(
    pytester, shared_runs, twin
):
    def uses_the_helper() -> Path:
        return make_chain(pytester, USES_THE_HELPER)

    texts = ('DOOMED = "SELECT NULL WHERE 0"\n', PICKED[twin])
    result = edited_between_runs(
        (pytester, shared_runs), uses_the_helper, "migrations/_pick.py", texts
    )
    holds_for_the_twin(result, twin, "*upgrade path v2->v4 broke invariant 'data kept*")


# The same helper in a package of the project's own (``shop/rules.py`` under the rootdir),
# which a migration imports as the app's code: no migration's checksum holds it either.
FROM_THE_PACKAGE = USES_THE_HELPER.replace("from _pick import", "from shop.rules import")


@pytest.mark.parametrize("twin", PICKED, ids=PICKED)
def test_an_edited_project_module_a_migration_imports_fails_a_warm_run(
    pytester, shared_runs, twin
):
    def imports_from_the_package() -> Path:
        folder = make_chain(pytester, FROM_THE_PACKAGE)
        package = pytester.path / "shop"
        package.mkdir()
        (package / "__init__.py").write_text("", encoding="utf-8")
        return folder

    texts = ('DOOMED = "SELECT NULL WHERE 0"\n', PICKED[twin])
    result = edited_between_runs(
        (pytester, shared_runs), imports_from_the_package, "shop/rules.py", texts
    )
    holds_for_the_twin(result, twin, "*upgrade path v2->v4 broke invariant 'data kept*")


# The migrations' fresh installs are kept too, keyed by the checksums: after a sound edit of
# the helper the last migration reads, the fresh install at head was the old helper's, and a
# jump converging on the new one's schema failed a warm run (a false alarm).
INDEXES_FROM_THE_HELPER = """
from _pick import DOOMED, INDEXED


def upgrade(conn):
    conn.execute(f"CREATE INDEX ix_tag_last ON tag ({INDEXED})")
    conn.execute(f"DELETE FROM note WHERE id IN ({DOOMED})")
"""
REINDEXED = {
    "sound": 'DOOMED = "SELECT NULL WHERE 0"\nINDEXED = "note_id"  # edited\n',
    # not the cold text's size: Python reuses a module's bytecode while its source keeps
    # its size and the second of its mtime, whatever the harness keys (a run under a
    # second passed the old helper's code: seed-free, one CI run in many)
    "broken": 'DOOMED = "SELECT id FROM note"\nINDEXED = "name"  # every note\n',
}


@pytest.mark.parametrize("twin", REINDEXED, ids=REINDEXED)
def test_a_sound_edit_of_the_helper_the_last_migration_reads_passes_a_warm_run(
    pytester, shared_runs, twin
):
    def last_reads_the_helper() -> Path:
        folder = make_chain(pytester, LAST.replace("ix_tag_name", "ix_tag_first"))
        edit_last(folder, INDEXES_FROM_THE_HELPER)
        return folder

    cold_text = 'DOOMED = "SELECT NULL WHERE 0"\nINDEXED = "name"\n'
    result = edited_between_runs(
        (pytester, shared_runs), last_reads_the_helper, "migrations/_pick.py",
        (cold_text, REINDEXED[twin]),
    )
    holds_for_the_twin(result, twin, "*upgrade path v1->v4 broke invariant 'data kept*")


# The start templates are kept too: a helper that an early migration builds its table
# from, edited, left the later starts in the old helper's shape beside a fresh install in
# the new one's (a false alarm), where a cold run built both anew.
TAGS_FROM_THE_HELPER = """
from _pick import TAG_COLUMNS


def upgrade(conn):
    conn.execute(f"CREATE TABLE tag (id INTEGER PRIMARY KEY, note_id INTEGER, {TAG_COLUMNS})")
"""
RESHAPED = {
    "sound": 'TAG_COLUMNS = "name TEXT, color TEXT"\n',
    "broken": 'TAG_COLUMNS = "label TEXT"\n',
}


@pytest.mark.parametrize("twin", RESHAPED, ids=RESHAPED)
def test_a_sound_edit_of_the_helper_an_early_migration_reads_passes_a_warm_run(
    pytester, shared_runs, twin
):
    def tags_from_the_helper() -> Path:
        folder = first_migration(pytester, NOTES, name="notes")
        add_migration(folder, "tags", TAGS_FROM_THE_HELPER)
        add_migration(folder, "third", LAST.replace("ix_tag_name", "ix_tag_first"))
        add_migration(folder, "last", LAST)
        return folder

    texts = ('TAG_COLUMNS = "name TEXT"\n', RESHAPED[twin])
    result = edited_between_runs(
        (pytester, shared_runs), tags_from_the_helper, "migrations/_pick.py", texts
    )
    # the broken twin: 0003 indexes a column the new helper no longer makes
    holds_for_the_twin(result, twin, "*no such column: name*")
