"""A project whose ``connect`` turns WAL on (``PRAGMA journal_mode = WAL``, the commonest
line of an app's connect) has its migrations tested through that connect: the matrix runs
green on a sound chain, cold and warm, in one process and under xdist; a migration losing
rows or escaping its transaction still fails, naming what it broke; ``edi-migrate upgrade``
leaves the file in WAL and upgraded. A connect that writes anything else still stops the
run in one line. The chain is the collating app's (not the project's own)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import tests.collating_app as collating_app
from edi_migrations import init
from edi_migrations.integrity.gate import says_wal
from tests.collating_app import write_chain
from tests.harness_projects import INNER, add_migration
from tests.support import run_cli

WAL_LINE = '    conn.execute("PRAGMA journal_mode = WAL")\n    conn.create_collation('
TABLE_LINE = (
    '    conn.execute("CREATE TABLE IF NOT EXISTS app_log (at TEXT)")\n    conn.create_collation('
)

DUE_DATES = """
def upgrade(conn):
    conn.execute("ALTER TABLE cards ADD COLUMN due INT NOT NULL DEFAULT 0")
    conn.execute("CREATE INDEX ix_decks_name ON decks (name COLLATE unicase)")
"""

LOSING_CARDS = """
def upgrade(conn):
    conn.execute("ALTER TABLE cards ADD COLUMN ease INT NOT NULL DEFAULT 250")
    conn.execute("DELETE FROM cards WHERE id % 2 = 0")
"""

ESCAPES_THE_TRANSACTION = """
def upgrade(conn):
    conn.execute("ALTER TABLE cards ADD COLUMN ease INT NOT NULL DEFAULT 250")
    conn.set_authorizer(None)
    conn.execute("COMMIT")
    conn.execute("BEGIN")
    conn.execute("UPDATE cards SET name = upper(name)")
"""


ARCHIVE_DECK = """
from edi_migrations.changes import AddRows

CHANGES = (AddRows("decks"),)


def upgrade(conn):
    conn.execute("INSERT INTO decks (name) VALUES ('Archive')")
"""


def app_module(folder: Path, line: str = WAL_LINE) -> None:
    """The collating app as ``appdb.py`` in ``folder``, its connect running ``line`` first."""
    source = Path(collating_app.__file__).read_text()
    marker = "    conn.create_collation("
    head, tail = source.split(marker, 1)  # the first: ``connect``'s own
    (folder / "appdb.py").write_text(head + line + tail)


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    """The app's chain and module, the ``connect`` setting naming its WAL-turning connect."""
    app_module(pytester.path)
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "appdb:connect"\n')
    folder = write_chain(pytester.path / "migrations")
    add_migration(folder, "due_dates", DUE_DATES)
    return folder


def run(pytester: pytest.Pytester, folder: Path, *args: str) -> pytest.RunResult:
    """The matrix on ``folder`` in a subprocess (the factory is the process's), with a
    cache of this project's own: its first run is cold, the next warm."""
    argv = ("-o", f"cache_dir={pytester.path / '.cache'}", "--edi-seed", str(INNER[0].seed))
    argv += ("--migrations-dir", str(folder), "--matrix-sessions", "25", *args)
    return pytester.runpytest_subprocess(*argv, timeout=300)


def assert_green(result: pytest.RunResult) -> None:
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) > 0, result.stdout.str()
    assert not outcomes.get("failed") and not outcomes.get("errors"), result.stdout.str()


@pytest.mark.parametrize("workers", ["0", "2"])
def test_the_default_matrix_passes_cold_and_warm(pytester, chain, workers):
    for _ in ("cold", "warm"):
        assert_green(run(pytester, chain, "-n", workers, "-k", "not test_schema_snapshot"))
    kept = list((pytester.path / ".cache").rglob("template.db"))
    assert kept and all(says_wal(t.read_bytes()[:100]) for t in kept)  # the app's mode


