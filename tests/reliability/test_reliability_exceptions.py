"""An error at any statement of a migration's transaction leaves the database untouched.

The in-process counterpart of the kill sweep, and much cheaper: the same paths and
points, but statement k runs and the sqlite3 call that ran it then raises, as if
statement k had failed. The runner must roll the step back and say, in one line,
which migration failed at which statement; the files must be byte-identical to
the start of that step (rollback journal) or hold the same state (WAL, where
closing the runner's connection checkpoints). The runner's own BEGIN and COMMIT
are not in this sweep: they fail for real in ``test_reliability_live_app.py``.
"""

from __future__ import annotations

import shutil

from edi_migrations.harness.invariants.compare import require
from fixtures.faults.checks import after_raise
from fixtures.faults.injection import nested
from fixtures.faults.points import FAULT_PATHS
from fixtures.faults.state import copy_files


def test_an_error_at_any_statement_rolls_the_step_back_and_names_migration_and_statement(
    fault_path, points, v1_database, fault_recordings, fault_figures, edi_seed, tmp_path
):
    source = v1_database(
        shape=fault_path.shape, sessions=fault_path.sessions, version=fault_path.version
    )
    recording = fault_recordings.of(source, fault_path.id, fault_path.target)
    numbers = points.numbers(
        recording, lambda traced: traced.kind == "statement", edi_seed, fault_path.id
    )
    assert numbers, f"{points.id}: no statement of {fault_path.id} to fail"
    failures = []
    for number in numbers:
        work = tmp_path / f"k{number}"
        db = copy_files(source, work / source.name)
        raised = after_raise(db, number, recording, fault_path.target)
        fault_figures.record(
            "raise", path=fault_path.id, number=number, untouched=not raised.problems
        )
        if raised.problems:
            step = recording.step_of(number)
            failures.append(
                f"error after statement {number} ({step.migration}: {raised.statement!r:.80}):\n"
                "    " + "\n    ".join(raised.problems)
            )
        shutil.rmtree(work)
    require(fault_path.id, "an error at any statement rolls its step back", failures)


def test_an_error_in_a_statement_that_runs_nested_programs_names_the_statement_issued(
    v1_database, fault_recordings, tmp_path
):
    """0003 finds orphans with ``pragma_foreign_key_check(...)``, which SQLite runs as
    a nested program (traced as ``-- PRAGMA ...``): an error there must still name the
    SELECT the migration issued."""
    path = next(p for p in FAULT_PATHS if p.id == "v1-orphans->v3")
    source = v1_database(shape=path.shape, sessions=path.sessions, version=path.version)
    recording = fault_recordings.of(source, path.id, path.target)
    number = next(t.number for t in recording.statements if nested(t.sql))
    db = copy_files(source, tmp_path / "k" / source.name)
    raised = after_raise(db, number, recording, path.target)
    assert nested(raised.statement or "") and not nested(raised.issued or "")
    assert not raised.problems, "\n".join(raised.problems)
