"""Without pytest's cache (``-p no:cacheprovider``, as CI runs), the installed-wheel venv
is kept in the run's temporary root, one folder for every xdist worker of the run: one
pip build per run, under the kept venv's lock (tests/venv_ahead.py)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.run_tmp import template_root
from tests.venv_ahead import venv_store


def _config(basetemp: Path) -> pytest.Config:
    factory = SimpleNamespace(getbasetemp=lambda: basetemp)
    return SimpleNamespace(cache=None, _tmp_path_factory=factory)  # type: ignore[return-value]


def _per_worker(run: Path, monkeypatch, where) -> set[Path]:
    """``where(config)`` in each of two xdist workers of the run whose root is ``run``."""
    found = set()
    for worker in ("gw0", "gw1"):
        (run / worker).mkdir()
        monkeypatch.setenv("PYTEST_XDIST_WORKER", worker)
        found.add(where(_config(run / worker)))
    return found


def test_every_worker_of_a_run_without_a_cache_shares_one_store(tmp_path, monkeypatch):
    assert _per_worker(tmp_path, monkeypatch, venv_store) == {tmp_path / "installed-venv"}
    assert (tmp_path / "installed-venv").is_dir()


def test_a_run_without_workers_keeps_it_in_its_own_temporary_root(tmp_path, monkeypatch):
    monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
    assert venv_store(_config(tmp_path)) == tmp_path / "installed-venv"


def test_a_run_with_a_cache_keeps_it_there(tmp_path):
    cache = SimpleNamespace(mkdir=lambda name: tmp_path / "cache" / name)
    config = SimpleNamespace(cache=cache)
    assert venv_store(config) == tmp_path / "cache" / "installed-venv"  # type: ignore[arg-type]


def test_the_suites_templates_are_one_store_for_every_worker_without_a_cache(
    tmp_path, monkeypatch
):
    assert _per_worker(tmp_path, monkeypatch, template_root) == {tmp_path / "templates"}
