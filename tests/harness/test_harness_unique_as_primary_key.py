"""A UNIQUE made the table's PRIMARY KEY is kept, not removed.

Anki's schema 18 rebuilds ``graves`` keyed by ``PRIMARY KEY (oid, type)`` where a UNIQUE
over the same columns stood: the rows are held to the same uniqueness (more: a key over
fewer of the columns holds them too), yet ``constraints kept`` reported "unique on oid,
type removed". A rebuild that drops the UNIQUE and keys the table otherwise still fails.
A small chain of its own (not EDI's, not Anki's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix

TAGS = '''"""Tags put on notes, each tag once per note."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE note_tags (note_id INTEGER NOT NULL, tag TEXT NOT NULL, "
        "added TEXT, UNIQUE (note_id, tag))"
    )
'''
REKEYED = '''"""note_tags rebuilt{keyed}."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE note_tags_new (note_id INTEGER NOT NULL, tag TEXT NOT NULL, "
        "added TEXT{key}"
    )
    conn.execute("INSERT INTO note_tags_new SELECT note_id, tag, added FROM note_tags")
    conn.execute("DROP TABLE note_tags")
    conn.execute("ALTER TABLE note_tags_new RENAME TO note_tags")
'''


def make_chain(folder: Path, key: str) -> Path:
    """The rebuild keyed by ``key`` WITHOUT ROWID, or (no key) a plain table without it."""
    table = f", PRIMARY KEY ({key})) WITHOUT ROWID" if key else ")"
    keyed = f" keyed by {key}, WITHOUT ROWID" if key else " without its UNIQUE"
    migration = REKEYED.replace("{key}", table).replace("{keyed}", keyed)
    folder.mkdir()
    (folder / "0001_tags.py").write_text(TAGS, encoding="utf-8")
    (folder / "0002_rekeyed.py").write_text(migration, encoding="utf-8")
    return folder


def the_step(pytester: pytest.Pytester, key: str):
    chain = make_chain(pytester.path / "migrations", key)
    return run_matrix(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


@pytest.mark.parametrize("key", ["note_id, tag", "tag, note_id"])
def test_a_unique_made_the_primary_key_is_kept(pytester, key):
    the_step(pytester, key).assert_outcomes(passed=1)


def test_a_unique_dropped_with_no_key_in_its_place_fails(pytester):
    result = the_step(pytester, "")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*table note_tags: unique on note_id, tag removed*"])