def test_a_migration_losing_rows_fails_naming_them(pytester, chain):
    add_migration(chain, "losing_cards", LOSING_CARDS)
    result = run(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v3->v4")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant*data kept*", "*cards rowid*row lost*"])
    assert "changed since its digest was taken" not in result.stdout.str()


def test_a_migration_escaping_its_transaction_fails_the_atomicity_check(pytester, chain):
    add_migration(chain, "escapes", ESCAPES_THE_TRANSACTION)
    result = run(pytester, chain, "-k", "test_failed_migration", "--upgrade-path", "v3->v4")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v3->v4 broke invariant 'atomicity'*",
            "*database changed although the migration raised*",
        ]
    )


def test_a_migration_changing_the_file_when_run_again_fails_the_rerun_check(pytester, chain):
    add_migration(chain, "archive_deck", ARCHIVE_DECK)
    required = ("-o", "edi_migrations_rerun_check=required")
    result = run(pytester, chain, *required, "-k", "test_rerun and m0004 and v4")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*0004_archive_deck re-run on v4 broke invariant 'idempotent'*"])


def test_a_connect_creating_a_table_still_stops_the_run_in_one_line(pytester, chain):
    app_module(pytester.path, TABLE_LINE)
    result = run(pytester, chain, "-p", "no:xdist", "-k", "test_upgrade_path")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stdout.fnmatch_lines(
        [
            "*the app's connect appdb:connect writes to the database it opens*"
            "it creates app_log*no check was run*"
        ]
    )
    assert "Traceback" not in result.stdout.str()


# auto_vacuum (before WAL) or user_version leaves no table: the stop names a setting the
# file keeps, not "a table it creates, a row it writes" (red team 12)
SETTING_LINE = (
    '    conn.execute("PRAGMA user_version = 7")\n'
    '    conn.execute("PRAGMA journal_mode = WAL")\n    conn.create_collation('
)


def test_a_connect_writing_a_setting_of_the_file_is_named_so(pytester, chain):
    app_module(pytester.path, SETTING_LINE)
    result = run(pytester, chain, "-p", "no:xdist", "-k", "test_upgrade_path")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stdout.fnmatch_lines(
        [
            "*appdb:connect writes to the database it opens*a setting the file keeps "
            "(a PRAGMA such as auto_vacuum, user_version or application_id)*no check was run*"
        ]
    )
    assert "a table it creates" not in result.stdout.str()


def test_the_cli_upgrade_leaves_the_file_in_wal_and_upgraded(tmp_path):
    app_module(tmp_path)
    write_chain(tmp_path / "migrations")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.edi-migrations]\nmigrations-dir = "migrations"\nconnect = "appdb:connect"\n'
    )
    chain = tmp_path / "migrations"
    init(tmp_path / "app.db", to=1, migrations_dir=chain, connect=collating_app.connect)
    done = run_cli("upgrade", "app.db", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "now at v2" in done.stdout
    assert (tmp_path / "app.db").read_bytes()[18:20] == b"\x02\x02"  # WAL, as the app left it
    conn = sqlite3.connect(tmp_path / "app.db")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT name FROM decks").fetchall() == [("Default Deck",)]
    finally:
        conn.close()


def test_a_read_only_open_through_that_connect_reads_a_rollback_file_unchanged(tmp_path):
    """The runner reads a file before it writes (status, the checks before an upgrade):
    through a connect turning WAL on, a read of a file still in rollback mode reads it."""
    from edi_migrations.sqlite.opener import connecting_with
    from edi_migrations.sqlite.read_only import read_only

    app_module(tmp_path)
    db = tmp_path / "app.db"
    init(
        db, to=2, migrations_dir=write_chain(tmp_path / "migrations"), connect=collating_app.connect
    )
    before = db.read_bytes()
    namespace: dict[str, object] = {}
    exec((tmp_path / "appdb.py").read_text(), namespace)
    with connecting_with(namespace["connect"]), read_only(db) as conn:  # type: ignore[arg-type]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT count(*) FROM decks").fetchone()[0] == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("INSERT INTO decks (name) VALUES ('x')")
    assert db.read_bytes() == before
