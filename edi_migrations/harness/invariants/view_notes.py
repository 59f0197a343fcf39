"""Views a path cannot hold to their rows, reported as notes rather than failures.

``views keep their rows`` compares each view's rows before and after a path. A view that
cannot be read on the start database (its sum overflows on the data, a function of the
app refuses a value) has no rows to keep: whatever the migration does, that is no
evidence against it, so the path is not failed for it, and the run says so in its notes
(a failure would blame the step for the data). A view readable before and unreadable
after is the migration's doing and stays a failure (``compare.schema_works``).
"""

from __future__ import annotations

from edi_migrations.changes import DropObject, ReplaceView, source_line
from edi_migrations.harness.invariants.snapshot import Snapshot

NOTES_KEY = "edi_migrations_notes"  # user_properties key: (path id, notes) of a path test


def unreadable_on_start(before: Snapshot, after: Snapshot) -> list[str]:
    """One note per view the start database cannot read, saying how it reads after."""
    notes = []
    for name, error in sorted(before.view_errors.items()):
        if name not in after.model.views:
            continue  # gone after the path: objects_kept judges that
        later = after.view_errors.get(name)
        still = f"nor after it ({later})" if later else "it reads after the path"
        notes.append(
            f"view {name} cannot be read on the start database ({error}): its rows are not "
            f"compared; {still}"
        )
    return notes


def unreadable_after(name: str, error: str) -> str:
    """A view the migration left unreadable, with the ways out where it names an object
    the migration removed (SQLite's error alone said none)."""
    line = f"view {name} cannot be read: {error}"
    if not error.startswith(("no such table", "no such column")):
        return line
    drop, replace = source_line(DropObject("view", name)), source_line(ReplaceView(name))
    return (
        f"{line}: the migration removed what it reads; drop the view as well (declared "
        f"{drop}) or recreate it over what is left (declared {replace})"
    )
