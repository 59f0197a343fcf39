"""A migration that stamps the time it ran, or a random draw, into rows that already exist
declares which rows (``where=``, SQL over the row before the migration, read as a
``DeleteRows`` condition is) or which key of a JSON document (``json_path=``): only
those may change, to any value; every other row, and the rest of each document, is
compared as before. Zotero's step 94 stamps the items it takes out of My Publications;
Signal's v85 writes ``Date.now()`` into a key of each pre-key's JSON; Kanboard's
``version_29`` draws two of its settings at random.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

ITEMS = '''"""Items, each with when it was modified and a JSON document of its own."""

import json


def upgrade(conn):
    conn.execute(
        "CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT, modified TEXT, doc TEXT)"
    )


def app_writes(conn, ctx):
    rows = [
        (n, f"item {n}", "2020-01-01 00:00:00", json.dumps({"title": f"item {n}", "n": n}))
        for n in range(1, ctx.rows + 1)
    ]
    conn.executemany("INSERT INTO items VALUES (?, ?, ?, ?)", rows)
'''

NOTES = """
def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
"""

STAMP_SOME = """
from edi_migrations.changes import MigrationTime

CHANGES = ({declared})


def upgrade(conn):
    conn.execute("UPDATE items SET modified = CURRENT_TIMESTAMP WHERE {stamped}")
"""

SOME = 'MigrationTime("items", "modified", where="id % 2 = 0"),'

STAMP_KEY = """
from edi_migrations.changes import MigrationTime

CHANGES = (MigrationTime("items", "doc", json_path="$.stamped_at"),)


def upgrade(conn):
    conn.execute(
        "UPDATE items SET doc = json_set(doc, '$.stamped_at', "
        "CAST(strftime('%s', 'now') AS INTEGER) * 1000 + abs(random() % 1000){more})"
    )
"""

SETTINGS = """
import secrets

from edi_migrations.changes import RandomValue

CHANGES = (RandomValue("settings", "value", where="option = 'api_token'"),)


def upgrade(conn):
    conn.execute("CREATE TABLE settings (option TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO settings VALUES ('api_token', ?)", (secrets.token_hex(8),))
    conn.execute("INSERT INTO settings VALUES ('language', ?)", ({language},))
"""


def chain(pytester: pytest.Pytester, stamp: str) -> Path:
    """v1 items, v2 the stamp (``stamp``: the migration's body), v3 notes."""
    folder = first_migration(pytester, ITEMS, name="items")
    add_migration(folder, "stamp", stamp)
    add_migration(folder, "notes", NOTES)
    return folder


def run_paths(pytester: pytest.Pytester, folder: Path, *paths: str) -> pytest.RunResult:
    selected = [a for p in paths for a in ("--upgrade-path", p)]
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", *selected)


def test_a_time_stamped_on_the_rows_the_condition_selects_passes(pytester):
    folder = chain(pytester, STAMP_SOME.format(declared=SOME, stamped="id % 2 = 0"))
    run_paths(pytester, folder, "v1->v2", "v1->v3", "v1=>v3").assert_outcomes(passed=3)


def test_a_time_stamped_on_every_row_when_some_are_declared_fails(pytester):
    folder = chain(pytester, STAMP_SOME.format(declared=SOME, stamped="1"))
    result = run_paths(pytester, folder, "v1->v2")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*items.modified rowid *1: before text '2020-01-01 00:00:00'*"])
    result.stdout.no_fnmatch_line("*items.modified rowid *2: before*")


def test_a_time_stamped_on_existing_rows_without_a_condition_still_fails(pytester):
    declared = 'MigrationTime("items", "modified"),'
    folder = chain(pytester, STAMP_SOME.format(declared=declared, stamped="id % 2 = 0"))
    result = run_paths(pytester, folder, "v1->v2")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*items.modified rowid *2: before text '2020-01-01 00:00:00'*"])


def test_a_time_stamped_into_one_key_of_a_json_document_passes(pytester):
    folder = chain(pytester, STAMP_KEY.format(more=""))
    run_paths(pytester, folder, "v1->v2", "v1->v3", "v1=>v3").assert_outcomes(passed=3)


def test_another_key_of_the_document_changed_beside_the_stamp_fails(pytester):
    folder = chain(pytester, STAMP_KEY.format(more=", '$.title', 'renamed'"))
    result = run_paths(pytester, folder, "v1->v2")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            '*items.doc rowid *: JSON $.title changed*unchanged outside MigrationTime(*"$.stamped_at")*'
        ]
    )


def test_a_random_draw_in_the_rows_the_condition_selects_is_not_compared_across_runs(pytester):
    folder = chain(pytester, SETTINGS.format(language="'en_US'"))
    run_paths(pytester, folder, "v1->v3", "v1=>v3").assert_outcomes(passed=2)


def test_a_random_draw_in_a_row_the_condition_does_not_select_fails_across_runs(pytester):
    folder = chain(pytester, SETTINGS.format(language="secrets.token_hex(8)"))
    result = run_paths(pytester, folder, "v1->v3", "v1=>v3")
    assert result.parseoutcomes().get("failed", 0) >= 1
    result.stdout.fnmatch_lines(["*settings*"])


def test_a_time_stamped_on_existing_rows_undeclared_names_the_narrowed_declaration(pytester):
    folder = chain(pytester, STAMP_SOME.format(declared="", stamped="id % 2 = 0"))
    result = run_paths(pytester, folder, "v1->v2")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ['*items.modified rowid *2: *MigrationTime("items", "modified", where="...")*']
    )
