"""One seed per run: settable, printed in the header and under failures, shared by workers.

The plugin is loaded by its entry point; a migrations folder in the ini switches it on
(the folder need not exist while only the named test file runs)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ("-p", "no:cacheprovider", "-o", "edi_migrations_dir=migrations")


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makepyfile(
        test_seeded="""
        def test_sees_the_seed(edi_migrations_seed):
            assert edi_migrations_seed == 55

        def test_fails(edi_migrations_seed):
            assert False
        """
    )
    return pytester


def test_the_seed_is_printed_in_the_header(project):
    result = project.runpytest_inprocess(*PLUGIN, "--edi-seed", "55", "test_seeded.py")
    result.stdout.fnmatch_lines(["migrations-seed: 55 (reproduce with: pytest --migrations-seed 55)"])


def test_without_a_migrations_folder_the_plugin_stays_out_of_the_run(project):
    result = project.runpytest_inprocess("-p", "no:cacheprovider", "--edi-seed", "55")
    result.assert_outcomes(passed=1, failed=1)  # the seed option is still known
    assert "migrations-seed" not in result.stdout.str()
    assert "temporary databases" not in result.stdout.str()


def test_the_seed_fixture_is_the_seed_given(project):
    result = project.runpytest_inprocess(*PLUGIN, "--edi-seed", "55", "-k", "sees", "test_seeded.py")
    result.assert_outcomes(passed=1)


def test_a_failure_says_how_to_reproduce_it(project):
    result = project.runpytest_inprocess(*PLUGIN, "--edi-seed", "55", "test_seeded.py")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["reproduce with: pytest --migrations-seed 55 'test_seeded.py::test_fails'"]
    )


def test_every_xdist_worker_gets_the_controllers_random_seed(pytester, monkeypatch):
    out = pytester.path / "seeds"
    out.mkdir()
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.setenv("EDI_SEEDS_OUT", str(out))
    pytester.makepyfile(
        test_workers="""
        import os, pathlib, pytest

        @pytest.mark.parametrize("n", range(4))
        def test_record(edi_migrations_seed, n):
            name = f"{os.environ['PYTEST_XDIST_WORKER']}-{n}"
            (pathlib.Path(os.environ["EDI_SEEDS_OUT"]) / name).write_text(str(edi_migrations_seed))
        """
    )
    result = pytester.runpytest_subprocess(*PLUGIN, "-n", "2", "test_workers.py")
    result.assert_outcomes(passed=4)
    header = next(line for line in result.outlines if line.startswith("migrations-seed: "))
    workers = {f.name.split("-")[0] for f in out.iterdir()}
    seeds = {f.read_text() for f in out.iterdir()}
    assert len(workers) == 2 and seeds == {header.split()[1]}
