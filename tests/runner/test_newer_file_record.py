"""What an older build trusts before it starts on a file one version newer.

``KEEPS_PREVIOUS_APP`` lets the build one version back start on the file its successor
upgraded (``test_newer_file_start.py``). Three holes its author left: a record that
outlived the step that wrote it (a runner from before the table downgraded the file and
applied another migration N), a claim whose migration removed what the older app has
(nothing looked at the schema), and a baselined file (which recorded nothing). Real
files, a notes chain that is not EDI's, two builds as two folders.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import baseline, downgrade, init, inspect, upgrade
from edi_migrations.errors import SchemaDrift, UnknownVersion
from edi_migrations.sqlite.dbapi import sqlite3
from tests.runner.test_newer_file_start import (
    CLAIMS,
    builds,
    recorded,
    refused_unchanged,
    upgraded_by_new,
)
from tests.support import run_cli

# -- 1. the record names the step that wrote it -------------------------------------------

OTHER = '''"""Another v3 (a column of its own), which makes no claim."""


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN shout TEXT")


def downgrade(conn):
    conn.execute("ALTER TABLE notes DROP COLUMN shout")
'''


def stale_record(tmp_path: Path) -> tuple[Path, Path]:
    """A file the claiming v3 reached, taken down and then up by another, non-claiming v3,
    its record left as a runner from before the table leaves it: (db, the old build)."""
    db, old, new = upgraded_by_new(tmp_path, CLAIMS)
    with closing(sqlite3.connect(db)) as conn:
        row = conn.execute("SELECT * FROM schema_compatibility WHERE version = 3").fetchone()
    downgrade(db, to=2, migrations_dir=new, backup=False)
    other = tmp_path / "other" / "migrations"
    other.mkdir(parents=True)
    for name in ("0001_notes.py", "0002_body.py"):
        (other / name).write_bytes((old / name).read_bytes())
    (other / "0003_other.py").write_text(OTHER, encoding="utf-8")
    upgrade(db, migrations_dir=other, backup=False)
    with closing(sqlite3.connect(db)) as conn, conn:  # the row such a runner never deleted
        marks = ", ".join("?" * len(row))
        conn.execute(f"INSERT OR REPLACE INTO schema_compatibility VALUES ({marks})", row)
    return db, old


def test_the_record_names_the_migration_that_wrote_it(tmp_path):
    db, _, new = upgraded_by_new(tmp_path, CLAIMS)
    with closing(sqlite3.connect(db)) as conn:
        written = conn.execute("SELECT checksum FROM schema_compatibility WHERE version = 3")
        log = conn.execute(
            "SELECT checksum FROM migration_log WHERE migration_name = '0003_tags'"
        ).fetchone()
        assert written.fetchone() == log


def test_a_record_another_migration_outlived_is_refused_saying_why(tmp_path):
    db, old = stale_record(tmp_path)
    message = refused_unchanged(db, UnknownVersion, lambda: upgrade(db, migrations_dir=old))
    assert str(db) in message and "'v3'" in message and "v0..v2" in message, message
    assert "0003_other" in message, message
    assert "was not written by 0003_other, its latest step to v3" in message, message


def test_the_same_migration_applied_again_keeps_its_record(tmp_path):
    db, old, new = upgraded_by_new(tmp_path, CLAIMS)
    downgrade(db, to=2, migrations_dir=new, backup=False)
    upgrade(db, migrations_dir=new, backup=False)
    assert upgrade(db, migrations_dir=old).newer_version == 3


def test_a_record_naming_no_step_is_refused(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, CLAIMS)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE schema_compatibility SET checksum = NULL")
    message = refused_unchanged(db, UnknownVersion, lambda: upgrade(db, migrations_dir=old))
    assert "names no step" in message, message


def test_an_old_build_process_is_refused_on_a_stale_record(tmp_path):
    db, old = stale_record(tmp_path)
    cli = run_cli("--migrations-dir", old, "upgrade", db)
    assert cli.returncode == 1, cli.stdout
    assert "was not written by 0003_other" in cli.stderr, cli.stderr
    assert "EDI" not in cli.stderr


# -- 2. what the older app has is still there ---------------------------------------------

DROPS_BODY = '''"""Says the v2 app keeps working, and drops the column it reads."""
KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    conn.execute("ALTER TABLE notes DROP COLUMN body")
'''
RETYPES_BODY = '''"""Says the v2 app keeps working, and makes its body a number."""
KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    conn.execute(
        "CREATE TABLE notes_new (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body INTEGER)"
    )
    conn.execute("INSERT INTO notes_new SELECT id, title, NULL FROM notes")
    conn.execute("DROP TABLE notes")
    conn.execute("ALTER TABLE notes_new RENAME TO notes")
'''
ADDS = '''"""Adds a table, an index and a column: the v2 app names none of them."""
KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, note_id INTEGER, tag TEXT)")
    conn.execute("CREATE INDEX tags_by_note ON tags (note_id)")
    conn.execute("ALTER TABLE notes ADD COLUMN pinned INTEGER")
'''


def claimed_by(tmp_path: Path, body: str) -> tuple[Path, Path]:
    """A file the new build upgraded with ``body`` as its v3: (db, the old build)."""
    db, old, new = upgraded_by_new(tmp_path, CLAIMS)
    downgrade(db, to=2, migrations_dir=new, backup=False)
    (new / "0003_tags.py").write_text(body, encoding="utf-8")
    upgrade(db, migrations_dir=new, backup=False)
    return db, old


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (DROPS_BODY, "column notes.body is missing"),
        (RETYPES_BODY, "column notes.body is INTEGER, the v2 app's is TEXT"),
    ],
    ids=["dropped", "retyped"],
)
def test_a_claim_that_removed_what_the_older_app_has_is_refused_naming_it(tmp_path, body, named):
    db, old = claimed_by(tmp_path, body)
    message = refused_unchanged(db, SchemaDrift, lambda: upgrade(db, migrations_dir=old))
    assert str(db) in message and "v3" in message and "v2" in message, message
    assert named in message, message
    assert "0003_tags says v2 apps keep working" in message, message


def test_additions_the_older_app_never_names_start(tmp_path):
    db, old = claimed_by(tmp_path, ADDS)
    assert upgrade(db, migrations_dir=old).newer_version == 3


def test_allow_drift_starts_on_it_and_status_names_what_is_missing(tmp_path):
    db, old = claimed_by(tmp_path, DROPS_BODY)
    assert "column notes.body is missing" in inspect(db, old).drift
    assert upgrade(db, migrations_dir=old, allow_drift=True).newer_version == 3


def test_an_old_build_process_is_refused_naming_the_missing_column(tmp_path):
    db, old = claimed_by(tmp_path, DROPS_BODY)
    cli = run_cli("--migrations-dir", old, "upgrade", db)
    assert cli.returncode == 1, cli.stdout
    assert "column notes.body is missing" in cli.stderr, cli.stderr
    assert "EDI" not in cli.stderr


# -- 3. baseline records what its migrations say ------------------------------------------


def baselined(tmp_path: Path, claim: str) -> tuple[Path, Path]:
    """A file with the new build's v3 schema and no runner tables, baselined at v3."""
    old, new = builds(tmp_path, claim)
    db = tmp_path / "app.db"
    init(db, migrations_dir=new)
    with closing(sqlite3.connect(db)) as conn, conn:
        for table in ("schema_version", "migration_log", "schema_compatibility"):
            conn.execute(f"DROP TABLE {table}")
    baseline(db, 3, migrations_dir=new)
    return db, old


def test_baseline_records_what_each_migration_says(tmp_path):
    db, old = baselined(tmp_path, CLAIMS)
    assert recorded(db) == [(1, 1), (2, 2), (3, 2)]
    assert upgrade(db, migrations_dir=old).newer_version == 3


def test_a_baselined_file_whose_migration_does_not_claim_it_stays_refused(tmp_path):
    db, old = baselined(tmp_path, "")
    message = refused_unchanged(db, UnknownVersion, lambda: upgrade(db, migrations_dir=old))
    assert "0003_tags does not say v2 apps keep working" in message, message
