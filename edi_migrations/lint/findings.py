"""What the floor check and the lint report: one finding per risky statement.

A finding names the migration, the rule's code and title, the statement, what is
wrong there and why it matters, and the fix. An acknowledged one (the migration
declares why it is safe) is still reported but does not fail the run.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    code: str
    title: str
    statement: str  # the statement, one line
    detail: str  # what is wrong in this statement: names the table, column or feature
    why: str
    fix: str
    migration: str = ""
    acknowledged: str | None = None  # the migration's reason, when it acknowledges the code
    advisory: bool = False  # proven or not by a check on the data: never fails the lint

    @property
    def fails(self) -> bool:
        return self.acknowledged is None and not self.advisory
