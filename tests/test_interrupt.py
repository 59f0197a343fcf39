"""Ctrl-C during a long migration answers promptly and leaves the database as it was."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from edi_migrations import current_version
from fixtures.dbstate import state_of
from fixtures.migration_folders import append_to_function

LONG_SQL = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000) "
    "SELECT count(*) FROM n"
)


def test_ctrl_c_in_long_sql_rolls_back_and_exits_130(migrations_copy, v1_db, tmp_path):
    marker = tmp_path / "started"
    append_to_function(
        migrations_copy,
        2,
        "upgrade",
        f"open({str(marker)!r}, 'w').close(); conn.execute({LONG_SQL!r})",
    )
    before = state_of(v1_db)
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "edi_migrations",
            "--migrations-dir",
            str(migrations_copy),
            "upgrade",
            str(v1_db),
            "--no-backup",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert marker.exists(), "the migration never started"
    time.sleep(0.2)
    sent = time.monotonic()
    child.send_signal(signal.SIGINT)
    _, stderr = child.communicate(timeout=30)
    answered = time.monotonic() - sent
    assert child.returncode == 130, stderr
    assert "interrupted" in stderr and "rolled back" in stderr
    assert answered < 5, f"took {answered:.1f} s to answer Ctrl-C"
    assert current_version(v1_db) == 1
    assert state_of(v1_db) == before
