"""The matrix scales with the chain: by default every start reaches head in one jump and
takes one step, and each first-version start walks the whole chain; ``--matrix=full``
runs every pair, stepwise too."""

from __future__ import annotations

import pytest

from edi_migrations.harness.paths import Start, rerun_pairs, upgrade_paths
from tests.harness_projects import add_migration

SHAPES = ("versioned", "wal")
NOTHING = "def upgrade(conn):\n    pass\n"


def ids(paths) -> set[str]:
    return {p.id for p in paths}


def test_on_a_chain_of_three_the_default_is_every_pair():
    assert ids(upgrade_paths(3, SHAPES)) == ids(upgrade_paths(3, SHAPES, full=True))


@pytest.mark.parametrize("head", [4, 10, 30])
def test_by_default_each_start_jumps_to_head_and_takes_one_step(head):
    found = ids(upgrade_paths(head, SHAPES))
    for start in [Start(1, s) for s in SHAPES] + [Start(v) for v in range(2, head)]:
        v = start.version
        assert f"{start.id}->v{head}" in found
        assert f"{start.id}->v{v + 1}" in found
    assert f"fresh->v{head}" in found


@pytest.mark.parametrize("head", [4, 10, 30])
def test_by_default_each_first_version_start_walks_the_whole_chain(head):
    walks = {p.id for p in upgrade_paths(head, SHAPES) if len(p.targets) > 1}
    assert walks == {f"v1-{shape}=>v{head}" for shape in SHAPES}


@pytest.mark.parametrize("head", [30, 300])
def test_the_default_matrix_runs_a_number_of_steps_linear_in_the_chain(head):
    """Every runner call a path makes is a step: a walk from every start made them
    quadratic (45 000 calls on a chain of 300)."""
    default = upgrade_paths(head, SHAPES)
    starts = len(SHAPES) + head - 2
    assert len(default) <= 2 * starts + len(SHAPES) + 1
    assert sum(len(p.targets) for p in default) <= 2 * starts + len(SHAPES) * head + 1


def test_full_still_walks_from_every_start():
    walks = {p.id for p in upgrade_paths(10, SHAPES, full=True) if len(p.targets) > 1}
    assert {"v2=>v10", "v5=>v10", "v8=>v10", "v1-wal=>v10"} <= walks


def test_a_chain_of_thirty_runs_paths_linear_in_its_length_not_quadratic():
    default, full = upgrade_paths(30, SHAPES), upgrade_paths(30, SHAPES, full=True)
    starts = len(SHAPES) + 28
    assert len(default) <= 3 * starts + 1
    assert len(full) > 10 * len(default)


@pytest.mark.parametrize("full", [False, True])
def test_a_jump_is_marked_compared_exactly_where_a_walk_ends_where_it_does(full):
    """The jump's end is remembered for the walk from its start to its target only."""
    found = upgrade_paths(8, ("wal", "plain"), full=full)
    walks = {(p.start, p.target) for p in found if len(p.targets) > 1}
    jumps = [p for p in found if len(p.targets) == 1]
    assert {(p.start, p.target) for p in jumps if p.compared} == walks
    assert all(not p.compared for p in found if len(p.targets) > 1)


def test_full_runs_every_start_to_every_later_target():
    found = ids(upgrade_paths(5, SHAPES, full=True))
    assert {f"v2->v{t}" for t in (3, 4, 5)} <= found
    assert {"v1-wal=>v3", "v1-wal->v3", "v1-wal=>v4"} <= found


def test_by_default_a_migration_is_rerun_at_its_own_version_and_at_head():
    assert set(rerun_pairs(30)) == {(m, m) for m in range(1, 31)} | {(m, 30) for m in range(1, 31)}
    assert set(rerun_pairs(3, full=True)) == {(m, v) for m in range(1, 4) for v in range(m, 4)}


def collected_paths(pytester, folder, *args) -> int:
    result = pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "--migrations-dir", str(folder), "--collect-only", "-q", *args
    )
    return sum("test_upgrade_path[" in line for line in result.stdout.lines)


def test_the_matrix_option_full_collects_every_pair(pytester, matrix_project):
    for name in ("a", "b"):
        add_migration(matrix_project, f"nothing_{name}", NOTHING)
    default = collected_paths(pytester, matrix_project)
    full = collected_paths(pytester, matrix_project, "--matrix=full")
    assert default == len(upgrade_paths(5, _field_shapes()))
    assert full == len(upgrade_paths(5, _field_shapes(), full=True)) > default


def _field_shapes():
    from fixtures.edi.shapes import ALL_SHAPES

    return tuple(ALL_SHAPES)
