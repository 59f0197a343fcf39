"""The harness proves its declaration vocabulary: each declared change PASSES the matrix,
the same change done wrong or left undeclared FAILS it with a precise line.

Every case appends a migration 0004 to a private copy of the project's migrations and
runs the matrix on the path v3->v4 (no snapshot needed).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.harness_projects import add_migration, run_matrix

V3_V4 = ("-k", "test_upgrade_path", "--upgrade-path", "v3->v4")


@dataclass(frozen=True)
class Case:
    """Migration 0004: its CHANGES, its upgrade() body, and the lines a failure must show."""

    changes: str
    upgrade: str
    expect: tuple[str, ...] = ()  # empty: the matrix must pass
    absent: tuple[str, ...] = ()  # lines the output must not show


def migration(case: Case) -> str:
    body = "\n".join(f"    {line}" for line in case.upgrade.strip().splitlines())
    return f"""
from edi_migrations.changes import *  # noqa: F403
from edi_migrations.rebuild import NewTable, rebuild_tables  # noqa: F401

CHANGES = ({case.changes})


def upgrade(conn):
{body}
"""


def run(pytester, folder, case: Case):
    add_migration(folder, "under_test", migration(case))
    result = run_matrix(pytester, folder, *V3_V4)
    if case.expect:
        result.assert_outcomes(failed=1)
        result.stdout.fnmatch_lines(list(case.expect))
    else:
        result.assert_outcomes(passed=1)
    for line in case.absent:
        result.stdout.no_fnmatch_line(line)
    return result


ADDITIONS = {
    "a nullable column added passes undeclared": Case(
        "", 'conn.execute("ALTER TABLE prompts ADD COLUMN seed INT")'
    ),
    "a column added with a default passes undeclared": Case(
        "", "conn.execute(\"ALTER TABLE prompts ADD COLUMN seed TEXT NOT NULL DEFAULT 'x'\")"
    ),
    "a new empty table passes undeclared": Case(
        "", 'conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")'
    ),
    "a new index and view pass undeclared": Case(
        "",
        'conn.execute("CREATE INDEX idx_prompts_negative ON prompts(negative_prompt)")\n'
        'conn.execute("CREATE VIEW prompt_ids AS SELECT id FROM prompts")',
    ),
    "a column added and filled undeclared fails with the paste line": Case(
        "",
        'conn.execute("ALTER TABLE prompts ADD COLUMN seed INT")\n'
        'conn.execute("UPDATE prompts SET seed = length(positive_prompt)")',
        expect=(
            "*upgrade path v3->v4 broke invariant 'data kept'*",
            "*column prompts.seed added and filled in * existing row(s) (e.g. rowid *), not "
            'declared: declare it in CHANGES: Backfill("prompts", "seed", expression="...")*',
        ),
    ),
}


@pytest.mark.parametrize("case", ADDITIONS.values(), ids=ADDITIONS.keys())
def test_additions_speak_for_themselves(pytester, matrix_project, case):
    run(pytester, matrix_project, case)


DERIVED = (
    'AddColumn("prompts", "prompt_length"), '
    'Backfill("prompts", "prompt_length", expression="length(positive_prompt)")'
)

BACKFILLS = {
    "a correct derived backfill passes": Case(
        DERIVED,
        'conn.execute("ALTER TABLE prompts ADD COLUMN prompt_length INT")\n'
        'conn.execute("UPDATE prompts SET prompt_length = length(positive_prompt)")',
    ),
    "a derived backfill computing a wrong value fails naming row, expected, actual": Case(
        DERIVED,
        'conn.execute("ALTER TABLE prompts ADD COLUMN prompt_length INT")\n'
        'conn.execute("UPDATE prompts SET prompt_length = length(positive_prompt) + 1")',
        expect=(
            "*upgrade path v3->v4 broke invariant 'data kept'*",
            "*prompts.prompt_length rowid *: before (no column), after integer * "
            "(expected integer *: backfill length(positive_prompt))",
        ),
    ),
}


@pytest.mark.parametrize("case", BACKFILLS.values(), ids=BACKFILLS.keys())
def test_a_derived_backfill_is_computed_from_the_row_before(pytester, matrix_project, case):
    run(pytester, matrix_project, case)


LOGS_WITHOUT_CHECK = '''rebuild_tables(conn, [NewTable("processing_logs", """
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    log_level TEXT,
    message TEXT,
    timestamp TIMESTAMP DEFAULT CURRENT_TIMESTAMP""")])'''

LOGS_REBUILT_AS_THEY_WERE = LOGS_WITHOUT_CHECK.replace(
    "log_level TEXT,", "log_level TEXT CHECK(log_level IN ('debug', 'info', 'warning', 'error')),"
)

CONSTRAINTS = {
    "a rebuild that keeps everything passes undeclared": Case("", LOGS_REBUILT_AS_THEY_WERE),
    "a rebuild dropping a CHECK fails naming table and constraint": Case(
        "",
        LOGS_WITHOUT_CHECK,
        expect=(
            "*upgrade path v3->v4 broke invariant 'constraints kept'*",
            "*table processing_logs: check on log_level removed: before (log_level in ('debug', "
            "'info', 'warning', 'error')), after none, not declared: declare it in CHANGES: "
            'DropConstraint("processing_logs", "check", column="log_level")',
        ),
    ),
    "a rebuild dropping a CHECK passes when declared": Case(
        'DropConstraint("processing_logs", "check", column="log_level"),', LOGS_WITHOUT_CHECK
    ),
}


@pytest.mark.parametrize("case", CONSTRAINTS.values(), ids=CONSTRAINTS.keys())
def test_a_constraint_removed_must_be_declared(pytester, matrix_project, case):
    run(pytester, matrix_project, case)


RENAME_TABLE = 'conn.execute("ALTER TABLE entities RENAME TO detected_entities")'
RENAME_COLUMN = 'conn.execute("ALTER TABLE prompts RENAME COLUMN negative_prompt TO avoid_prompt")'

RENAMES = {
    "a declared table rename passes": Case(
        'RenameTable("entities", "detected_entities"),', RENAME_TABLE
    ),
    "a declared column rename passes": Case(
        'RenameColumn("prompts", "negative_prompt", "avoid_prompt"),', RENAME_COLUMN
    ),
    "a value changed across a declared rename fails": Case(
        'RenameColumn("prompts", "negative_prompt", "avoid_prompt"),',
        RENAME_COLUMN + "\n"
        "conn.execute(\"UPDATE prompts SET avoid_prompt = avoid_prompt || '!' WHERE id = "
        '(SELECT min(id) FROM prompts WHERE avoid_prompt IS NOT NULL)")',
        expect=(
            "*upgrade path v3->v4 broke invariant 'data kept'*",
            "*prompts.avoid_prompt rowid *: before text *, after text *!' "
            "(expected text *: unchanged): declare it in CHANGES: "
            'Recompute("prompts", "avoid_prompt", expression="...")',
        ),
    ),
    "an undeclared table rename fails suggesting the declaration": Case(
        "",
        RENAME_TABLE,
        expect=(
            "*table entities dropped (* rows), not declared: "
            'declare it in CHANGES: RenameTable("entities", "detected_entities")',
        ),
    ),
    "an undeclared column rename fails suggesting the declaration": Case(
        "",
        RENAME_COLUMN,
        expect=(
            "*column prompts.negative_prompt dropped, not declared: "
            'declare it in CHANGES: RenameColumn("prompts", "negative_prompt", "avoid_prompt")',
        ),
    ),
}


@pytest.mark.parametrize("case", RENAMES.values(), ids=RENAMES.keys())
def test_a_rename_is_followed_when_declared(pytester, matrix_project, case):
    run(pytester, matrix_project, case)


SCORE_AS_TEXT = '''rebuild_tables(conn, [NewTable("validations", """
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    attempt_number INT, alignment_score TEXT, preserved_count INT, modified_count INT,
    unintended_count INT, user_feedback TEXT, processing_details TEXT, quality_metrics TEXT,
    validation_metadata TEXT""")])'''

TYPES = {
    "a type change with the right conversion passes": Case(
        'ChangeType("validations", "alignment_score", to="TEXT"),',
        SCORE_AS_TEXT,
    ),
    "a type change with a wrong conversion fails naming row, expected, actual": Case(
        'ChangeType("validations", "alignment_score", to="TEXT"),',
        SCORE_AS_TEXT + "\n"
        "conn.execute(\"UPDATE validations SET alignment_score = printf('%.2f', alignment_score)\")",
        expect=(
            "*upgrade path v3->v4 broke invariant 'data kept*",
            "*validations.alignment_score rowid *: before real *, after text * "
            "(expected text *: type change to TEXT: affinity of TEXT)",
        ),
    ),
}


@pytest.mark.parametrize("case", TYPES.values(), ids=TYPES.keys())
def test_a_type_change_converts_as_sqlite_does(pytester, matrix_project, case):
    run(pytester, matrix_project, case)


INDEX_WITH_DATA = (
    'if conn.execute("SELECT count(*) FROM sessions").fetchone()[0]:\n'
    '    conn.execute("CREATE INDEX idx_only_with_data ON sessions(naive_prompt)")'
)

DATA_DEPENDENT = {
    "a data-dependent object declared passes": Case(
        'DependsOnData("index", "idx_only_with_data"),', INDEX_WITH_DATA
    ),
    "a data-dependent object undeclared fails convergence": Case(
        "",
        INDEX_WITH_DATA,
        expect=(
            "*upgrade path v3->v4 broke invariant 'converges to a fresh install'*",
            "*+index idx_only_with_data on sessions (naive_prompt)",
            '*declare it in CHANGES: DependsOnData("index", "idx_only_with_data")',
        ),
    ),
    "a declared data-dependent object does not excuse another difference": Case(
        'DependsOnData("index", "idx_only_with_data"),',
        INDEX_WITH_DATA + "\n"
        'if conn.execute("SELECT count(*) FROM sessions").fetchone()[0]:\n'
        '    conn.execute("CREATE INDEX idx_also_with_data ON sessions(image_path)")',
        expect=(
            "*broke invariant 'converges to a fresh install'*",
            "*+index idx_also_with_data on sessions (image_path)",
        ),
        absent=("*idx_only_with_data on sessions*",),
    ),
}


@pytest.mark.parametrize("case", DATA_DEPENDENT.values(), ids=DATA_DEPENDENT.keys())
def test_an_object_that_depends_on_the_data_may_differ_from_a_fresh_install(
    pytester, matrix_project, case
):
    run(pytester, matrix_project, case)


def test_a_derived_backfill_over_a_column_an_earlier_step_adds_passes_on_a_long_path(
    pytester, matrix_project
):
    """On v1->v2->v3->v4 the start lacks generation_time (0002 adds it): the expression
    reads the row after the path for it."""
    case = Case(
        'AddColumn("prompts", "generation_ms"), '
        'Backfill("prompts", "generation_ms", expression="generation_time * 1000")',
        'conn.execute("ALTER TABLE prompts ADD COLUMN generation_ms REAL")\n'
        'conn.execute("UPDATE prompts SET generation_ms = generation_time * 1000")',
    )
    add_migration(matrix_project, "under_test", migration(case))
    path = ("-k", "test_upgrade_path", "--upgrade-path", "v1-versioned->v2->v3->v4")
    run_matrix(pytester, matrix_project, *path).assert_outcomes(passed=1)
