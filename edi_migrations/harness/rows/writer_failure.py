"""A writer of a start database that raises is a failed check saying which, not a crash.

A start database is a fresh install filled by the app's writes (the conftest's
``edi_migrations_app_writes``, each migration's ``app_writes``) and rows from the schema.
A writer that raises there (a column a migration renamed, a trigger it broke, a typo)
failed every check starting from that version with the plugin's own traceback; it now
fails them as the path ``fresh->vN`` naming the writer, the error and the line of the
project's code that raised.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from edi_migrations.harness.budget import StatementTimeout, interrupted_by_budget
from edi_migrations.harness.invariants.failure import InvariantFailure

PACKAGE = Path(__file__).resolve().parents[2]  # edi_migrations/


class UnreadableTable(Exception):
    """A table of the start database that cannot be read (a virtual table whose content
    table a migration changed): the chain's fault, not the writer's."""

    def __init__(self, table: str, cause: Exception) -> None:
        self.table = table
        self.cause = cause
        super().__init__(f"table {table}: {cause}")


@contextmanager
def said_as_failure(writer: str, version: int, since: int | None = None) -> Iterator[None]:
    """Inside, an exception of ``writer`` (how the message names it) becomes the failure;
    ``since``: the version of the migration declaring it, which runs at every later one."""
    try:
        yield
    except (StatementTimeout, InvariantFailure):
        raise
    except Exception as exc:  # noqa: BLE001 - whatever the project's code raised, said so
        if interrupted_by_budget(exc):  # said by guarded(), naming the writer and budget
            raise
        raise _failure(writer, version, exc, since) from exc


def _failure(
    writer: str, version: int, exc: Exception, since: int | None = None
) -> InvariantFailure:
    path = f"fresh->v{version}"
    if isinstance(exc, UnreadableTable):
        evidence = [
            f"table {exc.table} of the start database at v{version} cannot be read: "
            f"{type(exc.cause).__name__}: {exc.cause}",
            f"the migrations up to v{version} left it so (test_upgrade_path shows which); "
            f"every check starting from v{version} needs it",
        ]
        return InvariantFailure(path, "tables readable", evidence)
    evidence = [
        f"{writer} failed on the start database at v{version}: "
        f"{type(exc).__name__}: {exc}{_where(exc)}",
        f"every check starting from v{version} needs these rows: fix the writes, or the "
        "migration that broke them",
    ]
    if since is not None and since < version:  # written for v{since}'s schema, met a later one
        evidence.append(
            f"{writer} runs at every version from v{since} on, here on v{version}'s schema: "
            "write what the app writes at each (ctx.version says which)"
        )
    return InvariantFailure(path, "the app's writes run", evidence)


def _where(exc: Exception) -> str:
    """`` (FILE line N)``: the last frame of the project's code (not this package's)."""
    frames = [
        f
        for f in traceback.extract_tb(exc.__traceback__)
        if not Path(f.filename).resolve().is_relative_to(PACKAGE)
    ]
    return f" ({Path(frames[-1].filename).name} line {frames[-1].lineno})" if frames else ""
