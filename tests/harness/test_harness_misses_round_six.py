"""Round six of the red team, on the last hour's loosenings (chains of their own, not
EDI's): each broken twin, a migration that should fail, beside its sound control.

Found: the hint that the start held the 64-bit edge values and arithmetic overflowed to
REAL showed on any change between a large integer and a REAL, also a REAL (1.79e308)
cast to INTEGER (clamped to 2^63 - 1) on a down: advice about a loss it was not. Found
sound, kept as specs: an index dropped before a rebuild and never made again still fails
the step; a rename-first rebuild losing its own trigger still fails EM102; a CHECK or a
trigger refusing a NULL reference keeps the edge row's NULL out with the app's foreign
keys on; a UNIQUE made the key under a collation changed in the same rebuild; a
``--splits`` group that ran no test still writes the report the merge needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.harness_projects import assert_outcome, run_matrix
from tests.newcomer_chains import STEP, two_steps

PETS = '''"""Pets, their names indexed; {extra}."""


def upgrade(conn):
    conn.executescript("""
        CREATE TABLE pet (id INTEGER PRIMARY KEY, name TEXT, species TEXT);
        CREATE INDEX ix_pet_name ON pet (name);
        {more}
    """)
'''

DROP_FIRST = '''
from edi_migrations.changes import ChangeConstraint, Recompute{imports}

CHANGES = (
    ChangeConstraint("pet", "not null", column="species"),
    Recompute("pet", "species", expression="coalesce(species, '')"),{declared}
)


def upgrade(conn):
    conn.executescript("""
        DROP INDEX ix_pet_name;
        CREATE TABLE _tmp_pet (id INTEGER PRIMARY KEY, name TEXT,
                               species TEXT NOT NULL DEFAULT '');
        INSERT INTO _tmp_pet SELECT id, name, coalesce(species, '') FROM pet;
        DROP TABLE pet;
        ALTER TABLE _tmp_pet RENAME TO pet;
    """)
'''

DROPPED = {
    "declared": (' DropObject("index", "ix_pet_name")', ", DropObject"),
    "undeclared": ("", ""),
}


@pytest.mark.parametrize("how", DROPPED, ids=DROPPED)
def test_an_index_dropped_before_a_rebuild_and_never_made_again_is_still_a_loss(pytester, how):
    declared, imports = DROPPED[how]
    second = DROP_FIRST.replace("{declared}", declared).replace("{imports}", imports)
    first = PETS.replace("{extra}", "nothing else").replace("{more}", "")
    folder = two_steps(pytester, first, second)
    result = run_matrix(pytester, folder, *STEP)
    assert_outcome(result, () if how == "declared" else ("*ix_pet_name*",))


RENAME_FIRST = '''
from edi_migrations.changes import ChangeConstraint

CHANGES = (ChangeConstraint("pet", "not null", column="species"),)


def upgrade(conn):
    conn.executescript("""
        ALTER TABLE pet RENAME TO _old_pet;
        CREATE TABLE pet (id INTEGER PRIMARY KEY, name TEXT, species TEXT NOT NULL DEFAULT '');
        INSERT INTO pet SELECT id, name, coalesce(species, '') FROM _old_pet;
        DROP TABLE _old_pet;
        CREATE INDEX ix_pet_name ON pet (name);
        {again}
    """)
'''
OWN_TRIGGER = """CREATE TRIGGER pet_named BEFORE INSERT ON pet
          WHEN NEW.name IS NULL BEGIN SELECT RAISE(ABORT, 'a pet has a name'); END;"""
RENAMED = {"trigger-made-again": OWN_TRIGGER, "trigger-lost": ""}


@pytest.mark.parametrize("how", RENAMED, ids=RENAMED)
def test_a_rename_first_rebuild_losing_its_own_trigger_fails_the_lint(pytester, how):
    first = PETS.replace("{extra}", "a trigger of its own").replace("{more}", OWN_TRIGGER)
    folder = two_steps(pytester, first, RENAME_FIRST.replace("{again}", RENAMED[how]))
    result = run_matrix(
        pytester, folder, "-k", "test_migration_passes_the_lint", "--upgrade-path", "v1->v2"
    )
    assert_outcome(
        result,
        ()
        if how == "trigger-made-again"
        else (
            "*EM102*",
            "*loses trigger pet_named*",
        ),
    )


ITEMS = '''"""Items weighed in kilograms, NUMERIC (whole weights are kept as integers)."""


def upgrade(conn):
    conn.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, weight NUMERIC)")
'''
KILOGRAMS = """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("item", "kg", expression="weight"),)


