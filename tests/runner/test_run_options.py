"""The runner's options are keyword-only arguments: a typo is a TypeError naming it."""

from __future__ import annotations

import pytest

from edi_migrations import current_version, downgrade, init, upgrade


@pytest.mark.parametrize(
    ("run", "typo"),
    [
        (lambda db, **kw: upgrade(db, **kw), "back_up"),
        (lambda db, **kw: downgrade(db, 1, **kw), "allow_drfit"),
        (lambda db, **kw: init(db, **kw), "busy_timout"),
    ],
)
def test_a_misspelt_option_is_a_type_error_naming_it_and_nothing_changes(v1_db, run, typo):
    before = v1_db.read_bytes()
    with pytest.raises(TypeError, match=typo):
        run(v1_db, **{typo: True})
    assert v1_db.read_bytes() == before


def test_options_cannot_be_passed_by_position(v1_db):
    with pytest.raises(TypeError):
        upgrade(v1_db, None, None, True)
    assert current_version(v1_db) == 1


def test_init_takes_the_backup_options_too_and_backs_up_nothing_since_the_file_is_new(tmp_path):
    outcome = init(tmp_path / "new.db", backup=True, backup_dir=tmp_path / "saved")
    assert outcome.backup is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.db"]


def test_the_spelled_out_options_still_run_an_upgrade(v1_db, tmp_path):
    outcome = upgrade(v1_db, to=2, backup=True, backup_dir=tmp_path / "saved", busy_timeout=1.0)
    assert (outcome.from_version, outcome.to_version) == (1, 2)
    assert outcome.backup is not None and outcome.backup.parent == tmp_path / "saved"
