"""Whether a kept verdict is reused: ``--verdicts auto|reuse|run`` (default ``auto``).

A developer's warm run after editing one migration needs to run only the checks that
reach it; a CI gate runs every check, every time. ``auto`` reuses kept verdicts except
where ``CI`` is set (as every CI service sets it) or pytest's cache is off; ``reuse``
reuses them anywhere; ``run`` runs every check (and still keeps the verdicts of those
that pass, for the next run). ``MIGRATIONS_VERDICTS`` in the environment sets the
default for every run of a machine or job (the option wins over it).
"""

from __future__ import annotations

import os

import pytest

from edi_migrations.harness.seeding import on_ci

DEST = "verdicts"
ENV_VAR = "MIGRATIONS_VERDICTS"
CHOICES = ("auto", "reuse", "run")
RUN_ALL_HINT = "--verdicts=run runs every check"


def add_option(group: pytest.OptionGroup) -> None:
    group.addoption(
        "--verdicts",
        choices=CHOICES,
        default=None,
        dest=DEST,
        help="'auto' (default): a check that passed in an earlier run on the same inputs "
        "(start bytes, migrations up to its version, code, options) is not run again, "
        f"except on CI; 'reuse': also on CI; 'run': every check runs (default: ${ENV_VAR}, "
        "else auto)",
    )


def mode(config: pytest.Config) -> str:
    """The option's choice, else the environment's, else ``auto``; an environment value
    that is no choice stops the run, naming it."""
    chosen = config.getoption(DEST, None)
    if chosen:
        return chosen
    value = os.environ.get(ENV_VAR, "").strip().lower() or "auto"
    if value not in CHOICES:
        raise pytest.UsageError(
            f"edi-migrations: {ENV_VAR}={value}: expected one of {', '.join(CHOICES)}"
        )
    return value


def reusing(config: pytest.Config) -> bool:
    """Whether this run takes kept verdicts instead of running their checks."""
    if getattr(config, "cache", None) is None:
        return False
    chosen = mode(config)
    if chosen == "auto":
        return not on_ci(os.environ) and not recording_durations(config)
    return chosen == "reuse"


def recording_durations(config: pytest.Config) -> bool:
    """pytest-split's ``--store-durations``: the file balances CI's shards by each check's
    time, so a kept verdict's skip (about 0 s) would record a lie; ``auto`` runs them."""
    return bool(config.getoption("store_durations", False))


def keeping(config: pytest.Config) -> bool:
    """Whether this run keeps the verdicts of its passing checks: not on CI's ``auto``
    (a fresh seed every run: nothing kept would ever be reused)."""
    return getattr(config, "cache", None) is not None and (
        reusing(config) or mode(config) != "auto"
    )


def header(config: pytest.Config) -> str:
    if reusing(config):
        return (
            "verdicts: a check that passed on the same inputs in an earlier run is not run "
            f"again ({RUN_ALL_HINT})"
        )
    if getattr(config, "cache", None) is None:
        return "verdicts: every check runs (-p no:cacheprovider)"
    if mode(config) == "auto" and recording_durations(config):
        return "verdicts: every check runs (--store-durations records each check's time)"
    if mode(config) == "run":
        return f"verdicts: every check runs (--verdicts=run or {ENV_VAR}=run)"
    return "verdicts: every check runs (CI is set)"
