"""How the default seed and the template cache fit: CI explores a fresh random seed each
run; a local run with pytest's cache uses the day's seed for its checkout, so the inner
loop's templates are reused all day; ``--migrations-seed N`` (or its old name ``--edi-seed``) always decides."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from edi_migrations.harness.seeding import day_seed, explores

PLUGIN = ("-o", "edi_migrations_dir=migrations")
DAY = datetime.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("environ", "cache_on", "random_seed"),
    [
        ({}, True, False),
        ({"CI": "true"}, True, True),
        ({"CI": "1"}, True, True),
        ({"CI": "false"}, True, False),
        ({"CI": ""}, True, False),
        ({}, False, True),
    ],
)
def test_the_default_seed_is_random_on_ci_or_without_a_cache(environ, cache_on, random_seed):
    assert explores(environ, cache_on) is random_seed


def test_the_day_seed_is_the_same_all_day_in_one_checkout():
    assert day_seed(DAY, Path("/a")) == day_seed(DAY, Path("/a"))


@pytest.mark.parametrize(
    ("day", "checkout"), [(DAY + datetime.timedelta(days=1), Path("/a")), (DAY, Path("/b"))]
)
def test_another_day_or_checkout_explores_another_seed(day, checkout):
    assert day_seed(day, checkout) != day_seed(DAY, Path("/a"))


def seed_lines(result: pytest.RunResult) -> list[str]:
    return [line for line in result.outlines if line.startswith("migrations-seed")]


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makepyfile(test_one="def test_one(edi_migrations_seed):\n    assert True\n")
    return pytester


def test_two_local_runs_share_todays_seed_and_say_why(project, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    first, second = (seed_lines(project.runpytest_inprocess(*PLUGIN)) for _ in range(2))
    assert first == second and "today's for this checkout" in first[1]


def test_a_ci_run_draws_a_random_seed_and_says_so(project, monkeypatch):
    monkeypatch.setenv("CI", "true")
    lines = seed_lines(project.runpytest_inprocess(*PLUGIN))
    assert lines[1].startswith("migrations-seed chosen: random: CI is set")


def test_a_given_seed_wins_over_the_days(project, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    lines = seed_lines(project.runpytest_inprocess(*PLUGIN, "--edi-seed", "55"))
    assert lines == [
        "migrations-seed: 55 (reproduce with: pytest --migrations-seed 55)",
        "migrations-seed chosen: --migrations-seed",
    ]
