"""The schema each version should have (what drift is judged against) is built along the
chain once: asking for every version in turn, as a stepwise walk does, runs each
migration once, however long the chain (counted in runs, not seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations import load_migrations
from edi_migrations.runner.detect import expected_schema

COUNTING = '''"""Table {n}; each run leaves a line in the log."""


def upgrade(conn):
    with open({log!r}, "a", encoding="utf-8") as log:
        log.write("{n}\\n")
    conn.execute("CREATE TABLE t{n} (id INTEGER PRIMARY KEY)")
'''

BROKEN = '''"""A migration that cannot run."""


def upgrade(conn):
    raise RuntimeError("broken on purpose")
'''


def counting_chain(folder: Path, length: int) -> tuple[Path, tuple]:
    folder.mkdir()
    log = folder.parent / "runs.log"
    for n in range(1, length + 1):
        text = COUNTING.format(n=n, log=str(log))
        (folder / f"{n:04d}_table_{n}.py").write_text(text, encoding="utf-8")
    return log, load_migrations(folder)


def runs(log: Path) -> list[int]:
    return [int(line) for line in log.read_text(encoding="utf-8").split()]


def test_every_version_of_a_long_chain_twice_runs_each_migration_once(tmp_path):
    log, chain = counting_chain(tmp_path / "migrations", 150)
    for _ in range(2):  # a second walk asks for each version again
        for version in range(1, 151):
            expected_schema(chain, version)
    assert sorted(runs(log)) == list(range(1, 151))


def test_each_version_holds_the_tables_of_its_migrations_only(tmp_path):
    _, chain = counting_chain(tmp_path / "migrations", 5)
    for version in (3, 5, 2):
        tables = {name for (kind, name) in expected_schema(chain, version).objects()}
        assert {f"t{n}" for n in range(1, version + 1)} <= tables
        assert not {f"t{n}" for n in range(version + 1, 6)} & tables


def test_a_broken_migration_raises_each_time_and_leaves_the_others_intact(tmp_path):
    _, chain = counting_chain(tmp_path / "migrations", 3)
    (tmp_path / "migrations" / "0004_broken.py").write_text(BROKEN, encoding="utf-8")
    chain = load_migrations(tmp_path / "migrations")
    for _ in range(2):
        with pytest.raises(RuntimeError, match="broken on purpose"):
            expected_schema(chain, 4)
    assert {name for (_, name) in expected_schema(chain, 3).objects()} >= {"t1", "t2", "t3"}
