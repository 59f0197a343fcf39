"""What a check run computes once instead of per path or per digest, and that doing so
never hands back an answer the files no longer support: the package's sources read once
per process, a module's real path found through its folder's, a template's digest kept
beside it for the next run's first copy, the chain counted once per collection for every
check it parametrizes. Real files and real SQLite writes throughout."""

from __future__ import annotations

import importlib
import os
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations.harness import (
    copy_digests,
    matrix,
    template_keys,
    verdict_imports,
    verdict_inputs,
)
from edi_migrations.harness.template_store import TemplateStore, evict
from edi_migrations.sqlite.dbapi import sqlite3
from tests.harness import test_copy_digests
from tests.harness.test_copy_digests import write_db
from tests.harness_projects import add_migration, copy_example_chain, run_matrix

hashed = test_copy_digests.hashed  # the files whose bytes were hashed (a fixture)


@pytest.fixture
def new_process(monkeypatch) -> None:
    """This process forgets every digest it learnt, as the next run's process starts."""
    monkeypatch.setattr(copy_digests, "_KNOWN", type(copy_digests._KNOWN)())


# --- the package's sources ----------------------------------------------------------------


def test_the_harness_and_reader_digests_read_the_package_once(monkeypatch):
    read: list[Path] = []
    real = template_keys.source_digest

    def counting(files, root=None):
        files = list(files)
        read.extend(files)
        return real(files, root)

    monkeypatch.setattr(template_keys, "source_digest", counting)
    for cached in (
        template_keys.harness_code_digest,
        template_keys.reader_code_digest,
        template_keys.own_package_digest,
    ):
        cached.cache_clear()
    try:
        template_keys.harness_code_digest()
        template_keys.reader_code_digest()
    finally:
        for cached in (template_keys.harness_code_digest, template_keys.reader_code_digest):
            cached.cache_clear()
    steps = template_keys.PACKAGE / "runner" / "steps.py"
    assert read.count(steps) == 1


# --- a module's real path -----------------------------------------------------------------


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    """real/pkg/mod.py; a folder link to real/pkg; a file link to it from elsewhere."""
    (tmp_path / "real" / "pkg").mkdir(parents=True)
    (tmp_path / "real" / "pkg" / "mod.py").write_text("x = 1\n")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "folder_link").symlink_to(tmp_path / "real" / "pkg")
    (tmp_path / "elsewhere" / "file_link.py").symlink_to(tmp_path / "real" / "pkg" / "mod.py")
    (tmp_path / "elsewhere" / "plain.py").write_text("y = 2\n")
    return tmp_path


@pytest.mark.parametrize(
    "source",
    ["real/pkg/mod.py", "folder_link/mod.py", "elsewhere/file_link.py", "elsewhere/plain.py"],
)
def test_a_module_file_resolves_as_pathlib_resolves_it(linked, source):
    path = linked / source
    found, installed = verdict_inputs._resolved(str(path))
    assert found == str(path.resolve())
    assert not installed


def test_a_file_linked_into_the_project_from_outside_counts_as_the_projects(tmp_path):
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "helper.py").write_text("z = 3\n")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "helper.py").symlink_to(tmp_path / "project" / "helper.py")
    found = verdict_inputs._project_file(str(tmp_path / "outside" / "helper.py"), tmp_path / "project")
    assert found == (tmp_path / "project" / "helper.py").resolve()


# --- the project's modules, one scan of sys.modules -----------------------------------------


@pytest.fixture
def project_module(tmp_path: Path, monkeypatch) -> Iterator[Path]:
    """A rootdir holding one module of the project's, importable (and dropped after)."""
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / "project_helper.py").write_text("x = 1\n")
    yield tmp_path
    sys.modules.pop("project_helper", None)


def test_collections_end_scans_the_modules_once_for_its_three_questions(project_module, monkeypatch):
    """The modules at collection's end, the run's project code, and what checks import
    after: three scans of every module in sys.modules, now one while none came or went."""
    importlib.import_module("project_helper")
    looked: list[str] = []
    real = verdict_inputs._project_file

    def counting(source, rootdir):
        looked.append(source)
        return real(source, rootdir)

    monkeypatch.setattr(verdict_inputs, "_project_file", counting)
    helper = (project_module / "project_helper.py").resolve()
    chain = frozenset({helper})
    assert verdict_inputs.project_modules(project_module, frozenset()) == [helper]
    scanned = len(looked)
    assert verdict_inputs.project_modules(project_module, chain) == []
    assert verdict_imports.collected_imports(project_module, chain).collected == frozenset()
    assert len(looked) == scanned


def test_a_module_imported_since_the_last_scan_is_found(project_module):
    assert verdict_inputs.project_modules(project_module, frozenset()) == []
    importlib.import_module("project_helper")
    found = verdict_inputs.project_modules(project_module, frozenset())
    assert found == [(project_module / "project_helper.py").resolve()]


