"""A broken invariant is reported as its evidence alone (``--tb=auto``), and the harness's
stack that report leaves out is never formatted: formatting it (every frame's arguments,
the databases' rows among them) took tens of milliseconds per failed check, thrown away.
With ``--tb=long`` the stack is formatted and shown, as before.

Counted, not timed: pytest formats a stack through ``ExceptionInfo.getrepr``; the specs
record which exceptions it formatted during an in-process run of the example chain.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _pytest._code.code import ExceptionInfo

from tests.harness_projects import add_migration, copy_example_chain, run_matrix

BLANKS_BODIES = """
def upgrade(conn):
    conn.execute("UPDATE notes SET body = NULL")
"""
ONE_PATH = ("-k", "test_upgrade_path", "--upgrade-path", "v7->v8")
BROKEN = "*upgrade path v7->v8 broke invariant 'data kept'*"


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    folder = copy_example_chain(pytester)
    add_migration(folder, "blank_bodies", BLANKS_BODIES)
    return folder


@pytest.fixture
def formatted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the exceptions whose stack pytest formats from now on."""
    names: list[str] = []
    getrepr = ExceptionInfo.getrepr

    def recording(self: ExceptionInfo, *args, **kwargs):
        names.append(type(self.value).__name__)
        return getrepr(self, *args, **kwargs)

    monkeypatch.setattr(ExceptionInfo, "getrepr", recording)
    return names


def test_a_broken_invariant_is_reported_without_formatting_the_harness_stack(
    pytester, chain, formatted
):
    result = run_matrix(pytester, chain, *ONE_PATH)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([BROKEN, "*notes.body*"])
    result.stdout.no_fnmatch_line("*def test_upgrade_path*")
    assert "InvariantFailure" not in formatted


def test_with_tb_long_the_harness_stack_is_formatted_and_shown(pytester, chain, formatted):
    result = run_matrix(pytester, chain, *ONE_PATH, "--tb=long")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*def test_upgrade_path*", BROKEN])
    assert "InvariantFailure" in formatted
