"""A real SQLAlchemy chain, ported: Home Assistant's recorder (``migration.py``'s
`_apply_update`, SQLite branches), schema versions 0 to 17, 18 versions
(``tests/homeassistant_app/README.md``).

Every step adds the recorder's own ``schema_changes`` row stamped with the time it ran
(declared ``AddRows`` and ``MigrationTime``): resumed after each step or run in one call,
the stamps differ, and only there. Steps 4 and 9 drop version 0's indexes (declared).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project

SEED = ("--migrations-seed", "7")  # the start's rows are drawn; the outcome should not care


@pytest.fixture
def recorder(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no re-run check)."""
    ported_project("homeassistant", pytester.path)
    return pytester.path / "migrations"


def test_every_step_resumed_equals_one_run_with_the_stamps_declared(pytester, recorder):
    result = run_matrix(
        pytester, recorder, "-k", "test_upgrade_path", "--upgrade-path", "v1=>v18", *SEED
    )
    result.assert_outcomes(passed=1)
