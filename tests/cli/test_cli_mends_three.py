"""An older build's commands on a file one version newer, and the ``new`` template's claim.

``status`` is a report: on a newer file this build may not start on it says what the file
is and why, on stdout, and still exits 1 (docs/cli.md: 1 when all is not well, which a
deploy script reads), where a file it may start on exits 0. ``verify`` says the same why,
and of a file that claims ``KEEPS_PREVIOUS_APP`` that the claim is there. Real files, the
real command in a subprocess (``run_cli`` has a timeout); the chain is not EDI's.
"""

from __future__ import annotations

import json
import shutil

from edi_migrations import load_migrations
from tests.harness_projects import EXAMPLE_CHAIN
from tests.runner.test_newer_file_start import CLAIMS, upgraded_by_new
from tests.support import run_cli


def test_status_reports_a_newer_file_it_may_not_start_on_and_exits_1(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, "")
    done = run_cli("status", db, "--migrations-dir", old)
    assert done.returncode == 1, done.stdout
    assert (
        f"{db}: v3 (newer than this chain (v2); this build may not start on it: "
        "0003_tags does not say v2 apps keep working); code knows up to v2"
    ) in done.stdout
    assert "pending: none" in done.stdout
    assert "0003_tags does not say v2 apps keep working" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_status_json_reports_it_too(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, "")
    done = run_cli("status", db, "--migrations-dir", old, "--json")
    assert done.returncode == 1
    state = json.loads(done.stdout)
    assert state["version"] == 3 and state["head"] == 2 and state["starts"] is False
    assert state["how"].startswith("newer than this chain (v2); this build may not start")


def test_control_status_on_a_newer_file_it_may_start_on_exits_0(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, CLAIMS)
    done = run_cli("status", db, "--migrations-dir", old)
    assert done.returncode == 0, done.stderr
    assert "0003_tags says v2 apps keep working on it" in done.stdout
    assert json.loads(run_cli("status", db, "--migrations-dir", old, "--json").stdout)["starts"]


def test_verify_on_a_newer_file_says_why_this_build_may_not_start(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, "")
    done = run_cli("verify", db, "--migrations-dir", old)
    assert done.returncode == 1
    assert "0003_tags does not say v2 apps keep working" in done.stderr


def test_verify_on_a_newer_file_that_claims_says_the_claim(tmp_path):
    db, old, new = upgraded_by_new(tmp_path, CLAIMS)
    done = run_cli("verify", db, "--migrations-dir", old)
    assert done.returncode == 1
    assert "0003_tags says v2 apps keep working on it" in done.stderr
    assert "this build starts on it" in done.stderr
    assert run_cli("verify", db, "--migrations-dir", new).returncode == 0  # control


def test_the_new_template_shows_the_previous_app_claim_commented(tmp_path):
    folder = tmp_path / "migrations"
    shutil.copytree(EXAMPLE_CHAIN, folder, ignore=shutil.ignore_patterns("__pycache__"))
    assert run_cli("new", "add note rating", "--migrations-dir", folder).returncode == 0
    written = folder / "0008_add_note_rating.py"
    text = written.read_text(encoding="utf-8")
    assert "# KEEPS_PREVIOUS_APP = True" in text
    assert load_migrations(folder)[-1].keeps_previous_app is False  # commented: no claim
    written.write_text(text.replace("# KEEPS_PREVIOUS_APP", "KEEPS_PREVIOUS_APP"), "utf-8")
    assert load_migrations(folder)[-1].keeps_previous_app is True
