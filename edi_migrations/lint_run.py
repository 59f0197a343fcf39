"""One migration's findings, floor and lint together, with its acknowledgements.

``check_migration`` is the call the harness makes for a migration and the statements
it traced; ``lint_folder`` traces a whole folder on a fresh install (the CLI).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from . import replay
from .changes import DropObject
from .discovery import Migration, resolve_dir
from .findings import Finding
from .floor import FLOOR_CODE, Floor, declared_floor, floor_findings, floor_of
from .lint import lint_statements
from .lint_errors import BadAcknowledgement
from .lint_rules import BY_CODE
from .lint_trace import trace_chain
from .statements import Statement

KNOWN_CODES = frozenset({FLOOR_CODE, *BY_CODE})


def check_migration(
    migration: Migration,
    statements: Sequence[Statement | str],
    schema_before: replay.Schema,
    floor: Floor | None,
) -> list[Finding]:
    """Every finding for ``migration``'s ``statements`` (the floor's first when one is
    declared), named by the migration and marked where it acknowledges the code."""
    run = [s if isinstance(s, Statement) else Statement(s) for s in statements]
    drops = frozenset(c.name.casefold() for c in migration.changes if isinstance(c, DropObject))
    found = floor_findings(run, floor, schema_before) if floor is not None else []
    found += lint_statements(run, schema_before, drops)
    reasons = acknowledgements(migration)
    return [replace(f, migration=migration.name, acknowledged=reasons.get(f.code)) for f in found]


def acknowledgements(migration: Migration) -> dict[str, str]:
    """The migration's ``LINT_ACKNOWLEDGED``, each code known and each reason given."""
    out = {}
    for code, reason in migration.lint_acknowledged:
        if code not in KNOWN_CODES:
            known = ", ".join(sorted(KNOWN_CODES))
            raise BadAcknowledgement(migration.name, code, f"no such rule (known: {known})")
        if not reason.strip():
            raise BadAcknowledgement(migration.name, code, "say why it is safe here")
        out[code] = reason.strip()
    return out


def resolve_floor(migrations_dir: str | Path | None, override: str | None) -> Floor | None:
    """The caller's floor if given, else the one the project's pyproject declares."""
    if override is not None:
        return floor_of(override)
    return declared_floor(resolve_dir(migrations_dir))


@dataclass(frozen=True)
class LintResult:
    findings: tuple[Finding, ...]
    migrations: int  # how many were traced
    failed: str | None = None  # the error that stopped the trace, if one did

    @property
    def clean(self) -> bool:
        return self.failed is None and not any(f.fails for f in self.findings)


def lint_folder(migrations_dir: str | Path | None, floor: Floor | None) -> LintResult:
    """Findings of every migration of the folder, traced on a fresh install."""
    with tempfile.TemporaryDirectory(prefix="edi-lint-") as work:
        chain = trace_chain(migrations_dir, Path(work))
    found = []
    for t in chain.traced:
        found += check_migration(t.migration, t.statements, t.schema_before, floor)
    return LintResult(tuple(found), len(chain.traced), chain.failed)
