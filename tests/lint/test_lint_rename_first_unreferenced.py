"""EM101 fires where a rename-first rebuild repoints something, not on every rename first.

Renaming the old table away first is a bug because, from SQLite 3.26, the rename rewrites
the other tables' foreign keys, the views and the other tables' triggers that name it, so
they end up naming the copy that is then dropped. A table nothing else names loses
nothing so (Vaultwarden's ``update_attachments_reference`` rebuilds ``attachments`` this
way, and nothing references it): no finding. Each thing that would be repointed brings it
back. A chain of its own, traced by the real runner."""

from __future__ import annotations

import pytest

from edi_migrations.lint.run import lint_folder

BASE = '''"""Tags and notes; {what}."""


def upgrade(conn):
    conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT{column})")
    {more}
'''
REBUILD = '''"""tags rebuilt with its name NOT NULL, the old table renamed away first."""


def upgrade(conn):
    conn.execute("ALTER TABLE tags RENAME TO tags_old")
    conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '')")
    conn.execute("INSERT INTO tags SELECT id, coalesce(name, '') FROM tags_old")
    conn.execute("DROP TABLE tags_old")
'''
NAMED_BY = {
    "nothing": ("", ""),
    "a-foreign-key": (", tag_id INT REFERENCES tags(id)", ""),
    "a-view": ("", 'conn.execute("CREATE VIEW tag_names AS SELECT name FROM tags")'),
    "another-tables-trigger": (
        "",
        'conn.execute("CREATE TRIGGER notes_tagged AFTER INSERT ON notes '
        'BEGIN INSERT INTO tags (name) VALUES (NEW.body); END")',
    ),
}


@pytest.mark.parametrize("named_by", NAMED_BY, ids=NAMED_BY)
def test_a_rename_first_rebuild_is_em101_where_it_repoints_something(tmp_path, named_by):
    column, more = NAMED_BY[named_by]
    folder = tmp_path / "migrations"
    folder.mkdir()
    base = BASE.format(what=f"tags named by {named_by}", column=column, more=more or "pass")
    (folder / "0001_base.py").write_text(base, encoding="utf-8")
    (folder / "0002_tags_rebuilt.py").write_text(REBUILD, encoding="utf-8")
    codes = {f.code for f in lint_folder(folder, None).findings}
    assert ("EM101" in codes) == (named_by != "nothing"), codes
