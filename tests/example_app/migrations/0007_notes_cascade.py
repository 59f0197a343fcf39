"""Deleting a notebook deletes its notes: the foreign key gains ON DELETE CASCADE.

SQLite cannot change a foreign key in place, so ``notes`` is rebuilt (SQLite's
12-step procedure: rows, row ids, the AUTOINCREMENT sequence, indexes, triggers and
views kept). The changed constraint is declared; nothing else changes.
"""

from edi_migrations.changes import ChangeConstraint
from edi_migrations.rebuild import NewTable, rebuild_tables

CHANGES = (ChangeConstraint("notes", "foreign key", column="book_id"),)

NOTES = """id INTEGER PRIMARY KEY AUTOINCREMENT,
    book_id INT REFERENCES "note books"(id) ON DELETE CASCADE,
    body TEXT,
    "quote""d" TEXT,
    created TEXT NOT NULL DEFAULT '2024-01-01 00:00:00',
    pinned INT NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1))"""


def upgrade(conn):
    rebuild_tables(conn, [NewTable("notes", NOTES)])
