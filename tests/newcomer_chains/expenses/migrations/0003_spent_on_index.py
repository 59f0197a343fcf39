"""An index for the monthly report, which reads expenses by date."""


def upgrade(conn):
    conn.execute("CREATE INDEX IF NOT EXISTS expenses_spent_on ON expenses(spent_on)")


def downgrade(conn):
    conn.execute("DROP INDEX expenses_spent_on")
