"""Newcomer, round twenty: a notes app's migration ending with ``VACUUM`` to reclaim the
pages its table rebuilds freed. Every upgrade stopped on SQLite's bare "cannot VACUUM
from within a transaction", and the lint's EM108 failure offered to acknowledge the rule
in ``LINT_ACKNOWLEDGED``, which cannot make VACUUM run inside the runner's transaction.
The runner's message now says where VACUUM goes; on a notes chain, not EDI's."""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations import init, upgrade
from edi_migrations.errors import MigrationError
from edi_migrations.harness.lint_gate import failure_message
from edi_migrations.lint.findings import Finding

NOTES = '"""Notes."""\n\ndef upgrade(conn):\n    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")\n'
LATER = '"""{doc}"""\n\ndef upgrade(conn):\n    conn.execute("{sql}")\n'


def chain(tmp_path: Path, sql: str) -> Path:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_notes.py").write_text(NOTES, encoding="utf-8")
    (folder / "0002_later.py").write_text(LATER.format(doc="Later.", sql=sql), encoding="utf-8")
    return folder


def test_a_vacuum_in_a_migration_says_where_vacuum_goes(tmp_path):
    folder = chain(tmp_path, "VACUUM")
    init(tmp_path / "app.db", migrations_dir=folder, to=1)
    with pytest.raises(MigrationError) as caught:
        upgrade(tmp_path / "app.db", migrations_dir=folder)
    message = str(caught.value)
    assert "cannot VACUUM from within a transaction" in message
    assert "remove it from the migration and run VACUUM on the file after the upgrade" in message


def test_another_failing_statement_gets_no_vacuum_advice(tmp_path):
    with pytest.raises(MigrationError) as caught:
        init(tmp_path / "app.db", migrations_dir=chain(tmp_path, "DROP TABLE missing"))
    assert "VACUUM" not in str(caught.value)


def finding(code: str) -> Finding:
    return Finding(code, "a rule", "VACUUM", "it runs here", "why", "the fix", "0002_later")


def test_the_lint_offers_no_acknowledgement_for_a_vacuum_that_cannot_run():
    message = failure_message([finding("EM108")], None)
    assert "LINT_ACKNOWLEDGED" not in message
    assert "acknowledging EM108 would not let VACUUM run inside the runner's transaction" in message


def test_a_rule_that_can_be_broken_on_purpose_is_still_offered_for_acknowledgement():
    message = failure_message([finding("EM104"), finding("EM108")], None)
    assert 'LINT_ACKNOWLEDGED = {"EM104": "why this is safe"}' in message
