"""Changes a migration declares it intends, next to its code.

The harness compares every database before and after a migration; anything that
changed and is not declared here is a failure. Declarations are plain frozen
dataclasses in a module-level ``CHANGES`` tuple of the migration file.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields


@dataclass(frozen=True)
class AddColumn:
    """A new column; its values may only be NULL, its DEFAULT or what a Backfill promises.
    Optional: such a column speaks for itself (harmless, still valid)."""

    table: str
    column: str


@dataclass(frozen=True)
class Backfill:
    """``column`` is set where it was NULL (or absent), to ``constant``, to ``from_column``
    or to ``expression``: SQL over the row as it was before the migration, e.g.
    ``"length(positive_prompt)"`` (a value already there is kept)."""

    table: str
    column: str
    constant: object = None
    from_column: str | None = None
    expression: str | None = None


@dataclass(frozen=True)
class AddTable:
    """A new table (optional: a new table speaks for itself)."""

    table: str


@dataclass(frozen=True)
class DropColumn:
    table: str
    column: str


@dataclass(frozen=True)
class DropTable:
    table: str


@dataclass(frozen=True)
class DropObject:
    """An index, trigger or view removed on purpose (``kind`` as in sqlite_master)."""

    kind: str
    name: str


@dataclass(frozen=True)
class MigrationTime:
    """A column the migration fills with the time it ran (a new ``updated_at`` set to
    ``CURRENT_TIMESTAMP``): any value in the existing rows a new column fills, and not
    compared across runs (two correct runs stamp different times). In an existing column,
    ``where`` (SQL over the row before the migration, as ``DeleteRows`` reads it) names
    the rows it stamps and ``json_path`` (``"$.timestamp"``) the key of a JSON document
    it writes: only those change, to any value; the rest is compared as before."""

    table: str
    column: str
    where: str | None = None
    json_path: str | None = None


@dataclass(frozen=True)
class RandomValue:
    """A column holding values drawn at random (a token, a salt), by this migration or
    copied from one that drew them: any value in the existing rows a new column fills,
    and not compared across runs (two correct runs draw differently). ``where`` and
    ``json_path`` narrow it to some rows, or one key of a document, as for
    ``MigrationTime``."""

    table: str
    column: str
    where: str | None = None
    json_path: str | None = None


@dataclass(frozen=True)
class ReplaceView:
    """A view whose rows may differ afterwards (a corrected definition)."""

    name: str


@dataclass(frozen=True)
class MoveRows:
    """Rows of ``table`` may leave it, each kept as JSON in ``to`` (a quarantine table)."""

    table: str
    to: str


@dataclass(frozen=True)
class AddRows:
    """New rows in an existing table (a default category, a row per user): without it a
    row that was not there before is taken for a mistake."""

    table: str


@dataclass(frozen=True)
class DeleteRows:
    """Rows of ``table`` for which ``where`` holds (SQL over the row as it was before the
    migration, e.g. ``"option = 'subtask_forecast'"``) are deleted on purpose: each may
    be gone, kept nowhere (an obsolete setting); every other row stays."""

    table: str
    where: str


@dataclass(frozen=True)
class Recompute:
    """Every existing row's ``column`` becomes ``expression``, SQL over the row as it was
    before the migration (e.g. ``"trim(title)"``), NULLs included: a rule, checked."""

    table: str
    column: str
    expression: str


@dataclass(frozen=True)
class MergeRows:
    """Rows of ``table`` equal on ``key`` (columns or SQL expressions over the row before
    the migration; a row with a NULL key part is never merged) become one: one row of each
    group is kept, the others removed, and each ``references`` column (``"table.column"``,
    holding the merged table's row ids) that pointed at a removed row points at the kept
    one; a referring row that would then repeat another may go."""

    table: str
    key: tuple[str, ...]
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class RestoreRows:
    """Rows kept as JSON in ``source`` may come back into ``table`` (a downgrade)."""

    table: str
    source: str


@dataclass(frozen=True)
class ChangeConstraint:
    """A constraint of ``table`` changed on purpose (``kind``: check, not null, default,
    unique, collate, primary key, foreign key, generated, strict); ``column`` None: any of
    that kind (the table's own, for strict)."""

    table: str
    kind: str
    column: str | None = None


@dataclass(frozen=True)
class DropConstraint:
    """A constraint of ``table`` removed on purpose (kinds as for ChangeConstraint)."""

    table: str
    kind: str
    column: str | None = None


@dataclass(frozen=True)
class ChangeType:
    """``column``'s declared type becomes ``to``; each value becomes what SQLite's affinity
    of ``to`` makes of it, or ``expression`` (SQL over the row before the migration)."""

    table: str
    column: str
    to: str
    expression: str | None = None


@dataclass(frozen=True)
class RenameTable:
    """Table ``old`` is now ``new``: its rows, objects and constraints follow it."""

    old: str
    new: str


@dataclass(frozen=True)
class RenameColumn:
    """Column ``old`` of ``table`` is now ``new``: its values and constraints follow it."""

    table: str
    old: str
    new: str


@dataclass(frozen=True)
class DependsOnData:
    """An object whose presence depends on the data (``kind`` as in sqlite_master), e.g. a
    legacy table dropped only when empty: a fresh install may differ by exactly it."""

    kind: str
    name: str


@dataclass(frozen=True)
class BreaksPreviousApp:
    """The app one version back stops working on a database this migration upgraded, on
    purpose (``reason`` says why): the previous-app check reports it instead of failing."""

    reason: str


Change = (
    AddColumn
    | Backfill
    | AddTable
    | DropColumn
    | DropTable
    | DropObject
    | MigrationTime
    | RandomValue
    | ReplaceView
    | MoveRows
    | AddRows
    | DeleteRows
    | Recompute
    | MergeRows
    | RestoreRows
    | ChangeConstraint
    | DropConstraint
    | ChangeType
    | RenameTable
    | RenameColumn
    | DependsOnData
    | BreaksPreviousApp
)


def source_line(change: Change, **placeholders: object) -> str:
    """The declaration as a line to paste into ``CHANGES``: required fields positional,
    optional ones by keyword where set; ``placeholders`` are written as is."""
    args = []
    for f in fields(change):
        value = getattr(change, f.name)
        if f.name in placeholders:
            args.append(f"{f.name}={_literal(placeholders[f.name])}")
        elif f.default is MISSING:  # no default: required, positional
            args.append(_literal(value))
        elif value != f.default:
            args.append(f"{f.name}={_literal(value)}")
    return f"{type(change).__name__}({', '.join(args)})"


def _literal(value: object) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, tuple):  # a tuple of names, written as one would type it
        return "(" + ", ".join(_literal(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    return repr(value)
