"""Bookmarks: users save links, tag them and read them later; a trigger keeps each tag's
use count, a view lists what is still unread."""

STATEMENTS = (
    "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id),"
    " url TEXT NOT NULL, title TEXT, is_read INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
    " use_count INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE bookmark_tags (bookmark_id INTEGER NOT NULL REFERENCES bookmarks(id),"
    " tag_id INTEGER NOT NULL REFERENCES tags(id), PRIMARY KEY (bookmark_id, tag_id))",
    "CREATE VIEW unread_bookmarks AS SELECT id, url, title FROM bookmarks WHERE is_read = 0",
    "CREATE TRIGGER tag_used AFTER INSERT ON bookmark_tags BEGIN"
    " UPDATE tags SET use_count = use_count + 1 WHERE id = NEW.tag_id; END",
    "CREATE TRIGGER tag_unused AFTER DELETE ON bookmark_tags BEGIN"
    " UPDATE tags SET use_count = use_count - 1 WHERE id = OLD.tag_id; END",
    "CREATE TRIGGER tag_moved AFTER UPDATE OF tag_id ON bookmark_tags BEGIN"
    " UPDATE tags SET use_count = use_count - 1 WHERE id = OLD.tag_id;"
    " UPDATE tags SET use_count = use_count + 1 WHERE id = NEW.tag_id; END",
)


def upgrade(conn):
    for statement in STATEMENTS:
        conn.execute(statement)


def app_writes(conn, ctx):
    """What the app writes: tags spelled several ways (the duplicates a later migration
    merges), titles with stray spaces, read and unread bookmarks, links between them."""
    conn.executemany("INSERT INTO users (id, name) VALUES (?, ?)", [(1, "ada"), (2, "bo")])
    conn.executemany(
        "INSERT INTO bookmarks (id, user_id, url, title, is_read) VALUES (?, ?, ?, ?, ?)",
        [
            (1, 1, "https://sqlite.org", " SQLite home ", 0),
            (2, 1, "https://python.org", "Python", 1),
            (3, 2, "https://example.com/dead", None, 0),
            (4, 2, "https://example.com/a", "  spaced  out", 0),
        ],
    )
    conn.executemany(
        "INSERT INTO tags (id, name) VALUES (?, ?)",
        [(1, "sqlite"), (2, "python"), (3, "SQLite"), (4, "Python "), (5, "web")],
    )
    conn.executemany(
        "INSERT INTO bookmark_tags (bookmark_id, tag_id) VALUES (?, ?)",
        [(1, 1), (1, 3), (2, 4), (2, 2), (3, 5), (3, 3), (4, 4)],
    )
