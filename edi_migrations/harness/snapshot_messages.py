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


def differs(version: int, stored: Path, stored_sql: str, schema_sql: str, command: str) -> str:
    """The unified diff from the snapshot (``-``) to the schema the migrations make now
    (``+``), then the update command."""
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
        + f"update this snapshot, once reviewed, with: {command}"
    )
