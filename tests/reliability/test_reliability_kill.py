"""A migration killed at any statement leaves a database that the next upgrade finishes.

Each test takes one upgrade path (rollback-journal and WAL databases of the field
shapes) and, for each chosen statement k, upgrades a fresh copy in a child process
that SIGKILLs itself as statement k starts: no exception handler, ``finally`` or
close runs, which for SQLite is a power cut. The children are forked by one warm
process per worker (``kill_server``), which spares each an interpreter's start-up.
``--fault-sweep=sample`` chooses, per step, its first statement (BEGIN), its last
(COMMIT) and one drawn from the seed; ``--fault-sweep=full`` chooses every statement,
in eight shares per step.
"""

from __future__ import annotations

import re
import shutil

from edi_migrations.harness.invariants.compare import require
from fixtures.faults.checks import after_kill
from fixtures.faults.points import FAULT_PATHS
from fixtures.faults.state import copy_files, hot_journal, journal_mode


def _shape_of(sql: str | None) -> str:
    """A statement up to its first literal (a replay stamps other times and durations)."""
    return re.split(r"['\d]", " ".join((sql or "").split()), maxsplit=1)[0][:60]


def test_a_kill_at_any_statement_leaves_a_database_the_next_upgrade_finishes(
    fault_path,
    points,
    v1_database,
    fault_recordings,
    fault_figures,
    edi_seed,
    kill_server,
    tmp_path,
):
    source = v1_database(
        shape=fault_path.shape, sessions=fault_path.sessions, version=fault_path.version
    )
    recording = fault_recordings.of(source, fault_path.id, fault_path.target)
    numbers = points.numbers(recording, lambda traced: True, edi_seed, fault_path.id)
    assert numbers, f"{points.id}: no statement of {fault_path.id} to kill at"
    failures = []
    for number in numbers:
        traced = recording.statement(number)
        work = tmp_path / f"k{number}"
        db = copy_files(source, work / source.name)
        killed = kill_server.kill_at(db, number, fault_path.target)
        if not killed.by_sigkill:
            problems = [f"the child was not killed (exit {killed.returncode}): {killed.stderr}"]
        elif _shape_of(killed.statement) != _shape_of(traced.sql):
            problems = [f"the replay reached another statement: {killed.statement!r}"]
        else:
            hot = hot_journal(db)
            problems = [
                f"{p} (hot journal left: {hot})"
                for p in after_kill(db, number, recording, work, fault_path.target)
            ]
        fault_figures.record(
            "kill",
            path=fault_path.id,
            journal=journal_mode(source),
            number=number,
            survived=not problems,
        )
        if problems:
            step = recording.steps[traced.step]
            failures.append(
                f"killed at statement {number} of {len(recording.statements)} "
                f"({step.migration}: {_shape_of(traced.sql)}):\n    " + "\n    ".join(problems)
            )
        shutil.rmtree(work)
    require(fault_path.id, "survives a kill at any statement", failures)


def test_a_kill_after_the_rebuild_spilled_leaves_a_hot_journal_the_next_upgrade_rolls_back(
    v1_database, fault_recordings, kill_server, tmp_path
):
    """0003 rebuilds every table: at 200 sessions its pages outgrow SQLite's cache and
    reach the file before COMMIT. Killed then, the file is only readable through its
    hot journal, which the next upgrade (not a read-only check) must play back."""
    path = next(p for p in FAULT_PATHS if p.id == "v1-orphans->v3")
    source = v1_database(shape=path.shape, sessions=path.sessions, version=path.version)
    recording = fault_recordings.of(source, path.id, path.target)
    commit = recording.steps[-1].last
    db = copy_files(source, tmp_path / "killed" / source.name)
    assert kill_server.kill_at(db, commit, path.target).by_sigkill
    assert hot_journal(db), "no hot journal: the rebuild no longer outgrows the page cache"
    assert after_kill(db, commit, recording, tmp_path / "killed", path.target) == []
