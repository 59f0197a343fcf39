"""The lint's findings as text for a terminal: each finding, then one summary line."""

from __future__ import annotations

from edi_migrations.lint.findings import Finding
from edi_migrations.lint.floor import Floor
from edi_migrations.lint.run import LintResult


def finding_lines(finding: Finding) -> list[str]:
    mark = f" [acknowledged: {finding.acknowledged}]" if finding.acknowledged else ""
    if finding.advisory and not mark:
        mark = " [advisory: never a failure]"
    statement = [f"  statement: {finding.statement}"] if finding.statement else []
    return [
        f"{finding.migration}: {finding.code} {finding.title}{mark}",
        *statement,
        f"  problem:   {finding.detail}",
        f"  why:       {finding.why}",
        f"  fix:       {finding.fix}",
    ]


def summary(result: LintResult, floor: Floor | None) -> str:
    where = f"SQLite floor {floor.text}" if floor else "no SQLite floor declared"
    failing = sum(f.fails for f in result.findings)
    acknowledged = sum(f.acknowledged is not None for f in result.findings)
    advisory = sum(f.advisory and f.acknowledged is None for f in result.findings)
    traced = f"{result.migrations} migration(s)"
    if result.downgrades:
        traced += f" and {result.downgrades} downgrade(s)"
    counts = f"{traced}, {failing} finding(s), {acknowledged} acknowledged"
    if advisory:
        counts += f", {advisory} advisory"
    if result.failed is not None:
        return f"lint failed: the trace stopped ({result.failed}); {counts} ({where})"
    if failing:
        return f"lint failed: {counts} ({where})"
    return f"lint clean: {counts} ({where})"


def report(result: LintResult, floor: Floor | None) -> str:
    lines = [line for f in result.findings for line in finding_lines(f)]
    return "\n".join([*lines, summary(result, floor)])
