"""The installed-wheel specs' venv, started ahead: a pytest plugin of this suite.

Building the venv (tests/installed_venv.py) takes seconds of pip, most of it waiting on
the package index. It used to start when the first spec asked for it, with every xdist
worker that reached such a spec waiting on the lock. Now each process starts it in a
thread as soon as it has collected a spec that needs it, and the specs scheduled first
run meanwhile; the fixture then finds it built (or waits for the rest).
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.installed_venv import BuildAhead, build_ahead, wheel_digest
from tests.run_tmp import shared_tmp
from tests.support import ROOT

FIXTURE = "venv_python"  # the session fixture of tests/packaging/test_installed_plugin.py
SKIP_IN_COPY = shutil.ignore_patterns(
    ".git", ".venv*", "__pycache__", "*.egg-info", "build", ".pytest_cache", ".hypothesis"
)
AHEAD = pytest.StashKey[BuildAhead]()


def clean_env() -> dict[str, str]:
    """The environment of a user's shell: nothing pointing back at this checkout."""
    drop = (
        "PYTHONPATH",
        "PYTEST_ADDOPTS",
        "PYTEST_PLUGINS",
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD",
        "EDI_SQLITE_MODULE",  # the fresh venv has the stdlib's only
    )
    env = {
        k: v for k, v in os.environ.items() if k not in drop and not k.startswith("PYTEST_XDIST")
    }
    env.pop("VIRTUAL_ENV", None)
    return env


def venv_key() -> str:
    """The kept venv's name: what the wheel is built from, and this Python."""
    return hashlib.sha256(f"{wheel_digest(ROOT)} {sys.version}".encode()).hexdigest()[:16]


def build_installed_venv(folder: Path, env: dict[str, str] | None = None) -> None:
    """A venv at ``folder`` with a copy of this checkout installed as a user installs it:
    ``pip install '<copy>[pytest]'``, the wheel built in isolation (not editable). ``env``:
    :func:`clean_env` taken before any spec ran (a thread must not read the environment
    while specs patch it); each command runs in a folder of its own, whatever a spec chdirs to."""
    env = clean_env() if env is None else env
    with tempfile.TemporaryDirectory(prefix="installed-") as scratch:
        checkout = Path(scratch) / "checkout"
        shutil.copytree(ROOT, checkout, ignore=SKIP_IN_COPY)
        # No pip of its own (ensurepip is most of a venv's cost): this run's pip installs
        # into it through ``--python``, building the wheel in isolation as a user's pip does.
        subprocess.run(
            [sys.executable, "-m", "venv", "--without-pip", str(folder)],
            check=True, timeout=300, cwd=scratch,
        )
        python = folder / "bin" / "python"
        # --no-compile: pip would compile every installed module (Faker's 1,500 files, a
        # third of the build's CPU); the specs' runs compile the few they import, once.
        install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
        install.append("--no-compile")
        install.append(f"{checkout}[pytest]")
        done = subprocess.run(
            install, capture_output=True, text=True, env=env, timeout=600, cwd=scratch
        )
        assert done.returncode == 0, done.stdout + done.stderr


def venv_store(config: pytest.Config) -> Path:
    """Where the venv is kept: the run's cache, or without one (``-p no:cacheprovider``, as
    CI runs) the run's temporary root shared by its xdist workers: one build per run, not
    one per worker (each about 4 CPU-s of pip), under :func:`kept_venv`'s lock."""
    cache = getattr(config, "cache", None)
    if cache is not None:
        return cache.mkdir("installed-venv")
    return shared_tmp(config, "installed-venv")


def pytest_collection_finish(session: pytest.Session) -> None:
    if not any(FIXTURE in getattr(i, "fixturenames", ()) for i in session.items):
        return  # no spec here needs it
    store = venv_store(session.config)
    build = functools.partial(build_installed_venv, env=clean_env())
    session.config.stash[AHEAD] = build_ahead(store, venv_key(), build)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    ahead = session.config.stash.get(AHEAD, None)
    if ahead is None or exitstatus == pytest.ExitCode.INTERRUPTED:
        return  # Ctrl-C: no wait for pip (its half-built venv has no "built" mark: rebuilt)
    ahead.join(timeout=900)  # a run ended early (-x) leaves no pip behind
