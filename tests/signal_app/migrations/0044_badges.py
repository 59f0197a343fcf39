"""Signal Desktop ``ts/sql/migrations/44-badges.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
    CREATE TABLE badges(
      id TEXT PRIMARY KEY,
      category TEXT NOT NULL,
      name TEXT NOT NULL,
      descriptionTemplate TEXT NOT NULL
    );

    CREATE TABLE badgeImageFiles(
      badgeId TEXT REFERENCES badges(id)
        ON DELETE CASCADE
        ON UPDATE CASCADE,
      'order' INTEGER NOT NULL,
      url TEXT NOT NULL,
      localPath TEXT,
      theme TEXT NOT NULL
    );
"""
    )
