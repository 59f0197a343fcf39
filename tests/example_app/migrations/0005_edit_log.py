"""An edit log kept by a trigger: every change to a note's body is recorded."""


def upgrade(conn):
    conn.execute("CREATE TABLE edits (id INTEGER PRIMARY KEY, note_id INT NOT NULL, old_body TEXT)")
    conn.execute(
        "CREATE TRIGGER notes_edited AFTER UPDATE OF body ON notes "
        "BEGIN INSERT INTO edits (note_id, old_body) VALUES (OLD.id, OLD.body); END"
    )
