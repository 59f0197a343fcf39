"""A migration file without a docstring is an advisory finding of the lint (EM116): the
reviewer reads what the migration does and why there, but a file without one is sound
SQL, so it never fails the lint, the runner or the harness."""

from __future__ import annotations

from pathlib import Path

from edi_migrations.lint.run import lint_folder

FIRST = '"""Notes."""\n\ndef upgrade(conn):\n    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")\n'


def chain(tmp_path: Path, second: str) -> Path:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_notes.py").write_text(FIRST, encoding="utf-8")
    (folder / "0002_body.py").write_text(second, encoding="utf-8")
    return folder


BODY = 'def upgrade(conn):\n    conn.execute("ALTER TABLE notes ADD COLUMN body TEXT")\n'


def test_a_migration_without_a_docstring_is_an_advisory_finding(tmp_path):
    result = lint_folder(chain(tmp_path, BODY), None)
    found = [(f.code, f.migration, f.advisory) for f in result.findings]
    assert found == [("EM116", "0002_body", True)]
    assert result.clean


def test_a_migration_with_its_docstring_has_no_finding(tmp_path):
    result = lint_folder(chain(tmp_path, '"""Notes get a body."""\n\n' + BODY), None)
    assert result.findings == ()
