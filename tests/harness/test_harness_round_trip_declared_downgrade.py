"""A round trip holds a downgrade to the values its ``DOWNGRADE_CHANGES`` declare.

Anki's schema-18 downgrade writes its own bookkeeping (``col.ver = 17``) into every row,
as its ``Recompute("col", "ver", expression="17")`` declares: up then down cannot give
back the values the rows held below (the generator drew any), only what the declared
expression says of the rows the down starts from. A down writing anything else, or
changing a column it declares nothing of, still fails. A small chain of its own (not
EDI's, not Anki's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix

DECKS = '''"""Decks, each with the format version of its options."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE decks (id INTEGER PRIMARY KEY, name TEXT NOT NULL, ver INTEGER, "
        "cards INTEGER NOT NULL DEFAULT 0)"
    )


def downgrade(conn):
    conn.execute("DROP TABLE decks")
'''
FORMAT_TWO = '''"""Deck options in format 2: every deck says so; going down writes format 1."""

from edi_migrations.changes import Recompute

CHANGES = (Recompute("decks", "ver", expression="2"),)
DOWNGRADE_CHANGES = (Recompute("decks", "ver", expression="1"),)


def upgrade(conn):
    conn.execute("UPDATE decks SET ver = 2")


def downgrade(conn):
    conn.execute("UPDATE decks SET {down}")
'''


def make_chain(folder: Path, down: str) -> Path:
    folder.mkdir()
    (folder / "0001_decks.py").write_text(DECKS, encoding="utf-8")
    (folder / "0002_format_two.py").write_text(FORMAT_TWO.format(down=down), encoding="utf-8")
    return folder


def round_trip(pytester: pytest.Pytester, down: str):
    chain = make_chain(pytester.path / "migrations", down)
    return run_matrix(
        pytester, chain, "-k", "test_round_trip", "--upgrade-path", "v1->v2",
        "--migrations-seed", "7",
    )  # fmt: skip


def test_a_down_writing_what_it_declares_passes(pytester):
    round_trip(pytester, "ver = 1").assert_outcomes(passed=1)


@pytest.mark.parametrize(
    "down",
    [
        pytest.param("ver = 0", id="another-value-than-declared"),
        pytest.param("ver = 1, cards = 0", id="an-undeclared-column-changed-too"),
    ],
)
def test_a_down_writing_otherwise_fails(pytester, down):
    result = round_trip(pytester, down)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*round trip up->down*"])
