"""The plugin's ini key, ``edi_migrations_dir``, where pytest reads it outside a
pyproject.toml: ``pytest.ini``, ``tox.ini`` or ``setup.cfg``.

The options page documents the key "in pytest's ini section", and a project set up that
way ran its checks while ``edi-migrate`` refused it, having looked only for a
pyproject.toml. The command line now finds the key as pytest does, the nearest of these
files up from the working directory, relative to the file naming it.
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations.errors import BadMigrationsFolder
from edi_migrations.runner.one_folder import ONE_PER_RUN, several_in_one_value
from edi_migrations.runner.project import PYTEST_INI_KEY, Configured

# pytest's own order within one folder, with the section each file holds its settings in
INI_SECTIONS = (("pytest.ini", "pytest"), (".pytest.ini", "pytest"), ("tox.ini", "pytest"),
                ("setup.cfg", "tool:pytest"))  # fmt: skip


def ini_folder(start: Path) -> Configured | None:
    """The folder the nearest ini file up from ``start`` names in its pytest section."""
    import configparser  # only when no pyproject names the folder

    for folder in (start.resolve(), *start.resolve().parents):
        for name, section in INI_SECTIONS:
            ini = folder / name
            if not ini.is_file():
                continue
            parser = configparser.ConfigParser(interpolation=None)
            try:
                parser.read(ini, encoding="utf-8")
            except (configparser.Error, UnicodeDecodeError):
                continue  # not this file's settings: pytest reports it on its own run
            value = parser.get(section, PYTEST_INI_KEY, fallback="").strip()
            if several_in_one_value(value):
                raise BadMigrationsFolder(ini, f"{PYTEST_INI_KEY} names several: {ONE_PER_RUN}")
            if value:
                return Configured((folder / value).resolve(), ini)
    return None
