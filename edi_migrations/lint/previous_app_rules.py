"""What statically breaks the app one version back: advisory findings (EM111-EM114).

A rename or a dropped column fails every statement of the previous app naming it; a CHECK
added or changed on a table it writes may refuse what it still writes. Whether it really
breaks is data and statements, so these never fail the lint: they point at
``test_previous_app_still_works``, which runs the previous app on the upgraded file.
Pure: the migration's statements, the schema before it and its tables' CHECKs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from edi_migrations.harness.rows.sql_tokens import check_texts
from edi_migrations.lint import ddl, replay
from edi_migrations.lint.findings import Finding
from edi_migrations.lint.rules import BY_CODE
from edi_migrations.lint.statements import Statement

Checks = Mapping[str, frozenset[str]]  # table (case-folded): its CHECK expressions, spaced


def checks_of(create_sql: str) -> frozenset[str]:
    return frozenset(" ".join(text.split()) for text in check_texts(create_sql))


def previous_app_findings(
    statements: Sequence[Statement], before: replay.Schema, checks_before: Checks
) -> list[Finding]:
    """One advisory finding per statement that renames or drops what the previous app
    names, or puts a new CHECK on a table it had (a rebuild's copy renamed into place)."""
    created: dict[str, frozenset[str]] = {}
    out = []
    for statement in statements:
        effect = ddl.read(statement)
        if effect.action == "create" and effect.kind == "table":
            created[effect.name] = checks_of(statement.sql)
            out += _new_checks(statement, effect.name, created[effect.name], checks_before)
        elif effect.action == "rename" and effect.table in created:
            out += _new_checks(statement, effect.new_name, created[effect.table], checks_before)
        elif effect.table in before.tables and effect.table not in created:
            out += _renamed_or_dropped(statement, effect)
    return out


def _renamed_or_dropped(statement: Statement, effect: ddl.Ddl) -> list[Finding]:
    if effect.action == "rename column":
        return [_advice("EM111", statement, f"a column of {effect.table} is renamed")]
    if effect.action == "rename":
        return [_advice("EM112", statement, f"{effect.table} is renamed to {effect.new_name}")]
    if effect.action == "drop column":
        return [_advice("EM113", statement, f"a column of {effect.table} is dropped")]
    return []


def _new_checks(
    statement: Statement, table: str, checks: frozenset[str], before: Checks
) -> list[Finding]:
    if table not in before:
        return []  # a table the previous app never knew
    new = sorted(checks - before[table])
    if not new:
        return []
    detail = f"a CHECK of {table} is added or changed: {'; '.join(new)}"
    return [_advice("EM114", statement, detail)]


def _advice(code: str, statement: Statement, detail: str) -> Finding:
    rule = BY_CODE[code]
    return Finding(
        code, rule.title, statement.short, detail, rule.why, rule.fix, advisory=True
    )
