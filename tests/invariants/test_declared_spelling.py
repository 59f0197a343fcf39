"""Declared names respelled as the schema spells them, as SQLite compares names: ASCII
letters in either case, any other letter exactly (``Äpfel`` and ``äpfel`` are two
tables). Read from a real SQLite file's schema."""

from __future__ import annotations

from edi_migrations import changes as ch
from edi_migrations.harness.dbstate import read_model
from edi_migrations.harness.invariants.declared_spelling import Spelling, respelled
from edi_migrations.sqlite.dbapi import sqlite3


def spelling(tmp_path) -> Spelling:
    conn = sqlite3.connect(tmp_path / "app.db")
    conn.execute("CREATE TABLE Notes (Id INTEGER PRIMARY KEY, slug TEXT)")
    conn.execute('CREATE TABLE "Äpfel" (x)')
    conn.execute('CREATE TABLE "äpfel" (x)')
    model = read_model(conn)
    conn.close()
    return Spelling.of([model])


def test_ascii_case_follows_the_schema(tmp_path):
    path = [ch.Backfill("notes", "SLUG", expression="1"), ch.RenameColumn("NOTES", "id", "key")]
    assert respelled(path, spelling(tmp_path)) == [
        ch.Backfill("Notes", "slug", expression="1"),
        ch.RenameColumn("Notes", "Id", "key"),
    ]


def test_other_letters_are_compared_exactly(tmp_path):
    path = [ch.DropTable("äpfel"), ch.DropTable("Äpfel"), ch.DropTable("ÄPFEL")]
    assert respelled(path, spelling(tmp_path)) == [*path[:2], ch.DropTable("Äpfel")]
