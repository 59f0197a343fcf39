"""What a failing schema snapshot says: the SQL that differs and the command that updates
that one snapshot once the change is reviewed (never syrupy's assertion and the harness's
source, which say neither)."""

from __future__ import annotations

import difflib
from pathlib import Path

MAX_DIFF_LINES = 60  # a rewritten schema still fits a terminal; the file holds the rest


def missing(version: int, stored: Path, command: str) -> str:
    return (
        f"no schema snapshot for v{version} ({stored}); review the schema and "
        f"create it with: {command}"
    )


def differs(
    version: int, stored: Path, stored_sql: str, schema_sql: str, command: str, warning: str = ""
) -> str:
    """The unified diff from the snapshot (``-``) to the schema the migrations make now
    (``+``), then ``warning`` (:func:`edited_before_head`) and the update command."""
    diff = list(
        difflib.unified_diff(
            stored_sql.splitlines(),
            schema_sql.splitlines(),
            fromfile=f"{stored.name} (reviewed)",
            tofile=f"v{version} as the migrations make it now",
            lineterm="",
        )
    )
    shown = diff[:MAX_DIFF_LINES]
    if len(diff) > MAX_DIFF_LINES:
        shown.append(f"... and {len(diff) - MAX_DIFF_LINES} more diff lines")
    return (
        f"the schema of v{version} differs from its snapshot {stored}:\n"
        + "".join(f"    {line}\n" for line in shown)
        + warning
        + f"update this snapshot, once reviewed, with: {command}"
    )


def edited_before_head(version: int, head: int, name: str) -> str:
    """Said before the update command when a version the chain goes past changed: the
    snapshots are all that sees an applied migration edited (every start database is
    built from the migrations as they are now), so updating them is no fix for that."""
    if version >= head:
        return ""
    which = name if version == 1 else f"{name} or one before it"
    return (
        f"v{version} is not the newest version (v{head}): if {which} has been applied "
        f"anywhere, a database already past it keeps the schema of this snapshot: put the "
        "change in a new migration instead, and update the snapshot only for a migration "
        "that never shipped\n"
    )
