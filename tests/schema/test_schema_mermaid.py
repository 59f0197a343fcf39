"""The ER diagram of what a change did to the schema, as Mermaid ``erDiagram`` text: the
tables added or changed between two schemas, with their columns, types and key marks,
the unchanged tables a foreign key ties them to (key columns only), and one relationship
per foreign key. Each case is two real schemas (SQL run on in-memory SQLite) and the
exact text; names Mermaid cannot read are spelled safely, the real name in a comment."""

from __future__ import annotations

import sqlite3
import textwrap
from contextlib import closing

import pytest

from edi_migrations.schema.mermaid import er_diagram, schema_change
from edi_migrations.schema.model import Schema, schema_model

BOOKS = "CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL);"
NOTES = "CREATE TABLE notes (id INTEGER PRIMARY KEY, book_id INT REFERENCES books(id), body TEXT);"


def model(sql: str) -> Schema:
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.executescript(sql)
        return schema_model(conn)


def text(block: str) -> str:
    return textwrap.dedent(block).strip("\n") + "\n"


CASES = {
    "a table added with a nullable foreign key to an unchanged one": (
        BOOKS,
        BOOKS + NOTES,
        """
        erDiagram
            %% added: notes
            %% context, unchanged (key columns only): books
            notes {
                INTEGER id PK
                INT book_id FK
                TEXT body
            }
            books {
                INTEGER id PK
            }
            notes }o--o| books : "book_id"
        """,
    ),
    "a column added and one retyped in a changed table, a NOT NULL key": (
        BOOKS + "CREATE TABLE notes (id INTEGER PRIMARY KEY, book_id INT NOT NULL "
        "REFERENCES books(id), body TEXT, stars TEXT);",
        BOOKS + "CREATE TABLE notes (id INTEGER PRIMARY KEY, book_id INT NOT NULL "
        "REFERENCES books(id), body TEXT, stars INTEGER, pinned INT);",
        """
        erDiagram
            %% changed: notes
            %% context, unchanged (key columns only): books
            notes {
                INTEGER id PK
                INT book_id FK
                TEXT body
                INTEGER stars "changed"
                INT pinned "added"
            }
            books {
                INTEGER id PK
            }
            notes }o--|| books : "book_id"
        """,
    ),
    "a column dropped, named in a comment": (
        BOOKS + "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT, colour TEXT);",
        BOOKS + "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT);",
        """
        erDiagram
            %% changed: tags
            %% tags: dropped column(s) colour
            tags {
                INTEGER id PK
                TEXT name
            }
        """,
    ),
    "an index added counts as a change to its table": (
        BOOKS,
        BOOKS + "CREATE INDEX books_title ON books (title);",
        """
        erDiagram
            %% changed: books
            books {
                INTEGER id PK
                TEXT title
            }
        """,
    ),
    "names Mermaid cannot read, an untyped column, a unique one-to-one key": (
        'CREATE TABLE "note books" (id INTEGER PRIMARY KEY);',
        'CREATE TABLE "note books" (id INTEGER PRIMARY KEY);'
        'CREATE TABLE covers (pk, "order" DECIMAL(10,2), '
        'book INT UNIQUE NOT NULL REFERENCES "note books"(id));',
        """
        erDiagram
            %% added: covers
            %% context, unchanged (key columns only): note_books
            %% note_books is "note books"
            covers {
                untyped pk_ "name: pk"
                DECIMAL_10_2 order
                INT book FK, UK
            }
            note_books {
                INTEGER id PK
            }
            covers |o--|| note_books : "book"
        """,
    ),
    "a composite primary key that is also a foreign key, and a self-reference": (
        BOOKS,
        BOOKS + "CREATE TABLE parts (book_id INT NOT NULL REFERENCES books(id), "
        "n INT NOT NULL, parent INT REFERENCES parts(n), PRIMARY KEY (book_id, n));",
        """
        erDiagram
            %% added: parts
            %% context, unchanged (key columns only): books
            parts {
                INT book_id PK, FK
                INT n PK
                INT parent FK
            }
            books {
                INTEGER id PK
            }
            parts }o--|| books : "book_id"
            parts }o--o| parts : "parent"
        """,
    ),
    "a foreign key changed marks its column": (
        BOOKS + NOTES,
        BOOKS + NOTES.replace("books(id)", "books(id) ON DELETE CASCADE"),
        """
        erDiagram
            %% changed: notes
            %% context, unchanged (key columns only): books
            notes {
                INTEGER id PK
                INT book_id FK "changed"
                TEXT body
            }
            books {
                INTEGER id PK
            }
            notes }o--o| books : "book_id"
        """,
    ),
    "a child of a changed table joins as context": (
        BOOKS + NOTES,
        "CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL, isbn TEXT);" + NOTES,
        """
        erDiagram
            %% changed: books
            %% context, unchanged (key columns only): notes
            books {
                INTEGER id PK
                TEXT title
                TEXT isbn "added"
            }
            notes {
                INTEGER id PK
                INT book_id FK
            }
            notes }o--o| books : "book_id"
        """,
    ),
}


@pytest.mark.parametrize("base, head, expected", CASES.values(), ids=CASES.keys())
def test_the_diagram_shows_the_touched_tables_and_their_neighbours(base, head, expected):
    assert er_diagram(model(base), model(head)) == text(expected)


NO_DIAGRAM = {
    "a view added": (BOOKS, BOOKS + "CREATE VIEW titles AS SELECT title FROM books;"),
    "a table dropped (the legend names it)": (BOOKS + NOTES, BOOKS),
    "nothing changed": (BOOKS, BOOKS),
}


@pytest.mark.parametrize("base, head", NO_DIAGRAM.values(), ids=NO_DIAGRAM.keys())
def test_a_change_that_adds_or_changes_no_table_has_no_diagram(base, head):
    assert er_diagram(model(base), model(head)) == ""


def test_the_change_names_tables_added_changed_and_dropped():
    base = model(BOOKS + NOTES + "CREATE TABLE old (x);")
    head = model(BOOKS.replace("NOT NULL", "") + NOTES + "CREATE TABLE tags (id);")
    change = schema_change(base, head)
    assert (change.added, change.changed, change.dropped) == (("tags",), ("books",), ("old",))
