"""Property: for any generated v1 database, upgrading to head preserves every original value."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from edi_migrations import load_migrations, upgrade
from edi_migrations.harness.invariants.compare import check_path, declared_between, snapshot
from fixtures.edi.strategies import v1_databases, write_v1_database

HEAD = len(load_migrations())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graph=v1_databases(max_size=6))
def test_upgrade_to_head_preserves_every_original_value(graph):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.db"
        write_v1_database(path, graph)
        before = snapshot(path)
        upgrade(path, backup=False)
        after = snapshot(path)
        check_path("generated v1->v3", before, after, declared_between(load_migrations(), 1, HEAD))
