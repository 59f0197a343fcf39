"""The plugin's default ``edi_migrations_connect``: the project's ``[tool.edi-migrations]
connect``, the factory ``edi-migrate`` opens the app's databases with.

A conftest's fixture reaches only the checks beneath its folder: one in ``tests/`` gave a
``src/``-layout project's factory to ``pytest`` when a test of ``tests/`` ran first, and
to none of ``pytest src/app/migrations`` or of an xdist worker starting on a check. The
setting, read where the plugin reads the migrations folder, holds for every run.
"""

from __future__ import annotations

import pytest

from edi_migrations.sqlite.opener import Connect


def from_project(config: pytest.Config) -> Connect | None:
    """The factory the nearest pyproject names (``None``: it names none)."""
    from edi_migrations.cli.connect_choice import project_connect  # one loader, one message

    return project_connect(config.inipath.parent if config.inipath else config.rootpath)
