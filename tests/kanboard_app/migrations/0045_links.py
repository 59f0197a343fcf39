"""Kanboard ``version_45``: task links (``links`` and ``task_has_links``), eleven link labels."""

LINKS = (
    ("relates to", 0),
    ("blocks", 3),
    ("is blocked by", 2),
    ("duplicates", 5),
    ("is duplicated by", 4),
    ("is a child of", 7),
    ("is a parent of", 6),
    ("targets milestone", 9),
    ("is a milestone of", 8),
    ("fixes", 11),
    ("is fixed by", 10),
)


def upgrade(conn):
    conn.execute(
        """CREATE TABLE links (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        opposite_id INTEGER DEFAULT 0,
        UNIQUE(label)
    )"""
    )
    conn.execute(
        """CREATE TABLE task_has_links (
        id INTEGER PRIMARY KEY,
        link_id INTEGER NOT NULL,
        task_id INTEGER NOT NULL,
        opposite_task_id INTEGER NOT NULL,
        FOREIGN KEY(link_id) REFERENCES links(id) ON DELETE CASCADE,
        FOREIGN KEY(task_id) REFERENCES tasks(id) ON DELETE CASCADE,
        FOREIGN KEY(opposite_task_id) REFERENCES tasks(id) ON DELETE CASCADE
    )"""
    )
    conn.execute("CREATE INDEX task_has_links_task_index ON task_has_links(task_id)")
    conn.execute(
        "CREATE UNIQUE INDEX task_has_links_unique "
        "ON task_has_links(link_id, task_id, opposite_task_id)"
    )
    for label, opposite_id in LINKS:
        conn.execute("INSERT INTO links (label, opposite_id) VALUES (?, ?)", (label, opposite_id))
