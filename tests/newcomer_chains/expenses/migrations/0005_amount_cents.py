"""Amounts in integer cents, so that sums are exact."""

from edi_migrations.changes import Backfill, DropColumn

CHANGES = (Backfill("expenses", "amount_cents", expression="CAST(round(amount * 100) AS INTEGER)"),)
DOWNGRADE_CHANGES = (DropColumn("expenses", "amount_cents"),)


def upgrade(conn):
    cols = [r[1] for r in conn.execute("PRAGMA table_info(expenses)")]
    if "amount_cents" not in cols:
        conn.execute("ALTER TABLE expenses ADD COLUMN amount_cents INTEGER")
    conn.execute(
        "UPDATE expenses SET amount_cents = CAST(round(amount * 100) AS INTEGER) "
        "WHERE amount_cents IS NULL"
    )


def downgrade(conn):
    conn.execute("ALTER TABLE expenses DROP COLUMN amount_cents")
