"""Drift is judged first by the schema's text: a database whose ``sqlite_master`` rows
(bookkeeping tables aside) are exactly those of a fresh install at its version has no
drift, and building and comparing the two models is skipped. The fast path must decide
exactly what the models decide: the same ``Detected`` on every version of every example
chain, reached by a fresh install and by a stepwise walk; anything else takes the models
(a drifted database is reported as before: test_drift_data_dependent and the rest)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from edi_migrations import init, load_migrations, upgrade
from edi_migrations.runner import detect
from edi_migrations.runner.schema_text import expected_rows, schema_rows
from edi_migrations.sqlite.read_only import read_only
from tests.support import EXAMPLE_CHAINS, fresh_install_at_each_version

TESTS = Path(__file__).resolve().parent.parent
CHAINS = EXAMPLE_CHAINS


def both_ways(path: Path, chain: tuple) -> tuple[detect.Detected, detect.Detected, bool]:
    """``detect`` with and without the fast path, and whether the fast path applied."""
    with read_only(path) as conn:
        fast = detect.detect(conn, path, chain)
        slow = detect.detect(conn, path, chain, fast=False)
        applies = schema_rows(conn) == expected_rows(chain, fast.version)
    return fast, slow, applies


@pytest.mark.parametrize("folder", CHAINS, ids=lambda f: f.parent.name)
def test_a_fresh_install_at_each_version_is_detected_as_by_the_models(tmp_path, folder):
    chain = load_migrations(folder)
    for version, path in fresh_install_at_each_version(folder, tmp_path):
        fast, slow, applies = both_ways(path, chain)
        assert fast == slow == detect.Detected(version, version, "recorded")
        assert applies, f"v{version} of {folder.parent.name}: the fast path did not apply"


@pytest.mark.parametrize("folder", CHAINS, ids=lambda f: f.parent.name)
def test_a_walk_one_step_at_a_time_is_detected_as_by_the_models(tmp_path, folder):
    chain = load_migrations(folder)
    path = tmp_path / "walked.db"
    init(path, to=1, migrations_dir=folder)
    for version in range(2, len(chain) + 1):
        upgrade(path, to=version, migrations_dir=folder, backup=False)
        fast, slow, applies = both_ways(path, chain)
        assert fast == slow == detect.Detected(version, version, "recorded")
        assert applies


def test_a_schema_written_otherwise_takes_the_models_and_finds_no_drift(tmp_path):
    """The same table spelt with other whitespace: the text differs, the models do not."""
    folder = TESTS / "example_app" / "migrations"
    chain = load_migrations(folder)
    path = tmp_path / "respelt.db"
    init(path, to=1, migrations_dir=folder)
    with read_only(path) as conn:
        rows = schema_rows(conn)
    table = next(r for r in rows if r[0] == "table")
    respelt = table[3].replace("(", " (  ", 1)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (respelt, table[1]))
    conn.commit()
    conn.close()
    fast, slow, applies = both_ways(path, chain)
    assert not applies
    assert fast == slow == detect.Detected(1, 1, "recorded")


def test_a_drifted_database_is_reported_by_the_models(tmp_path):
    folder = TESTS / "example_app" / "migrations"
    chain = load_migrations(folder)
    path = tmp_path / "drifted.db"
    init(path, to=2, migrations_dir=folder)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE stray (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    fast, slow, applies = both_ways(path, chain)
    assert not applies
    assert fast == slow
    assert fast.drift == ("unexpected table stray",)
