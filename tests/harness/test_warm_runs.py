"""The next run reuses the templates of the last one, through the plugin as a user runs it:
a second run builds nothing, a changed migration rebuilds what it reaches, and without
pytest's cache the templates stay in the session's tmp. Builds are counted as the key
folders that appear in the store (and their inodes), never timed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from edi_migrations.harness.migration_folders import append_to_function, copy_migrations
from edi_migrations.harness.template_store import CACHE_NAME
from tests.harness_projects import make_matrix_project
from tests.shared_runs import SharedRuns

EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"
SEED = ("--edi-seed", "5")  # a CI run (CI=true) would otherwise draw a new seed each run


def run(pytester: pytest.Pytester, folder: Path, *args: str) -> pytest.RunResult:
    return pytester.runpytest_inprocess(
        "--migrations-dir", str(folder), "--matrix-sessions", "10", *SEED, *args
    )


def kept(pytester: pytest.Pytester) -> dict[str, int]:
    """Each key the project's cache holds, with its file's inode (a rebuild changes it)."""
    root = pytester.path / ".pytest_cache" / "d" / CACHE_NAME
    folders = [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")]
    return {p.name: next(p.iterdir()).stat().st_ino for p in folders}


def templates(pytester: pytest.Pytester) -> dict[str, int]:
    """The start templates among the kept keys (not what paths derive from them)."""
    return {k: v for k, v in kept(pytester).items() if not k.startswith(DERIVED)}


DERIVED = ("snapshot-", "stepped-", "jumped-", "fresh-")  # path_cache, jump_prefix, fresh_installs


def derived(pytester: pytest.Pytester) -> dict[str, int]:
    """What paths derived from their starts (snapshots, stepped starts) among the kept keys."""
    return {k: v for k, v in kept(pytester).items() if k.startswith(DERIVED)}


def edi_chain(pytester: pytest.Pytester) -> Path:
    """A project on EDI's data with a copy of EDI's migrations; the copy's folder."""
    make_matrix_project(pytester)
    return copy_migrations(pytester.path / "versions")


def example_chain(pytester: pytest.Pytester) -> Path:
    """A project holding only a copy of the example app's migrations; the copy's folder."""
    folder = pytester.path / "migrations"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    return folder


FOLDERS = {"edi_chain": "versions", "example_chain": "migrations"}  # where each makes its chain


def cold_run(
    pytester: pytest.Pytester,
    shared_runs: SharedRuns,
    make: Callable[[pytest.Pytester], Path],
    select: tuple[str, ...],
) -> tuple[Path, pytest.RunResult]:
    """The first run of the project ``make`` makes, on ``select``: the same for the specs
    that start from it, so run once, each spec's project a copy of the project it left
    (tests/shared_runs.py); the spec's chain folder and that run's result."""
    name = " ".join((make.__name__, *select))
    result = shared_runs.run_once(
        name, pytester.path, lambda: run(pytester, make(pytester), *select)
    )
    return pytester.path / FOLDERS[make.__name__], result


def test_a_second_run_of_edis_data_builds_no_template(pytester, shared_runs):
    select = ("-k", "test_upgrade_path", "--upgrade-path", "v2->v3")
    folder, cold = cold_run(pytester, shared_runs, edi_chain, select)
    cold.assert_outcomes(passed=1)
    first = templates(pytester)
    run(pytester, folder, *select).assert_outcomes(passed=1)
    assert first and templates(pytester) == first


def test_a_changed_migration_is_never_served_a_stale_template(pytester, shared_runs):
    select = ("-k", "test_upgrade_path", "--upgrade-path", "v2->v3")
    folder, cold = cold_run(pytester, shared_runs, edi_chain, select)
    cold.assert_outcomes(passed=1)
    first = templates(pytester)
    migration = next(folder.glob("0002_*.py"))
    migration.write_text(migration.read_text() + "\n# edited: a new checksum\n")
    run(pytester, folder, *select).assert_outcomes(passed=1)
    new = set(templates(pytester)) - set(first)
    assert len(new) == 1 and "-v2-" in new.pop()


def test_a_second_run_reads_no_start_and_steps_no_earlier_migration_again(pytester, shared_runs):
    select = ("-k", "test_upgrade_path", "--upgrade-path", "v1-versioned=>v3")
    folder, cold = cold_run(pytester, shared_runs, edi_chain, select)
    cold.assert_outcomes(passed=1)
    first = derived(pytester)
    run(pytester, folder, *select).assert_outcomes(passed=1)
    kinds = sorted(k.split("-")[0] for k in first if not k.startswith("fresh-"))
    assert kinds == ["snapshot", "stepped"]
    assert derived(pytester) == first


def test_an_earlier_migration_broken_after_a_warm_run_fails_the_stepwise_path(
    pytester, shared_runs
):
    select = ("-k", "test_upgrade_path", "--upgrade-path", "v1-versioned=>v3")
    folder, cold = cold_run(pytester, shared_runs, edi_chain, select)
    cold.assert_outcomes(passed=1)
    append_to_function(folder, 2, "upgrade", 'conn.execute("DELETE FROM validations")')
    result = run(pytester, folder, *select)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*v1-versioned=>v3 (v1-versioned->v2->v3) broke invariant*data kept*"]
    )


def test_a_second_run_of_a_chain_from_its_schema_builds_no_template(pytester, shared_runs):
    select = ("-k", "test_upgrade_path", "--upgrade-path", "v5->v7")
    folder, cold = cold_run(pytester, shared_runs, example_chain, select)
    cold.assert_outcomes(passed=1)
    first = templates(pytester)
    run(pytester, folder, *select).assert_outcomes(passed=1)
    assert len(first) == 1 and next(iter(first)).startswith("schema-v5-")
    assert templates(pytester) == first


def test_without_pytests_cache_the_templates_stay_in_the_sessions_tmp(pytester):
    folder = example_chain(pytester)
    select = ("-k", "test_upgrade_path", "--upgrade-path", "v5->v7")
    run(pytester, folder, "-p", "no:cacheprovider", *select).assert_outcomes(passed=1)
    assert not (pytester.path / ".pytest_cache").exists()


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            (),
            "templates: *edi-migrations-templates (kept between runs; --cache-clear rebuilds them)",
        ),
        (("-p", "no:cacheprovider"), "templates: this session's tmp (-p no:cacheprovider: *)"),
    ],
)
def test_the_header_says_where_the_templates_are(pytester, args, line):
    folder = example_chain(pytester)
    result = run(pytester, folder, *args, "--co")
    result.stdout.fnmatch_lines([line])


def test_a_second_run_makes_no_fresh_install_again(pytester, shared_runs):
    """Convergence and the snapshots read a fresh install at every version: kept between
    runs, a warm run of a long chain does not make them again in every worker."""
    select = ("-k", "test_upgrade_path", "--upgrade-path", "v5->v7")
    folder, cold = cold_run(pytester, shared_runs, example_chain, select)
    cold.assert_outcomes(passed=1)
    first = {k: v for k, v in kept(pytester).items() if k.startswith("fresh-")}
    run(pytester, folder, *select).assert_outcomes(passed=1)
    assert len(first) == 7  # v7's convergence; the start at v5 begins as v5's
    assert {k: v for k, v in kept(pytester).items() if k.startswith("fresh-")} == first
