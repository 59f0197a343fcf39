"""The suite's inner pytester runs share one template store per run: with pytest's cache,
the outer cache's; without it (``-p no:cacheprovider``, as CI runs), one under the run's
temporary root that every xdist worker links to, so no worker builds a start database the
other built (tests/harness_projects.py, tests/run_tmp.py)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from edi_migrations.harness.template_store import CACHE_NAME
from tests.harness_projects import INNER_STORE, inner_cache


def _worker(root: Path, name: str, cache=None):
    """A worker's tmp_path_factory (its root a folder of the run's) and config."""
    base = root / name
    base.mkdir()
    factory = SimpleNamespace(getbasetemp=lambda: base, mktemp=lambda n: _fresh(base / n))
    return factory, SimpleNamespace(cache=cache, _tmp_path_factory=factory)


def _fresh(path: Path) -> Path:
    path.mkdir()
    return path


def test_without_a_cache_every_workers_inner_runs_share_one_store(tmp_path, monkeypatch):
    stores = []
    for name in ("gw0", "gw1"):
        monkeypatch.setenv("PYTEST_XDIST_WORKER", name)
        cache = inner_cache(*_worker(tmp_path, name))
        stores.append((cache / "d" / CACHE_NAME).resolve())
    assert stores == [tmp_path / INNER_STORE] * 2


def test_with_a_cache_the_inner_runs_keep_their_templates_in_it(tmp_path):
    outer = SimpleNamespace(mkdir=lambda name: _fresh(tmp_path / "outer" / name))
    (tmp_path / "outer").mkdir()
    cache = inner_cache(*_worker(tmp_path, "gw0", outer))
    assert (cache / "d" / CACHE_NAME).resolve() == tmp_path / "outer" / INNER_STORE
