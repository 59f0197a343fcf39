"""The Hypothesis strategies write valid v1 databases and shrink towards small ones."""

from __future__ import annotations

import tempfile
from contextlib import closing
from pathlib import Path

from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

from edi_migrations import current_version
from edi_migrations.sqlite.dbapi import sqlite3
from fixtures.edi.strategies import V1Database, session_graphs, v1_databases, write_v1_database


@settings(max_examples=10, deadline=None)
@given(db=v1_databases(max_size=4, records=st.sampled_from(["bare", "versioned", "same_second"])))
def test_a_generated_database_holds_exactly_its_rows(db: V1Database):
    with tempfile.TemporaryDirectory() as folder:
        path = write_v1_database(Path(folder) / "generated.db", db)
        with closing(sqlite3.connect(path)) as conn:
            counts = {
                t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("sessions", "prompts", "entities", "validations")
            }
        assert current_version(path) == 1
    assert counts["sessions"] == len(db.graphs)
    assert counts["prompts"] == sum(len(g.prompts) for g in db.graphs) + sum(
        1 for table, _ in db.orphans if table == "prompts"
    )


@settings(max_examples=10, deadline=None)
@given(graph=session_graphs(min_size=1, max_size=2))
def test_a_session_graph_has_children_in_its_bounds(graph):
    for children in (graph.prompts, graph.entities, graph.validations):
        assert 1 <= len(children) <= 2


# find() goes on generating up to max_examples: twenty are plenty for "two graphs or
# more", and the shrink is the behaviour (no explicit examples, no explanation to write:
# seconds of a fresh clone's run).
FIND_AND_SHRINK = settings(max_examples=20, phases=(Phase.reuse, Phase.generate, Phase.shrink))


def test_a_failing_database_shrinks_to_the_smallest_that_fails():
    smallest = find(v1_databases(), lambda db: len(db.graphs) >= 2, settings=FIND_AND_SHRINK)
    assert len(smallest.graphs) == 2 and smallest.orphans == ()
    assert all(not (g.prompts or g.entities or g.validations) for g in smallest.graphs)
