"""Where VACUUM goes when a migration runs it.

SQLite refuses VACUUM inside a transaction, and every migration runs inside the runner's,
so a migration ending with VACUUM (to reclaim what its table rebuilds freed) always stops
there: acknowledging the lint's EM108 cannot change that. The words say where it goes.
"""

from __future__ import annotations

CODE = "EM108"
WHERE = (
    "VACUUM cannot run inside the migration's transaction: remove it from the migration and "
    "run VACUUM on the file after the upgrade (the app's own maintenance, on its connection)"
)
NOT_ACKNOWLEDGED = (
    f"acknowledging {CODE} would not let VACUUM run inside the runner's transaction: "
    "run it after the upgrade"
)


def vacuum_hint(cause: BaseException) -> str:
    """``; WHERE`` for SQLite's refusal of VACUUM in a transaction, else nothing."""
    return f"; {WHERE}" if "cannot VACUUM from within a transaction" in str(cause) else ""
