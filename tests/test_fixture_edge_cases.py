"""Every edge-case kind is in a default-sized database, in every column that can hold it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from fixtures.edge_cases import CLEAN, EDGE_KINDS, edge_census, edge_slots, kinds_found
from fixtures.sessions import V1_COLUMNS, V2_EXTRA_COLUMNS, V2_TABLES


def census_of(path: Path):
    with closing(sqlite3.connect(path)) as conn:
        return edge_census(conn)


@pytest.fixture
def default_census(v1_database):
    return census_of(v1_database())


def test_every_edge_kind_appears_in_a_default_database(default_census):
    totals = kinds_found(default_census)
    assert [kind for kind in EDGE_KINDS if totals[kind] == 0] == []


def test_every_v1_column_holds_every_edge_value_it_can(default_census):
    missing = sorted(pair for pair in edge_slots(V1_COLUMNS) if default_census[pair] == 0)
    assert missing == []


def test_at_v2_the_newer_columns_and_tables_hold_their_edge_values_too(v1_database):
    census = census_of(v1_database(version=2))
    missing = sorted(
        pair for pair in edge_slots({**V2_EXTRA_COLUMNS, **V2_TABLES}) if census[pair] == 0
    )
    assert missing == []


def test_negative_zero_survives_where_sqlite_keeps_its_sign(v1_database):
    with closing(sqlite3.connect(v1_database())) as conn:
        (found,) = conn.execute(
            "SELECT count(*) FROM entities WHERE bbox_json LIKE '%\"x1\": -0.0,%'"
        ).fetchone()
    assert found > 0


def test_sessions_keep_the_v1_constraints(v1_database):
    with closing(sqlite3.connect(v1_database())) as conn:
        ids = conn.execute(
            "SELECT count(*), count(id), count(DISTINCT id) FROM sessions"
        ).fetchone()
        statuses = {r[0] for r in conn.execute("SELECT DISTINCT status FROM sessions")}
    assert ids[0] == ids[1] == ids[2]
    assert statuses <= {None, "in_progress", "completed", "failed"}


def test_a_clean_rate_writes_no_edge_values_and_no_orphans(v1_database):
    totals = kinds_found(census_of(v1_database(rate=CLEAN)))
    odd = {"huge_text", "emoji", "rtl", "sql_text", "int64_max", "orphan_null", "orphan_dangling"}
    assert {kind: totals[kind] for kind in odd} == dict.fromkeys(odd, 0)
