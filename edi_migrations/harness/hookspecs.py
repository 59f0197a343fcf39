"""Hooks a project implements (in its conftest.py or a plugin) to shape the matrix.

Both run at collection time, which is why they are hooks and not fixtures: they decide
which tests exist. The first implementation that returns a value wins.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest


@pytest.hookspec(firstresult=True)
def pytest_edi_migrations_start_shapes(config: pytest.Config) -> Sequence[str] | None:
    """The kinds of database at the first version that paths start from, by name (EDI:
    its eight field shapes and their combinations). Default: one, built from the schema.
    Each name reaches :func:`edi_migrations_start_database` as ``Start(1, name)``."""


@pytest.hookspec(firstresult=True)
def pytest_edi_migrations_start_versions(config: pytest.Config, head: int) -> Sequence[int] | None:
    """The versions paths start from; 0 is an empty file (a fresh install). Default:
    0 and every version from 1 to head - 1."""
