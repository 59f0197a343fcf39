"""The project's configuration, in one place: ``[tool.edi-migrations]`` of the nearest
pyproject.toml.

The command line looks up from the working directory, the pytest plugin from its rootdir
(or ini file), the lint from the migrations folder; all of them read the table here, so a
project names its migrations folder, snapshots folder and SQLite floor once::

    [tool.edi-migrations]
    migrations-dir = "migrations"
    snapshots-dir = "tests/schema_snapshots"   # the plugin's; default DIR/schema_snapshots
    sqlite-floor = "3.31"

Relative folders are relative to the pyproject.toml that names them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from edi_migrations.errors import BadMigrationsFolder
from edi_migrations.runner.one_folder import ONE_PER_RUN, several_in_one_value

SECTION = "edi-migrations"
MIGRATIONS_KEY = "migrations-dir"
SNAPSHOTS_KEY = "snapshots-dir"
EXAMPLE = f'[tool.{SECTION}] {MIGRATIONS_KEY} = "migrations"'
PYTEST_SECTION, PYTEST_INI_KEY = "pytest.ini_options", "edi_migrations_dir"


def pyproject_for(folder: Path) -> Path | None:
    """The nearest pyproject.toml in ``folder`` or above it."""
    for candidate in (folder.resolve(), *folder.resolve().parents):
        if (candidate / "pyproject.toml").is_file():
            return candidate / "pyproject.toml"
    return None


def project_table(pyproject: Path, section: str = SECTION) -> dict:
    """``[tool.<section>]`` of ``pyproject`` (empty when it has none)."""
    import tomllib  # only when no --migrations-dir was given: not every run's start-up

    try:
        with pyproject.open("rb") as handle:
            table = tomllib.load(handle).get("tool", {})
        for part in section.split("."):  # "pytest.ini_options": [tool.pytest.ini_options]
            table = table.get(part, {}) if isinstance(table, dict) else None
    except tomllib.TOMLDecodeError as exc:
        raise BadMigrationsFolder(pyproject, f"is not valid TOML: {exc}") from None
    if not isinstance(table, dict):
        raise BadMigrationsFolder(pyproject, f"[tool.{section}] must be a table")
    return table


@dataclass(frozen=True)
class Configured:
    """A folder the project's pyproject names, and which file named it."""

    folder: Path
    pyproject: Path


def configured_folder(pyproject: Path, key: str, section: str = SECTION) -> Configured | None:
    """The folder ``key`` of ``pyproject``'s table names, resolved against its folder."""
    value = project_table(pyproject, section).get(key)
    if value is None:
        return None
    if several_in_one_value(value):
        raise BadMigrationsFolder(pyproject, f"[tool.{section}] {key} names several: {ONE_PER_RUN}")
    if not isinstance(value, str) or not value.strip():
        raise BadMigrationsFolder(
            pyproject, f"[tool.{section}] {key} must be a folder path (a string), not {value!r}"
        )
    return Configured((pyproject.parent / value).resolve(), pyproject)


def _cli_folder(pyproject: Path) -> Configured | None:
    """The command line's folder: the plugin's ini key in the same pyproject wins over
    ``migrations-dir``, as it does for the plugin, so both run on one chain."""
    ini = configured_folder(pyproject, PYTEST_INI_KEY, PYTEST_SECTION)
    return ini or configured_folder(pyproject, MIGRATIONS_KEY)


def project_migrations_dir(start: Path) -> Path:
    """The migrations folder the nearest pyproject up from ``start`` names; a refusal
    saying how to name one when none does (never a chain the user did not choose)."""
    pyproject = pyproject_for(start)
    found = _cli_folder(pyproject) if pyproject else None
    if found is None:
        from edi_migrations.runner.ini_files import ini_folder  # pytest's other files

        found = ini_folder(start)
    if found is None:
        searched = (
            f"{pyproject} has no {MIGRATIONS_KEY}"
            if pyproject
            else f"no pyproject.toml in {start.resolve()} or above it"
        )
        raise BadMigrationsFolder(
            start.resolve(),
            f"no migrations folder ({searched}): pass --migrations-dir DIR, or name it in "
            f"the project's pyproject.toml: {EXAMPLE}",
        )
    if not found.folder.is_dir():
        raise BadMigrationsFolder(
            found.folder,
            f"migrations folder does not exist (named in {found.pyproject})",
        )
    return found.folder
