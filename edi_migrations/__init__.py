"""edi-migrations: schema migrations for SQLite files (EDI's session databases first).

The public API is small on purpose: the harness drives it, and can point it at any
versions folder with ``migrations_dir``.

Each public name is imported when first asked for (``__getattr__``), not with the
package: a process that takes only ``edi_migrations.sqlite.dbapi`` (the fault specs' lock
holders, app processes and crash children) then starts without the runner.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # not typing's: importing typing is 2 ms of a dbapi-only start
if TYPE_CHECKING:  # what type checkers and editors read; at run time, __getattr__
    from edi_migrations.errors import (
        DatabaseMissing,
        MigrationError,
        Refused,
        RolledBack,
        UnrecordedDatabase,
    )
    from edi_migrations.runner.api import (
        Outcome,
        current_version,
        downgrade,
        init,
        inspect,
        upgrade,
    )
    from edi_migrations.runner.baseline import Baselined, baseline
    from edi_migrations.runner.discovery import Migration, load_migrations
    from edi_migrations.schema.model import schema_model, schema_of

_HOME = {  # public name: the module that defines it
    "Baselined": "runner.baseline",
    "DatabaseMissing": "errors",
    "Migration": "runner.discovery",
    "MigrationError": "errors",
    "Outcome": "runner.api",
    "Refused": "errors",
    "RolledBack": "errors",
    "UnrecordedDatabase": "errors",
    "baseline": "runner.baseline",
    "current_version": "runner.api",
    "downgrade": "runner.api",
    "init": "runner.api",
    "inspect": "runner.api",
    "load_migrations": "runner.discovery",
    "schema_model": "schema.model",
    "schema_of": "schema.model",
    "upgrade": "runner.api",
}

__all__ = [
    "Baselined",
    "DatabaseMissing",
    "Migration",
    "MigrationError",
    "Outcome",
    "Refused",
    "RolledBack",
    "UnrecordedDatabase",
    "baseline",
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
