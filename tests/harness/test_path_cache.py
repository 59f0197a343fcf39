"""What a path derives from its start, kept between runs beside the templates: the start's
snapshot and the start stepped through every migration but the path's last. Read or built
once per key, never served once the start's bytes, the migrations it ran or the code that
read or upgraded it have changed; the jump to head a run did once is handed to its
stepwise path. Real files throughout; builds are counted, never timed: a "run" is a new
cache on the same folder."""

from __future__ import annotations

import pickle
import tempfile
from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import load_migrations, upgrade
from edi_migrations.errors import MigrationError
from edi_migrations.harness import template_keys
from edi_migrations.harness.invariants import runs
from edi_migrations.harness.invariants.compare import snapshot
from edi_migrations.harness.migration_folders import append_to_function, copy_migrations
from edi_migrations.harness.path_cache import PathCache, start_file
from edi_migrations.harness.template_store import TemplateStore
from edi_migrations.sqlite.dbapi import sqlite3


def write_start(path: Path, rows: tuple[int, ...] = (1, 2, 3)) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("CREATE VIEW doubled AS SELECT x * 2 AS y FROM t")
        conn.executemany("INSERT INTO t VALUES (?)", [(r,) for r in rows])
        conn.commit()
    return path


def new_run(tmp_path: Path) -> PathCache:
    """A cache as a new run opens it: same store folder, empty memo."""
    return PathCache(TemplateStore(tmp_path / "store", tmp_path / "scratch"))


def kept(tmp_path: Path, kind: str) -> dict[str, int]:
    """Each key of ``kind`` the store holds, with its file's inode (a rebuild changes it)."""
    root = tmp_path / "store"
    return {
        p.name: next(p.iterdir()).stat().st_ino
        for p in root.iterdir()
        if p.is_dir() and p.name.startswith(f"{kind}-")
    }


def step_with(migrations: Path):
    def step(db: Path, target: int) -> None:
        upgrade(db, to=target, migrations_dir=migrations, backup=False)

    return step


def test_a_starts_snapshot_is_what_reading_it_gives(tmp_path):
    start = write_start(tmp_path / "start.db")
    assert new_run(tmp_path).before(start_file(start)) == snapshot(start)


def test_a_second_run_reads_no_start_again(tmp_path):
    start = write_start(tmp_path / "start.db")
    new_run(tmp_path).before(start_file(start))
    first = kept(tmp_path, "snapshot")
    again = new_run(tmp_path).before(start_file(start))
    assert len(first) == 1 and kept(tmp_path, "snapshot") == first
    assert again == snapshot(start)


def test_a_start_with_other_bytes_never_gets_anothers_snapshot(tmp_path):
    new_run(tmp_path).before(start_file(write_start(tmp_path / "a.db", (1, 2))))
    other = write_start(tmp_path / "b.db", (1, 2, 3))
    assert new_run(tmp_path).before(start_file(other)) == snapshot(other)
    assert len(kept(tmp_path, "snapshot")) == 2


def test_the_views_left_unread_are_part_of_the_snapshots_key(tmp_path):
    start = start_file(write_start(tmp_path / "start.db"))
    assert "doubled" in new_run(tmp_path).before(start).views
    assert "doubled" not in new_run(tmp_path).before(start, frozenset({"doubled"})).views


def test_a_changed_reader_is_a_new_snapshot_key(tmp_path, monkeypatch):
    start = start_file(write_start(tmp_path / "start.db"))
    key = new_run(tmp_path).snapshot_key(start, frozenset())
    monkeypatch.setattr(template_keys, "reader_code_digest", lambda: "edited")
    assert new_run(tmp_path).snapshot_key(start, frozenset()) != key


def test_the_projects_connect_is_part_of_every_key(tmp_path):
    start = start_file(write_start(tmp_path / "start.db"))
    plain, project = new_run(tmp_path), PathCache(new_run(tmp_path).store, "conftest-edited")
    assert plain.snapshot_key(start, frozenset()) != project.snapshot_key(start, frozenset())
    assert plain.stepped_key(start, (2,), ()) != project.stepped_key(start, (2,), ())


def test_a_content_digest_changes_with_the_wal(tmp_path):
    db = write_start(tmp_path / "start.db")
    digest = template_keys.content_digest(db)
    Path(f"{db}-wal").write_bytes(b"not yet checkpointed")
    assert template_keys.content_digest(db) != digest


# --- the start stepped through every migration but the last ------------------------------


@pytest.fixture
def chain(tmp_path: Path) -> Path:
    return copy_migrations(tmp_path / "versions")


def stepped(tmp_path: Path, chain: Path, start: Path, targets: tuple[int, ...]) -> Path:
    dest = Path(tempfile.mkdtemp(dir=tmp_path)) / "stepped.db"
    return new_run(tmp_path).stepped(
        start_file(start), targets, step_with(chain), load_migrations(chain), dest
    )


def user_state(db: Path, chain: Path) -> runs.UserState:
    return runs.user_state(db, runs.run_time_columns(load_migrations(chain)))


def test_a_stepped_start_is_the_start_upgraded_step_by_step(tmp_path, chain, v1_database):
    start = v1_database(sessions=10)
    by_hand = v1_database(sessions=10)
    upgrade(by_hand, to=2, migrations_dir=chain, backup=False)
    assert user_state(stepped(tmp_path, chain, start, (2,)), chain) == user_state(by_hand, chain)


