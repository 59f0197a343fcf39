"""The dirty data gives the matrix teeth: migrations that are only wrong on dirty data fail.

Each broken migration here is a no-op on clean data (no text in a REAL column, no
label spelled twice, no iteration repeated), so only the dirty edge kinds of the
starting databases expose it. The control is a migration that reads the same
dirty values correctly (a plain index on the natural key, views that normalise and
cast as they read) and passes.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import (
    Breakage,
    add_migration,
    assert_matrix_fails,
    quarantine_then_unique,
    run_matrix,
)

DIRTY_BREAKAGES = {
    "casts-text-in-a-real-column": Breakage(
        2,
        append=(
            'conn.execute("UPDATE entities SET confidence = CAST(confidence AS REAL) '
            "WHERE typeof(confidence) = 'text'\")",
        ),
        expect=("*'data kept'*", "*entities.confidence rowid *: before text *, after real *"),
    ),
    "normalises-label-spellings-in-place": Breakage(
        2,
        append=(
            'conn.execute("UPDATE entities SET label = trim(label) WHERE label <> trim(label)")',
        ),
        expect=("*'data kept'*", "*entities.label rowid *: before text *, after text *"),
    ),
    "makes-the-natural-key-unique": Breakage(
        2,
        append=(
            'conn.execute("CREATE UNIQUE INDEX idx_prompts_step ON prompts(session_id, iteration)")',
        ),
        expect=(
            "*UNIQUE constraint failed: prompts.session_id, prompts.iteration*",
            "*before the failing step, prompts (session_id, iteration) held * duplicated "
            "value(s)*: (*) in * rows*",
        ),
    ),
}

READS_DIRTY_DATA_CORRECTLY = """
from edi_migrations.sqlite.dbapi import sqlite3

from edi_migrations.changes import DropObject

CHANGES = ()
DOWNGRADE_CHANGES = (
    DropObject("index", "idx_prompts_step"),
    DropObject("view", "entity_labels"),
)


def upgrade(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE INDEX idx_prompts_step ON prompts(session_id, iteration)")
    conn.execute(
        "CREATE VIEW entity_labels AS SELECT id, lower(trim(label)) AS label, "
        "CASE WHEN typeof(confidence) IN ('integer', 'real') THEN confidence END AS confidence "
        "FROM entities"
    )


def downgrade(conn: sqlite3.Connection) -> None:
    conn.execute("DROP VIEW entity_labels")
    conn.execute("DROP INDEX idx_prompts_step")
"""


@pytest.mark.parametrize("breakage", DIRTY_BREAKAGES.values(), ids=DIRTY_BREAKAGES.keys())
def test_the_matrix_fails_on_a_migration_only_dirty_data_breaks(pytester, matrix_project, breakage):
    assert_matrix_fails(pytester, matrix_project, breakage)


def test_a_migration_that_reads_dirty_data_correctly_passes(pytester, matrix_project):
    add_migration(matrix_project, "dirty_reader", READS_DIRTY_DATA_CORRECTLY)
    result = run_matrix(
        pytester, matrix_project, "-k", "test_upgrade_path", "--upgrade-path", "v1-versioned->v4"
    )
    result.assert_outcomes(passed=1)


def test_the_natural_key_made_unique_after_moving_its_repeats_aside_passes(
    pytester, matrix_project
):
    """The right way to the same UNIQUE index: repeats moved into a declared quarantine
    first, on every path to v4 (those through 0003 also quarantine orphans)."""
    add_migration(
        matrix_project,
        "unique_prompt_steps",
        quarantine_then_unique(
            "prompts",
            ("session_id", "iteration"),
            "idx_prompts_step",
            replaced_views=("session_summary", "session_quality"),  # counts and averages
        ),
    )
    result = run_matrix(pytester, matrix_project, "-k", "test_upgrade_path", "--upgrade-path", "*->v4")
    result.assert_outcomes(passed=27)  # walks start at v1 only


def backfilled_from_feedback(column_type: str) -> str:
    """A 0004 copying validations.user_feedback (TEXT, where the app typed '007' and '42')
    into a new column of ``column_type``, declared as a backfill from that column."""
    return f"""
from edi_migrations.changes import Backfill

CHANGES = (Backfill("validations", "feedback_copy", from_column="user_feedback"),)


def upgrade(conn):
    conn.execute("ALTER TABLE validations ADD COLUMN feedback_copy {column_type}")
    conn.execute("UPDATE validations SET feedback_copy = user_feedback")
"""


def test_a_numeric_column_backfilled_from_text_fails_where_the_text_looks_like_a_number(
    pytester, matrix_project
):
    add_migration(matrix_project, "feedback_copy", backfilled_from_feedback("INTEGER"))
    result = run_matrix(pytester, matrix_project, "-k", "test_upgrade_path", "--upgrade-path", "v3->v4")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*'data kept'*",
            "*validations.feedback_copy rowid *: before (no column), after integer * "
            "(expected text '*': backfill from user_feedback)*",
        ]
    )


def test_a_text_column_backfilled_from_text_keeps_every_value_and_passes(
    pytester, matrix_project
):
    add_migration(matrix_project, "feedback_copy", backfilled_from_feedback("TEXT"))
    result = run_matrix(pytester, matrix_project, "-k", "test_upgrade_path", "--upgrade-path", "v3->v4")
    result.assert_outcomes(passed=1)
