"""An app that registers a collation and an SQL function on every connection it opens (as
Anki's ``unicase`` and calibre's ``title_sort()``), and its chain: an index with that
collation, a trigger calling that function, and a step that fires it. Copied as a file
into the projects the CLI and pytester specs build (it imports nothing of the tests)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

CARDS = """
def upgrade(conn):
    conn.execute("CREATE TABLE cards (id INTEGER PRIMARY KEY, name TEXT NOT NULL, sort TEXT)")
    conn.execute("CREATE INDEX ix_cards_name ON cards (name COLLATE unicase)")
    conn.execute(
        "CREATE TRIGGER cards_sort AFTER INSERT ON cards BEGIN "
        "UPDATE cards SET sort = app_sort(NEW.name) WHERE id = NEW.id; END"
    )


def downgrade(conn):
    conn.execute("DROP TABLE cards")
"""

DECKS = """
def upgrade(conn):
    conn.execute("CREATE TABLE decks (id INTEGER PRIMARY KEY, name TEXT NOT NULL, sort TEXT)")
    conn.execute(
        "CREATE TRIGGER decks_sort AFTER INSERT ON decks BEGIN "
        "UPDATE decks SET sort = app_sort(NEW.name) WHERE id = NEW.id; END"
    )
    conn.execute("INSERT INTO decks (id, name) VALUES (1, 'Default Deck')")  # fires decks_sort


def downgrade(conn):
    conn.execute("DROP TABLE decks")
"""


def _unicase(a: str, b: str) -> int:
    return (a.casefold() > b.casefold()) - (a.casefold() < b.casefold())


def connect(database: str, **kw: object) -> sqlite3.Connection:
    """How the app opens its database: its collation and function on every connection."""
    conn = sqlite3.connect(database, **kw)  # type: ignore[arg-type]
    conn.create_collation("unicase", _unicase)
    conn.create_function("app_sort", 1, lambda s: s.casefold(), deterministic=True)
    return conn


def collation_only(database: str, **kw: object) -> sqlite3.Connection:
    """An app connection that forgot its function (the trigger cannot fire)."""
    conn = sqlite3.connect(database, **kw)  # type: ignore[arg-type]
    conn.create_collation("unicase", _unicase)
    return conn


def write_chain(folder: Path) -> Path:
    """The two migrations in ``folder`` (made if new)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "0001_cards.py").write_text(CARDS)
    (folder / "0002_decks.py").write_text(DECKS)
    return folder


def add_cards(db: Path) -> None:
    """Cards the app wrote, through its own connection."""
    conn = connect(str(db))
    with conn:
        conn.executemany("INSERT INTO cards (name) VALUES (?)", [("Banana",), ("apple",)])
    conn.close()
