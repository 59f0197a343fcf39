"""The installed-wheel venv is kept between sessions for as long as what goes into the
wheel is unchanged (tests/installed_venv.py), and rebuilt as soon as any of it changes."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from tests.installed_venv import build_ahead, kept_venv, wheel_digest
from tests.support import ROOT


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of what the wheel is built from, plus a test file that is not in it."""
    copy = tmp_path / "tree"
    shutil.copytree(
        ROOT / "edi_migrations",
        copy / "edi_migrations",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, copy / name)
    (copy / "tests").mkdir()
    (copy / "tests" / "test_x.py").write_text("def test_x(): pass\n")
    return copy


@pytest.mark.parametrize(
    "changed",
    ["edi_migrations/runner/api.py", "edi_migrations/harness/checks.py", "pyproject.toml", "README.md"],
)
def test_the_digest_changes_with_any_file_the_wheel_is_built_from(tree, changed):
    before = wheel_digest(tree)
    with (tree / changed).open("a") as f:
        f.write("\n# changed\n")
    assert wheel_digest(tree) != before


def test_a_new_module_in_the_package_changes_the_digest(tree):
    before = wheel_digest(tree)
    (tree / "edi_migrations" / "extra.py").write_text("X = 1\n")
    assert wheel_digest(tree) != before


def test_tests_and_bytecode_leave_the_digest_as_it_was(tree):
    before = wheel_digest(tree)
    (tree / "tests" / "test_x.py").write_text("def test_y(): pass\n")
    (tree / "edi_migrations" / "__pycache__").mkdir()
    (tree / "edi_migrations" / "__pycache__" / "runner.cpython-311.pyc").write_bytes(b"pyc")
    assert wheel_digest(tree) == before


def test_a_kept_venv_is_built_once_per_digest_and_the_stale_one_removed(tmp_path):
    built: list[Path] = []

    def build(folder: Path) -> None:
        built.append(folder)
        (folder / "bin").mkdir(parents=True)
        (folder / "bin" / "python").write_text("")

    store = tmp_path / "store"
    first = kept_venv(store, "aaa", build)
    again = kept_venv(store, "aaa", build)
    other = kept_venv(store, "bbb", build)
    assert first == again == store / "aaa" / "bin" / "python"
    assert built == [store / "aaa", store / "bbb"]
    assert other.exists() and not (store / "aaa").exists()


def test_a_build_that_failed_half_way_is_rebuilt_not_reused(tmp_path):
    store = tmp_path / "store"

    def broken(folder: Path) -> None:
        (folder / "bin").mkdir(parents=True)
        raise RuntimeError("pip failed")

    with pytest.raises(RuntimeError, match="pip failed"):
        kept_venv(store, "aaa", broken)
    rebuilt: list[Path] = []

    def build(folder: Path) -> None:
        rebuilt.append(folder)
        (folder / "bin").mkdir(parents=True)

    kept_venv(store, "aaa", build)
    assert rebuilt == [store / "aaa"]


def test_a_build_started_ahead_is_waited_for_not_repeated(tmp_path):
    store, building, release, built = tmp_path / "store", threading.Event(), threading.Event(), []

    def build(folder: Path) -> None:
        built.append(folder)
        building.set()
        release.wait(30)
        (folder / "bin").mkdir(parents=True)

    ahead = build_ahead(store, "aaa", build)
    assert building.wait(30)
    got: list[Path] = []
    waiter = threading.Thread(target=lambda: got.append(kept_venv(store, "aaa", build)))
    waiter.start()
    release.set()
    waiter.join(30)
    ahead.join(30)
    assert got == [store / "aaa" / "bin" / "python"]
    assert built == [store / "aaa"] and ahead.error is None


def test_a_build_ahead_that_failed_is_built_again_by_the_one_who_needs_it(tmp_path):
    store = tmp_path / "store"

    def broken(folder: Path) -> None:
        raise RuntimeError("pip failed")

    ahead = build_ahead(store, "aaa", broken)
    ahead.join(30)
    assert isinstance(ahead.error, RuntimeError)
    rebuilt: list[Path] = []

    def build(folder: Path) -> None:
        rebuilt.append(folder)
        folder.mkdir(parents=True)

    kept_venv(store, "aaa", build)
    assert rebuilt == [store / "aaa"]
