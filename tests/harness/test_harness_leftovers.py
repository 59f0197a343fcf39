"""Leftovers noticed by today's red teams and newcomer sweeps (chains of their own, not
EDI's): each broken twin, a migration that should fail, beside its sound control."""

from __future__ import annotations

import pytest

from tests.harness.test_harness_misses_round_five import (
    KEEPS_UNSHELVED,
    LOSES_UNSHELVED,
    SHELF_NAMED,
)
from tests.harness.test_harness_round_trip_dropped_column_at_end import PETS
from tests.harness_projects import assert_outcome, first_migration, run_matrix
from tests.newcomer_chains import STEP, two_steps

TAGS = '''"""Tags, each name once whatever its case."""


def upgrade(conn):
    conn.executescript("""
        CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT NOT NULL COLLATE NOCASE UNIQUE);
    """)
'''
TAGS_KEYED = '''

def upgrade(conn):  # the name made the key, the surrogate id let go
    conn.executescript("""
        CREATE TABLE tag_new (name TEXT NOT NULL COLLATE NOCASE, {key}) WITHOUT ROWID;
        INSERT INTO tag_new (name) SELECT name FROM tag;
        DROP TABLE tag;
        ALTER TABLE tag_new RENAME TO tag;
    """)
'''
DROPS_ID = 'from edi_migrations.changes import DropColumn\n\nCHANGES = (DropColumn("tag", "id"),)\n'


@pytest.mark.parametrize(
    ("key", "expect"),
    [
        ("PRIMARY KEY (name)", ()),
        ("PRIMARY KEY (name COLLATE BINARY)", ("*unique on name removed*",)),
    ],
    ids=["nocase-key-holds-it", "binary-key-does-not"],
)
def test_a_nocase_unique_made_a_key_of_the_same_collation_is_held(pytester, key, expect):
    folder = two_steps(pytester, TAGS, DROPS_ID + TAGS_KEYED.replace("{key}", key))
    assert_outcome(run_matrix(pytester, folder, *STEP), expect)


RATED = """
from edi_migrations.changes import AddColumn, Recompute

CHANGES = (AddColumn("pet", "rating"),)
DOWNGRADE_CHANGES = ({declared})


def upgrade(conn):
    conn.execute("ALTER TABLE pet ADD COLUMN rating INTEGER")


def downgrade(conn):  # the rating goes with the down: nothing is written there
    conn.execute("ALTER TABLE pet DROP COLUMN rating")
"""


@pytest.mark.parametrize(
    ("declared", "expect"),
    [
        ("", ()),
        (
            'Recompute("pet", "rating", expression="0"),',
            ["*DOWNGRADE_CHANGES of 0002_second: Recompute(?pet?, ?rating?, ?0?)*down drops it*"],
        ),
    ],
    ids=["nothing-declared", "recompute-of-a-dropped-column"],
)
def test_a_down_recompute_of_a_column_the_down_drops_is_refused(pytester, declared, expect):
    folder = two_steps(pytester, PETS, RATED.replace("{declared}", declared))
    result = run_matrix(pytester, folder, "-k", "test_round_trip", "--upgrade-path", "v1->v2")
    assert_outcome(result, tuple(expect))


@pytest.mark.parametrize(
    ("syrupy", "expect"),
    [
        ((), ()),
        (
            ("-p", "no:syrupy"),
            ("*schema snapshot needs syrupy*pip install 'edi-migrations[[]pytest[]]'*",),
        ),
    ],
    ids=["syrupy-loaded", "syrupy-missing"],
)
def test_the_schema_snapshot_without_syrupy_says_to_install_the_extra(pytester, syrupy, expect):
    """Run with syrupy's plugin disabled (``-p no:syrupy``): what a wheel installed without
    the ``pytest`` extra meets, without building a venv lacking syrupy."""
    folder = first_migration(pytester, PETS, name="pets")
    run_matrix(pytester, folder, "-k", "test_schema_snapshot", "--snapshot-update")
    result = run_matrix(pytester, folder, "-k", "test_schema_snapshot", *syrupy)
    if expect:
        result.assert_outcomes(errors=1)
        result.stdout.fnmatch_lines(list(expect))
    else:
        result.assert_outcomes(passed=1)


PRICES = '''"""Prices, in cents."""


def upgrade(conn):
    conn.execute("CREATE TABLE prices (id INTEGER PRIMARY KEY, cents INTEGER{check})")
'''
MILLS = """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("prices", "mills", expression="cents * 10"),)


def upgrade(conn):  # prices in mills beside cents
    conn.execute("ALTER TABLE prices ADD COLUMN mills INTEGER")
    conn.execute("UPDATE prices SET mills = cents * 10")


def downgrade(conn):  # the mills are the truth now: cents from them
    conn.execute("UPDATE prices SET cents = mills / 10")
    conn.execute("ALTER TABLE prices DROP COLUMN mills")
"""
RANGE = " CHECK (cents BETWEEN -100000000000000 AND 100000000000000)"


@pytest.mark.parametrize(
    ("check", "expect"),
    [
        (RANGE, ()),
        (
            "",
            (
                "*cents: integer 9223372036854775807 -> real*",
                "*prices.cents: the start held the 64-bit edge values*REAL*CHECK*app_writes*",
            ),
        ),
    ],
    ids=["range-checked", "edge-values-overflow"],
)
def test_an_overflow_to_real_on_the_edge_values_says_where_they_come_from(pytester, check, expect):
    first, second = (text.replace("{check}", check) for text in (PRICES, MILLS))
    folder = two_steps(pytester, first, second)
    result = run_matrix(pytester, folder, "-k", "test_round_trip", "--upgrade-path", "v1->v2")
    assert_outcome(result, expect)


LIBRARY = '''"""Books, each on a shelf or on none; the app turns foreign keys on."""


def upgrade(conn):
    conn.executescript("""
        CREATE TABLE shelf (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT NOT NULL,
                           shelf INTEGER REFERENCES shelf (id));
    """)
'''


@pytest.mark.parametrize(
    ("join", "expect"),
    [
        (KEEPS_UNSHELVED, ()),
        (LOSES_UNSHELVED, ("*data kept*", "*book*")),
    ],
    ids=["keeps-unshelved", "loses-unshelved"],
)
def test_an_app_enforcing_foreign_keys_still_draws_a_null_reference(pytester, join, expect):
    pytester.makeini("[pytest]\nedi_migrations_app_foreign_keys = true\n")
    second = SHELF_NAMED.replace("{join}", join).replace("{trigger}", "")
    folder = two_steps(pytester, LIBRARY, second)
    assert_outcome(run_matrix(pytester, folder, *STEP), expect)
