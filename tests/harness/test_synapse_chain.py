"""A real Python chain, ported: Synapse's SQLite schema, its full schema 72 and the 105
deltas after it to 94 (main and state stores), the SQL verbatim and the ``.py`` deltas'
SQLite branches as Python (``tests/synapse_app/README.md``).

``users_to_send_full_presence_to`` is keyed by a reference to ``users (name)``, a UNIQUE
column that may hold NULL: the rows from the schema left it empty in every start database
and the coverage check asked for an ``app_writes`` Synapse does not need; the last start
is covered now. The full matrix is the bench's (``bench/bench_ported_chain.py synapse``); one
start keeps this spec short.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def synapse(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no re-run check, the
    app's foreign keys on)."""
    ported_project("synapse", pytester.path)
    return pytester.path / "migrations"


def test_a_child_keyed_by_a_unique_name_that_may_be_null_is_filled(pytester, synapse):
    result = run_matrix(
        pytester,
        synapse,
        "-k",
        "test_start_database_covers_the_schema and v105]",
        "--matrix-rows",
        "4",
    )
    result.assert_outcomes(passed=1)
