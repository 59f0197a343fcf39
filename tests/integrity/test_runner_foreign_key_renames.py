"""A step that renames a child table, a parent table or a referencing column keeps the
app's old dangling references old: SQLite rewrites the references with the names, and
the runner follows them (a renamed table keeps its b-tree, a renamed column its place),
while a row made to dangle in the same step is still refused.

The chain of ``test_runner_foreign_key_facts`` (not EDI's), with the real command."""

from __future__ import annotations

import pytest

from edi_migrations import current_version
from edi_migrations.harness.dbstate import file_bytes
from tests.integrity.test_runner_foreign_key_facts import INITIAL, upgrade, v1_database

RENAME = '''"""A rename."""


def upgrade(conn):
{body}'''

RENAMES = {
    "the child table": "ALTER TABLE responses RENAME TO replies",
    "the parent table": "ALTER TABLE conversations RENAME TO threads",
    "the referencing column": "ALTER TABLE responses RENAME COLUMN conversation_id TO thread_id",
    "a keyless child table": "ALTER TABLE events RENAME TO happenings",
    "both tables and the column": (
        "ALTER TABLE responses RENAME TO replies",
        "ALTER TABLE conversations RENAME TO threads",
        "ALTER TABLE replies RENAME COLUMN conversation_id TO thread_id",
    ),
}


def write_chain(folder, statements, more=""):
    folder.mkdir()
    (folder / "0001_initial.py").write_text(INITIAL)
    if isinstance(statements, str):
        statements = (statements,)
    body = "".join(f'    conn.execute("{s}")\n' for s in statements) + more
    (folder / "0002_rename.py").write_text(RENAME.format(body=body))
    return folder


@pytest.mark.parametrize("statements", RENAMES.values(), ids=RENAMES.keys())
def test_a_rename_over_old_dangling_references_upgrades(tmp_path, statements):
    chain = write_chain(tmp_path / "chain", statements)
    db = v1_database(tmp_path / "app.db", chain)
    result = upgrade(chain, db)
    assert result.returncode == 0, result.stderr
    assert current_version(db, migrations_dir=chain) == 2


def test_a_row_made_to_dangle_beside_a_rename_is_refused(tmp_path):
    chain = write_chain(
        tmp_path / "chain",
        RENAMES["both tables and the column"],
        more="    conn.execute(\"UPDATE replies SET thread_id = 'nobody' WHERE id = 'r3'\")\n",
    )
    db = v1_database(tmp_path / "app.db", chain)
    before = file_bytes(db)
    result = upgrade(chain, db)
    assert result.returncode != 0
    assert "left 1 new foreign-key violation(s) (replies rowid 3 -> threads)" in result.stderr
    assert "replies(thread_id) -> threads: 1 row(s) with no parent row" in result.stderr
    assert file_bytes(db) == before
