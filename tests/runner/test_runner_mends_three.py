"""Errors a Python caller reads speak Python too, and ``verify()`` on a newer file says why.

An app calls ``upgrade(db, migrations_dir=...)`` (docs/python-api.md); a refusal telling
it only "use `edi-migrate downgrade`" or "pass --migrations-dir" names a command it does
not run. Each message keeps the CLI's words (scripts and people read them) and adds the
Python one, as ``ForeignChain`` does. Real files, a chain that is not EDI's.
"""

from __future__ import annotations

import pytest

from edi_migrations import downgrade, upgrade
from edi_migrations.errors import UnknownVersion, WrongDirection
from edi_migrations.runner.verify import verify
from tests.runner.test_newer_file_start import CLAIMS, upgraded_by_new


def test_wrong_direction_names_the_python_call_too(tmp_path):
    db, _, new = upgraded_by_new(tmp_path, CLAIMS)
    with pytest.raises(WrongDirection) as down:
        upgrade(db, to=1, migrations_dir=new, backup=False)
    assert "use `edi-migrate downgrade" in str(down.value)
    assert "(Python: downgrade(..., to=1))" in str(down.value)
    downgrade(db, to=2, migrations_dir=new, backup=False)
    with pytest.raises(WrongDirection) as up:
        downgrade(db, to=3, migrations_dir=new, backup=False)
    assert "(Python: upgrade(..., to=3))" in str(up.value)


def test_unknown_version_names_migrations_dir_too(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, "")
    with pytest.raises(UnknownVersion) as refused:
        upgrade(db, migrations_dir=old, backup=False)
    assert "--migrations-dir (Python: migrations_dir=) their folder" in str(refused.value)


def test_control_a_file_at_its_head_is_not_refused(tmp_path):
    db, _, new = upgraded_by_new(tmp_path, "")
    assert upgrade(db, migrations_dir=new, backup=False).to_version == 3
    assert verify(db, new) == []


def test_verify_on_a_newer_file_says_why_from_python(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, "")
    with pytest.raises(UnknownVersion, match="0003_tags does not say v2 apps keep working"):
        verify(db, old)
