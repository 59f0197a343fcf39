"""Notebooks and their notes: the first schema of a small note-taking app (not EDI)."""


def upgrade(conn):
    conn.execute(
        'CREATE TABLE "note books" (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "order" INT)'
    )
    conn.execute(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        'book_id INT REFERENCES "note books"(id), body TEXT, "quote""d" TEXT, '
        "created TEXT NOT NULL DEFAULT '2024-01-01 00:00:00')"
    )
    conn.execute("CREATE INDEX idx_notes_book ON notes(book_id)")
