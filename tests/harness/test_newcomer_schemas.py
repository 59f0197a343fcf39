"""The plugin on schemas as apps and their tools write them, with only the README.

A JSON column (``CHECK (json_valid(payload))``, Django's JSONField, an expression index or
a view reading ``json_extract``) gets JSON objects holding the keys the schema reads: its
start databases are filled and the default matrix passes; a migration that strips a key
the view reads still fails, naming the column. Each on a small chain that is not EDI's.
"""

from __future__ import annotations

from pathlib import Path

from tests.harness_projects import add_migration, first_migration, run_matrix

EVENTS = '''"""Events with a JSON payload, checked as JSON; Django's JSONField beside it."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE events (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
        "payload TEXT NOT NULL CHECK (json_valid(payload)), "
        '"extra" text NULL CHECK ((JSON_VALID("extra") OR "extra" IS NULL)))'
    )
'''
READS = """
def upgrade(conn):
    conn.execute(
        "CREATE INDEX IF NOT EXISTS events_amount ON events (json_extract(payload, '$.amount'))"
    )
    conn.execute(
        "CREATE VIEW IF NOT EXISTS event_users AS SELECT id, payload ->> '$.user' AS user_name, "
        "json_extract(extra, '$.source') AS source FROM events"
    )
"""
STRIPS_A_KEY = (
    READS + """    conn.execute("UPDATE events SET payload = json_remove(payload, '$.user')")\n"""
)


def chain(pytester, second: str) -> Path:
    folder = first_migration(pytester, EVENTS, name="events")
    add_migration(folder, "payload_reads", second)
    return folder


def test_json_columns_are_filled_with_json_and_the_default_matrix_passes(pytester):
    result = run_matrix(pytester, chain(pytester, READS), "--snapshot-update")
    assert result.ret == 0, result.stdout.str()
    result.stdout.fnmatch_lines(["*v1  events * rows: id 100%, kind 100%, payload 100%*"])


def test_a_step_stripping_a_key_the_view_reads_fails_naming_it(pytester):
    result = run_matrix(
        pytester, chain(pytester, STRIPS_A_KEY), "-k", "test_upgrade_path",
        "--upgrade-path", "v1->v2",
    )  # fmt: skip
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant 'data kept'*", "*events*payload*"])
