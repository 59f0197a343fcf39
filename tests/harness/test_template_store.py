"""Templates kept between runs: built once per key, published whole, shared by processes,
never reused once anything that decides their bytes has changed, evicted when old.

Real files throughout: a store is a folder, a "run" is a new store on the same folder."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import time
from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import load_migrations
from edi_migrations.harness import template_keys
from edi_migrations.harness.schema_starts import SchemaStarts
from edi_migrations.harness.template_store import TemplateStore, evict
from edi_migrations.sqlite.dbapi import sqlite3
from fixtures.edi import templates
from fixtures.edi.templates import DatabaseSpec, TemplateCache

EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"


def write_db(path: Path, log: Path | None = None) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    if log is not None:
        with log.open("a") as out:
            out.write(f"{os.getpid()}\n")


class Builds:
    """A build function that counts its calls."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, path: Path) -> None:
        self.count += 1
        write_db(path)


def test_a_second_run_on_the_same_folder_reuses_the_template(tmp_path):
    builds = Builds()
    first = TemplateStore(tmp_path / "store", tmp_path / "scratch").template("k", builds)
    again = TemplateStore(tmp_path / "store", tmp_path / "scratch2").template("k", builds)
    assert first == again and builds.count == 1


def test_a_template_built_in_scratch_is_published_into_the_store(tmp_path):
    path = TemplateStore(tmp_path / "store", tmp_path / "scratch").template("k", write_db)
    assert path.parent == tmp_path / "store" / "k" and path.exists()
    assert list((tmp_path / "scratch").iterdir()) == []


def test_a_failed_build_publishes_nothing_and_leaves_no_staging(tmp_path):
    def broken(path: Path) -> None:
        write_db(path)
        raise RuntimeError("generator broke")

    store = TemplateStore(tmp_path / "store", tmp_path / "scratch")
    with pytest.raises(RuntimeError, match="generator broke"):
        store.template("k", broken)
    assert [p.name for p in (tmp_path / "store").iterdir() if not p.name.startswith(".lock")] == []


def _build_in_child(root: str, log: str) -> None:
    TemplateStore(Path(root)).template("k", lambda p: (time.sleep(0.3), write_db(p, Path(log))))


def test_two_processes_wanting_one_key_build_it_once(tmp_path):
    log = tmp_path / "builds.log"
    context = multiprocessing.get_context("spawn")
    children = [
        context.Process(target=_build_in_child, args=(str(tmp_path / "store"), str(log)))
        for _ in range(2)
    ]
    for child in children:
        child.start()
    for child in children:
        child.join(30)
    assert [c.exitcode for c in children] == [0, 0]
    assert len(log.read_text().splitlines()) == 1


def _aged(root: Path, name: str, age: float) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    write_db(folder / "template.db")
    moment = time.time() - age
    os.utime(folder, (moment, moment))
    return folder


def test_eviction_keeps_what_the_run_used_and_the_newest_others(tmp_path):
    root = tmp_path / "store"
    started = time.time() - 100
    _aged(root, "used-by-this-run", 10)
    for n, age in enumerate((200, 300, 400, 500)):
        _aged(root, f"old-{n}", age)
    removed = evict(root, used_since=started, keep_unused=2, keep_recent=0)
    assert sorted(removed) == ["old-2", "old-3"]
    assert TemplateStore(root).built_keys() == {"used-by-this-run", "old-0", "old-1"}


def test_eviction_keeps_the_newest_unused_of_each_kind_apart(tmp_path):
    """What paths derive from their starts (many keys) never push a template out."""
    root = tmp_path / "store"
    _aged(root, "edi-template", 300)
    for n in range(3):
        _aged(root, f"snapshot-{n}", 200 - n)
    removed = evict(root, used_since=time.time() - 100, keep_unused=2, keep_recent=0)
    assert removed == ["snapshot-0"]
    assert "edi-template" in TemplateStore(root).built_keys()


def test_eviction_keeps_every_key_used_within_the_day_after_a_partial_run(tmp_path):
    """A run selecting a few paths of a 300-migration chain used a few keys: the hundreds
    the full run wants back stay until they are a day old."""
    root = tmp_path / "store"
    _aged(root, "schema-used", 10)
    for n in range(5):
        _aged(root, f"schema-v{n}", 3600 * (n + 1))  # an hour to five hours ago
    _aged(root, "schema-yesterday", 25 * 3600)
    _aged(root, "schema-last-week", 7 * 24 * 3600)
    removed = evict(root, used_since=time.time() - 100, keep_unused=2)
    assert sorted(removed) == ["schema-last-week", "schema-yesterday"]
    assert {f"schema-v{n}" for n in range(5)} <= TemplateStore(root).built_keys()


def test_eviction_removes_the_staging_of_a_killed_build(tmp_path):
    root = tmp_path / "store"
    _aged(root, ".building-abc", 500)
    evict(root, used_since=time.time() - 100)
    assert not (root / ".building-abc").exists()


