"""A chain that is not EDI's runs the whole harness from its schema alone.

``tests/example_app/migrations`` is a small note-taking app's own chain: tables whose
names need quoting (a space, a double quote, a keyword), a view, a WITHOUT ROWID join
table, a trigger, an FTS5 table and a table rebuild. The pytester project holds only the
migrations folder: no conftest, no test file. The plugin's defaults apply, so its start
databases are fresh installs filled from the schema; nothing of EDI is used.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.harness_projects import run_matrix

EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"


@pytest.fixture
def example(pytester) -> Path:
    folder = pytester.path / "migrations"
    shutil.copytree(
        EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_snapshots")
    )
    return folder


def run(pytester, folder, *args):
    return run_matrix(pytester, folder, *args)


def test_the_sound_chain_passes_every_check_with_its_snapshots(pytester, example):
    written = run(pytester, example, "--snapshot-update")
    assert written.ret == 0, written.stdout.str()
    again = run(pytester, example)
    assert again.ret == 0, again.stdout.str()
    assert again.parseoutcomes()["passed"] == written.parseoutcomes()["passed"] > 50
    assert (example / "schema_snapshots" / "schema_v7.sql").exists()
    again.stdout.fnmatch_lines(["*v6  note_search * rows*", "*v6  note_tags * rows*"])


BROKEN = {
    "a-rebuild-that-forgets-the-cascade-declaration": (
        (
            "0007_notes_cascade.py",
            'CHANGES = (ChangeConstraint("notes", "foreign key", column="book_id"),)',
            "CHANGES = ()",
        ),
        '*table notes: foreign key on book_id changed*declare it in CHANGES: ChangeConstraint("notes", "foreign key", column="book_id")*',
    ),
    "a-rebuild-that-loses-the-quoted-column": (
        ("0007_notes_cascade.py", '    "quote""d" TEXT,\n', ""),
        '*rebuilding notes would drop column(s) quote"d*',
    ),
}


@pytest.mark.parametrize("edit, line", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_migration_of_the_chain_fails_naming_it(pytester, example, edit, line):
    name, old, new = edit
    path = example / name
    assert old in path.read_text()
    path.write_text(path.read_text().replace(old, new))
    result = run(pytester, example, "-k", "test_upgrade_path", "--upgrade-path", "v6->v7")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*upgrade path v6->v7 broke invariant*", line])
