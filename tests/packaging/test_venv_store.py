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


def test_every_worker_of_a_run_without_a_cache_shares_one_store(tmp_path, monkeypatch):
    stores = set()
    for worker in ("gw0", "gw1"):
        (tmp_path / worker).mkdir()
        monkeypatch.setenv("PYTEST_XDIST_WORKER", worker)
        stores.add(venv_store(_config(tmp_path / worker)))
    assert stores == {tmp_path / "installed-venv"}
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
    roots = set()
    for worker in ("gw0", "gw1"):
        (tmp_path / worker).mkdir()
        monkeypatch.setenv("PYTEST_XDIST_WORKER", worker)
        roots.add(template_root(_config(tmp_path / worker)))
    assert roots == {tmp_path / "templates"}
