"""The rows a seed gives are pinned to ``GENERATOR_VERSION``: speeding the generator or
its writer up must leave them as they were, or bump the version (templates are keyed
by it). Each digest covers every value and its Python type, in stream order."""

from __future__ import annotations

import hashlib
from contextlib import closing

import pytest

from edi_migrations.identifiers import quote_identifier
from edi_migrations.sqlite.dbapi import sqlite3
from fixtures.edi.edge_cases import EdgeRate
from fixtures.edi.row_pipe import units
from fixtures.edi.session_rows import generate_rows
from fixtures.edi.sessions import GENERATOR_VERSION, columns_at
from fixtures.edi.shapes import build_shape

# (seed, sessions, version, stream, rate) -> digest of the rows, for GENERATOR_VERSION 2
STREAMS = {
    (0, 300, 1, "main", EdgeRate()): "598b529981e0e81d",
    (5, 300, 2, "main", EdgeRate()): "e36368dabfe2456c",
    (7, 300, 3, "after-crash", EdgeRate(0.2, 0.05, sweep=False)): "d47cd43f72392c49",
}
SHAPES = {
    ("orphans", 400, 3): "dce714ca68f3ac22",
    ("half_migrated", 200, 4): "57043ec2b6a06639",
    # past the row pipe's fork: written from a forked child's rows
    ("versioned", 10_000, 1): "af007d368b96501d",
}
PINNED_AT = 2  # the GENERATOR_VERSION these digests were taken at


def digest(items) -> str:
    h = hashlib.sha256()
    for item in items:
        h.update(repr([(type(v).__name__, v) for v in item]).encode())
    return h.hexdigest()[:16]


def stream_rows(seed, sessions, version, stream, rate):
    for table, row in generate_rows(seed, sessions, version=version, stream=stream, rate=rate):
        yield (table, *row)


def file_rows(path):
    with closing(sqlite3.connect(path)) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            query = f"SELECT ?, rowid, * FROM {quote_identifier(table)} ORDER BY rowid"
            yield from conn.execute(query, (table,))


def test_the_digests_were_taken_at_this_generator_version():
    assert GENERATOR_VERSION == PINNED_AT


@pytest.mark.parametrize(("args", "expected"), STREAMS.items(), ids=str)
def test_a_seed_gives_the_rows_it_gave_at_this_version(args, expected):
    assert digest(stream_rows(*args)) == expected


@pytest.mark.parametrize("args", STREAMS, ids=str)
def test_a_forked_child_sends_each_table_its_rows_in_stream_order(args):
    seed, sessions, version, stream, rate = args
    rows = generate_rows(seed, sessions, version=version, stream=stream, rate=rate)
    piped = (
        (table, *row)
        for unit in units(rows, tuple(columns_at(version)), batch=50, fork_after=1)
        for table, rows_of in unit
        for row in rows_of
    )
    by_table = sorted(piped, key=lambda item: item[0])  # stable: each table's order kept
    expected_by_table = sorted(stream_rows(*args), key=lambda item: item[0])
    assert digest(by_table) == digest(expected_by_table)


@pytest.mark.parametrize(("args", "expected"), SHAPES.items(), ids=str)
def test_a_built_shape_holds_the_rows_it_held_at_this_version(tmp_path, args, expected):
    shape, sessions, seed = args
    build_shape(tmp_path / "edi.db", shape, sessions, seed)
    assert digest(file_rows(tmp_path / "edi.db")) == expected
