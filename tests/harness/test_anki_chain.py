"""A real Rust chain, ported: Anki's collection schema, schema 11 to 18 (SQL files and the
Rust steps moving JSON out of ``col``'s row into tables), 6 versions
(``tests/anki_app/README.md``).

Two of the harness's false alarms on it (upgrade paths): schema 18 rebuilds ``graves`` as a
WITHOUT ROWID table (every row was called lost), and schema 16's declared rules read
``deck_config`` after the rule declared above them had rewritten it (every card was
expected raised). Both paths pass now; the one ``INSERT OR IGNORE`` drops (a repeated
grave) is declared.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project

SEED = ("--migrations-seed", "7")  # the JSON, option groups and cards drawn by app_writes


@pytest.fixture
def anki(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no re-run check)."""
    ported_project("anki", pytester.path)
    return pytester.path / "migrations"


def test_the_ease_reset_and_the_graves_rebuild_pass(pytester, anki):
    paths = ("--upgrade-path", "v3->v4", "--upgrade-path", "v1->v6")
    result = run_matrix(pytester, anki, "-k", "test_upgrade_path", *paths, *SEED)
    result.assert_outcomes(passed=2)
