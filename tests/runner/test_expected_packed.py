"""The expected schema of each version is kept packed (a chain of 300 held 60 MB of models
in every process): what comes back out is the very model a fresh install reads, at every
version of every example chain."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from edi_migrations import load_migrations
from edi_migrations.runner.schema_text import expected
from edi_migrations.schema.model import BOOKKEEPING_TABLES, schema_model
from tests.support import EXAMPLE_CHAINS, fresh_install_at_each_version

CHAINS = EXAMPLE_CHAINS


@pytest.mark.parametrize("folder", CHAINS, ids=lambda f: f.parent.name)
def test_each_versions_expected_model_is_a_fresh_installs(tmp_path, folder):
    chain = load_migrations(folder)
    for version, path in fresh_install_at_each_version(folder, tmp_path):
        with closing(sqlite3.connect(path)) as conn:
            read = schema_model(conn).without(BOOKKEEPING_TABLES)
        kept = expected(chain, version)
        assert kept.model == read and kept.model.render() == read.render(), f"v{version}"
        assert len(kept.packed) < len(read.render().encode()) + 1024  # packed, not objects
