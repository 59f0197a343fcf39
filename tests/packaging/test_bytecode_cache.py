"""The suite's bytecode under PYTHONDONTWRITEBYTECODE=1 (tests/bytecode_cache.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.bytecode_cache import prune


def mirror(cache: Path, source: str) -> Path:
    """The bytecode of ``source``/m.py as ``sys.pycache_prefix`` lays it out."""
    pyc = cache / source.lstrip("/") / "m.cpython-311.pyc"
    pyc.parent.mkdir(parents=True)
    pyc.write_bytes(b"pyc")
    return pyc


def test_prune_keeps_the_bytecode_of_kept_folders_and_removes_the_rest(tmp_path):
    cache, repo = tmp_path / "pycache", tmp_path / "work" / "repo"
    (repo / "pkg").mkdir(parents=True)
    (repo / ".venv" / "lib").mkdir(parents=True)
    kept = [mirror(cache, f"{repo}/pkg"), mirror(cache, f"{repo}/.venv/lib")]
    dropped = [mirror(cache, "/dev/shm/pytest-of-x/run1"), mirror(cache, f"{tmp_path}/work/other")]
    prune(cache, keep=(repo,))
    assert all(p.exists() for p in kept)
    assert not any(p.exists() for p in dropped)
    assert not (cache / "dev" / "shm" / "pytest-of-x").exists()


def test_a_run_under_pythondontwritebytecode_writes_bytecode_only_to_its_cache(tmp_path):
    probe = (
        "import sys, conftest; "
        "print(sys.dont_write_bytecode, sys.pycache_prefix == str(conftest.PYCACHE))"
    )
    env = {"PYTHONDONTWRITEBYTECODE": "1", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.stdout.split() == ["False", "True"], done.stderr


def test_prune_removes_what_mirrors_a_kept_folder_that_is_gone(tmp_path):
    cache, repo = tmp_path / "pycache", tmp_path / "repo"
    (repo / "pkg").mkdir(parents=True)
    (repo / "venvs" / "new" / "lib").mkdir(parents=True)
    kept = [mirror(cache, f"{repo}/pkg"), mirror(cache, f"{repo}/venvs/new/lib")]
    gone = mirror(cache, f"{repo}/venvs/old/lib")  # a kept venv replaced by a newer one
    prune(cache, keep=(repo,))
    assert all(p.exists() for p in kept)
    assert not gone.exists() and not (cache / str(repo).lstrip("/") / "venvs" / "old").exists()
