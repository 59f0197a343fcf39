"""What the runner refuses as a migration runs, as the lint's finding (EM117).

A migration that ``ATTACH``es another file, or writes into one the app's ``connect``
attached, never gets past the runner (attach_refusal, attached_writes), yet breaks none
of the rules the traced statements are matched against: the authorizer denies the
statement as it is compiled, so it never runs and no trace holds it. The lint called such
a migration clean while every upgrade path of it failed. Its finding is read from the
runner's refusal instead, with the runner's own reason.
"""

from __future__ import annotations

from edi_migrations.errors import MigrationError
from edi_migrations.lint.findings import Finding
from edi_migrations.lint.rules import BY_CODE
from edi_migrations.runner import attach_refusal, attached_writes

CODE = "EM117"
NOT_ACKNOWLEDGED = (
    f"acknowledging {CODE} would not get it past the runner, which refuses another "
    "database file as the statement is compiled: keep the rows in this database"
)


def refused_findings(refusal: MigrationError | None) -> list[Finding]:
    """The finding for the runner's ``refusal`` of a migration, where the lint has one."""
    rule = BY_CODE[CODE]
    if isinstance(refusal, attach_refusal.AttachRefused):
        detail = "the runner refuses it: it attaches another database file"
        why = attach_refusal.WHY
    elif isinstance(refusal, attached_writes.AttachedWriteRefused):
        detail = (
            f"the runner refuses it: it writes to {refusal.target}, a database the app's "
            "connect attached"
        )
        why = attached_writes.WHY
    else:
        return []
    return [Finding(CODE, rule.title, refusal.statement, detail, why, rule.fix)]
