"""Declarations compose along a path: a rename declared later carries every earlier
declaration under the new names, on a chain that is not EDI's.

A chat archive's log: its ids are backfilled (0002), its text chat ids become INTEGER
through an expression (0003), a column is dropped (0004), then the table and a column
are renamed (0005), a size is backfilled under the new names (0006) and the column is
renamed once more (0007). Every path spanning those migrations must see each earlier
declaration under the names the path ends with, in one jump and stepwise; a declaration
written after a rename already uses the new name and is not renamed again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.renamed_chain import write_renamed_chain
from tests.harness_projects import run_matrix

CHAIN = {
    "0001_log": '''
def upgrade(conn):
    conn.execute("CREATE TABLE log (chat_id TEXT, provider TEXT, body TEXT)")


def app_writes(conn, ctx):
    """The app stored chat ids as text: numeric, empty, padded, words."""
    if ctx.version < 3:
        conn.executemany(
            "INSERT INTO log (chat_id, provider, body) VALUES (?, ?, ?)",
            [("1", "a", "hi"), ("", "b", "x"), ("42", None, "yo"), (" 7", "c", ""),
             ("abc", "d", "zz"), ("1e3", "e", "w")],
        )
''',
    "0002_log_id": """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("log", "id", expression="rowid"),)


def upgrade(conn):
    conn.execute("ALTER TABLE log ADD COLUMN id INTEGER")
    conn.execute("UPDATE log SET id = rowid")
""",
    "0003_chat_id_integer": """
from edi_migrations.changes import ChangeType

CHANGES = (ChangeType("log", "chat_id", to="INTEGER", expression="NULLIF(chat_id, '')"),)


def upgrade(conn):
    conn.execute("CREATE TABLE log_new (chat_id INTEGER, provider TEXT, body TEXT, id INTEGER)")
    conn.execute(
        "INSERT INTO log_new (rowid, chat_id, provider, body, id) "
        "SELECT rowid, NULLIF(chat_id, ''), provider, body, id FROM log"
    )
    conn.execute("DROP TABLE log")
    conn.execute("ALTER TABLE log_new RENAME TO log")
""",
    "0004_drop_provider": """
from edi_migrations.changes import DropColumn

CHANGES = (DropColumn("log", "provider"),)


def upgrade(conn):
    conn.execute("ALTER TABLE log DROP COLUMN provider")
""",
    "0005_rename_log": """
from edi_migrations.changes import RenameColumn, RenameTable

CHANGES = (RenameTable("log", "logs"), RenameColumn("logs", "body", "text"))


def upgrade(conn):
    conn.execute("ALTER TABLE log RENAME TO logs")
    conn.execute("ALTER TABLE logs RENAME COLUMN body TO text")
""",
    "0006_size": """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("logs", "size", expression="length(text)"),)


def upgrade(conn):
    conn.execute("ALTER TABLE logs ADD COLUMN size INTEGER")
    conn.execute("UPDATE logs SET size = length(text)")
""",
    "0007_message": """
from edi_migrations.changes import RenameColumn

CHANGES = (RenameColumn("logs", "text", "message"),)


def upgrade(conn):
    conn.execute("ALTER TABLE logs RENAME COLUMN text TO message")
""",
}

UPGRADE_PATHS = ("-k", "test_upgrade_path")


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    """The chat archive's chain in a project with no conftest: rows from the schema and
    its own app_writes, nothing of EDI."""
    folder = pytester.path / "migrations"
    folder.mkdir()
    for name, body in CHAIN.items():
        doc = f'"""The chat archive, {name[5:].replace("_", " ")}."""\n'
        (folder / f"{name}.py").write_text(doc + body, encoding="utf-8")
    return folder


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / f"{name}.py"
    assert old in path.read_text(), f"{old!r} not in {path.name}"
    path.write_text(path.read_text().replace(old, new), encoding="utf-8")


def test_every_path_sees_earlier_declarations_under_the_later_names(pytester, chain):
    result = run_matrix(pytester, chain, *UPGRADE_PATHS)
    outcomes = result.parseoutcomes()
    assert result.ret == 0, result.stdout.str()
    assert outcomes["passed"] >= 13  # from every version in one jump, stepwise from v1
    result.stdout.no_fnmatch_line("*not declared*")


def test_an_undeclared_drop_before_a_rename_fails_under_the_new_name(pytester, chain):
    edit(chain, "0004_drop_provider", 'CHANGES = (DropColumn("log", "provider"),)', "")
    result = run_matrix(pytester, chain, *UPGRADE_PATHS, "--upgrade-path", "v3->v7")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v3->v7 broke invariant 'data kept'*",
            "*column logs.provider dropped, not declared: declare it in CHANGES: "
            'DropColumn("logs", "provider")*',
        ]
    )


def test_a_backfill_computed_wrong_fails_under_the_new_name(pytester, chain):
    edit(chain, "0002_log_id", "SET id = rowid", "SET id = rowid + 1")
    result = run_matrix(pytester, chain, *UPGRADE_PATHS, "--upgrade-path", "v1->v7")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*logs.id rowid *: before (no column), after integer * (expected integer *: backfill rowid)"
        ]
    )


def test_a_type_change_expression_is_stored_with_the_new_affinity(pytester, chain):
    """NULLIF(chat_id, '') gives text '1'; an INTEGER column stores integer 1: expected."""
    result = run_matrix(pytester, chain, *UPGRADE_PATHS, "--upgrade-path", "v2->v3")
    result.assert_outcomes(passed=1)


def test_a_type_change_that_skips_its_expression_fails_naming_it(pytester, chain):
    edit(
        chain,
        "0003_chat_id_integer",
        "SELECT rowid, NULLIF(chat_id, ''),",
        "SELECT rowid, chat_id,",
    )
    result = run_matrix(pytester, chain, *UPGRADE_PATHS, "--upgrade-path", "v2->v3")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*log.chat_id rowid *: before text '', after text '' "
            "(expected null None: type change to INTEGER: NULLIF(chat_id, ''))*"
        ]
    )


def test_a_generated_chain_of_backfills_renamed_later_passes_every_path(pytester):
    """Each column backfilled from the one before it, renamed five migrations later, the
    table renamed at 7: every path from every version composes them (bench/renamed_chain)."""
    folder = write_renamed_chain(pytester.path / "migrations", 10)
    result = run_matrix(pytester, folder, *UPGRADE_PATHS)
    assert result.ret == 0, result.stdout.str()
    assert result.parseoutcomes()["passed"] >= 2 * 9  # one jump and stepwise from each
