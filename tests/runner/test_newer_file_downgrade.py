"""An older build's ``downgrade`` (or ``upgrade --to`` below its head) on a newer file
says why it refuses, as ``upgrade``, ``status`` and ``verify`` do.

The refusal was the generic "migrated by newer migrations", whatever the file records:
the build one version back starts on a file whose newest migration says it keeps that
app working, yet may not take it down (only the code with that migration can), and a
file whose newest migration says nothing is refused for that. Both are said now; the file
stays byte-identical. The control: the new build's downgrade of the same file runs.
"""

from __future__ import annotations

import pytest

from edi_migrations import downgrade, upgrade
from edi_migrations.errors import UnknownVersion
from tests.runner.test_newer_file_start import CLAIMS, refused_unchanged, upgraded_by_new


def test_a_downgrade_of_a_claimed_file_says_only_the_newer_code_can(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, CLAIMS)
    message = refused_unchanged(
        db, UnknownVersion, lambda: downgrade(db, to=1, migrations_dir=old, backup=False)
    )
    assert "0003_tags says v2 apps keep working on it" in message, message
    assert "only code with v3 can downgrade it" in message, message


def test_a_downgrade_of_an_unclaimed_file_says_its_migration_does_not_claim_it(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, "")
    message = refused_unchanged(
        db, UnknownVersion, lambda: downgrade(db, to=1, migrations_dir=old, backup=False)
    )
    assert "0003_tags does not say v2 apps keep working" in message, message


def test_an_upgrade_to_an_older_version_says_why_too(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, CLAIMS)
    message = refused_unchanged(
        db, UnknownVersion, lambda: upgrade(db, to=1, migrations_dir=old, backup=False)
    )
    assert "only code with v3 can" in message, message


@pytest.mark.parametrize("claim", [CLAIMS, ""], ids=["claimed", "unclaimed"])
def test_the_new_build_downgrades_the_same_file(tmp_path, claim):
    db, _, new = upgraded_by_new(tmp_path, claim)
    assert downgrade(db, to=2, migrations_dir=new, backup=False).to_version == 2
