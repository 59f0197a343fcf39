"""Chain length is never a limit: test ids and the names of the files the harness keeps
stay under a fixed length however many migrations the chain has (a name after every step
of a stepwise walk broke chains past about 80 migrations with ENAMETOOLONG), and the ids
stay readable: ``v1=>v100`` walks every version, ``v1->v100`` jumps. The full route is in
the failure text and ``--upgrade-path`` globs still match it."""

from __future__ import annotations

import re
import shutil
from contextlib import closing
from pathlib import Path

import pytest

from bench.long_chain import write_chain
from edi_migrations import load_migrations
from edi_migrations.harness.path_cache import PathCache, start_file
from edi_migrations.harness.paths import Start, UpgradePath, upgrade_paths
from edi_migrations.harness.schema_starts import SchemaStarts
from edi_migrations.harness.template_store import HIDDEN, TemplateStore
from edi_migrations.sqlite.dbapi import sqlite3

MAX_ID = 64  # characters of a test's parameter id
MAX_FILE_NAME = 100  # characters of any file or folder name the store makes
LONGEST_PREFIX = f"{HIDDEN}evicting-"  # the longest a store puts before a key
SHAPES = ("wal+orphans", "half_migrated_backfill")
HEAD = 1000


@pytest.fixture(scope="module")
def long_chain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_chain(tmp_path_factory.mktemp("chain") / "migrations", HEAD)


def test_a_walk_is_named_by_its_ends_and_a_jump_by_its_arrow():
    found = {p.id: p for p in upgrade_paths(100, SHAPES)}
    assert {"v1-wal+orphans=>v100", "v1-wal+orphans->v100", "v99->v100", "fresh->v100"} <= set(
        found
    )
    walk = found["v1-wal+orphans=>v100"]
    assert walk.route == "v1-wal+orphans" + "".join(f"->v{t}" for t in range(2, 101))
    assert found["v2->v100"].route == "v2->v100"


def test_a_route_that_is_neither_is_written_in_runs_of_jumps_and_walks():
    assert UpgradePath(Start(1), (3, 4, 5, 6, 7)).id == "v1->v3=>v7"
    assert UpgradePath(Start(1), (2, 5)).id == "v1->v2->v5"
    assert UpgradePath(Start(1), (2, 3, 9, 10, 11)).id == "v1=>v3->v9=>v11"
    assert UpgradePath(Start(1), (3, 4, 5, 6, 7)).route == "v1->v3->v4->v5->v6->v7"


def test_a_route_of_many_jumps_gets_a_short_id_that_tells_it_apart():
    hops = tuple(range(3, 2001, 2))
    other = (*hops[:-1], 2001)
    short = UpgradePath(Start(1), hops).id
    assert len(short) <= MAX_ID
    assert short != UpgradePath(Start(1), other).id


def test_every_id_of_a_chain_of_a_thousand_stays_short_and_unique(pytester, long_chain):
    result = pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "--migrations-dir", str(long_chain), "--collect-only", "-q"
    )
    ids = [m.group(1) for m in map(re.compile(r".*::\w+\[(.*)\]$").match, result.stdout.lines) if m]
    assert len(ids) > 5 * HEAD
    assert max(map(len, ids)) <= MAX_ID, max(ids, key=len)
    assert "test_upgrade_path[v1=>v1000]" in result.stdout.str()


def test_every_cache_file_name_of_a_chain_of_a_thousand_stays_short(tmp_path, long_chain):
    chain = load_migrations(long_chain)
    start = tmp_path / "start.db"
    with closing(sqlite3.connect(start)) as conn:
        conn.execute("CREATE TABLE t (x)")
    store = TemplateStore(tmp_path / "store")
    cache, begun = PathCache(store, "project"), start_file(start)
    keys = [cache.snapshot_key(begun, frozenset({"a_view"}))]
    walks = {p.targets[:-1] for p in upgrade_paths(HEAD, SHAPES, full=False)} - {()}
    keys += [cache.stepped_key(begun, steps, chain) for steps in walks]
    starts = SchemaStarts(store, long_chain, tuple(chain), seed=2**31 - 1, sessions=100_000)
    keys += [starts.key(version) for version in range(1, HEAD + 1)]
    assert len(set(keys)) == len(keys)
    longest = max(keys, key=len)
    assert len(LONGEST_PREFIX + longest) <= MAX_FILE_NAME, longest


def test_a_walk_through_a_long_chain_is_kept_under_a_short_name(tmp_path, long_chain):
    """For real: the start stepped through 998 migrations is published and copied."""
    chain = load_migrations(long_chain)
    start = tmp_path / "start.db"
    with closing(sqlite3.connect(start)) as conn:
        conn.execute("CREATE TABLE t (x)")

    def step(db: Path, version: int) -> None:
        with closing(sqlite3.connect(db)) as conn:
            conn.execute(f"PRAGMA user_version = {version}")

    cache = PathCache(TemplateStore(tmp_path / "store"), "project")
    steps = tuple(range(2, HEAD))
    copy = cache.stepped(start_file(start), steps, step, chain, tmp_path / "copy" / "db")
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (HEAD - 1,)
    kept = [p.name for p in (tmp_path / "store").iterdir()]
    assert kept and max(map(len, kept)) <= MAX_FILE_NAME


EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"


def selected(pytester: pytest.Pytester, *patterns: str, full: bool = False) -> set[str]:
    """The upgrade-path ids of the example app's matrix that the patterns select."""
    shutil.copytree(EXAMPLE, pytester.path / "migrations", dirs_exist_ok=True)
    args = [a for p in patterns for a in ("--upgrade-path", p)] + (["--matrix=full"] if full else [])
    result = pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "--migrations-dir", "migrations", "--collect-only", "-q", *args
    )
    found = re.compile(r".*::test_upgrade_path\[(.*)\]$")
    return {m.group(1) for m in map(found.match, result.stdout.lines) if m}


def test_a_glob_matches_the_short_id(pytester):
    assert selected(pytester, "v1=>v7") == {"v1=>v7"}
    assert selected(pytester, "v2->v7") == {"v2->v7"}


def test_a_glob_matches_the_full_route_of_a_walk(pytester):
    assert selected(pytester, "*->v3->*") == {"v1=>v7"}
    assert selected(pytester, "v5->v6->v7", full=True) == {"v5=>v7"}
