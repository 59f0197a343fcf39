"""Whether the project's app turns SQLite's foreign keys on: the ini's
``edi_migrations_app_foreign_keys`` (default false).

SQLite leaves foreign keys off unless a connection turns them on, so rows from the
schema include orphans: an app nobody described may have left some. An app that turns
them on (better-sqlite3 does for every connection, and so Drizzle's apps; Django does)
never holds one, and its migrations may rely on that; one ini line says so, and its start
databases are then written with foreign keys on, without orphans.
"""

from __future__ import annotations

import pytest

from edi_migrations.harness.rerun_setting import ini_truth

INI = "edi_migrations_app_foreign_keys"


def add_ini(parser: pytest.Parser) -> None:
    parser.addini(
        INI,
        "true when the project's app turns SQLite's foreign keys on: its start databases "
        "then hold no orphans (default false: SQLite's own default, some orphans)",
        default="false",
    )


def app_enforces_foreign_keys(config: pytest.Config) -> bool:
    """The ini's choice; anything but a truth value is a usage error naming the line."""
    return ini_truth(config, INI)
