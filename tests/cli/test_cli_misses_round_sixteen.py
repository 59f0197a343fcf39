"""Red team, round sixteen: a refusal's Python words name a call that can be made.

``init`` on a file that exists says to upgrade it instead, in the CLI's words and the
Python API's; ``upgrade()`` (no database) is no call an app can make: it names the
call with its arguments elided, as the other refusals do. Real files, the real command in
a subprocess (``run_cli`` has a timeout); the chain is not the package's.
"""

from __future__ import annotations

from tests.harness_projects import EXAMPLE_CHAIN
from tests.support import run_cli


def test_init_on_an_existing_file_names_the_python_call_with_its_database(tmp_path):
    db = tmp_path / "app.db"
    assert run_cli("init", db, "--migrations-dir", EXAMPLE_CHAIN).returncode == 0
    done = run_cli("init", db, "--migrations-dir", EXAMPLE_CHAIN)
    assert done.returncode == 1, done.stderr
    assert "(Python: upgrade(...))" in done.stderr
    assert "upgrade())" not in done.stderr
    assert "EDI" not in done.stderr


def test_control_init_on_a_new_file_creates_it(tmp_path):
    db = tmp_path / "fresh.db"
    done = run_cli("init", db, "--migrations-dir", EXAMPLE_CHAIN)
    assert done.returncode == 0, done.stderr
    assert db.is_file()
