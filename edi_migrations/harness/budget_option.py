"""``--statement-timeout SECONDS`` and the ini key ``edi_migrations_statement_timeout``:
how long one statement of the project's may run under the harness
(:mod:`edi_migrations.harness.budget`). A budget is never switched off: a value that is
not a finite number of seconds above 0 is a usage error naming where it came from."""

from __future__ import annotations

import math

import pytest

from edi_migrations.harness.budget import DEFAULT_SECONDS, INI, OPTION

DEST = "statement_timeout"
SECONDS_KEY = pytest.StashKey[float]()


def add_option(group: pytest.OptionGroup, parser: pytest.Parser) -> None:
    group.addoption(
        OPTION,
        dest=DEST,
        default=None,
        metavar="SECONDS",
        help="how long one statement of the project's (a view read, a trigger fired, an "
        "app's write) may run before its check fails (default: the ini's "
        f"{INI}, else {DEFAULT_SECONDS:g}; never unlimited)",
    )
    parser.addini(
        INI, f"seconds one statement of the project's may run (default {DEFAULT_SECONDS:g})"
    )


def statement_seconds(config: pytest.Config) -> float:
    """The run's budget, read and checked once (:func:`check` refuses a bad one early)."""
    if SECONDS_KEY not in config.stash:
        given = config.getoption(DEST, default=None)
        if given is not None:
            config.stash[SECONDS_KEY] = parse_seconds(str(given), OPTION)
        else:
            ini = str(config.getini(INI) or "").strip()
            config.stash[SECONDS_KEY] = parse_seconds(ini, INI) if ini else DEFAULT_SECONDS
    return config.stash[SECONDS_KEY]


def parse_seconds(text: str, source: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise pytest.UsageError(
            f"edi-migrations: {source} must be a number of seconds above 0, not {text!r}: "
            "a statement's budget cannot be switched off, only raised"
        )
    return value
