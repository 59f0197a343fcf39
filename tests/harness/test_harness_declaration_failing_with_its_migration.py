"""A declared expression that fails on the rows its migration also fails on is not blamed.

Navidrome's ``add_artist_playlist_size`` declares its own ``sum(f.size)`` as the
Backfill: on drawn sizes near 2**63 SQLite's ``sum`` raises "integer overflow" in the
migration and in the declaration alike. On a path of two steps or more the harness reads
the declaration first (just before its migration, midpath) and reported "declared
changes are SQL ... an expression is SQL over each row", a message that cannot apply:
the SQL is right, the migration itself cannot run on those rows. It now reports the
migration's own failure ('upgrade completes'); a declaration failing where its migration
runs is still the declaration's fault. The chain is a notes app of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, run_matrix

NOTES = """
def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
"""

# an earlier step writing what the later declaration reads: read just before its migration
TRIMMED = """
from edi_migrations.changes import Recompute

CHANGES = (Recompute("notes", "body", expression="trim(body)"),)


def upgrade(conn):
    conn.execute("UPDATE notes SET body = trim(body)")
"""

# the migration and its declaration read body as JSON: both fail on a body that is not
FIELD_FROM_JSON = """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("notes", "field", expression="json_extract(body, '$.a')"),)


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN field TEXT")
    conn.execute("UPDATE notes SET field = json_extract(body, '$.a')")
"""

# the migration guards against a body that is not JSON; its declaration does not
FIELD_GUARDED = """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("notes", "field", expression="json_extract(body, '$.a')"),)


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN field TEXT")
    conn.execute(
        "UPDATE notes SET field = CASE WHEN json_valid(body) THEN json_extract(body, '$.a') END"
    )
"""

PATH = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v3", "--migrations-seed", "3")


def chain(pytester: pytest.Pytester, field: str) -> Path:
    folder = pytester.mkdir("migrations")
    add_migration(folder, "notes", NOTES)
    add_migration(folder, "trimmed", TRIMMED)
    add_migration(folder, "field", field)
    return folder


def test_a_migration_failing_where_its_declaration_fails_is_reported_as_its_own(pytester):
    result = run_matrix(pytester, chain(pytester, FIELD_FROM_JSON), *PATH)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant 'upgrade completes'*", "*malformed JSON*"])
    result.stdout.no_fnmatch_line("*declared changes are SQL*")


def test_a_declaration_failing_where_its_migration_runs_is_still_its_fault(pytester):
    result = run_matrix(pytester, chain(pytester, FIELD_GUARDED), *PATH)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*broke invariant 'declared changes are SQL'*", "*cannot run: malformed JSON*"]
    )
