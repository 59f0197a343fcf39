"""A declared data fix on a table whose trigger stamps ``updated_at``: with
``MigrationTime`` declared on that existing column it holds whatever the migration's
triggers stamped (the replay's own stamp is another millisecond, and a migration may skip
rows already right), and the default matrix passes; without it the step fails naming the
column and the ``MigrationTime`` to paste. On a small chain not EDI's.
"""

from __future__ import annotations

from tests.harness_projects import add_migration, first_migration, run_matrix

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


def chain(pytester, second: str):
    folder = first_migration(pytester, CUSTOMERS, name="customers")
    add_migration(folder, "lower_emails", second)
    return folder


def test_a_stamp_declared_as_the_migration_time_passes_the_default_matrix(pytester):
    # not the re-run check: a data fix re-run lowers what the app wrote since, on purpose
    result = run_matrix(pytester, chain(pytester, STAMPED), "--snapshot-update", *NO_RERUN)
    assert result.ret == 0, result.stdout.str()


def test_the_same_fix_undeclared_fails_naming_the_stamp_to_declare(pytester):
    result = run_matrix(
        pytester, chain(pytester, UNSTAMPED), "-k", "test_upgrade_path",
        "--upgrade-path", "v1->v2",
    )  # fmt: skip
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*customers.updated_at rowid *the app's triggers*MigrationTime(*customers*updated_at*"]
    )
