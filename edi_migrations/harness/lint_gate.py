"""The lint as a built-in check: each migration traced on the matrix's database at the
version below it, its statements checked against the declared SQLite floor and the
lint's rules (:mod:`edi_migrations.lint`), its findings carried to the report."""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace
from pathlib import Path

from edi_migrations.harness.connect import connect
from edi_migrations.lint import refused
from edi_migrations.lint.findings import Finding
from edi_migrations.lint.floor import Floor
from edi_migrations.lint.previous_app_rules import checks_of, previous_app_findings
from edi_migrations.lint.registered import registered_functions
from edi_migrations.lint.rules import NO_DOCSTRING
from edi_migrations.lint.run import check_traced
from edi_migrations.lint.terminal import finding_lines
from edi_migrations.lint.trace import trace_step
from edi_migrations.runner import vacuum_hint
from edi_migrations.runner.discovery import Migration

LINT_KEY = "edi_lint"
# Codes the runner refuses whatever the migration acknowledges: why saying so would not help.
NOT_ACKNOWLEDGED = {
    vacuum_hint.CODE: vacuum_hint.NOT_ACKNOWLEDGED,
    refused.CODE: refused.NOT_ACKNOWLEDGED,
}
ADVISORY = "advisory"  # what a report line of a finding that never fails starts with
PROOF = f"{ADVISORY}: test_previous_app_still_works is the proof"  # EM111-EM114
NOTE = f"{ADVISORY}: a note on the file, never a failure"  # EM116


def lint_step(
    db: Path, migrations_dir: Path, migration: Migration, floor: Floor | None
) -> list[Finding]:
    """Every finding for ``migration`` as it ran on ``db`` (a private copy, changed), the
    advisory ones about the previous app last."""
    checks = _table_checks(db)
    chain = trace_step(db, migrations_dir, migration.version)
    ran = [t for t in chain.traced if t.migration.name == migration.name]
    if not ran:
        return []  # it never started: the upgrade-path checks say why
    traced = ran[0]
    with closing(connect(":memory:")) as conn:  # the project's factory: its own functions
        registered = registered_functions(conn)
    found = check_traced(traced, floor, registered)
    advice = previous_app_findings(traced.statements, traced.schema_before, checks)
    return found + [replace(f, migration=migration.name) for f in advice]


def _table_checks(db: Path) -> dict[str, frozenset[str]]:
    """Each table's CHECK expressions before the migration (what EM114 compares)."""
    with closing(connect(str(db))) as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    return {name.casefold(): checks_of(sql or "") for name, sql in rows}


def report_payload(migration: Migration, findings: list[Finding]) -> tuple[str, list[list[str]]]:
    """What the report shows of one migration's lint (plain data: it crosses xdist)."""
    rows = [[f.code, f.title, f.acknowledged or _advisory(f)] for f in findings]
    return migration.name, rows


def _advisory(finding: Finding) -> str:
    if not finding.advisory:
        return ""
    return NOTE if finding.code == NO_DOCSTRING.code else PROOF


def failure_message(findings: list[Finding], floor: Floor | None) -> str:
    failing = [f for f in findings if f.fails]
    where = f"the declared SQLite floor is {floor.text}" if floor else "no SQLite floor declared"
    lines = [f"lint: {len(failing)} finding(s) ({where}):"]
    for finding in failing:
        lines += [f"    {line}" for line in finding_lines(finding)]
    found = {f.code for f in failing}
    lines += [f"    {NOT_ACKNOWLEDGED[code]}" for code in sorted(found & NOT_ACKNOWLEDGED.keys())]
    codes = sorted(found - NOT_ACKNOWLEDGED.keys())
    if codes:
        why = ", ".join(f'"{c}": "why this is safe"' for c in codes)
        lines.append(
            "    fix the migration, or acknowledge a rule it breaks on purpose in its module: "
            f"LINT_ACKNOWLEDGED = {{{why}}}"
        )
    return "\n".join(lines)
