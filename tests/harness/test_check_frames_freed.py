"""A check frees what it read as soon as it ends, even where an exception was caught on
the way: a re-run that refuses (the common case: a CREATE TABLE meeting its table), the
atomicity check's injected failure. The refusal was kept as the exception itself, whose
traceback holds the check's frame, whose locals hold the exception; the runner's step keeps
the failure it reports, so its frame and the injected error held each other. Such a
reference cycle kept the check's frame (the start's pages or bytes, a whole database: ~5 MB
at a 300-migration chain's head) alive until a full garbage collection, so a worker's memory
grew with the chain. The messages are unchanged.

One pytester run (a subprocess) on the example app's chain (a note-taking app, not EDI's):
a plugin of the inner run collects garbage after each check and records any check frame
found only by the cycle collector. The control: the same probe finds the cycle a frame that
keeps its caught exception makes, so an empty record is the fix, not a blind probe.
"""

from __future__ import annotations

import json

from tests.harness import test_harness_rerun_setting as rerun_setting
from tests.harness_projects import add_migration, run_matrix

chain = rerun_setting.chain  # the fixture: the example app's chain, copied into the project

PROBE = '''
import gc, json
from pathlib import Path

import pytest

FOUND = Path(__file__).parent / "cycles.json"


def frames_in_cycles(name):
    """Frames of ``name`` that only the cycle collector frees (kept in gc.garbage)."""
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        return sum(
            1 for o in gc.garbage if type(o).__name__ == "frame" and o.f_code.co_name == name
        )
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    gc.collect()
    gc.disable()
    try:
        return (yield)
    finally:
        found = json.loads(FOUND.read_text()) if FOUND.exists() else {}
        found[item.name] = frames_in_cycles(item.originalname)
        FOUND.write_text(json.dumps(found))
        gc.enable()
'''

CONTROL = """
def test_a_frame_keeping_its_exception():
    try:
        raise ValueError("kept")
    except ValueError as exc:
        kept = exc  # noqa: F841 - the cycle the probe must see
"""

REFUSES = """
def upgrade(conn):
    conn.execute("CREATE TABLE shelves (id INTEGER PRIMARY KEY, name TEXT)")
"""


def test_no_check_frame_is_left_in_a_cycle_and_the_probe_sees_one(pytester, chain):
    version = int(add_migration(chain, "shelves", REFUSES).name[:4])
    pytester.makeconftest(PROBE)
    pytester.makepyfile(test_control=CONTROL)
    checks = f"test_rerun and on-v{version} or test_failed_migration"
    result = run_matrix(
        pytester,
        chain,
        "-p", "no:xdist",
        "-k", f"test_a_frame_keeping_its_exception or {checks}",
        timeout=120,  # a process of its own: no garbage of the outer run's in-process runs
    )  # fmt: skip
    found = json.loads((pytester.path / "cycles.json").read_text())
    assert found.pop("test_a_frame_keeping_its_exception") == 1  # the control: a cycle seen
    reruns = [name for name in found if name.startswith("test_rerun")]
    assert len(reruns) == version, result.stdout.str()  # every migration re-run on the head
    assert len(found) == 2 * version, result.stdout.str()  # and each one's atomicity
    assert found == dict.fromkeys(found, 0)
