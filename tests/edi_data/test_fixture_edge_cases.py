"""Every edge-case kind is in a default-sized database, in every column that can hold it."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations.sqlite.dbapi import sqlite3
from fixtures.edi.edge_cases import CLEAN, DIRTY_VALUE_KINDS, EDGE_KINDS
from fixtures.edi.edge_census import (
    edge_census,
    edge_slots,
    kinds_found,
    missing_edges,
    swept_edges,
)
from fixtures.edi.sessions import V1_COLUMNS, V2_EXTRA_COLUMNS, V2_TABLES
from fixtures.edi.shapes import CRASH_VARIANTS, SHAPE_NAMES

MATRIX_SESSIONS = 60  # the matrix's --matrix-sessions default


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


@pytest.mark.parametrize("version", [1, 2, 3])
def test_a_matrix_sized_database_holds_every_edge_of_its_version_in_every_place(
    v1_database, version
):
    census = census_of(v1_database(sessions=MATRIX_SESSIONS, version=version))
    assert missing_edges(census, swept_edges(version)) == []


@pytest.mark.parametrize("shape", SHAPE_NAMES + CRASH_VARIANTS)
def test_a_matrix_sized_database_of_every_field_shape_holds_every_v1_edge_in_every_place(
    v1_database, shape
):
    census = census_of(v1_database(shape, MATRIX_SESSIONS))
    assert missing_edges(census, swept_edges(1)) == []


def test_the_dirty_kinds_are_edge_kinds():
    assert {*DIRTY_VALUE_KINDS, "duplicate_key"} <= set(EDGE_KINDS)


def test_negative_zero_survives_where_sqlite_keeps_its_sign(v1_database):
    with closing(sqlite3.connect(v1_database())) as conn:
        (found,) = conn.execute(
            "SELECT count(*) FROM entities WHERE bbox_json LIKE '%\"x1\": -0.0,%'"
        ).fetchone()
    assert found > 0


def test_text_in_number_columns_is_stored_as_text(v1_database):
    with closing(sqlite3.connect(v1_database(sessions=MATRIX_SESSIONS))) as conn:
        stored = {
            r[0]
            for r in conn.execute(
                "SELECT typeof(confidence) FROM entities WHERE confidence IN ('n/a', 'high', '0,9')"
            )
        }
    assert stored == {"text"}


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
    odd |= set(DIRTY_VALUE_KINDS)
    assert {kind: totals[kind] for kind in odd} == dict.fromkeys(odd, 0)


def test_a_clean_rate_repeats_no_prompt_iteration_and_no_entity_id(v1_database):
    census = census_of(v1_database(rate=CLEAN))
    assert [census[("duplicate_key", t)] for t in ("prompts", "entities")] == [0, 0]
