"""Temporary databases go to a RAM filesystem when there is one, unless the user chose."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from edi_migrations.harness.ram_tmp import ram_temproot
from tests.support import ROOT

PLUGIN = ("-p", "no:cacheprovider", "-o", "edi_migrations_dir=migrations")  # harness on
UNCHOSEN: dict[str, str] = {"HOME": "/root"}


@pytest.fixture
def ram(tmp_path: Path) -> Path:
    """A stand-in for /dev/shm: any writable folder will do for the choice."""
    folder = tmp_path / "shm"
    folder.mkdir()
    return folder


def test_the_ram_folder_is_chosen_when_nobody_chose_and_it_has_room(ram):
    assert ram_temproot(UNCHOSEN, None, candidate=ram, room=1) == ram


@pytest.mark.parametrize("variable", ["TMPDIR", "PYTEST_DEBUG_TEMPROOT"])
def test_a_temporary_folder_set_in_the_environment_is_kept(ram, variable):
    assert ram_temproot({variable: "/var/tmp"}, None, candidate=ram, room=1) is None


def test_a_basetemp_given_on_the_command_line_is_kept(ram):
    assert ram_temproot(UNCHOSEN, "/var/tmp/mine", candidate=ram, room=1) is None


def test_a_ram_folder_without_room_is_not_used(ram):
    assert ram_temproot(UNCHOSEN, None, candidate=ram, room=2**62) is None


def test_a_missing_ram_folder_is_not_used(ram):
    assert ram_temproot(UNCHOSEN, None, candidate=ram / "absent", room=1) is None


def test_a_read_only_ram_folder_is_not_used(ram):
    ram.chmod(0o500)
    try:
        expected = ram if os.geteuid() == 0 else None  # root writes anywhere
        assert ram_temproot(UNCHOSEN, None, candidate=ram, room=1) == expected
    finally:
        ram.chmod(0o700)


def test_the_header_names_where_temporary_databases_go(pytester, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(pytester.path))
    pytester.makepyfile(test_nothing="def test_nothing(): pass")
    result = pytester.runpytest_inprocess(*PLUGIN, "test_nothing.py")
    result.stdout.fnmatch_lines(["temporary databases: * (TMPDIR, --basetemp or *)"])


def test_tmp_path_is_under_the_chosen_ram_folder(pytester, ram):
    """End to end in a plain subprocess: pytester's own runs always pass --basetemp."""
    env = {k: v for k, v in os.environ.items() if k not in ("TMPDIR", "PYTEST_DEBUG_TEMPROOT")}
    env |= {"EDI_RAM_TMP": str(ram), "PYTHONPATH": str(ROOT)}
    pytester.makepyfile(
        test_where="""
        def test_where(tmp_path):
            print("TMP", tmp_path)
        """
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *PLUGIN, "-s", "test_where.py"],
        cwd=pytester.path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout
    assert f"TMP {ram.resolve()}/" in result.stdout
