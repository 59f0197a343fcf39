"""Property: whatever the seed, a matrix-sized database holds every edge kind in every place.

The sweep is a guarantee, not a likelihood: the seed that once left
``user_feedback.feedback_type`` without a NULL at v2 is an explicit example.
Databases are built inside the test (a function-scoped fixture would be shared by
every example), and Hypothesis draws from the run's seed, so a run is repeatable.
"""

from __future__ import annotations

import tempfile
from contextlib import closing
from pathlib import Path

from hypothesis import example, given, seed, settings
from hypothesis import strategies as st

from edi_migrations.sqlite.dbapi import sqlite3
from fixtures.edi.edge_census import edge_census, missing_edges, swept_edges
from fixtures.edi.templates import DatabaseSpec, build_database

MATRIX_SESSIONS = 60
VERSIONS = (1, 2, 3)
FORMER_FAILURE = 342613527  # no NULL in user_feedback.feedback_type at v2, before the guarantee


def missing_at(folder: Path, edi_seed: int, version: int) -> list[tuple[str, str]]:
    path = folder / f"seed{edi_seed}-v{version}.db"
    build_database(path, DatabaseSpec(sessions=MATRIX_SESSIONS, seed=edi_seed, version=version))
    with closing(sqlite3.connect(path)) as conn:
        return missing_edges(edge_census(conn), swept_edges(version))


def test_every_seed_sweeps_every_edge_into_every_version_at_the_matrix_size(edi_seed):
    @seed(edi_seed)
    @settings(max_examples=4, deadline=None, database=None)
    @given(st.integers(min_value=0, max_value=2**31 - 1))
    @example(FORMER_FAILURE)
    def check(data_seed: int) -> None:
        with tempfile.TemporaryDirectory() as folder:
            missing = {v: missing_at(Path(folder), data_seed, v) for v in VERSIONS}
        assert missing == {v: [] for v in VERSIONS}

    check()
