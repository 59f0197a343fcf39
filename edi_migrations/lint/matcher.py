"""The lint of risky operations: a migration's traced statements against ``RULES``.

Input is what the migration ran, in order, and the schema before it; the schema is
replayed statement by statement, so a rule sees what exists when its statement runs
(a table created in the same migration holds no users' rows). Pure: no database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from edi_migrations.lint import ddl, replay, unique_keys
from edi_migrations.lint.ddl import pragma_value, turns_on
from edi_migrations.lint.findings import Finding
from edi_migrations.lint.rules import BY_CODE
from edi_migrations.lint.statements import Statement, Token
from edi_migrations.schema.tokens import canonical

NON_CONSTANT = frozenset({"current_time", "current_date", "current_timestamp"})
LITERAL_WORDS = frozenset({"null", "true", "false"})


@dataclass(frozen=True)
class Rebuild:
    """Table ``table`` rebuilt by statements ``start``..``end``; ``at``: the statement a
    finding about it points at (the DROP, or the rename of the old table)."""

    table: str
    start: int
    end: int
    at: int
    renamed_first: bool


def lint_statements(
    statements: Iterable[Statement | str],
    schema: replay.Schema | None = None,
    declared_drops: frozenset[str] = frozenset(),
    in_transaction: bool = True,
) -> list[Finding]:
    """Findings for ``statements`` run on ``schema``, inside a transaction unless told
    otherwise (the runner's); ``declared_drops``: index, trigger and view names the
    migration declares removed (``DropObject``), not reported as lost."""
    run = [s if isinstance(s, Statement) else Statement(s) for s in statements]
    states = [schema if schema is not None else replay.Schema()]
    for statement in run:
        states.append(replay.apply(states[-1], statement))
    rebuilds = find_rebuilds(run, states)
    found: list[tuple[int, Finding]] = []
    transaction = in_transaction
    for i, statement in enumerate(run):
        effect = ddl.read(statement)
        during = any(r.start <= i <= r.end for r in rebuilds)
        found += [
            (i, f) for f in _statement_findings(statement, effect, states, i, transaction, during)
        ]
        transaction = {"begin": True, "end": False}.get(effect.action, transaction)
    for rebuild in rebuilds:
        found += [(rebuild.at, f) for f in _rebuild_findings(rebuild, run, states, declared_drops)]
    return [f for _, f in sorted(found, key=lambda pair: pair[0])]


def _statement_findings(
    statement: Statement,
    effect: ddl.Ddl,
    states: list[replay.Schema],
    i: int,
    in_transaction: bool,
    during_rebuild: bool,
) -> list[Finding]:
    before, end = states[i], states[-1]
    if effect.action == "pragma":
        return _pragma(statement, effect, in_transaction, during_rebuild)
    if effect.action == "vacuum":
        return [_finding("EM108", statement, "VACUUM runs inside the migration")]
    if effect.action == "add column" and _holds_data(before, effect.table):
        return _add_column(statement, effect)
    if effect.action == "create" and effect.kind == "index" and effect.unique:
        return _unique_index(statement, effect, before, states[0])
    if effect.action == "drop" and effect.kind == "table":
        return _dropped_referenced(statement, effect.name, before, end)
    return []


def _holds_data(schema: replay.Schema, table: str) -> bool:
    return table in schema.tables and schema.tables[table].holds_data


def _pragma(
    statement: Statement, effect: ddl.Ddl, in_transaction: bool, during_rebuild: bool
) -> list[Finding]:
    value = pragma_value(statement)
    if effect.name == "legacy_alter_table":
        if value is not None and not turns_on(value):  # the runner's own setting: changes nothing
            return []
        shown = f" = {value}" if value is not None else " (read)"
        return [_finding("EM109", statement, f"PRAGMA legacy_alter_table{shown} in a migration")]
    if effect.name == "journal_mode" and value is not None and in_transaction:
        return [_finding("EM115", statement, f"PRAGMA journal_mode = {value} changes nothing here")]
    if effect.name != "foreign_keys" or value is None:
        return []
    if during_rebuild and turns_on(value):
        return [_finding("EM103", statement, "PRAGMA foreign_keys = ON while a table is rebuilt")]
    if in_transaction:
        return [_finding("EM104", statement, f"PRAGMA foreign_keys = {value} has no effect here")]
    return []


def _add_column(statement: Statement, effect: ddl.Ddl) -> list[Finding]:
    body = effect.body
    column = body[0].text if body else "?"
    where = f"{effect.table}.{column}"
    if _top_level(body, "as", "("):  # generated: no stored default (see the floor check)
        return []
    default = _default(body)
    if default is not None and not _constant(default):
        shown = " ".join(t.raw for t in default)
        return [_finding("EM105", statement, f"{where} DEFAULT {shown} is not a constant")]
    if _top_level(body, "not", "null") and (default is None or _is_null(default)):
        return [_finding("EM106", statement, f"{where} is NOT NULL with no default")]
    return []


def _top_level(body: tuple[Token, ...], *words: str) -> bool:
    depth = 0
    for i, tok in enumerate(body):
        if depth == 0 and all(
            i + j < len(body) and _is(body[i + j], w) for j, w in enumerate(words)
        ):
            return True
        depth += tok.is_op("(")
        depth -= tok.is_op(")")
    return False


def _is(tok: Token, word: str) -> bool:
    return tok.is_op(word) if not word[0].isalpha() else tok.is_word(word)


def _default(body: tuple[Token, ...]) -> tuple[Token, ...] | None:
    """The DEFAULT's tokens (a parenthesised expression whole), None without one."""
    for i, tok in enumerate(body[:-1]):
        if tok.is_word("default"):
            rest = body[i + 1 :]
            if rest[0].is_op("("):
                depth, end = 0, len(rest)
                for j, t in enumerate(rest):
                    depth += t.is_op("(")
                    depth -= t.is_op(")")
                    if depth == 0:
                        end = j + 1
                        break
                return rest[:end]
            if rest[0].is_op("+", "-") and len(rest) > 1:
                return rest[:2]
            return rest[:1]
    return None


def _constant(default: tuple[Token, ...]) -> bool:
    """What SQLite accepts on a table with rows: a literal, signed or in parentheses."""
    inner = default[1:-1] if default[0].is_op("(") else default
    if len(inner) == 2 and inner[0].is_op("+", "-"):
        inner = inner[1:]
    if len(inner) != 1:
        return False
    tok = inner[0]
    if tok.kind == "quoted":  # SQLite's grammar: DEFAULT "0" is the text it spells
        return not default[0].is_op("(")
    if tok.kind == "word":
        return tok.text not in NON_CONSTANT and (
            tok.text in LITERAL_WORDS or not default[0].is_op("(")
        )
    return tok.kind in ("number", "string", "blob")


def _is_null(default: tuple[Token, ...]) -> bool:
    return [t.text for t in default if not t.is_op("(", ")")] == ["null"]


def _unique_index(
    statement: Statement, effect: ddl.Ddl, before: replay.Schema, start: replay.Schema
) -> list[Finding]:
    if not _holds_data(before, effect.table) or _already_unique(statement, effect, before):
        return []
    old = start.objects.get(effect.name)
    if old is not None and canonical(old.sql) == canonical(statement.sql):
        return []  # the same index again, after a rebuild: the rows already satisfied it
    return [
        _finding(
            "EM107",
            statement,
            f"UNIQUE index {effect.name} over the existing rows of {effect.table}",
        )
    ]


def _already_unique(statement: Statement, effect: ddl.Ddl, before: replay.Schema) -> bool:
    """Over a key the table keeps, or an existing UNIQUE index's columns: no duplicates."""
    columns = unique_keys.index_columns(statement)
    table = before.tables.get(effect.table)
    if columns is None or table is None:
        return False
    indexes = (o for o in before.of_table(effect.table) if o.kind == "index" and o.unique)
    whole = (Statement(o.sql) for o in indexes)  # a partial index keeps only some rows unique
    indexed = {unique_keys.index_columns(s) for s in whole if not s.has_words("where")}
    return unique_keys.covered(columns, table.keys | {c for c in indexed if c})


def _dropped_referenced(
    statement: Statement,
    table: str,
    before: replay.Schema,
    end: replay.Schema,
) -> list[Finding]:
    """Only when the reference still dangles at the end (a rebuild renames a new table
    into the name, and a child dropped later takes its reference with it)."""
    if table in end.tables:
        return []
    still = [
        name
        for name in before.referencing(table)
        if name in end.tables and table in end.tables[name].references
    ]
    if not still:
        return []
    return [_finding("EM110", statement, f"{table} is still referenced by {', '.join(still)}")]


def find_rebuilds(run: list[Statement], states: list[replay.Schema]) -> list[Rebuild]:
    """Tables rebuilt by the statements: DROP TABLE t ... ALTER TABLE n RENAME TO t (the
    12 steps), or ALTER TABLE t RENAME TO o ... CREATE TABLE t (the old table first)."""
    effects = [ddl.read(s) for s in run]
    out = []
    for i, effect in enumerate(effects):
        if effect.action == "drop" and effect.kind == "table":
            j = _next(effects, i, lambda e, t=effect.name: e.action == "rename" and e.new_name == t)
            if j is not None:
                made = _last_before(effects, j, effects[j].name)
                out.append(Rebuild(effect.name, min(made, i), j, i, renamed_first=False))
        # a table this run created is no old table: renaming it is a rebuild's last step
        # (TypeORM's two rebuilds of one table make temporary_<t> twice)
        made_here = _last_before(effects, i, effect.name) != i
        if effect.action == "rename" and effect.name in states[i].tables and not made_here:
            old, temp = effect.name, effect.new_name
            j = _next(
                effects,
                i,
                lambda e, t=old: e.action == "create" and e.kind == "table" and e.name == t,
            )
            if j is not None:
                dropped = _next(effects, j, lambda e, t=temp: e.action == "drop" and e.name == t)
                out.append(Rebuild(old, i, dropped if dropped is not None else j, i, True))
    return out


def _next(effects: list[ddl.Ddl], after: int, test) -> int | None:
    return next((k for k in range(after + 1, len(effects)) if test(effects[k])), None)


def _last_before(effects: list[ddl.Ddl], before: int, table: str) -> int:
    """Where ``table`` (the new one) was created, or ``before`` if not in the trace."""
    made = [
        k
        for k in range(before)
        if effects[k].action == "create" and effects[k].kind == "table" and effects[k].name == table
    ]
    return made[-1] if made else before


def _rebuild_findings(
    rebuild: Rebuild, run: list[Statement], states: list[replay.Schema], declared: frozenset[str]
) -> list[Finding]:
    statement = run[rebuild.at]
    out = []
    renamed = states[rebuild.at]
    if (
        rebuild.renamed_first
        and not renamed.legacy_renames
        and _named_elsewhere(renamed, rebuild.table)
    ):
        new = ddl.read(statement).new_name
        out.append(
            _finding("EM101", statement, f"{rebuild.table} is renamed to {new} and then recreated")
        )
    # an index the migration dropped before the rebuild began (Alembic's drop_index ahead
    # of a batch rebuild) is no loss of the rebuild's; a view dropped first for the rebuild is
    began, end = states[rebuild.start].objects, states[-1].objects
    lost = [
        f"{o.kind} {o.name}"
        for o in states[0].of_table(rebuild.table)
        if (o.name in began or o.kind != "index") and o.name not in end and o.name not in declared
    ]
    if lost:
        out.append(
            _finding("EM102", statement, f"rebuilding {rebuild.table} loses {', '.join(lost)}")
        )
    return out


def _named_elsewhere(schema: replay.Schema, table: str) -> bool:
    """Whether a rename of ``table`` rewrites something besides the table and its own
    indexes and triggers: another table's foreign key, a view, another table's trigger
    (what a rename-first rebuild leaves naming the dropped copy; EM101)."""
    if schema.referencing(table):
        return True
    return any(
        table in o.uses and o.table != table
        for o in schema.objects.values()
        if o.kind in ("view", "trigger")
    )


def _finding(code: str, statement: Statement, detail: str) -> Finding:
    rule = BY_CODE[code]
    return Finding(code, rule.title, statement.short, detail, rule.why, rule.fix)
