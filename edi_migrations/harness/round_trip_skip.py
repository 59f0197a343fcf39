"""Round trips that do not apply are skipped with their reason, never passed.

``test_round_trip_down_and_up`` takes a migration up, down and up again. A migration
without ``downgrade()`` is irreversible by design (the runner refuses to take a
database below it): there is nothing to run, and a test that ran nothing must not read
as passed. Marked at collection, as the re-run setting marks its tests
(:mod:`edi_migrations.harness.rerun_setting`), so no start database is built for it.
"""

from __future__ import annotations

import pytest

from edi_migrations import load_migrations
from edi_migrations.harness import settings
from edi_migrations.harness.matrix import STEP
from edi_migrations.runner.discovery import Migration

ROUND_TRIP = "test_round_trip_down_and_up"


def no_downgrade(migration: Migration) -> str:
    """The reason a round trip of ``migration`` is skipped."""
    return (
        f"migration {migration.name} has no downgrade() (none, or one that only raises "
        "NotImplementedError): nothing to round-trip"
    )


def skip_irreversible(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark each round trip of a migration without ``downgrade()`` skipped, saying so."""
    trips = [item for item in items if getattr(item, "originalname", None) == ROUND_TRIP]
    if not trips:
        return
    chain = load_migrations(settings.require_migrations_dir(config))
    for item in trips:
        step = getattr(getattr(item, "callspec", None), "params", {}).get(STEP)
        if step is None or not 0 < step <= len(chain):
            continue
        migration = chain[step - 1]
        if migration.downgrade is None:
            item.add_marker(pytest.mark.skip(reason=no_downgrade(migration)))
