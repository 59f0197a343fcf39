"""A real C chain, ported: darktable's ``library.db`` versions 22 to 34, each ``else
if(version == N)`` block of ``_upgrade_library_schema_step`` with its SQL verbatim and its
loops as Python (``tests/darktable_app/README.md``).

27's film rolls (a text date made a Unix time in an INTEGER column: the harness's false alarm
there, fixed) and 32's de-duplicated metadata pass as declared. 33's foreign-key rebuild
makes ``metadata_index`` UNIQUE over (id, key, value), undoing 32's UNIQUE (id, key): the
upstream finding this spec keeps in view. The full matrix is the bench's
(``bench/bench_ported_chain.py darktable``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def darktable(pytester) -> Path:
    """The port as a pytester project of its own (its conftest attaches the data database)."""
    ported_project("darktable", pytester.path)
    return pytester.path / "migrations"


def test_the_film_rolls_and_the_metadata_duplicates_pass(pytester, darktable):
    paths = ("--upgrade-path", "v5->v6", "--upgrade-path", "v10->v11")
    run_matrix(pytester, darktable, "-k", "test_upgrade_path", *paths).assert_outcomes(passed=2)


def test_the_foreign_keys_step_drops_the_unique_metadata_key(pytester, darktable):
    result = run_matrix(pytester, darktable, "-k", "test_upgrade_path", "--upgrade-path", "v11->v12")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*table meta_data: unique on id, key removed*"])
