"""The calls the harness makes: trace an upgrade of a database holding rows, keep the
migration's own statements, and check each migration with what it traced."""

from __future__ import annotations

import pytest

from edi_migrations import load_migrations
from edi_migrations.lint.floor import floor_of
from edi_migrations.lint.matcher import lint_statements
from edi_migrations.lint.replay import from_rows
from edi_migrations.lint.run import check_migration
from edi_migrations.lint.statements import Statement
from edi_migrations.lint.trace import is_migrations_own, trace_upgrade


def test_edis_upgrade_of_a_database_with_rows_and_orphans_lints_clean(v1_db):
    chain = trace_upgrade(v1_db, None)
    assert chain.failed is None
    assert [t.migration.name for t in chain.traced] == [
        "0002_session_metrics",
        "0003_referential_integrity",
    ]
    quarantine = [
        s for s in chain.traced[1].statements if s.starts("insert", "into", "orphaned_rows")
    ]
    assert quarantine  # the orphans' path ran, not only the fresh install's
    for t in chain.traced:
        assert check_migration(t.migration, t.statements, t.schema_before, floor_of("3.31")) == []


@pytest.mark.parametrize(
    ("sql", "own"),
    [
        ("BEGIN IMMEDIATE", False),
        ("COMMIT", False),
        ("INSERT INTO schema_version (version) VALUES (3)", False),
        ("SELECT rowid, version FROM schema_version ORDER BY rowid DESC LIMIT 1", False),
        ("-- TRIGGER sessions_updated_at", False),
        ("DROP TABLE sessions", True),
        ("CREATE INDEX idx ON prompts(session_id)", True),
    ],
)
def test_only_the_migrations_own_statements_are_kept(sql, own):
    assert is_migrations_own(Statement(sql)) is own


SCHEMA = from_rows([("table", "t", "t", "CREATE TABLE t (id INTEGER PRIMARY KEY)")])


@pytest.mark.parametrize(
    ("statements", "in_transaction", "codes"),
    [
        (["PRAGMA foreign_keys = OFF"], True, ["EM104"]),
        (["PRAGMA foreign_keys = OFF"], False, []),  # outside a transaction it works
        (["COMMIT", "PRAGMA foreign_keys = OFF", "BEGIN"], True, []),
        (["BEGIN", "PRAGMA foreign_keys = ON"], False, ["EM104"]),
        (["PRAGMA foreign_keys"], True, []),  # a read
    ],
)
def test_pragma_foreign_keys_is_found_only_inside_a_transaction(statements, in_transaction, codes):
    found = lint_statements(statements, SCHEMA, in_transaction=in_transaction)
    assert [f.code for f in found] == codes


def test_check_migration_takes_traced_text_and_names_the_migration():
    migration = load_migrations()[1]
    (finding,) = check_migration(
        migration, ["ALTER TABLE t DROP COLUMN c"], SCHEMA, floor_of("3.31")
    )
    assert (finding.migration, finding.code) == ("0002_session_metrics", "EM001")


def test_without_a_floor_only_the_lint_runs():
    migration = load_migrations()[1]
    assert check_migration(migration, ["ALTER TABLE t DROP COLUMN c"], SCHEMA, None) == []
