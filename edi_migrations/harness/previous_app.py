"""Whether the app one version back still works on a database upgraded past it.

An update rolled back, a second machine still on last month's build, a background worker
not yet restarted: each runs app N-1 on a file migration N upgraded. So, on the matrix's
start at N-1, the app's statements run before the upgrade (the reference, and proof the
statements themselves are sound) and again after it: every statement prepares and runs,
reads return the same rows unless a declared change of migration N touches what they
read, writes succeed and keep the file sound, and app N reads back what they wrote.
Every statement runs under the harness's statement budget.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from edi_migrations import changes as ch
from edi_migrations.harness import previous_app_parents as parents
from edi_migrations.harness.app_statements import App, AppStatements, Bound, Write, app_at, bind
from edi_migrations.harness.budget import guarded
from edi_migrations.harness.connect import connect
from edi_migrations.harness.dbstate import row_id_name
from edi_migrations.harness.rows.schema_read import read_table
from edi_migrations.harness.rows.sql_tokens import tokenize
from edi_migrations.harness.view_places import moved_columns, view_columns
from edi_migrations.identifiers import quote_identifier
from edi_migrations.runner.discovery import Migration
from edi_migrations.sqlite.dbapi import sqlite3

ROWS_CHANGED_BY = (
    ch.MoveRows, ch.RestoreRows, ch.Backfill, ch.ChangeType, ch.DropColumn, ch.DropTable,
    ch.AddRows, ch.DeleteRows, ch.Recompute, ch.MergeRows, ch.MigrationTime, ch.RandomValue,
)  # fmt: skip


class AppStatementError(AssertionError):
    """A declared statement fails on the database before the upgrade: the declaration is
    wrong, not the migration."""


@dataclass(frozen=True)
class Problem:
    statement: str
    sql: str
    what: str


@dataclass(frozen=True)
class Verdict:
    migration: str
    app: App
    target: int
    problems: tuple[Problem, ...]
    declared_breaking: tuple[str, ...]
    claimed: bool = False  # KEEPS_PREVIOUS_APP: held to it, whatever the ini says

    @property
    def works(self) -> bool:
        return not self.problems

    def headline(self, required: bool = True) -> str:
        old, new = f"the v{self.app.version} app", f"v{self.target}"
        if self.works:
            return f"{self.migration}: {old} keeps working on {new}" + works_told(self)
        if self.claimed:
            return f"{self.migration}: {old} no longer works on {new}, though it says {CLAIM}"
        if not required and not self.declared_breaking:
            return f"{self.migration}: {old} breaks on {new}"
        if self.declared_breaking:
            return f"{self.migration}: {old} breaks on {new}, declared: " + "; ".join(
                self.declared_breaking
            )
        return f"{self.migration}: {old} no longer works on {new}"

    def first_failing(self) -> str:
        p = self.problems[0]
        return f"{p.statement!r} of {self.app.described}: {p.what}"

    def failure_message(self) -> str:
        lines = [f"{self.headline()} (the matrix's v{self.app.version} start, upgraded):"]
        for p in self.problems[:6]:
            lines.append(f"    statement {p.statement!r} of {self.app.described}: {p.what}")
            lines.append(f"        SQL: {' '.join(p.sql.split())}")
        if len(self.problems) > 6:
            lines.append(f"    … and {len(self.problems) - 6} more")
        if self.claimed:
            lines.append(
                f"    the v{self.app.version} build starts on v{self.target} files on this "
                f"claim: keep that app working, or remove KEEPS_PREVIOUS_APP from {self.migration}"
            )
            return "\n".join(lines)
        lines.append(
            f"    if apps before v{self.target} are not to run on it, declare the break in "
            f'{self.migration}\'s CHANGES: BreaksPreviousApp("why")'
        )
        return "\n".join(lines)


Outcome = list[list[tuple]] | str  # each parameter set's rows, or SQLite's error
CLAIM = "KEEPS_PREVIOUS_APP = True"


def works_told(verdict: Verdict) -> str:
    """What a working verdict's line adds: the claim it makes, or the break it declares
    (neither: the section's hint may say the claim is there for the taking)."""
    if verdict.claimed:
        return f", as it says {CLAIM}"
    return ", though it declares BreaksPreviousApp" if verdict.declared_breaking else ""


def previous_app_verdict(
    db: Path,
    migration: Migration,
    upgrade: Callable[[Path], None],
    declared: AppStatements | None,
    seed: int,
    start: Callable[[Path], str | None] | None = None,
) -> Verdict:
    """Run app ``migration.version - 1`` on ``db`` (a private copy at that version), upgrade
    it with ``upgrade(db)``, start the old build (``start``: its refusal, or None), run the
    app again and judge (:class:`Verdict`)."""
    old, new = migration.version - 1, migration.version
    with closing(connect(str(db), isolation_level=None)) as conn:
        app = app_at(conn, old, declared, seed)
        bound = bind(conn, app)
        before = {b.statement.name: _read(conn, b, app) for b in bound if not _writes(b)}
        stored = _writes_on(conn, bound, app, before_upgrade=True)
        views = view_columns(conn) if app.derived else {}
        refs = parents.referenced(conn, bound, _deleting(migration)) if app.derived else {}
    upgrade(db)
    exempt = _rows_may_change(migration)
    problems: list[Problem] = []
    refused = start(db) if start is not None else None
    if refused is not None:
        what = f"refused: {refused}"
        problems.append(Problem("(its start-up)", f"upgrade(db) by the v{old} build", what))
    with closing(connect(str(db), isolation_level=None)) as conn:
        gone = parents.orphaned(conn, refs)  # parents deleted on purpose (previous_app_parents)
        bound = tuple(b for b in bound if b.statement.name not in gone)
        for b in bound:
            if _writes(b):
                continue
            after = _read(conn, b, app)
            if app.derived and isinstance(before[b.statement.name], str):
                continue  # a view the start cannot read: the matrix lists it in its notes
            if isinstance(after, str):
                problems.append(_problem(b, f"fails on v{new}: {after}"))
            elif after != before[b.statement.name] and not _names_any(b.statement.sql, exempt):
                problems.append(_problem(b, f"returns other rows on v{new} than on v{old}"))
        problems += [Problem(*moved) for moved in moved_columns(views, conn, exempt)]
        renames = tuple(c for c in migration.changes if isinstance(c, ch.RenameTable | ch.RenameColumn))
        problems += _writes_on(
            conn, bound, app, before_upgrade=False, reference=stored, renames=renames
        )
    reasons = tuple(c.reason for c in migration.changes if isinstance(c, ch.BreaksPreviousApp))
    claimed = migration.keeps_previous_app
    return Verdict(migration.name, app, new, tuple(problems), reasons, claimed)


def _writes(b: Bound) -> bool:
    return isinstance(b.statement, Write)


def _problem(b: Bound, what: str) -> Problem:
    return Problem(b.statement.name, b.statement.sql, what)


def _read(conn: sqlite3.Connection, b: Bound, app: App) -> Outcome:
    """Each parameter set's rows, sorted (an app without ORDER BY may get any order)."""
    out = []
    try:
        with guarded(f"statement {b.statement.name!r} of {app.described}"):
            for params in b.runs:
                out.append(sorted(conn.execute(b.statement.sql, params).fetchall(), key=repr))
    except sqlite3.Error as exc:
        return str(exc)
    return out


Written = dict[tuple[str, int], tuple[str, int | None]]  # (statement, run) -> (table, rowid)


def _writes_on(
    conn: sqlite3.Connection,
    bound: tuple[Bound, ...],
    app: App,
    *,
    before_upgrade: bool,
    reference: dict | None = None,
    renames: tuple[ch.Change, ...] = (),
):
    """Run the writes in a transaction rolled back after. Before the upgrade: a failure is
    the declaration's (raised); returns the rows the INSERTs stored. After: the problems."""
    problems: list[Problem] = []
    written: Written = {}
    violations = _fk_violations(conn)
    conn.execute("BEGIN")
    try:
        for b in bound:
            if not _writes(b):
                continue
            for i, params in enumerate(b.runs):
                error = _write(conn, b, params, app)
                table = getattr(b.statement, "target", None)
                if error is None and table:
                    written[(b.statement.name, i)] = (table, _inserted_rowid(conn, table))
                elif error is not None and before_upgrade:
                    raise AppStatementError(
                        f"statement {b.statement.name!r} of {app.described} fails on the "
                        f"database at v{app.version} itself, before any upgrade: {error}; "
                        "fix the declared statement or its params"
                    )
                elif error is not None:
                    problems.append(_problem(b, f"fails on the upgraded database: {error}"))
                    break
        if before_upgrade:  # (rowid, row): a view's write finds its row by the rowid
            return {key: (where[1], _stored_row(conn, *where)) for key, where in written.items()}
        problems += _soundness(conn, violations, app)
        problems += _read_back(conn, reference or {}, written, renames)
        return problems
    finally:
        conn.execute("ROLLBACK")


def _inserted_rowid(conn: sqlite3.Connection, table: str) -> int | None:
    """The rowid the INSERT gave its row; None through a view, whose INSTEAD OF trigger
    leaves last_insert_rowid() as it was (a renamed table's compatibility view)."""
    kind = conn.execute(
        "SELECT type FROM sqlite_master WHERE name = ? COLLATE NOCASE", (table,)
    ).fetchone()
    if kind and kind[0] == "view":
        return None
    return conn.execute("SELECT last_insert_rowid()").fetchone()[0]


def _write(conn: sqlite3.Connection, b: Bound, params, app: App) -> str | None:
    try:
        with guarded(f"statement {b.statement.name!r} of {app.described}"):
            conn.execute(b.statement.sql, params)
    except sqlite3.Error as exc:
        return str(exc)
    return None


def _stored_row(conn: sqlite3.Connection, table: str, rowid: int) -> dict[str, object] | None:
    """What an INSERT into a rowid table stored, by column (None: no rowid to find it by)."""
    q = quote_identifier(table)
    try:
        columns = tuple(r[1] for r in conn.execute(f"PRAGMA table_info({q})"))
        cursor = conn.execute(f"SELECT * FROM {q} WHERE {row_id_name(columns)} = ?", (rowid,))
    except sqlite3.Error:
        return None  # a WITHOUT ROWID table: the new app's reads are what checks it
    row = cursor.fetchone()
    names = [d[0] for d in cursor.description]
    alias = read_table(conn, table).rowid_alias  # the rowid itself: another on each run
    return {n: v for n, v in zip(names, row, strict=True) if n != alias} if row else {}


def _soundness(conn: sqlite3.Connection, violations: int, app: App) -> list[Problem]:
    found = conn.execute("PRAGMA quick_check").fetchall()
    out = []
    if found != [("ok",)]:
        text = "; ".join(str(r[0]) for r in found[:3])
        out.append(Problem("(after its writes)", "PRAGMA quick_check", f"file unsound: {text}"))
    now = _fk_violations(conn)
    if now > violations:
        what = f"{now - violations} new foreign-key violation(s) after {app.described}'s writes"
        out.append(Problem("(after its writes)", "PRAGMA foreign_key_check", what))
    return out


def _fk_violations(conn: sqlite3.Connection) -> int:
    with guarded("PRAGMA foreign_key_check"):
        return len(conn.execute("PRAGMA foreign_key_check").fetchall())


def _read_back(
    conn: sqlite3.Connection, reference: dict, written: Written, renames: tuple[ch.Change, ...]
) -> list[Problem]:
    """Each row an INSERT stored before the upgrade is stored alike after it: read by the new
    app, under the names the migration gives its table and columns (new columns aside)."""
    out = []
    for key, (rowid_before, row) in reference.items():
        if row is None or key not in written:
            continue
        table, rowid = written[key]
        rowid = rowid_before if rowid is None else rowid  # through a view: where it went before
        now = _stored_row(conn, _renamed_table(table, renames), rowid)
        if now is None:
            continue
        lost = {
            column: value
            for column, value in row.items()
            if now.get(_renamed_column(table, column, renames), value) != value
        }
        if not now or lost:
            read = {c: now.get(_renamed_column(table, c, renames)) for c in lost}
            what = f"the row it wrote (rowid {rowid}) does not read back: " + (
                ", ".join(f"{c} wrote {v!r}, reads back {read[c]!r}" for c, v in lost.items())
                if now
                else "gone"
            )
            out.append(Problem(key[0], "(read back by the new app)", what))
    return out


def _renamed_table(table: str, renames: tuple[ch.Change, ...]) -> str:
    for r in renames:
        if isinstance(r, ch.RenameTable) and r.old == table:
            table = r.new
    return table


def _renamed_column(table: str, column: str, renames: tuple[ch.Change, ...]) -> str:
    for r in renames:
        if isinstance(r, ch.RenameColumn) and r.table == table and r.old == column:
            column = r.new
        elif isinstance(r, ch.RenameTable) and r.old == table:
            table = r.new
    return column


def _rows_may_change(migration: Migration) -> frozenset[str]:
    """Tables and views whose rows a declared change of the migration lets differ."""
    names: set[str] = set()
    for change in migration.changes:
        if isinstance(change, ROWS_CHANGED_BY):
            names.add(getattr(change, "table", "").lower())
        if isinstance(change, ch.MergeRows):  # the referring rows are repointed too
            names.update(ref.split(".")[0].lower() for ref in change.references)
        elif isinstance(change, ch.ReplaceView | ch.DropObject):
            names.add(change.name.lower())
    return frozenset(names - {""})


def _deleting(migration: Migration) -> frozenset[str]:
    """Tables whose rows the migration declares it deletes or moves away (casefolded)."""
    kinds = ch.DeleteRows | ch.MoveRows
    return frozenset(c.table.casefold() for c in migration.changes if isinstance(c, kinds))


def _names_any(sql: str, names: frozenset[str]) -> bool:
    return any(text.lower() in names for kind, text in tokenize(sql) if kind in ("word", "name"))
