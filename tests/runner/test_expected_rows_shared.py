"""The fresh-install rows kept per version share what the versions share: a table
unchanged from v1 to v300 is one row object for the whole chain, not 300 copies of its
SQL (kept per version, the rows grew with the square of the chain and were the largest
part of a worker's growth on a long chain). Which rows are equal is unchanged: each
version's rows are still exactly a fresh install's."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from bench.long_chain import write_chain
from edi_migrations import load_migrations
from edi_migrations.runner.expected_schemas import ExpectedSchemas
from edi_migrations.runner.schema_text import FreshReader, schema_rows
from tests.support import EXAMPLE_CHAINS, fresh_install_at_each_version


def kept_rows(chain: tuple, versions: list[int]) -> dict[int, tuple]:
    schemas = ExpectedSchemas(FreshReader())
    return {v: schemas.at(chain[:v]).rows for v in versions}


def test_a_row_unchanged_along_a_long_chain_is_kept_once(tmp_path):
    chain = load_migrations(write_chain(tmp_path / "migrations", 40))
    rows = kept_rows(chain, list(range(1, len(chain) + 1)))
    equal = {row for kept in rows.values() for row in kept}
    objects = {id(row) for kept in rows.values() for row in kept}
    assert len(objects) == len(equal)  # one object per distinct row, whichever versions hold it
    assert sum(map(len, rows.values())) > 4 * len(equal)  # and the versions do share


def test_rows_asked_out_of_order_are_shared_too(tmp_path):
    chain = load_migrations(write_chain(tmp_path / "migrations", 20))
    rows = kept_rows(chain, [20, 5, 12, 6, 19])
    firsts = {}
    for kept in rows.values():
        for row in kept:
            assert firsts.setdefault(row, row) is row


@pytest.mark.parametrize("folder", EXAMPLE_CHAINS, ids=lambda f: f.parent.name)
def test_each_versions_shared_rows_are_still_a_fresh_installs(tmp_path, folder):
    chain = load_migrations(folder)
    rows = kept_rows(chain, list(range(1, len(chain) + 1)))
    for version, path in fresh_install_at_each_version(folder, tmp_path):
        with closing(sqlite3.connect(path)) as conn:
            assert rows[version] == schema_rows(conn), f"v{version}"
