"""Runner calls as the matrix makes them: each up to the version a path's id says, and a
runner error becomes the path's failure (not a traceback), naming the path."""

from __future__ import annotations

from pathlib import Path

from edi_migrations import init, upgrade
from edi_migrations.errors import MigrationError, TransactionEnded
from edi_migrations.harness.check_evidence import check_evidence, with_ways_out
from edi_migrations.harness.failure_evidence import unique_evidence
from edi_migrations.harness.invariants.failure import InvariantFailure
from edi_migrations.harness.null_evidence import null_evidence
from edi_migrations.runner.progress import Progress


def run_step(path_id: str, step, invariant: str = "upgrade completes") -> None:
    """Run an upgrade step; a runner error becomes a matrix failure naming the path, with
    the duplicated values when a UNIQUE constraint failed and the rows breaking a CHECK
    (SQLite names neither) or giving a NOT NULL column NULL, each with the ways out."""
    try:
        step()
    except TransactionEnded as exc:
        raise InvariantFailure(path_id, "atomicity", [str(exc)]) from exc
    except MigrationError as exc:
        evidence = [str(exc), *with_ways_out(unique_evidence(exc)), *check_evidence(exc), *null_evidence(exc)]
        raise InvariantFailure(path_id, invariant, evidence) from exc


def runner_step(path_id: str, start_version: int, migrations_dir: Path):
    """``step(db, version)``: one runner call up to ``version``, as the path's id says
    (``progress``: the runner's callback, for what a jump keeps between its steps)."""

    def step(db: Path, target: int, progress: Progress | None = None) -> None:
        options = {"migrations_dir": migrations_dir, "progress": progress}
        if start_version == 0:
            run_step(path_id, lambda: init(db, to=target, **options))
        else:
            run_step(path_id, lambda: upgrade(db, to=target, backup=False, **options))

    return step
