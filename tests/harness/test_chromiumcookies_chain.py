"""A real C++ chain, ported: Chromium's SQLite cookie store (``Cookies``) versions 18 to 24,
each ``if (cur_version == N)`` block of ``DoMigrateDatabaseSchema`` with its SQL verbatim
(``tests/chromiumcookies_app/README.md``).

Every block records ``last_compatible_version`` = ``std::min(N+1, kCompatibleVersionNumber)``,
the new version itself in every copy of the file the port read, so no step claims
``KEEPS_PREVIOUS_APP``: the harness finds the previous app still working after 19's cap and
20's wider key (upstream is stricter than its schema needs) and broken by 21 and 22, which
declare the break upstream's number means. 23 copies rows with ``CONCAT``, SQLite's own
from 3.44.0: on an older library it fails, and the message names that release. The full
matrix is the bench's (``bench/bench_ported_chain.py chromiumcookies``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations.sqlite.dbapi import sqlite3
from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def cookies(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: Chromium never re-runs a step)."""
    ported_project("chromiumcookies", pytester.path)
    return pytester.path / "migrations"


def test_the_capped_expiry_the_wider_keys_and_the_dropped_column_pass(pytester, cookies):
    paths = [arg for step in range(1, 5) for arg in ("--upgrade-path", f"v{step}->v{step + 1}")]
    run_matrix(pytester, cookies, "-k", "test_upgrade_path", *paths).assert_outcomes(passed=4)


def test_no_step_claims_the_previous_build_and_the_harness_says_which_could(pytester, cookies):
    paths = ("--upgrade-path", "app->v2", "--upgrade-path", "app->v4")
    result = run_matrix(pytester, cookies, "-k", "test_previous_app_still_works", *paths)
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(
        [
            "0002_v19_cap_expires: the v1 app keeps working on v2",
            "0004_v21_drop_is_same_party: the v3 app breaks on v4*last_compatible_version 21*",
        ]
    )
    result.stdout.no_fnmatch_line("*as it says KEEPS_PREVIOUS_APP*")


def test_the_cross_site_step_needs_the_sqlite_that_has_concat(pytester, cookies):
    result = run_matrix(pytester, cookies, "-k", "test_upgrade_path", "--upgrade-path", "v5->v6")
    if sqlite3.sqlite_version_info >= (3, 44, 0):
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*no such function: CONCAT*SQLite's own from 3.44.0*"])
