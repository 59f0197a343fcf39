"""A folder of this run's temporary root that every xdist worker of the run shares.

Each worker's ``tmp_path_factory`` root is a folder of the controller's
(``<basetemp>/gw0``, ``gw1``): its parent belongs to this run alone (pytest numbers a
run's root), so what is built there is shared by the run's workers and by no other run.
Without workers it is the run's own root. Used where a run without pytest's cache
(``-p no:cacheprovider``, as CI runs) would otherwise build the same thing once per worker.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from edi_migrations.harness.cache_dirs import cache_folder
from edi_migrations.harness.template_store import CACHE_NAME


def shared_tmp(config: pytest.Config, name: str) -> Path:
    """The folder ``name`` under the run's temporary root (made if missing)."""
    base = config._tmp_path_factory.getbasetemp()  # type: ignore[attr-defined]
    folder = (base.parent if "PYTEST_XDIST_WORKER" in os.environ else base) / name
    folder.mkdir(exist_ok=True)
    return folder


def template_root(config: pytest.Config) -> Path:
    """The suite's own start templates (the outer run's ``edi_migrations_template_store``):
    in pytest's cache, as the plugin keeps them, or without one in the folder the run's
    workers share, where the plugin would give each worker a store of its own (each then
    built the same start databases and drew the same Faker pools)."""
    return cache_folder(config, CACHE_NAME) or shared_tmp(config, "templates")