# --- a template's digest, kept beside it --------------------------------------------------


def test_a_later_runs_first_copy_does_not_read_its_template_again(tmp_path, hashed, new_process):
    store = TemplateStore(tmp_path / "store")
    store.copy("k", write_db, tmp_path / "first.db")  # this run hashes the template once
    copy_digests._KNOWN.clear()  # the next run's process
    hashed.clear()
    copy = store.copy("k", write_db, tmp_path / "second.db")
    assert copy_digests.digest(copy) == template_keys.content_digest(copy)
    assert hashed == [copy]  # only the check's own call above: the template was not read


def test_a_template_written_since_its_digest_was_kept_is_hashed_afresh(tmp_path, new_process):
    store = TemplateStore(tmp_path / "store")
    store.copy("k", write_db, tmp_path / "first.db")
    template = store.template("k", write_db)
    with closing(sqlite3.connect(template)) as conn:  # same size: a page rewritten in place
        conn.execute("UPDATE t SET x = x + 1 WHERE x = 7")
        conn.commit()
    copy_digests._KNOWN.clear()
    copy = store.copy("k", write_db, tmp_path / "second.db")
    assert copy_digests.digest(copy) == template_keys.content_digest(template)
    assert copy_digests.digest(copy) == template_keys.content_digest(copy)


def test_a_template_replaced_by_another_file_is_hashed_afresh(tmp_path, new_process):
    """Another inode under the same name (a project rebuilt it by hand, another key's
    bytes moved in): the kept digest names the old file."""
    store = TemplateStore(tmp_path / "store")
    store.copy("k", write_db, tmp_path / "first.db")
    template = store.template("k", write_db)
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE u (y)")
        conn.commit()
    os.replace(other, template)
    copy_digests._KNOWN.clear()
    copy = store.copy("k", write_db, tmp_path / "second.db")
    assert copy_digests.digest(copy) == template_keys.content_digest(copy)


def test_two_stores_keep_their_own_digests(tmp_path, new_process):
    """Two projects in one process, one key name: each template's digest is its own."""
    first = TemplateStore(tmp_path / "one").copy("k", write_db, tmp_path / "a.db")

    def other_rows(path: Path) -> None:
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("CREATE TABLE t (x)")
            conn.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(60)])
            conn.commit()

    second = TemplateStore(tmp_path / "two").copy("k", other_rows, tmp_path / "b.db")
    copy_digests._KNOWN.clear()
    again = TemplateStore(tmp_path / "two").copy("k", other_rows, tmp_path / "c.db")
    assert copy_digests.digest(first) == template_keys.content_digest(first)
    assert copy_digests.digest(second) == copy_digests.digest(again)
    assert copy_digests.digest(again) == template_keys.content_digest(again)
    assert copy_digests.digest(first) != copy_digests.digest(again)


def test_the_kept_digest_is_no_template_of_the_store(tmp_path):
    """A key's folder holds its database alone (what reads a key takes its one file)."""
    store = TemplateStore(tmp_path / "store")
    store.copy("k", write_db, tmp_path / "first.db")
    assert store.built_keys() == {"k"}
    assert [p.name for p in (tmp_path / "store" / "k").iterdir()] == ["template.db"]


def test_evicting_a_key_drops_its_kept_digest(tmp_path):
    store = TemplateStore(tmp_path / "store")
    store.copy("k", write_db, tmp_path / "first.db")
    kept = {p.name for p in (tmp_path / "store").iterdir()}
    assert evict(tmp_path / "store", used_since=time.time() + 10, keep_unused=0, keep_recent=0)
    assert {p.name for p in (tmp_path / "store").iterdir()} == kept - {"k", ".digest-k", ".lock-k"}


# --- the chain, counted for the matrix ---------------------------------------------------


def test_collection_loads_the_chain_once_for_every_check_it_parametrizes(pytester, monkeypatch):
    """Each built-in check's parametrization counted the chain by loading its folder (a
    listing and a stat of every file), eight times a collection."""
    loaded: list[Path] = []
    real = matrix.load_migrations

    def counting(folder):
        loaded.append(Path(folder))
        return real(folder)

    monkeypatch.setattr(matrix, "load_migrations", counting)
    chain = copy_example_chain(pytester)
    head = len(list(chain.glob("0*.py")))
    last_step = f"untouched[v{head - 1}->v{head}]"  # the step check of the last migration
    collected = run_matrix(pytester, chain, "--collect-only", "-q").stdout.str()
    assert last_step in collected
    assert loaded == [chain]
    add_migration(chain, "tags", 'def upgrade(conn):\n    conn.execute("CREATE TABLE tags (x)")')
    collected = run_matrix(pytester, chain, "--collect-only", "-q").stdout.str()
    assert f"untouched[v{head}->v{head + 1}]" in collected  # the next run counts anew
    assert loaded == [chain, chain]
