"""Accounts and expenses: the first schema of the app."""


def upgrade(conn):
    conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")
    conn.execute(
        "CREATE TABLE expenses (id INTEGER PRIMARY KEY, "
        "account_id INTEGER NOT NULL REFERENCES accounts(id), "
        "amount REAL NOT NULL, spent_on TEXT NOT NULL, note TEXT)"
    )


def downgrade(conn):
    conn.execute("DROP TABLE expenses")
    conn.execute("DROP TABLE accounts")
