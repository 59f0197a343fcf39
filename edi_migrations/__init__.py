"""edi-migrations: schema migrations for EDI session databases.

The public API is small on purpose: the harness drives it, and can point it at any
versions folder with ``migrations_dir``.
"""

from .discovery import Migration, load_migrations
from .errors import MigrationError, Refused, RolledBack
from .runner import Outcome, current_version, downgrade, init, inspect, upgrade
from .schema import schema_model, schema_of

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
