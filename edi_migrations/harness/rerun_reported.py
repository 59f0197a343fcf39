"""A re-run's change, failed or only reported, as ``edi_migrations_rerun_check`` says.

The re-run runs the same in either mode. Required, a change fails the check with its
evidence and the hint. Reported (the default), the check passes and the change travels
in ``user_properties`` (plain data: it crosses xdist) to a section of its own at the
run's end and in ``--matrix-report``, with the same evidence and hint: a project whose
runner never runs a migration twice learns which are not re-runnable without a red run.
"""

from __future__ import annotations

import pytest

from edi_migrations.harness.invariants.failure import SHOWN, require
from edi_migrations.harness.invariants.summary import left_out
from edi_migrations.harness.rerun_setting import HINT, INI_RERUN, REQUIRED, rerun_mode

KEY = "edi_rerun_change"  # user_properties: (path id, evidence lines)
LEGEND = "what an applied migration changed when its upgrade() ran again"
REPORTED = f"(reported, not required: {INI_RERUN} = required fails it)"


def verdict(node: pytest.Item, path_id: str, changed: list[str]) -> None:
    """Fail the check on a change where the ini requires it; else note the change."""
    if not changed:
        return
    if rerun_mode(node.config) == REQUIRED:
        require(path_id, "idempotent", [*changed, HINT])
    shown = [*changed[:SHOWN], left_out(changed, SHOWN)] if len(changed) > SHOWN else changed
    node.user_properties.append((KEY, (path_id, tuple(shown))))


def lines(entries: dict[str, tuple[str, ...]], evidence: int | None = None) -> list[str]:
    """Each change's headline and evidence (its first ``evidence`` lines: a long chain's
    terminal), then the hint once (the same for every one)."""
    out = []
    for path_id in sorted(entries):
        out.append(f"{path_id} changed the database {REPORTED}")
        out += [f"    {line}" for line in entries[path_id][:evidence]]
    return [*out, f"hint: {HINT}"] if out else out
