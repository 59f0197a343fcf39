"""A round trip over an up that drops a table or a required column on purpose.

Vaultwarden's ``sso_nonce_to_auth`` drops a table of short-lived login state
(``DropTable``) whose down makes it again, empty: up then down then expects the table
empty, while a down that fills it again is held to every row and one that loses rows of
another table still fails. Its ``add_favorites_table`` drops ``ciphers.favorite``, ``NOT NULL`` without a
DEFAULT (``DropColumn``); the down makes it again and fills it from the new table
(declared as a ``Recompute`` in ``DOWNGRADE_CHANGES``): the harness once crashed setting
the dropped column to NULL. A small notes chain of its own (not EDI's, not Vaultwarden's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix

NOTES = '''"""Notes, each pinned or not, and login nonces (rows drawn from the schema)."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL, pinned BOOLEAN NOT NULL)"
    )
    conn.execute("CREATE TABLE nonces (state TEXT PRIMARY KEY, nonce TEXT NOT NULL)")

'''
NONCES = '''"""The nonces give way to a table of login state."""

from edi_migrations.changes import DropTable

CHANGES = (DropTable("nonces"),)


def upgrade(conn):
    conn.execute("DROP TABLE nonces")
    conn.execute("CREATE TABLE auth (state TEXT PRIMARY KEY, nonce TEXT NOT NULL)")


def downgrade(conn):
    conn.execute("DROP TABLE auth")
    conn.execute("CREATE TABLE nonces (state TEXT PRIMARY KEY, nonce TEXT NOT NULL)"){more}
'''
# A down that fills the dropped table again is held to every row: this one, copying back
# from where the up moved them, forgets half (a control giving all back is Authelia's V0012).
MOVED_HALF_BACK = '''"""The nonces move into a table of login state."""

from edi_migrations.changes import DropTable

CHANGES = (DropTable("nonces"),)


def upgrade(conn):
    conn.execute("CREATE TABLE auth (state TEXT PRIMARY KEY, nonce TEXT NOT NULL)")
    conn.execute("INSERT INTO auth SELECT * FROM nonces")
    conn.execute("DROP TABLE nonces")


def downgrade(conn):
    conn.execute("CREATE TABLE nonces (state TEXT PRIMARY KEY, nonce TEXT NOT NULL)")
    conn.execute("INSERT INTO nonces SELECT * FROM auth WHERE rowid % 2 = 0")
    conn.execute("DROP TABLE auth")
'''
PINS = '''"""The pinned flag moves into a table of pins."""

from edi_migrations.changes import DropColumn, Recompute

CHANGES = (DropColumn("notes", "pinned"),)
DOWNGRADE_CHANGES = (
    Recompute("notes", "pinned", expression="EXISTS (SELECT 1 FROM pins WHERE note = notes.id)"),
)


def upgrade(conn):
    conn.execute("CREATE TABLE pins (note INTEGER PRIMARY KEY)")
    conn.execute("INSERT INTO pins SELECT id FROM notes WHERE pinned = 1")
    conn.execute("ALTER TABLE notes DROP COLUMN pinned")


def downgrade(conn):
    conn.execute(
        "CREATE TABLE new_notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL, pinned BOOLEAN NOT NULL)"
    )
    conn.execute(
        "INSERT INTO new_notes SELECT id, body, {written} FROM notes"
    )
    conn.execute("DROP TABLE notes")
    conn.execute("ALTER TABLE new_notes RENAME TO notes")
    conn.execute("DROP TABLE pins")
'''
WRITTEN = "id IN (SELECT note FROM pins)"
# The broken twins: a down that also loses notes; a down that pins every note, not what
# it declares.
LOSES_NOTES = '\n    conn.execute("DELETE FROM notes WHERE id % 2 = 0")'
PINS_ALL = "1"


def make_chain(folder: Path, second: str) -> Path:
    folder.mkdir()
    (folder / "0001_notes.py").write_text(NOTES.format(), encoding="utf-8")
    (folder / "0002_change.py").write_text(second, encoding="utf-8")
    return folder


def up_then_down(pytester: pytest.Pytester, second: str):
    chain = make_chain(pytester.path / "migrations", second)
    return run_matrix(
        pytester, chain, "-k", "test_round_trip", "--upgrade-path", "v1->v2", "-p", "no:randomly"
    )


def test_a_table_the_up_declares_dropped_comes_back_empty(pytester):
    result = up_then_down(pytester, NONCES.format(more=""))
    result.assert_outcomes(passed=1)


def test_a_down_losing_rows_of_another_table_still_fails(pytester):
    result = up_then_down(pytester, NONCES.format(more=LOSES_NOTES))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*round trip up->down*", "*table notes:*row(s) gone*"])
    assert not any("nonces" in line and "gone" in line for line in result.stdout.lines)


def test_a_down_filling_the_dropped_table_again_is_held_to_every_row(pytester):
    result = up_then_down(pytester, MOVED_HALF_BACK)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*round trip up->down*", "*table nonces:*row(s) gone*"])


def test_a_required_column_dropped_without_default_is_what_the_down_declares(pytester):
    result = up_then_down(pytester, PINS.format(written=WRITTEN))
    result.assert_outcomes(passed=1)


def test_a_down_writing_other_values_than_it_declares_fails_without_a_crash(pytester):
    result = up_then_down(pytester, PINS.format(written=PINS_ALL))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*round trip up->down*", "*changed in column pinned*"])
    result.stdout.no_fnmatch_line("*IntegrityError*")
