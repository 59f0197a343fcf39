"""A dangling reference moved to another row in place is new, though its value is old.

Rows of a table keyed by its rowid (``id INTEGER PRIMARY KEY``) are counted per dangling
value so that a rebuild copying them without their ids (Authelia's downs) makes no old
violation new. An UPDATE renumbers nothing: a step that clears one row's dangling value
and writes the same value into another row (an off-by-one copy of a neighbour's
reference) left the count as it was and passed. A table the step did not rebuild (its
rows on the same pages) names its rows by id again; a rebuilt one is still counted.

The same grants-and-tokens chain as ``test_runner_foreign_key_rowid_keys.py``, not the
EDI app's, run with the real ``edi-migrate`` command on real files.
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations import current_version
from edi_migrations.harness.dbstate import file_bytes
from tests.integrity.test_runner_foreign_key_rowid_keys import INITIAL, v1_database
from tests.support import run_cli

# v1's tokens, by id: g1, g2, g1, revoked (dangling), g2.
SHIFTED = '''"""Tokens re-pointed at their grants, off by one row: each takes the next one's."""


def upgrade(conn):
    conn.execute(
        "UPDATE tokens SET grant_code = "
        "(SELECT t.grant_code FROM tokens AS t WHERE t.id = tokens.id + 1)"
    )
'''

# The control: an in-place step that leaves every reference where it was.
EXPIRED = '''"""Tokens of grant g1 expire."""


def upgrade(conn):
    conn.execute("UPDATE tokens SET expired = 1 WHERE grant_code = 'g1'")
'''


def write_chain(folder: Path, second: str) -> Path:
    folder.mkdir()
    (folder / "0001_initial.py").write_text(INITIAL)
    (folder / "0002_tokens.py").write_text(second)
    return folder


def test_a_dangling_value_moved_to_another_row_in_place_is_refused(tmp_path):
    chain = write_chain(tmp_path / "chain", SHIFTED)
    db = v1_database(tmp_path / "app.db", chain)
    before = file_bytes(db)
    result = run_cli("--migrations-dir", chain, "upgrade", db, "--no-backup")
    assert result.returncode != 0, result.stdout
    assert "migration 0002_tokens left 1 new foreign-key violation(s)" in result.stderr
    assert "tokens rowid 3 -> grants" in result.stderr
    assert file_bytes(db) == before


def test_an_in_place_step_keeping_the_dangling_row_passes(tmp_path):
    chain = write_chain(tmp_path / "chain", EXPIRED)
    db = v1_database(tmp_path / "app.db", chain)
    result = run_cli("--migrations-dir", chain, "upgrade", db, "--no-backup")
    assert result.returncode == 0, result.stderr
    assert current_version(db, migrations_dir=chain) == 2
