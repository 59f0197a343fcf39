"""Tags on expenses, many to many."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE IF NOT EXISTS tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"
    )
    conn.execute(
        "CREATE TABLE IF NOT EXISTS expense_tags ("
        "expense_id INTEGER NOT NULL REFERENCES expenses(id) ON DELETE CASCADE, "
        "tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE, "
        "PRIMARY KEY (expense_id, tag_id)) WITHOUT ROWID"
    )


def downgrade(conn):
    conn.execute("DROP TABLE expense_tags")
    conn.execute("DROP TABLE tags")
