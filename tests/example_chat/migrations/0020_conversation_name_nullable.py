"""A conversation's name is NULL until the app names it (it used to store '').

The NOT NULL and its DEFAULT '' go in a rebuild of ``conversations`` that keeps every
row and row id; the tables referencing it keep their keys (foreign keys are off and the
new table takes the old name back in the same transaction).
"""

from edi_migrations.changes import DropConstraint

CHANGES = (
    DropConstraint("conversations", "not null", column="name"),
    DropConstraint("conversations", "default", column="name"),
)
LINT_ACKNOWLEDGED = {
    "EM110": "a rebuild: new_conversations takes the name back before the step commits"
}


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE new_conversations (
            id TEXT PRIMARY KEY,
            name TEXT,
            model TEXT,
            created TEXT
        )
        """
    )
    conn.execute(
        """
        INSERT INTO new_conversations (rowid, id, name, model, created)
        SELECT rowid, id, name, model, created FROM conversations
        """
    )
    conn.execute("DROP TABLE conversations")
    conn.execute("ALTER TABLE new_conversations RENAME TO conversations")
