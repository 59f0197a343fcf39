"""Every option of the harness, in one group (``pytest --help`` lists them together)."""

from __future__ import annotations

import pytest

from edi_migrations.harness import (
    app_fk_setting,
    budget_option,
    kept_databases,
    previous_app_setting,
    review_option,
    verdict_setting,
)
from edi_migrations.harness.option_aliases import add_old_names
from edi_migrations.harness.rerun_setting import add_ini as add_rerun_ini
from edi_migrations.harness.settings import INI_CYCLES, INI_DIR, INI_SNAPSHOTS
from edi_migrations.runner.one_folder import OnceOnly
from edi_migrations.sqlite import dbapi

GROUP = "edi-migrations"
OPTION_DESTS: list[str] = []  # every option's dest, once added (what a verdict is keyed by)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup(GROUP, "edi-migrations: the migration test harness")
    group.addoption(
        "--migrations-dir",
        default=None,
        action=OnceOnly,
        metavar="DIR",
        help=f"run the built-in checks on the migrations in DIR (else the ini's {INI_DIR})",
    )
    group.addoption(
        "--upgrade-path",
        action="append",
        default=[],
        metavar="PATTERN",
        help="run only checks whose path id or full route matches the glob PATTERN: "
        "'v1-wal->v3' (a jump), 'v1-wal=>v3' (stepwise), 'v1-wal*', '*->v4*' (every path "
        "through v4); repeatable",
    )
    group.addoption(
        "--matrix",
        choices=("default", "full"),
        default="default",
        help="which upgrade paths: 'default' (each start to head in one jump and stepwise, "
        "and one step: linear in the chain) or 'full' (every start to every later target)",
    )
    group.addoption(
        "--matrix-rows",
        type=int,
        default=60,
        metavar="N",
        dest="matrix_rows",
        help="size of each start database: rows per table from the schema, or the N the "
        "app's writes are given as ctx.rows (default 60)",
    )
    group.addoption(
        "--matrix-report",
        default=None,
        metavar="PATH",
        help="write the start x target grid as Markdown to PATH (for a CI job summary)",
    )
    review_option.add_option(group)
    group.addoption(
        "--sqlite-floor",
        default=None,
        metavar="X.Y",
        help="the oldest SQLite the app supports (default: the nearest pyproject's "
        "[tool.edi-migrations] sqlite-floor); a statement needing a newer one fails",
    )
    group.addoption(
        "--sqlite-module",
        default=None,
        metavar="NAME",
        help="run every check, the runner included, on the SQLite of DB-API module NAME "
        f"(sqlean, pysqlite3, ...): pytest restarts once with {dbapi.ENV_VAR}=NAME",
    )
    group.addoption(
        "--migrations-seed",
        type=int,
        default=None,
        metavar="N",
        dest="migrations_seed",
        help="seed for every generated database (default: a random one, printed in the header)",
    )
    add_old_names(group)
    budget_option.add_option(group, parser)
    kept_databases.add_option(group)
    verdict_setting.add_option(group)
    OPTION_DESTS[:] = sorted({option.dest for option in group.options})
    parser.addini(INI_DIR, "the folder of migrations the built-in checks run on", default="")
    parser.addini(
        INI_SNAPSHOTS,
        "the folder of schema snapshots (default: schema_snapshots in the migrations folder)",
        default="",
    )
    add_rerun_ini(parser)
    app_fk_setting.add_ini(parser)
    previous_app_setting.add_ini(parser)
    parser.addini(
        INI_CYCLES,
        "tables whose app writes cycles through their foreign key to themselves: their "
        "generated rows hold one (default: none, every such table is a forest)",
        type="linelist",
        default=[],
    )
