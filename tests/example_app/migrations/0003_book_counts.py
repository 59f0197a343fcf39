"""A view of each notebook with how many notes it holds, for the sidebar."""


def upgrade(conn):
    conn.execute(
        "CREATE VIEW book_counts AS SELECT b.id, b.title, count(n.id) AS notes "
        'FROM "note books" b LEFT JOIN notes n ON n.book_id = b.id GROUP BY b.id'
    )


def downgrade(conn):
    conn.execute("DROP VIEW book_counts")
