"""One migration's findings, floor and lint together, with its acknowledgements.

``check_migration`` is the call the harness makes for a migration and the statements
it traced; ``lint_folder`` traces a whole folder on a fresh install (the CLI).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from edi_migrations.changes import DropObject
from edi_migrations.lint import replay
from edi_migrations.lint.errors import BadAcknowledgement
from edi_migrations.lint.findings import Finding
from edi_migrations.lint.floor import FLOOR_CODE, Floor, declared_floor, floor_findings, floor_of
from edi_migrations.lint.matcher import lint_statements
from edi_migrations.lint.refused import refused_findings
from edi_migrations.lint.registered import registered_functions
from edi_migrations.lint.rules import BY_CODE, NO_DOCSTRING
from edi_migrations.lint.statements import Statement
from edi_migrations.lint.trace import Chain, TracedMigration, trace_chain, trace_downgrades
from edi_migrations.runner.discovery import Migration, resolve_dir
from edi_migrations.runner.progress import Direction
from edi_migrations.sqlite.opener import open_connection

KNOWN_CODES = frozenset({FLOOR_CODE, *BY_CODE})


def check_migration(
    migration: Migration,
    statements: Sequence[Statement | str],
    schema_before: replay.Schema,
    floor: Floor | None,
    direction: Direction = "upgrade",
    registered: frozenset[str] = frozenset(),
) -> list[Finding]:
    """Every finding for ``migration``'s ``statements`` (the floor's first when one is
    declared), named by the migration and marked where it acknowledges the code;
    ``direction`` "downgrade" for what its ``downgrade()`` ran; ``registered``: the
    functions the app registers (not SQLite's, for the floor)."""
    run = [s if isinstance(s, Statement) else Statement(s) for s in statements]
    declared = migration.changes if direction == "upgrade" else migration.downgrade_changes
    drops = frozenset(c.name.casefold() for c in declared if isinstance(c, DropObject))
    found = floor_findings(run, floor, schema_before, registered) if floor is not None else []
    found += lint_statements(run, schema_before, drops)
    if direction == "upgrade" and (not migration.doc or SCAFFOLD_WHY in migration.doc):
        found.append(_no_docstring(migration))
    return _named(migration, direction, found)


def check_traced(
    traced: TracedMigration, floor: Floor | None, registered: frozenset[str] = frozenset()
) -> list[Finding]:
    """:func:`check_migration` of what a trace holds, and the finding for the runner's
    refusal that stopped it, where the lint has one (refused.py: what no trace holds)."""
    found = check_migration(
        traced.migration,
        traced.statements,
        traced.schema_before,
        floor,
        traced.direction,
        registered,
    )
    refusal = refused_findings(traced.refused)
    return found + _named(traced.migration, traced.direction, refusal)


def _named(migration: Migration, direction: Direction, found: list[Finding]) -> list[Finding]:
    """``found`` named by the migration (its downgrade's, so said), each marked where the
    migration acknowledges its code."""
    reasons = acknowledgements(migration)
    name = migration.name if direction == "upgrade" else f"{migration.name} (downgrade)"
    return [replace(f, migration=name, acknowledged=reasons.get(f.code)) for f in found]


SCAFFOLD_WHY = "(say why this change is needed"  # edi-migrate new's placeholder


def _no_docstring(migration: Migration) -> Finding:
    """EM116: no docstring, or the one ``edi-migrate new`` wrote, its why unanswered."""
    rule = NO_DOCSTRING
    title, detail = rule.title, f"{migration.path.name} opens with no docstring"
    if migration.doc:
        title = detail = "migration docstring still the scaffold's placeholder"
    return Finding(rule.code, title, "", detail, rule.why, rule.fix, advisory=True)


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


def _app_functions() -> frozenset[str]:
    """The functions the app's connect registers (``edi-migrate --connect`` or the
    project's ``connect`` setting, installed in the opener): its own, not SQLite's."""
    conn = open_connection(":memory:")
    try:
        return registered_functions(conn)
    finally:
        conn.close()


@dataclass(frozen=True)
class LintResult:
    findings: tuple[Finding, ...]
    migrations: int  # how many upgrades were traced
    downgrades: int = 0  # and downgrades
    failed: str | None = None  # the error that stopped the trace, if one did

    @property
    def clean(self) -> bool:
        return self.failed is None and not any(f.fails for f in self.findings)


def lint_folder(
    migrations_dir: str | Path | None, floor: Floor | None, downgrades: bool = False
) -> LintResult:
    """Findings of every migration of the folder, traced on a fresh install; with
    ``downgrades``, of every ``downgrade()`` too (from head down)."""
    with tempfile.TemporaryDirectory(prefix="migrations-lint-") as work:
        chain = trace_chain(migrations_dir, Path(work) / "up")
        if downgrades and chain.failed is None:
            down = trace_downgrades(migrations_dir, Path(work) / "down")
            chain = Chain(chain.traced + down.traced, down.failed)
    registered = _app_functions()
    found = []
    for t in chain.traced:
        found += check_traced(t, floor, registered)
    downs = sum(t.direction == "downgrade" for t in chain.traced)
    return LintResult(tuple(found), len(chain.traced) - downs, downs, chain.failed)
