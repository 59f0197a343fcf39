"""Rows from the schema added to a table the app filled keep the app's values where it has them.

An app that fills a table but leaves a column NULL in every row gets that column filled
from the schema, and a few whole rows added besides. Those rows drew every column, the
app's JSON column too: words where the app only ever writes JSON, and a later migration
reading it with ``json_extract`` failed on them ("malformed JSON"), a false alarm
(Signal Desktop's port had to fill every column in its ``app_writes`` to dodge it). The
added rows now take the app's own values in the columns it filled (not keys, UNIQUE
columns or references); a migration that loses rows, or reads a key the app's JSON never
holds into a NOT NULL column, still fails. A contacts chain of its own (not EDI's).
"""

from __future__ import annotations

from tests.harness_projects import run_matrix
from tests.newcomer_chains import STEP, step_fails_showing, two_steps

CONTACTS = '''"""Contacts kept whole as JSON; a nickname column the app does not use yet."""

import json


def upgrade(conn):
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, json TEXT NOT NULL, nickname TEXT)")


def app_writes(conn, ctx):
    """Every contact's object in ``json``, always holding its name; ``nickname`` never set."""
    conn.executemany(
        "INSERT INTO contacts (json) VALUES (?)",
        [(json.dumps({"name": f"Person {n}", "phone": f"+44{n:08d}"}),) for n in range(ctx.rows)],
    )
'''

REBUILD = """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("contacts", "name", expression="READ"),)


def upgrade(conn):
    conn.execute(
        "CREATE TABLE contacts_new (id INTEGER PRIMARY KEY, json TEXT NOT NULL, "
        "nickname TEXT, name TEXT NOT NULL)"
    )
    conn.execute(
        "INSERT INTO contacts_new (id, json, nickname, name) "
        "SELECT id, json, nickname, READ FROM contacts WHERE"
    )
    conn.execute("DROP TABLE contacts")
    conn.execute("ALTER TABLE contacts_new RENAME TO contacts")
"""

NAME = "json_extract(json, '$.name')"
NAME_COPIED = REBUILD.replace("READ", NAME).replace(" WHERE", "")
ROWS_LOST = REBUILD.replace("READ", NAME).replace(" WHERE", " WHERE id % 2 = 0")
KEY_MISSING = REBUILD.replace("READ", "json_extract(json, '$.title')").replace(" WHERE", "")


def test_a_name_read_out_of_the_apps_json_passes(pytester):
    folder = two_steps(pytester, CONTACTS, NAME_COPIED)
    run_matrix(pytester, folder, *STEP).assert_outcomes(passed=1)


def test_a_rebuild_losing_rows_still_fails(pytester):
    lines = ["*broke invariant 'data kept'*", "*contacts rowid 1: row lost*"]
    step_fails_showing(pytester, two_steps(pytester, CONTACTS, ROWS_LOST), lines)


def test_a_key_the_apps_json_never_holds_still_fails(pytester):
    lines = [
        "*broke invariant 'upgrade completes'*",
        "*NOT NULL constraint failed: contacts_new.name*",
    ]
    step_fails_showing(pytester, two_steps(pytester, CONTACTS, KEY_MISSING), lines)
