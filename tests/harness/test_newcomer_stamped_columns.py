"""A declared data fix on a table whose trigger stamps ``updated_at``: with
``MigrationTime`` declared on that existing column it holds whatever the migration's
triggers stamped (the replay's own stamp is another millisecond, and a migration may skip
rows already right), and the default matrix passes; without it the step fails naming the
column and the ``MigrationTime`` to paste. On a small chain not EDI's.
"""

from __future__ import annotations

from tests.newcomer_chains import passes_the_default_matrix, step_fails_showing, two_steps

CUSTOMERS = '''"""Customers, each row stamped by a trigger when its e-mail changes."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL COLLATE NOCASE, "
        "updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"
    )
    conn.execute(
        "CREATE TRIGGER customers_touch AFTER UPDATE OF email ON customers BEGIN "
        "UPDATE customers SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE id = NEW.id; END"
    )
'''
LOWER = """
def upgrade(conn):
    conn.execute(
        "UPDATE customers SET email = lower(email) WHERE email <> lower(email) COLLATE BINARY"
    )
"""
RECOMPUTE = 'Recompute("customers", "email", expression="lower(email)")'
STAMPED = f"""
from edi_migrations.changes import MigrationTime, Recompute

CHANGES = ({RECOMPUTE}, MigrationTime("customers", "updated_at"))
{LOWER}"""
UNSTAMPED = f"""
from edi_migrations.changes import Recompute

CHANGES = ({RECOMPUTE},)
{LOWER}"""

NO_RERUN = ("-o", "edi_migrations_rerun_check=false")


def test_a_stamp_declared_as_the_migration_time_passes_the_default_matrix(pytester):
    # not the re-run check: a data fix re-run lowers what the app wrote since, on purpose
    passes_the_default_matrix(pytester, two_steps(pytester, CUSTOMERS, STAMPED), *NO_RERUN)


def test_the_same_fix_undeclared_fails_naming_the_stamp_to_declare(pytester):
    lines = ["*customers.updated_at rowid *the app's triggers*MigrationTime(*customers*updated_at*"]
    step_fails_showing(pytester, two_steps(pytester, CUSTOMERS, UNSTAMPED), lines)
