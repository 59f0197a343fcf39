"""The harness raises no false alarm on a harmless migration, and a real failure says why.

Each case adds a 0004 to a private copy of the migrations and runs upgrade paths to v4:
a plain index (it reorders the sums of a view) passes; a view whose figures really
change fails showing the row before and after; a UNIQUE index over repeated labels
fails naming them and their counts, and passes once the duplicates are moved aside
into a declared quarantine.
"""

from __future__ import annotations

import re

from edi_migrations.harness.paths import upgrade_paths
from fixtures.edi.sessions import LABELS
from fixtures.edi.shapes import ALL_SHAPES
from tests.harness_projects import add_migration, quarantine_then_unique, run_matrix

TO_V4 = ("-k", "test_upgrade_path", "--upgrade-path", "*->v4")
PATHS_TO_V4 = sum(1 for p in upgrade_paths(4, tuple(ALL_SHAPES)) if p.target == 4)

PLAIN_INDEX = """
from edi_migrations.sqlite.dbapi import sqlite3

CHANGES = ()


def upgrade(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE INDEX idx_prompts_session_iteration ON prompts(session_id, iteration)")
"""

HALVED_VIEW = """
from edi_migrations.sqlite.dbapi import sqlite3

CHANGES = ()


def upgrade(conn: sqlite3.Connection) -> None:
    conn.execute("DROP VIEW session_quality")
    conn.execute(
        "CREATE VIEW session_quality AS SELECT s.id AS session_id, s.final_alignment_score, "
        "(SELECT avg(p.quality_score) / 2 FROM prompts p WHERE p.session_id = s.id) "
        "AS avg_prompt_quality, "
        "(SELECT avg(v.alignment_score) FROM validations v WHERE v.session_id = s.id) "
        "AS avg_validation_score FROM sessions s"
    )
"""

UNIQUE_INDEX = 'conn.execute("CREATE UNIQUE INDEX idx_entities_label_unique ON entities(label)")'

UNIQUE_LABELS = f"""
from edi_migrations.sqlite.dbapi import sqlite3

CHANGES = ()


def upgrade(conn: sqlite3.Connection) -> None:
    {UNIQUE_INDEX}
"""

QUARANTINED_THEN_UNIQUE = quarantine_then_unique(
    "entities",
    ("label",),
    "idx_entities_label_unique",
    replaced_views=("session_summary",),  # its entity_count drops with the rows moved
)


def test_a_plain_index_that_reorders_a_views_sums_passes_every_path(pytester, matrix_project):
    add_migration(matrix_project, "prompt_index", PLAIN_INDEX)
    result = run_matrix(pytester, matrix_project, *TO_V4)
    result.assert_outcomes(passed=PATHS_TO_V4)


def test_a_view_whose_figures_change_fails_showing_before_and_after(pytester, matrix_project):
    add_migration(matrix_project, "halved_quality", HALVED_VIEW)
    result = run_matrix(
        pytester, matrix_project, "-k", "test_upgrade_path", "--upgrade-path", "v3->v4"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v3->v4 broke invariant 'views keep their rows'*",
            "*view session_quality: * row(s) changed, e.g. before (text *) after (text *)",
        ]
    )
    pair = re.search(
        r"before \(text .*?, (?:null|real \S+|text '[^']*'), real (\S+), .*?\) after "
        r"\(text .*?, (?:null|real \S+|text '[^']*'), real (\S+), ",
        result.stdout.str(),
    )
    assert pair is not None
    before, after = (float(v) for v in pair.groups())
    assert after == before / 2


def test_a_unique_index_over_repeated_labels_fails_naming_them(pytester, matrix_project):
    add_migration(matrix_project, "unique_labels", UNIQUE_LABELS)
    result = run_matrix(
        pytester,
        matrix_project,
        *(
            "-k",
            "test_upgrade_path",
            "--upgrade-path",
            "v1-versioned->v4",
            "--upgrade-path",
            "v3->v4",
        ),
    )
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v1-versioned->v4 broke invariant 'upgrade completes'*",
            "*0004_unique_labels failed at statement: CREATE UNIQUE INDEX*"
            "UNIQUE constraint failed: entities.label; rolled back, database still at v3",
            "*before the failing step, entities (label) held * duplicated value(s) "
            "(NULLs never collide): '*' in * rows*",
        ]
    )
    (line, *_) = [
        line for line in result.stdout.lines if "before the failing step, entities (label)" in line
    ]
    counts = [int(n) for n in re.findall(r" in (\d+) rows", line)]
    assert counts and all(n >= 2 for n in counts) and counts == sorted(counts, reverse=True)
    assert any(f"'{label}' in " in line for label in LABELS)


def test_duplicates_moved_to_a_declared_quarantine_first_pass(pytester, matrix_project):
    """On every path to v4: those through 0003 also move orphaned entities into
    orphaned_rows, so one table's rows leave into two declared quarantines."""
    add_migration(matrix_project, "unique_labels", QUARANTINED_THEN_UNIQUE)
    paths = ("--upgrade-path", "*->v4")
    result = run_matrix(pytester, matrix_project, "-k", "test_upgrade_path", *paths)
    result.assert_outcomes(passed=27)  # walks start at v1 only
