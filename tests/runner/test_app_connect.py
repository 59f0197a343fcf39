"""A schema using a collation or SQL function the app registers on its own connections is
migrated when the runner is given the app's ``connect``; without it, refused saying so."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from edi_migrations import MigrationError, current_version, downgrade, init, inspect, upgrade
from edi_migrations.integrity.check import ParallelCheck
from edi_migrations.runner.connection import StepConnection
from edi_migrations.runner.verify import verify
from edi_migrations.sqlite.opener import connecting_with
from tests.collating_app import add_cards, collation_only, write_chain
from tests.collating_app import connect as app_connect


@pytest.fixture
def chain(tmp_path: Path) -> Path:
    return write_chain(tmp_path / "migrations")


@pytest.fixture
def v1(chain: Path, tmp_path: Path) -> Path:
    """A database the app made at v1 and wrote cards into, through its own connections."""
    db = tmp_path / "app.db"
    init(db, to=1, migrations_dir=chain, connect=app_connect)
    add_cards(db)
    return db


def test_without_the_apps_connect_an_upgrade_is_refused_saying_to_give_it(v1, chain):
    before = v1.read_bytes()
    with pytest.raises(MigrationError, match=r"unicase.*`connect`") as raised:
        upgrade(v1, migrations_dir=chain, backup=False)
    assert "app.db" in str(raised.value)
    assert v1.read_bytes() == before


def test_a_missing_app_function_in_a_step_is_refused_saying_to_give_it(v1, chain):
    with pytest.raises(MigrationError, match=r"app_sort.*`connect`"):
        upgrade(v1, migrations_dir=chain, backup=False, connect=collation_only)
    assert current_version(v1, chain, connect=app_connect) == 1


def test_with_the_apps_connect_the_upgrade_runs_and_the_trigger_fires(v1, chain):
    outcome = upgrade(v1, migrations_dir=chain, connect=app_connect)
    assert (outcome.from_version, outcome.to_version) == (1, 2)
    assert outcome.backup is not None and outcome.backup.exists()
    conn = app_connect(str(v1))
    cards = conn.execute("SELECT name FROM cards ORDER BY name COLLATE unicase").fetchall()
    decks = conn.execute("SELECT name, sort FROM decks").fetchall()
    conn.close()
    assert cards == [("apple",), ("Banana",)]
    assert decks == [("Default Deck", "default deck")]


def test_with_the_apps_connect_downgrade_inspect_and_verify_read_it(v1, chain):
    upgrade(v1, migrations_dir=chain, backup=False, connect=app_connect)
    assert inspect(v1, chain, connect=app_connect).version == 2
    assert verify(v1, chain, connect=app_connect) == []
    downgrade(v1, 1, migrations_dir=chain, connect=app_connect)
    assert current_version(v1, chain, connect=app_connect) == 1


def test_inspect_without_it_is_refused_saying_to_give_it(v1, chain):
    with pytest.raises(MigrationError, match=r"unicase.*`connect`"):
        inspect(v1, chain)


def test_init_without_it_is_refused_and_leaves_no_file(chain, tmp_path):
    db = tmp_path / "new.db"
    with pytest.raises(MigrationError, match=r"unicase.*`connect`"):
        init(db, migrations_dir=chain)
    assert not db.exists()


def test_the_step_connection_comes_from_the_factory_with_its_keywords_passed_on(v1, chain):
    seen: list[dict[str, object]] = []

    def recording(database: str, **kw: object) -> sqlite3.Connection:
        seen.append(kw)
        return app_connect(database, **kw)

    upgrade(v1, migrations_dir=chain, connect=recording)
    assert any(kw.get("factory") is StepConnection for kw in seen)
    assert any(kw.get("uri") is True for kw in seen)  # the read-only reads


def test_a_factory_that_drops_the_keywords_is_refused_naming_them(v1, chain):
    def dropping(database: str, **kw: object) -> sqlite3.Connection:
        return app_connect(database)

    before = v1.read_bytes()
    with pytest.raises(TypeError, match=r"connect.*\*\*kw"):
        upgrade(v1, migrations_dir=chain, backup=False, connect=dropping)
    assert v1.read_bytes() == before


@pytest.mark.parametrize(("connect", "found"), [(None, "unicase"), (app_connect, None)])
def test_the_parallel_integrity_checks_threads_read_through_it(v1, connect, found):
    with connecting_with(connect):
        check = ParallelCheck(v1, 5.0, workers=2)
    try:
        check.start()
        check.join()
        failure = check.failure()
    finally:
        check.close()
    assert (failure is None) if found is None else (found in str(failure))
