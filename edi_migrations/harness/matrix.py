"""Parametrize the built-in checks over the chain, and select paths by ``--upgrade-path``.

Nothing here is per migration: the paths, versions and re-runs come from counting the
migrations in the folder, so a new migration file is tested by the next run.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

import pytest

from edi_migrations import load_migrations
from edi_migrations.harness import paths, settings

MATRIX_KEY = "edi_matrix_cell"
PATH = "edi_migrations_upgrade_path"
STEP = "edi_migrations_step"
RERUN = "edi_migrations_rerun"
SCHEMA_VERSION = "edi_migrations_schema_version"
COVERED_VERSION = "edi_migrations_covered_version"
APP_STEP = "edi_migrations_app_step"  # a migration N whose previous app (N-1) is run on N
PARAMETERS = frozenset({PATH, STEP, RERUN, SCHEMA_VERSION, COVERED_VERSION, APP_STEP})
HEAD = pytest.StashKey[int]()  # the chain's length, counted once a collection


def start_shapes(config: pytest.Config) -> tuple[str, ...]:
    """The project's kinds of first-version database (none: one, from the schema)."""
    found = config.hook.pytest_edi_migrations_start_shapes(config=config)
    return tuple(found or ())


def start_versions(config: pytest.Config, head: int) -> tuple[int, ...]:
    found = config.hook.pytest_edi_migrations_start_versions(config=config, head=head)
    return paths.default_start_versions(head) if found is None else tuple(found)


def chain_length(config: pytest.Config) -> int:
    """The number of migrations, for every check this collection parametrizes: the folder
    is listed once (each check's count listed it and stat'ed every file), and all checks
    of a run see the same chain."""
    if HEAD not in config.stash:
        config.stash[HEAD] = len(load_migrations(settings.require_migrations_dir(config)))
    return config.stash[HEAD]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    names = set(metafunc.fixturenames)
    if not PARAMETERS & names:
        return
    config = metafunc.config
    head = chain_length(config)
    full = config.getoption("matrix") == "full"
    versions = start_versions(config, head)
    if PATH in names:
        found = paths.upgrade_paths(head, start_shapes(config), versions=versions, full=full)
        metafunc.parametrize(PATH, found, ids=[p.id for p in found])
    if STEP in names:
        steps = list(range(1, head + 1))
        metafunc.parametrize(STEP, steps, ids=[f"v{v - 1}->v{v}" for v in steps])
    if RERUN in names:
        pairs = paths.rerun_pairs(head, full=full)
        metafunc.parametrize(RERUN, pairs, ids=[f"m{m:04d}-on-v{v}" for m, v in pairs])
    if SCHEMA_VERSION in names:
        metafunc.parametrize(SCHEMA_VERSION, list(range(1, head + 1)), ids=lambda v: f"v{v}")
    if COVERED_VERSION in names:  # every version a path starts from
        covered = sorted(v for v in set(versions) if 0 < v < head)
        metafunc.parametrize(COVERED_VERSION, covered, ids=lambda v: f"v{v}")
    if APP_STEP in names:  # an app exists from v1: migrations from 0002 on
        steps = list(range(2, head + 1))
        metafunc.parametrize(APP_STEP, steps, ids=[f"v{v - 1}-app-on-v{v}" for v in steps])


def path_label(item: pytest.Item) -> str | None:
    """What ``--upgrade-path`` patterns match for this test, or None (not a matrix test)."""
    params = getattr(getattr(item, "callspec", None), "params", {})
    if PATH in params:
        return params[PATH].id
    if STEP in params:
        return f"v{params[STEP] - 1}->v{params[STEP]}"
    if RERUN in params:
        migration, version = params[RERUN]
        return f"rerun->v{migration}-on-v{version}"
    if SCHEMA_VERSION in params:
        return f"schema->v{params[SCHEMA_VERSION]}"
    if COVERED_VERSION in params:
        return f"coverage->v{params[COVERED_VERSION]}"
    if APP_STEP in params:
        return f"app->v{params[APP_STEP]}"
    return None


def path_labels(item: pytest.Item) -> tuple[str, ...]:
    """What a pattern may match: the label and, for a path its id abbreviates (a walk,
    ``v1=>v4``), its full route too, so ``'*->v3->*'`` still finds every path through v3."""
    label = path_label(item)
    if label is None:
        return ()
    path = getattr(getattr(item, "callspec", None), "params", {}).get(PATH)
    return (label, path.route) if path is not None and path.route != label else (label,)


def select_paths(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark each path test with its grid cell; deselect what ``--upgrade-path`` excludes."""
    patterns = config.getoption("upgrade_path")
    keep, drop = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if PATH in params:
            path = params[PATH]
            item.user_properties.append((MATRIX_KEY, (path.start.id, f"v{path.target}")))
        labels = path_labels(item) if patterns else ()
        if patterns and not any(fnmatchcase(t, p) for t in labels for p in patterns):
            drop.append(item)
        else:
            keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