def upgrade(conn):  # the weight kept again as kg
    conn.execute("ALTER TABLE item ADD COLUMN kg NUMERIC")
    conn.execute("UPDATE item SET kg = weight")


def downgrade(conn):  # kg dropped, the weight {what}
    conn.execute("UPDATE item SET weight = {value}")
    conn.execute("ALTER TABLE item DROP COLUMN kg")
"""
CUTS = {"kept": "weight", "cut-to-whole-kilograms": "CAST(weight AS INTEGER)"}


@pytest.mark.parametrize("how", CUTS, ids=CUTS)
def test_a_real_cut_to_an_integer_is_no_edge_overflow_to_real(pytester, how):
    """The 64-bit edge values' hint is for INTEGER -> REAL (``cents * 10`` on 2^63 - 1): a
    REAL 1.79e308 cast to INTEGER (clamped to 2^63 - 1) is a loss of another kind."""
    second = KILOGRAMS.replace("{what}", how).replace("{value}", CUTS[how])
    folder = two_steps(pytester, ITEMS, second)
    result = run_matrix(pytester, folder, "-k", "test_round_trip", "--upgrade-path", "v1->v2")
    assert_outcome(
        result,
        ()
        if how == "kept"
        else (
            "*round trip*",
            "*weight: real * -> integer *",
        ),
    )
    result.stdout.no_fnmatch_line("*64-bit edge values*")


SHELVED = '''"""Books, each on a shelf: the app turns foreign keys on, and {how}."""


def upgrade(conn):
    conn.executescript("""
        CREATE TABLE shelf (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT NOT NULL,
                           shelf INTEGER REFERENCES shelf (id){check});
        {trigger}
    """)
'''
REFUSES_NULL = """CREATE TRIGGER book_shelved BEFORE INSERT ON book
          WHEN NEW.shelf IS NULL BEGIN SELECT RAISE(ABORT, 'a book is on a shelf'); END;"""
JOINED = '''
def upgrade(conn):  # the books rebuilt through their shelves: every book is on one
    conn.executescript("""
        CREATE TABLE book_new (id INTEGER PRIMARY KEY, title TEXT NOT NULL,
                               shelf INTEGER REFERENCES shelf (id));
        INSERT INTO book_new (id, title, shelf)
          SELECT b.id, b.title, b.shelf FROM book b JOIN shelf s ON s.id = b.shelf;
        DROP TABLE book;
        ALTER TABLE book_new RENAME TO book;
        {trigger}
    """)
'''
REFUSALS = {
    "a-check": ("a CHECK refuses no shelf", " CHECK (shelf IS NOT NULL)", ""),
    "a-trigger": ("a trigger refuses no shelf", "", REFUSES_NULL),
    "nothing-refuses-it": ("a book may be on no shelf", "", ""),
}


@pytest.mark.parametrize("how", REFUSALS, ids=REFUSALS)
def test_a_reference_the_app_cannot_leave_null_is_not_drawn_null(pytester, how):
    """With the app's foreign keys on, the edge row holds NULL in a nullable reference;
    where a CHECK or a trigger refuses NULL there, a rebuild joining the parent is sound."""
    what, check, trigger = REFUSALS[how]
    pytester.makeini("[pytest]\nedi_migrations_app_foreign_keys = true\n")
    first = SHELVED.replace("{how}", what).replace("{check}", check)
    first = first.replace("{trigger}", trigger)
    second = JOINED.replace("{trigger}", trigger)
    if check:
        second = second.replace("REFERENCES shelf (id))", f"REFERENCES shelf (id){check})")
    folder = two_steps(pytester, first, second)
    result = run_matrix(pytester, folder, *STEP)
    assert_outcome(
        result,
        ()
        if how != "nothing-refuses-it"
        else (
            "*data kept*",
            "*book*",
        ),
    )


TAGS = '''"""Tags, their names unique {how}."""


def upgrade(conn):
    conn.execute("CREATE TABLE tag (name TEXT{collate} UNIQUE, note TEXT)")
'''
KEYED = '''
from edi_migrations.changes import ChangeConstraint

CHANGES = ({declared})


def upgrade(conn):  # the name made the table's key, {how}
    conn.executescript("""
        CREATE TABLE tag_new (name TEXT{collate} PRIMARY KEY, note TEXT);
        INSERT INTO tag_new (rowid, name, note) SELECT rowid, name, note FROM tag;
        DROP TABLE tag;
        ALTER TABLE tag_new RENAME TO tag;
    """)
'''
COLLATE_CHANGED = 'ChangeConstraint("tag", "collate", column="name"),'
KEYS = {  # (the UNIQUE's collation, the key's, whether the UNIQUE is still held)
    "rtrim-key-over-rtrim-unique": (" COLLATE RTRIM", " COLLATE RTRIM", True),
    "nocase-key-over-binary-unique": ("", " COLLATE NOCASE", True),
    "binary-key-over-nocase-unique": (" COLLATE NOCASE", "", False),
    "rtrim-key-over-nocase-unique": (" COLLATE NOCASE", " COLLATE RTRIM", False),
}


@pytest.mark.parametrize("how", KEYS, ids=KEYS)
def test_a_unique_made_the_key_with_its_collation_changed_in_the_rebuild(pytester, how):
    """The key holds the UNIQUE only where it compares names as the UNIQUE did, or more
    coarsely; the column's collation changed (and declared) in the same rebuild counts."""
    was, now, held = KEYS[how]
    declared = COLLATE_CHANGED if was != now else ""
    first = TAGS.replace("{how}", how).replace("{collate}", was)
    second = KEYED.replace("{how}", how).replace("{collate}", now)
    folder = two_steps(pytester, first, second.replace("{declared}", declared))
    result = run_matrix(pytester, folder, *STEP)
    assert_outcome(
        result,
        ()
        if held
        else (
            "*constraints kept*",
            "*tag*name*unique*",
        ),
    )


def merged(*reports: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "edi_migrations.harness.report_merge", *map(str, reports)]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_a_shard_that_ran_no_test_still_completes_the_merge(pytester):
    """More shards than selected tests (one lint check, two groups): the empty group's
    report still names its group, so the set merges; without it, it is refused."""
    first = PETS.replace("{extra}", "nothing else").replace("{more}", "")
    folder = two_steps(
        pytester, first, DROP_FIRST.replace("{declared}", "").replace("{imports}", "")
    )
    reports = []
    for group in ("1", "2"):
        report = pytester.path / f"matrix-{group}.md"
        result = run_matrix(
            pytester, folder, "-k", "test_migration_passes_the_lint", "--upgrade-path", "v1->v2",
            "--splits", "2", "--group", group, "--matrix-report", str(report),
        )  # fmt: skip
        result.assert_outcomes(passed=1 if group == "1" else 0)
        assert report.exists()
        reports.append(report)
    whole = merged(*reports)
    assert whole.returncode == 0, whole.stderr
    assert merged(reports[0]).returncode == 1
    assert merged(reports[1], reports[1]).returncode == 1
