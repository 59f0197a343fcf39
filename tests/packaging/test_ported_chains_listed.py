"""Every ported chain is listed once: in ``tests/ported_projects.PORTED_CHAINS`` (which its
bench row and its spec's project copy read) and as a row of ``docs/ported-chains.md``. A
port that misses one has no bench row or no entry users can find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.ported_projects import PORTED_CHAINS, ported_project

ROOT = Path(__file__).resolve().parents[2]


def _ported_folders() -> set[str]:
    """The chains under ``tests/``: a folder ``<name>_app`` with its project's pytest.ini."""
    found = (ROOT / "tests").glob("*_app/project_pytest.ini")
    return {path.parent.name.removesuffix("_app") for path in found}


def test_every_ported_folder_is_registered():
    assert _ported_folders() == set(PORTED_CHAINS)


def test_every_registered_chain_has_its_row_in_the_docs():
    page = (ROOT / "docs" / "ported-chains.md").read_text()
    rows = re.findall(r"^\| \[[^]]+\]\(\.\./tests/(\w+)_app/README\.md\) \|", page, re.M)
    assert sorted(rows) == sorted(PORTED_CHAINS)


def test_a_registered_chain_copies_as_its_users_run_it(tmp_path):
    project = ported_project("calibre", tmp_path)
    assert (project / "pytest.ini").read_text() == (
        ROOT / "tests" / "calibre_app" / "project_pytest.ini"
    ).read_text()
    assert (project / "conftest.py").exists()  # calibre's own connect
    assert sorted(p.name for p in project.iterdir()) == ["conftest.py", "migrations", "pytest.ini"]


def test_an_unknown_chain_is_named_with_the_known_ones(tmp_path):
    with pytest.raises(KeyError, match="'nope' is not a ported chain: kanboard, memos"):
        ported_project("nope", tmp_path)
