"""Views a path cannot hold to their rows, reported as notes rather than failures.

``views keep their rows`` compares each view's rows before and after a path. A view that
cannot be read on the start database (its sum overflows on the data, a function of the
app refuses a value) has no rows to keep: whatever the migration does, that is no
evidence against it, so the path is not failed for it, and the run says so in its notes
(a failure would blame the step for the data). A view readable before and unreadable
after is the migration's doing and stays a failure (``compare.schema_works``).
"""

from __future__ import annotations

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