# --- the keys: a changed input is a new key --------------------------------------------


def starts(tmp_path: Path, folder: Path, **change) -> SchemaStarts:
    fields = {"seed": 1, "sessions": 10, "project_code": "none", **change}
    store = TemplateStore(tmp_path / "store", tmp_path / "scratch")
    return SchemaStarts(store, folder, load_migrations(folder), **fields)


@pytest.fixture
def chain(tmp_path) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    return folder


@pytest.mark.parametrize(
    "change", [{"seed": 2}, {"sessions": 11}, {"project_code": "conftest-edited"}]
)
def test_a_schema_start_key_changes_with_the_seed_the_size_and_the_projects_code(
    tmp_path, chain, change
):
    assert starts(tmp_path, chain, **change).key(3) != starts(tmp_path, chain).key(3)


def test_a_changed_migration_rebuilds_the_versions_it_reaches_and_only_those(tmp_path, chain):
    before = starts(tmp_path, chain)
    v2, v3 = before.template(2), before.template(3)
    migration = next(chain.glob("0003_*.py"))
    migration.write_text(
        migration.read_text().replace(
            "def upgrade(conn):",
            "def upgrade(conn):\n    conn.execute('CREATE TABLE added (x)')",
            1,
        )
    )
    after = starts(tmp_path, chain)
    assert after.template(2) == v2  # 0003 does not reach v2
    rebuilt = after.template(3)
    assert rebuilt != v3
    with closing(sqlite3.connect(rebuilt)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "added" in tables


def test_a_changed_generator_source_is_a_new_key(tmp_path, chain, monkeypatch):
    key = starts(tmp_path, chain).key(2)
    monkeypatch.setattr(template_keys, "harness_code_digest", lambda: "edited")
    assert starts(tmp_path, chain).key(2) != key


def test_a_source_digest_changes_with_one_byte_of_one_file(tmp_path):
    files = [tmp_path / "a.py", tmp_path / "b.py"]
    for f in files:
        f.write_text("x = 1\n")
    digest = template_keys.source_digest(files)
    files[1].write_text("x = 2\n")
    assert template_keys.source_digest(files) != digest


def test_a_project_callable_is_keyed_by_its_modules_source(tmp_path):
    module = tmp_path / "conftest_like.py"
    module.write_text("def writes(conn, ctx):\n    pass\n")
    namespace: dict = {}
    exec(compile(module.read_text(), str(module), "exec"), namespace)
    digest = template_keys.callable_digest(namespace["writes"])
    module.write_text("def writes(conn, ctx):\n    conn.execute('x')\n")
    assert template_keys.callable_digest(namespace["writes"]) != digest


def test_an_edi_template_of_a_changed_generator_is_built_again(tmp_path, monkeypatch):
    spec = DatabaseSpec(sessions=5, seed=1)
    cache = TemplateCache(tmp_path / "store", tmp_path / "scratch")
    first = cache.template(spec)
    monkeypatch.setattr(templates, "generator_digest", lambda: "edited")
    second = cache.template(spec)
    assert second != first and second.exists() and first.exists()


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory):
    from edi_migrations.harness.template_keys import PACKAGE

    copy = tmp_path_factory.mktemp("package") / "edi_migrations"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


@pytest.mark.parametrize(
    "module",
    [
        "errors.py",
        "runner/steps.py",
        "integrity/check.py",
        "schema/model.py",
        "sqlite/dbapi.py",
        "harness/rows/row_maker.py",
        "harness/schema_starts.py",
    ],
)
def test_the_template_key_follows_an_edit_of_any_module_wherever_it_lives(package_copy, module):
    """A template built by old code must never be reused: the key hashes every module of
    the package, not a list of folders that moving a module would silently escape."""
    before = template_keys.package_digest(package_copy)
    path = package_copy / module
    original = path.read_bytes()
    path.write_bytes(original + b"\n# edited\n")
    try:
        assert template_keys.package_digest(package_copy) != before
    finally:
        path.write_bytes(original)


def test_the_template_key_follows_a_module_moved_to_another_folder(package_copy):
    before = template_keys.package_digest(package_copy)
    (package_copy / "runner" / "steps.py").rename(package_copy / "steps.py")
    try:
        assert template_keys.package_digest(package_copy) != before
    finally:
        (package_copy / "steps.py").rename(package_copy / "runner" / "steps.py")


def test_the_template_key_leaves_out_the_shipped_migrations(package_copy):
    """EDI's own migrations are in the key through the chain digest, by checksum."""
    before = template_keys.package_digest(package_copy)
    shipped = next((package_copy / "versions").glob("0001_*.py"))
    original = shipped.read_bytes()
    shipped.write_bytes(original + b"\n# edited\n")
    try:
        assert template_keys.package_digest(package_copy) == before
    finally:
        shipped.write_bytes(original)
