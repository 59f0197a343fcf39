"""The plugin's default ``edi_migrations_connect``: the project's ``[tool.edi-migrations]
connect``, the factory ``edi-migrate`` opens the app's databases with.

A conftest's fixture reaches only the checks beneath its folder: one in ``tests/`` gave a
``src/``-layout project's factory to ``pytest`` when a test of ``tests/`` ran first, and
to none of ``pytest src/app/migrations`` or of an xdist worker starting on a check. The
setting, read where the plugin reads the migrations folder, holds for every run.
"""

from __future__ import annotations

import pytest

from edi_migrations.runner.project import SECTION, project_table, pyproject_for
from edi_migrations.sqlite.opener import Connect

KEY = "connect"


def from_project(config: pytest.Config) -> Connect | None:
    """The factory the nearest pyproject names (``None``: it names none)."""
    pyproject = pyproject_for(config.inipath.parent if config.inipath else config.rootpath)
    value = project_table(pyproject).get(KEY) if pyproject else None
    if value is None:
        return None
    from edi_migrations.cli.connect_choice import load_connect  # one loader, one message

    return load_connect(value, f"[tool.{SECTION}] {KEY} in {pyproject}", pyproject.parent)
