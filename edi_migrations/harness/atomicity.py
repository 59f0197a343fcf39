"""The atomicity check's injected failure: ``upgrade`` runs as written, then raises.

The error is raised after the migration's ``upgrade`` returned, inside the runner's
transaction, through :func:`edi_migrations.runner.wrapping.wrapped_upgrade`: the file is never
edited, so any valid migration is tested as it is (a final triple-quoted statement, an
early return, a decorated function, ``upgrade = helper(...)``).
"""

from __future__ import annotations

import traceback
from pathlib import Path

from edi_migrations import init, upgrade
from edi_migrations.errors import MigrationError, MigrationFailed
from edi_migrations.runner.wrapping import Step, wrapped_upgrade


class InjectedFailure(Exception):
    """What the harness raises once the migration's ``upgrade`` returned."""


def failing_at_the_end(upgrade_function: Step) -> Step:
    """``upgrade_function``, then the injected error."""

    def upgrade_then_fail(conn) -> None:
        upgrade_function(conn)
        raise InjectedFailure("injected by the harness after upgrade() returned")

    return upgrade_then_fail


def fail_at_the_end(db: Path, migrations_dir: Path, version: int) -> list[str]:
    """Run migration ``version`` on ``db`` (at the version before it; an empty file for the
    first, which ``init`` creates) with the injected error; what went otherwise than the
    runner reporting exactly that error, as evidence (empty: as it should)."""
    with wrapped_upgrade(migrations_dir, version, failing_at_the_end):
        try:
            if version == 1:
                init(db, to=1, migrations_dir=migrations_dir)
            else:
                upgrade(db, to=version, migrations_dir=migrations_dir, backup=False)
        except MigrationFailed as exc:
            # the runner's step keeps the failure it reports: a cycle holding this frame
            traceback.clear_frames(exc.__traceback__)
            if isinstance(exc.cause, InjectedFailure):
                return []
            return [f"failed before the injected error: {exc}"]
        except MigrationError as exc:
            return [str(exc)]
    return [f"the injected error did not surface: the runner took {db} to v{version}"]
