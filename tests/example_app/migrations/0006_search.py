"""Full-text search over titles and bodies (FTS5), filled from the notes at upgrade."""


def upgrade(conn):
    conn.execute("CREATE VIRTUAL TABLE note_search USING fts5(title, body)")
    conn.execute(
        "INSERT INTO note_search (rowid, title, body) "
        'SELECT n.id, b.title, n.body FROM notes n LEFT JOIN "note books" b ON b.id = n.book_id'
    )
