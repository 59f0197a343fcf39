"""Accounts hold a currency; existing ones are in euros."""


def upgrade(conn):
    cols = [r[1] for r in conn.execute("PRAGMA table_info(accounts)")]
    if "currency" not in cols:
        conn.execute("ALTER TABLE accounts ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR'")


def downgrade(conn):
    conn.execute("ALTER TABLE accounts DROP COLUMN currency")
