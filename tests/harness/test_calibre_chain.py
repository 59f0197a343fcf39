"""A real Python chain with SQL scripts heavy in triggers and views, ported: calibre's
``metadata.db`` (``src/calibre/db/schema_upgrades.py``), its 2011 base schema and each
``upgrade_version_N``, 27 versions (``tests/calibre_app/README.md``).

calibre's base schema shipped ``fkc_delete_books_authors_link`` (and its publishers twin)
reading ``OLD.book`` on ``authors``, a column it does not have: deleting an author fails.
upstream's ``upgrade_version_2`` (v3 here) drops them, then deletes the unreferenced rows.
The harness once blamed the step after the base (v1 -> v2) for them, and crashed replaying
v3's declared deletion with the guards it had dropped
(``tests/harness/test_harness_trigger_broken_before_the_step.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def calibre(pytester) -> Path:
    """The port as a pytester project of its own (its conftest registers calibre's functions)."""
    ported_project("calibre", pytester.path)
    return pytester.path / "migrations"


def test_the_base_schemas_broken_guards_are_not_the_next_steps_and_go_as_declared(
    pytester, calibre
):
    paths = ("v1->v2", "v2->v3", "v12->v13")  # v12->v13: a step with nothing to declare
    selection = [arg for path in paths for arg in ("--upgrade-path", path)]
    result = run_matrix(pytester, calibre, "-k", "test_upgrade_path", *selection)
    result.assert_outcomes(passed=3)