def test_a_second_run_steps_no_migration_again(tmp_path, chain, v1_database):
    start = v1_database(sessions=10)
    stepped(tmp_path, chain, start, (2,))
    first = kept(tmp_path, "stepped")
    copy = stepped(tmp_path, chain, start, (2,))
    assert len(first) == 1 and kept(tmp_path, "stepped") == first
    assert copy.exists() and copy.parent != start.parent


def test_a_changed_migration_is_never_served_a_stale_stepped_start(tmp_path, chain, v1_database):
    start = v1_database(sessions=10)
    stepped(tmp_path, chain, start, (2,))
    append_to_function(chain, 2, "upgrade", "conn.execute('CREATE TABLE added_later (x)')")
    again = stepped(tmp_path, chain, start, (2,))
    assert len(kept(tmp_path, "stepped")) == 2
    with closing(sqlite3.connect(again)) as conn:
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'added_later'").fetchone()


def test_a_migration_after_the_steps_is_not_part_of_their_key(tmp_path, chain, v1_database):
    start = v1_database(sessions=10)
    stepped(tmp_path, chain, start, (2,))
    append_to_function(chain, 3, "upgrade", "conn.execute('CREATE TABLE added_later (x)')")
    stepped(tmp_path, chain, start, (2,))
    assert len(kept(tmp_path, "stepped")) == 1


def test_a_changed_runner_is_a_new_stepped_key(tmp_path, monkeypatch):
    start = start_file(write_start(tmp_path / "start.db"))
    key = new_run(tmp_path).stepped_key(start, (2,), ())
    monkeypatch.setattr(template_keys, "harness_code_digest", lambda: "edited")
    assert new_run(tmp_path).stepped_key(start, (2,), ()) != key


def test_a_step_that_fails_publishes_nothing(tmp_path, chain, v1_database):
    start = v1_database(sessions=10)
    append_to_function(chain, 2, "upgrade", "raise RuntimeError('broken')")
    with pytest.raises(MigrationError, match="broken"):
        stepped(tmp_path, chain, start, (2,))
    assert kept(tmp_path, "stepped") == {}


# --- the jump of this run, handed to its stepwise path -------------------------------------


def test_a_jump_remembered_in_a_run_is_not_computed_again(tmp_path):
    cache, computed = new_run(tmp_path), []
    cache.remember_jump(("start", 3), ("schema", {}))
    problems = cache.unlike_jump(("start", 3), ("schema", {}), lambda: computed.append(1))
    assert problems == [] and computed == []


def test_a_walk_unlike_its_remembered_jump_is_compared_with_the_jump_done_again(tmp_path):
    cache, computed = new_run(tmp_path), []
    jumped = ("schema", {"notes": (("id", "body"), {1: (("integer", 1), ("text", "a"))})})
    cache.remember_jump(("start", 3), jumped)
    walked = ("schema", {"notes": (("id", "body"), {})})
    problems = cache.unlike_jump(("start", 3), walked, lambda: computed.append(1) or jumped)
    assert computed == [1] and any("notes" in p for p in problems)


def test_a_jump_not_yet_done_is_computed_once(tmp_path):
    cache, computed = new_run(tmp_path), []
    for _ in range(2):
        cache.unlike_jump(("start", 3), ("schema", {}), lambda: computed.append(1) or ("schema", {}))
    assert computed == [1]


def test_the_next_run_remembers_no_jump(tmp_path):
    new_run(tmp_path).remember_jump(("start", 3), ("schema", {}))
    computed = []
    new_run(tmp_path).unlike_jump(("start", 3), ("x", {}), lambda: computed.append(1) or ("x", {}))
    assert computed == [1]


def test_a_remembered_jump_keeps_a_digest_not_the_database(tmp_path):
    """Memory flat in the chain's length: a run remembers one jump a start, and a jump
    to head holds every row of every table."""
    cache = new_run(tmp_path)
    rows = {n: (("integer", n), ("text", "x" * 200)) for n in range(5000)}
    cache.remember_jump(("start", 3), ("schema", {"notes": (("id", "body"), rows)}))
    assert all(len(pickle.dumps(kept)) < 200 for kept in cache.jumps.values())


def test_a_start_changed_after_its_digest_was_taken_is_never_kept_under_it(
    tmp_path, chain, v1_database
):
    path = v1_database(sessions=10)
    start = start_file(path)
    upgrade(path, to=2, migrations_dir=chain, backup=False)
    dest = tmp_path / "stepped" / "db"
    with pytest.raises(ValueError, match="changed since its digest"):
        new_run(tmp_path).stepped(start, (3,), step_with(chain), load_migrations(chain), dest)
    assert kept(tmp_path, "stepped") == {}


def test_a_start_changed_after_its_digest_was_taken_gets_no_snapshot_under_it(tmp_path):
    path = write_start(tmp_path / "start.db")
    start = start_file(path)
    write_start(tmp_path / "other.db", (9,)).replace(path)
    with pytest.raises(ValueError, match="changed since its digest"):
        new_run(tmp_path).before(start)
    assert kept(tmp_path, "snapshot") == {}
