"""A second chain that is not EDI's, shaped like a real long one: an LLM chat log.

``tests/example_chat/migrations`` is a chat-logging app's 27 migrations written in the
style of a sqlite-utils tool: a log without a primary key that gets one from its row
ids, ``transform()``-style rebuilds copying ``rowid``, an FTS5 index over the log whose
sync triggers are dropped and created again, ``log`` renamed ``logs`` and its columns
renamed later, a legacy table dropped only when empty, a message tree walked by a
recursive view, a view and a backfill calling the app's SQL function ``approx_tokens``
(registered by the project's conftest, ``tests/example_chat/project_conftest.py``) and an
``app_writes`` saying how the app fills its log. Each change is declared as the README
asks, and nothing more.

The sound chain runs its default matrix from an empty folder with the installed wheel;
the broken copies run in process on the one step they break (``v3->v4``, a rebuild of
the log), each beside the sound chain passing the same step.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_chat.project import make_chat_project
from tests.harness_projects import INNER, run_matrix
from tests.packaging.test_installed_plugin import run_pytest, venv_python  # noqa: F401 (fixture)

REBUILD = "0004_chat_id_integer.py"
LOG_AU = '    conn.execute(\n        """\n        CREATE TRIGGER log_au'


def test_the_sound_chain_passes_its_default_matrix_with_the_installed_plugin(
    venv_python,  # noqa: F811
    tmp_path,
    pytestconfig,
):
    """Its start databases are kept in this checkout's cache between sessions (keyed by
    the migrations' checksums and the seed, the outer run's), as a user's second run
    keeps them: a warm suite pays for the paths, not for building every version."""
    project = make_chat_project(tmp_path / "chat-app")
    kept = getattr(pytestconfig, "cache", None)  # None under -p no:cacheprovider
    cache = kept.mkdir("example-chat") if kept else tmp_path
    result = run_pytest(
        venv_python,
        project,
        *("-o", f"cache_dir={cache}", "--migrations-seed", str(INNER[0].seed)),
        *("--migrations-dir", "migrations", "--snapshot-update", "-q"),
        cache=True,
    )
    assert result.returncode == 0, _failures(result.stdout) + result.stderr[-2000:]
    assert (project / "migrations" / "schema_snapshots" / "schema_v27.sql").exists()
    summary = result.stdout.strip().splitlines()[-1]  # a report may quote SQLite's "failed"
    assert " passed" in summary and " failed" not in summary, summary


def _failures(stdout: str) -> str:
    """Each failed test's id and first line, then the start of the first failures."""
    summary = [line for line in stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
    return "\n".join(summary) + "\n\n" + stdout[:4000]


def _lose_model(source: str) -> str:
    return _once(source, "SELECT rowid, model, prompt", "SELECT rowid, NULL, prompt")


def _truncate_reply(source: str) -> str:
    old = "reply, chat_id, duration_ms, created FROM log"
    return _once(source, old, "substr(reply, 1, 100), chat_id, duration_ms, created FROM log")


def _forget_log_au(source: str) -> str:
    assert source.count(LOG_AU) == 1
    return source[: source.index(LOG_AU)].rstrip() + "\n"


def _once(source: str, old: str, new: str) -> str:
    assert source.count(old) == 1, f"{old!r} not once in {REBUILD}"
    return source.replace(old, new)


BROKEN = {
    "a-rebuild-that-loses-a-column": (
        _lose_model,
        "*upgrade path v3->v4 broke invariant 'data kept'*",
        "*log.model rowid *: before text *, after null None (expected text *: unchanged)*",
    ),
    "a-rebuild-that-forgets-a-trigger": (
        _forget_log_au,
        "*upgrade path v3->v4 broke invariant 'objects kept'*",
        "*trigger log_au lost, not declared*",
    ),
    "a-rebuild-that-truncates-text": (
        _truncate_reply,  # the search index still holds the whole replies: stale
        "*upgrade path v3->v4 broke invariant 'data kept, virtual tables work'*",
        "*log.reply rowid *: before text *, after text * (expected text *: unchanged)*",
    ),
}


@pytest.fixture
def chat(pytester) -> Path:
    """A pytester project holding the chat app (its conftest registers the function)."""
    make_chat_project(pytester.path)
    return pytester.path / "migrations"


def run_the_rebuild_step(pytester, folder: Path):
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v3->v4")


def test_the_sound_rebuild_step_passes(pytester, chat):
    """The control of every broken copy below: the same step, as written."""
    result = run_the_rebuild_step(pytester, chat)
    result.assert_outcomes(passed=1)


@pytest.mark.parametrize("edit, failure, evidence", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_rebuild_of_the_chain_fails_naming_what_it_broke(
    pytester, chat, edit, failure, evidence
):
    path = chat / REBUILD
    path.write_text(edit(path.read_text()))
    result = run_the_rebuild_step(pytester, chat)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([failure, evidence])
