"""Categories: each expense may belong to one."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE IF NOT EXISTS categories (id INTEGER PRIMARY KEY, label TEXT NOT NULL)"
    )
    cols = [r[1] for r in conn.execute("PRAGMA table_info(expenses)")]
    if "category_id" not in cols:
        conn.execute(
            "ALTER TABLE expenses ADD COLUMN category_id INTEGER REFERENCES categories(id)"
        )


def downgrade(conn):
    conn.execute("ALTER TABLE expenses DROP COLUMN category_id")
    conn.execute("DROP TABLE categories")
