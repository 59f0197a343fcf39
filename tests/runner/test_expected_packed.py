"""The expected schema of each version is kept packed (a chain of 300 held 60 MB of models
in every process): what comes back out is the very model a fresh install reads, at every
version of every example chain."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import init, load_migrations
from edi_migrations.runner.schema_text import expected
from edi_migrations.schema.model import BOOKKEEPING_TABLES, schema_model

TESTS = Path(__file__).resolve().parent.parent
CHAINS = [TESTS / "example_app" / "migrations", TESTS / "example_chat" / "migrations",
          TESTS / "bookmarks_app" / "migrations"]  # fmt: skip


@pytest.mark.parametrize("folder", CHAINS, ids=lambda f: f.parent.name)
def test_each_versions_expected_model_is_a_fresh_installs(tmp_path, folder):
    chain = load_migrations(folder)
    for version in range(1, len(chain) + 1):
        path = tmp_path / f"v{version}.db"
        init(path, to=version, migrations_dir=folder)
        with closing(sqlite3.connect(path)) as conn:
            read = schema_model(conn).without(BOOKKEEPING_TABLES)
        kept = expected(chain, version)
        assert kept.model == read and kept.model.render() == read.render(), f"v{version}"
        assert len(kept.packed) < len(read.render().encode()) + 1024  # packed, not objects
