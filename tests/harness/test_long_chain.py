"""The long chain the bench grows from the example app installs to its head, each
generated migration doing what its pattern says (a table, a column, a rebuild)."""

from __future__ import annotations

from contextlib import closing

from bench.long_chain import generated_source, write_chain
from edi_migrations import current_version, init, load_migrations
from edi_migrations.sqlite.dbapi import sqlite3


def test_the_grown_chain_installs_to_its_head(tmp_path):
    folder = write_chain(tmp_path / "migrations", 13)
    assert len(load_migrations(folder)) == 13
    init(tmp_path / "app.db", migrations_dir=folder)
    assert current_version(tmp_path / "app.db", migrations_dir=folder) == 13


def test_the_rebuild_keeps_the_added_column_and_gains_the_cascade(tmp_path):
    folder = write_chain(tmp_path / "migrations", 10)
    init(tmp_path / "app.db", migrations_dir=folder)
    with closing(sqlite3.connect(tmp_path / "app.db")) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(gen_0)")]
        actions = {row[6] for row in conn.execute("PRAGMA foreign_key_list(gen_0)")}
    assert "note_9" in columns and actions == {"CASCADE"}


def test_each_generated_migration_follows_the_pattern_table_column_rebuild():
    names = [generated_source(n)[0] for n in (8, 9, 10, 11)]
    assert names == [
        "0008_new_gen_0.py",
        "0009_gen_0_note.py",
        "0010_gen_0_cascade.py",
        "0011_new_gen_1.py",
    ]
