"""Whether the re-run check runs: the ini's ``edi_migrations_rerun_check`` (default true).

Re-running an applied migration must change nothing where the runner may run it twice
(EDI's promise). A project whose runner records each applied migration and never runs
one again may switch the check off with one ini line; the check is then reported as
skipped with the reason, never as passed, and its failure names that line.
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


def add_ini(parser: pytest.Parser) -> None:
    parser.addini(
        INI_RERUN,
        "re-run each applied migration and require it to change nothing (default true); "
        "false when the project's runner never re-runs one",
        default="true",
    )


def rerun_check_on(config: pytest.Config) -> bool:
    """The ini's choice; anything but a truth value is a usage error naming the line."""
    return ini_truth(config, INI_RERUN)


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
