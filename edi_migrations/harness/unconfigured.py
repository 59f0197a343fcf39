"""A run that meant the checks but configured no migrations folder stops, saying why.

Without a folder the plugin stays out of another project's way (plugin_start.py): it
checks nothing and says nothing. A project that misspelt the setting (``migration-dir``,
``[tool.edi_migrations]``), or a CI job passing the matrix's own options, then passed green
with no check run and no ``--matrix-report`` written. Each is a usage error naming what
was read. An option asking for the checks' selection or output says the run is meant to
check a chain; one tuning them (``--matrix-rows``, ``--statement-timeout``, the seed: a
test may ask for it) may be passed to every run of a CI script, and stays allowed, as does
a table holding only settings that runs per folder share (``connect``, ``sqlite-floor``).
"""

from __future__ import annotations

import pytest

from edi_migrations.runner.project import EXAMPLE, SECTION, pyproject_for

KNOWN_KEYS = ("connect", "migrations-dir", "snapshots-dir", "sqlite-floor")
ASK_FOR_CHECKS = {  # dest: (flag, default), as pytest_options.py adds them
    "upgrade_path": ("--upgrade-path", []),
    "matrix": ("--matrix", "default"),
    "matrix_report": ("--matrix-report", None),
    "review_base": ("--review-base", None),
}
HOW = f"pass --migrations-dir DIR, or name it in the project's pyproject.toml: {EXAMPLE}"


def refuse_unchecked_run(config: pytest.Config) -> None:
    """Called where no folder is configured (the harness did not join the run)."""
    if hasattr(config, "workerinput") or config.getoption("help", False):
        return  # a worker: the controller decided, and said so
    for dest, (flag, default) in ASK_FOR_CHECKS.items():
        if config.getoption(dest, default) != default:
            raise pytest.UsageError(
                f"edi-migrations: {flag} was given, but no migrations folder is configured, "
                f"so no check would run: {HOW}"
            )
    misspelt = _misspelt_settings(config)
    if misspelt:
        raise pytest.UsageError(f"edi-migrations: {misspelt}, so no check would run: {HOW}")


def _misspelt_settings(config: pytest.Config) -> str:
    """What the nearest pyproject names that no run reads, or ``""``."""
    pyproject = pyproject_for(config.inipath.parent if config.inipath else config.rootpath)
    if pyproject is None:
        return ""
    import tomllib  # only a project with no folder configured and a pyproject pays for it

    try:
        with pyproject.open("rb") as handle:
            tool = tomllib.load(handle).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError):
        return ""  # said where a setting is read
    if not isinstance(tool, dict):
        return ""
    for name in tool:
        if name != SECTION and name.replace("_", "-").lower() == SECTION:
            return f"{pyproject}: [tool.{name}] is not read (the table is [tool.{SECTION}])"
    table = tool.get(SECTION)
    unknown = sorted(set(table) - set(KNOWN_KEYS)) if isinstance(table, dict) else []
    if unknown:
        return (
            f"{pyproject}: [tool.{SECTION}] names {', '.join(unknown)}, which no run reads "
            f"(its settings: {', '.join(KNOWN_KEYS)}); no migrations folder is configured"
        )
    return ""
