"""What the re-run check does: the ini's ``edi_migrations_rerun_check``.

Re-running an applied migration must change nothing where the runner may run it twice:
``required`` (or ``true``) fails a re-run that changes the database. Most runners record
each applied migration in the step's own transaction and never run one twice, so a guard
or a backfill finding new work when run again is sound there: ``reported`` (the default)
runs the re-run the same and lists the change (harness.rerun_reported) without failing.
``false`` skips the check, saying why, never passing it silently; a failure names that line.
"""

from __future__ import annotations

import pytest

INI_RERUN = "edi_migrations_rerun_check"
SWITCH_OFF = f"{INI_RERUN} = false"
SKIP_REASON = (
    f"{SWITCH_OFF} in the pytest ini: this project's runner never re-runs an applied migration"
)
HINT = (  # what the rule asks first: the ini line alone, followed, only hides the check
    "guard upgrade() so that, run again on a database it already upgraded, it finds its "
    "work done and changes nothing (or make each statement harmless to repeat); "
    "if this project's runner never re-runs an applied migration, say so in the pytest ini: "
    f"{SWITCH_OFF}"
)
TRUE, FALSE = frozenset({"true", "yes", "on", "1"}), frozenset({"false", "no", "off", "0"})
REQUIRED, REPORTED, OFF = "required", "reported", "false"


def add_ini(parser: pytest.Parser) -> None:
    parser.addini(
        INI_RERUN,
        "re-run each applied migration: required (or true) fails one that changes the "
        "database, reported (default) lists it, false skips the check",
        default=REPORTED,
    )


def rerun_mode(config: pytest.Config) -> str:
    """``required``, ``reported`` or ``false`` (a truth value reads as required or false);
    anything else is a usage error naming the line."""
    value = str(config.getini(INI_RERUN)).strip()
    if value.lower() in (REQUIRED, REPORTED):
        return value.lower()
    if value.lower() in TRUE | FALSE:
        return REQUIRED if value.lower() in TRUE else OFF
    where = config.inipath or "the pytest ini"
    raise pytest.UsageError(
        f"edi-migrations: {INI_RERUN} = {value} in {where}: expected required, reported or false"
    )


def rerun_check_on(config: pytest.Config) -> bool:
    """Whether the re-runs run at all (required or reported)."""
    return rerun_mode(config) != OFF


def ini_truth(config: pytest.Config, name: str) -> bool:
    """The ini's true or false for ``name``; anything else is a usage error naming it."""
    value = str(config.getini(name)).strip()
    if value.lower() in TRUE:
        return True
    if value.lower() in FALSE:
        return False
    where = config.inipath or "the pytest ini"
    raise pytest.UsageError(f"edi-migrations: {name} = {value} in {where}: expected true or false")


def skip_reruns(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every re-run test skipped, with the reason, when the ini switched them off."""
    if rerun_check_on(config):
        return
    from edi_migrations.harness.matrix import RERUN  # the options import this module

    skip = pytest.mark.skip(reason=SKIP_REASON)
    for item in items:
        if RERUN in getattr(getattr(item, "callspec", None), "params", {}):
            item.add_marker(skip)
