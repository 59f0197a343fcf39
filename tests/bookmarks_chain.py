"""A small project that is not EDI's: a bookmarks app, its migrations written into a
spec's tmp folder, and a database its app made before it adopted the runner.

The adoption specs (``baseline``, the project's configuration, another chain's database)
run on it, as a newcomer's own project would.
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations.sqlite.dbapi import sqlite3

MIGRATIONS = {
    "0001_users": (
        "Users: who saves bookmarks.",
        [
            "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, "
            "display_name TEXT)"
        ],
        ["DROP TABLE users"],
    ),
    "0002_bookmarks": (
        "Bookmarks: one saved link of a user.",
        [
            "CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, "
            "user_id INTEGER NOT NULL REFERENCES users(id), url TEXT NOT NULL, title TEXT)"
        ],
        ["DROP TABLE bookmarks"],
    ),
    "0003_read_flag": (
        "Read flag: the unread list needs it, and its index.",
        [
            "ALTER TABLE bookmarks ADD COLUMN is_read INTEGER NOT NULL DEFAULT 0",
            "CREATE INDEX bookmarks_by_user ON bookmarks(user_id, is_read)",
        ],
        ["DROP INDEX bookmarks_by_user", "ALTER TABLE bookmarks DROP COLUMN is_read"],
    ),
    "0004_tags": (
        "Tags: a user's labels for bookmarks.",
        ["CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"],
        ["DROP TABLE tags"],
    ),
}

# What the app's own code created before the project adopted the runner: v3's schema,
# written differently (case, spacing, the column in the CREATE rather than added).
V3_BY_THE_APP = """
CREATE TABLE users(
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT
);
CREATE TABLE bookmarks(
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    url TEXT NOT NULL,
    title TEXT,
    is_read INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX bookmarks_by_user ON bookmarks(user_id, is_read);
INSERT INTO users VALUES (1, 'ada@example.org', 'Ada 🦉'), (2, 'bob@example.org', NULL);
INSERT INTO bookmarks VALUES
    (1, 1, 'https://sqlite.org', 'SQLite', 1),
    (2, 1, 'https://example.org/ünï', '', 0),
    (3, 2, 'https://example.org/2', NULL, 0);
"""

BOOKKEEPING = ("schema_version", "migration_log", "schema_compatibility", "sqlite_sequence")


def write_chain(folder: Path, upto: int = len(MIGRATIONS)) -> Path:
    """The bookmarks app's first ``upto`` migrations, as files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (doc, up, down) in list(MIGRATIONS.items())[:upto]:
        lines = [f'"""{doc}"""', "", "", "def upgrade(conn):"]
        lines += [f"    conn.execute({sql!r})" for sql in up]
        lines += ["", "", "def downgrade(conn):"]
        lines += [f"    conn.execute({sql!r})" for sql in down]
        (folder / f"{name}.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def app_database(path: Path, script: str = V3_BY_THE_APP) -> Path:
    """A database the app made itself, with rows (no runner tables)."""
    conn = sqlite3.connect(path)
    conn.executescript(script)
    conn.close()
    return path


def user_content(path: Path) -> list[str]:
    """Every statement of a dump that recreates the user's tables and rows."""
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if not any(t in line for t in BOOKKEEPING)]
    finally:
        conn.close()
