"""Tags: a table of names and a WITHOUT ROWID join table to notes."""


def upgrade(conn):
    conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")
    conn.execute(
        "CREATE TABLE note_tags (note_id INT NOT NULL REFERENCES notes(id) ON DELETE CASCADE, "
        "tag_id INT NOT NULL REFERENCES tags(id), PRIMARY KEY (note_id, tag_id)) WITHOUT ROWID"
    )
