"""A value changed past its preview shows where it changed and both lengths.

The evidence of a changed TEXT or BLOB shows its first characters. A migration that cuts
text at 100 characters leaves the first 60 as they were, so before and after used to
read alike (the same 60 characters twice). When the previews are equal the evidence
says each value's length, where the values part, and that the shorter one is the longer
one cut. A small journal chain of its own (not EDI's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix

ENTRIES = '''"""Journal entries, written at any length."""


def upgrade(conn):
    conn.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, body TEXT, photo BLOB)")
'''
CUT_BODY = '''"""Entries limited to 100 characters (wrongly: it cuts the old ones)."""


def upgrade(conn):
    conn.execute("UPDATE entries SET body = substr(body, 1, 100) WHERE length(body) > 100")
'''
CHANGED_TAIL = '''"""The photo's last byte overwritten (wrongly)."""


def upgrade(conn):
    found = conn.execute(
        "SELECT id, photo FROM entries WHERE typeof(photo) = 'blob' AND length(photo) > 100"
    ).fetchall()
    for key, photo in found:
        conn.execute("UPDATE entries SET photo = ? WHERE id = ?", (photo[:-1] + b"\\x00", key))
'''
INDEXED = '''"""Entries found by their text (harmless)."""


def upgrade(conn):
    conn.execute("CREATE INDEX idx_entries_body ON entries(body)")
'''


def make_chain(folder: Path, second: str) -> Path:
    folder.mkdir()
    (folder / "0001_entries.py").write_text(ENTRIES, encoding="utf-8")
    (folder / "0002_change.py").write_text(second, encoding="utf-8")
    return folder


def run_the_step(pytester: pytest.Pytester, second: str):
    chain = make_chain(pytester.path / "migrations", second)
    return run_matrix(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


CHANGED = {
    "text-cut-at-100": (
        CUT_BODY,
        "*entries.body rowid *: before text of 16384 chars 'storm clouds*, "
        "after text of 100 chars (cut at 100) "
        "(expected text of 16384 chars 'storm clouds*: unchanged)*",
    ),
    "last-byte-changed": (
        CHANGED_TAIL,
        "*entries.photo rowid *: before blob of 256 bytes, from byte 256: b'\\xff'*, "
        "after blob of 256 bytes, from byte 256: b'\\x00'*",
    ),
}


@pytest.mark.parametrize("second, evidence", CHANGED.values(), ids=CHANGED.keys())
def test_a_change_past_the_preview_shows_both_lengths_and_where_they_part(
    pytester, second, evidence
):
    result = run_the_step(pytester, second)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([evidence])


def test_a_harmless_second_migration_passes(pytester):
    run_the_step(pytester, INDEXED).assert_outcomes(passed=1)
