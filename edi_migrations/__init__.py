"""edi-migrations: schema migrations for EDI session databases.

The public API is small on purpose: the harness drives it, and can point it at any
versions folder with ``migrations_dir``.

Each public name is imported when first asked for (``__getattr__``), not with the
package: a process that takes only ``edi_migrations.dbapi`` (the fault specs' lock
holders, app processes and crash children) then starts without the runner.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # not typing's: importing typing is 2 ms of a dbapi-only start
if TYPE_CHECKING:  # what type checkers and editors read; at run time, __getattr__
    from .discovery import Migration, load_migrations
    from .errors import MigrationError, Refused, RolledBack
    from .runner import Outcome, current_version, downgrade, init, inspect, upgrade
    from .schema import schema_model, schema_of

_HOME = {  # public name: the module that defines it
    "Migration": "discovery",
    "MigrationError": "errors",
    "Outcome": "runner",
    "Refused": "errors",
    "RolledBack": "errors",
    "current_version": "runner",
    "downgrade": "runner",
    "init": "runner",
    "inspect": "runner",
    "load_migrations": "discovery",
    "schema_model": "schema",
    "schema_of": "schema",
    "upgrade": "runner",
}

__all__ = [
    "Migration",
    "MigrationError",
    "Outcome",
    "Refused",
    "RolledBack",
    "current_version",
    "downgrade",
    "init",
    "inspect",
    "load_migrations",
    "schema_model",
    "schema_of",
    "upgrade",
]


def __getattr__(name: str) -> object:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
