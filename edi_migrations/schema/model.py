"""The canonical schema of a database: one model, one text.

Snapshots, drift detection, convergence checks and ``verify`` all compare schemas
through :func:`schema_model` / :func:`schema_of`, so they cannot disagree. The text
is stable across whitespace, case, quoting and the path that built the database,
and differs for any semantic change (types, defaults, nullability, keys and their
actions, CHECKs, index columns and WHERE, trigger and view bodies).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from edi_migrations.identifiers import quote_identifier
from edi_migrations.schema import tokens as sqltext
from edi_migrations.schema.rowid_alias import alias_of
from edi_migrations.schema.text_cache import TextCache
from edi_migrations.sqlite.dbapi import sqlite3

# The tables the app does not own, defined once: the runner's bookkeeping, SQLite's own,
# and of the bookkeeping what a run decides (compared across runs), not when it ran.
BOOKKEEPING_TABLES = frozenset({"schema_version", "migration_log", "schema_compatibility"})
SQLITE_INTERNAL_TABLES = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})
NOT_THE_APPS = BOOKKEEPING_TABLES | SQLITE_INTERNAL_TABLES
RUN_DECIDED_COLUMNS = {
    "schema_version": ("version",),
    "migration_log": ("migration_name", "version_from", "version_to", "status", "checksum"),
    "schema_compatibility": ("version", "lowest_app_version", "checksum"),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    notnull: bool
    default: str | None
    pk: int
    hidden: int
    collate: str | None = None
    # a generated column's expression (constraints_kept compares it; not rendered: the
    # schema text, and what is keyed by it, stays as it was)
    generated: str | None = field(default=None, compare=False)

    def render(self) -> str:
        parts = [self.name, self.type or "(no type)"]
        if self.pk:
            parts.append(f"primary key {self.pk}")
        if self.notnull:
            parts.append("not null")
        if self.default is not None:
            parts.append(f"default {self.default}")
        if self.collate is not None:
            parts.append(f"collate {self.collate}")
        if self.hidden:
            parts.append(f"hidden {self.hidden}")
        return " ".join(parts)


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    to: tuple[str, ...]
    on_update: str
    on_delete: str

    def render(self) -> str:
        return (
            f"foreign key ({', '.join(self.columns)}) references {self.table} "
            f"({', '.join(self.to)}) on update {self.on_update} on delete {self.on_delete}"
        )


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    foreign_keys: tuple[ForeignKey, ...]
    checks: tuple[str, ...]
    uniques: tuple[tuple[str, ...], ...]
    autoincrement: bool
    without_rowid: bool
    key: tuple[str, ...] = ()  # the PRIMARY KEY's index columns, collation kept (not rendered)
    # STRICT: each column's type enforced (constraints_kept compares it; not rendered)
    strict: bool = field(default=False, compare=False)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    @property
    def rowid_alias(self) -> str | None:
        """The column that is the rowid under another name (rowid_alias.py: SQLite's own
        verdict, ``key`` being the index it made for a PRIMARY KEY that is not one)."""
        keyed = sorted((c for c in self.columns if c.pk), key=lambda c: c.pk)
        return alias_of([c.name for c in keyed], bool(self.key))

    def render(self) -> str:
        lines = [f"table {self.name}"]
        lines += [f"  column {c.render()}" for c in self.columns]
        lines += [f"  {fk.render()}" for fk in self.foreign_keys]
        lines += [f"  check ({check})" for check in self.checks]
        lines += [f"  unique ({', '.join(cols)})" for cols in self.uniques]
        if self.autoincrement:
            lines.append("  autoincrement")
        if self.without_rowid:
            lines.append("  without rowid")
        return "\n".join(lines)


@dataclass(frozen=True)
class Index:
    name: str
    table: str
    unique: bool
    columns: tuple[str, ...]
    where: str | None

    def render(self) -> str:
        kind = "unique index" if self.unique else "index"
        text = f"{kind} {self.name} on {self.table} ({', '.join(self.columns)})"
        return text + (f"\n  where {self.where}" if self.where else "")


@dataclass(frozen=True)
class Body:
    """A trigger or a view: its table (for triggers) and its canonical SQL."""

    kind: str
    name: str
    table: str
    sql: str

    def render(self) -> str:
        on = f" on {self.table}" if self.kind == "trigger" else ""
        return f"{self.kind} {self.name}{on}\n  {self.sql}"


@dataclass(frozen=True)
class Schema:
    tables: dict[str, Table] = field(default_factory=dict)
    indexes: dict[str, Index] = field(default_factory=dict)
    triggers: dict[str, Body] = field(default_factory=dict)
    views: dict[str, Body] = field(default_factory=dict)

    def objects(self) -> dict[tuple[str, str], object]:
        """Every named object keyed by (kind, name)."""
        out: dict[tuple[str, str], object] = {}
        for kind, group in (
            ("table", self.tables),
            ("index", self.indexes),
            ("trigger", self.triggers),
            ("view", self.views),
        ):
            out.update({(kind, name): obj for name, obj in group.items()})
        return out

    def without(self, tables: frozenset[str]) -> Schema:
        """The same schema less some tables and the indexes and triggers on them."""
        return Schema(
            tables={n: t for n, t in self.tables.items() if n not in tables},
            indexes={n: i for n, i in self.indexes.items() if i.table not in tables},
            triggers={n: t for n, t in self.triggers.items() if t.table not in tables},
            views=dict(self.views),
        )

    def render(self) -> str:
        blocks = [t.render() for _, t in sorted(self.tables.items())]
        blocks += [i.render() for _, i in sorted(self.indexes.items())]
        blocks += [t.render() for _, t in sorted(self.triggers.items())]
        blocks += [v.render() for _, v in sorted(self.views.items())]
        return "\n\n".join(blocks) + "\n"


def schema_model(
    conn: sqlite3.Connection,
    schema: str = "main",
    tables: Collection[str] | None = None,
    memo: TextCache | None = None,
) -> Schema:
    """Read the schema of ``conn`` into the canonical model (internal sqlite_ tables left out);
    with ``tables``, only those tables and their indexes, triggers and views; with
    ``memo``, a table or index read before (the same text) is not read again (the runner
    reads the file it migrates without one: a traced run's statements never depend on
    what the process read before)."""
    rows = conn.execute(
        f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    model = Schema()
    texts = {name: sql for kind, name, _, sql in rows if kind == "table"}
    for kind, name, table, sql in rows:
        if tables is not None and table not in tables:
            continue
        if kind == "table":
            read_table = lambda n=name, s=sql: _table(conn, schema, n, s)  # noqa: E731
            found = read_table() if memo is None else memo.get(("t", name, sql), read_table)
            model.tables[name] = found  # type: ignore[assignment]
        elif kind == "index" and sql is not None:
            read_index = lambda n=name, t=table, s=sql: _index(conn, schema, n, t, s)  # noqa: E731
            key = ("i", name, table, sql, texts.get(table) or "")
            found = read_index() if memo is None else memo.get(key, read_index)
            model.indexes[name] = found  # type: ignore[assignment]
        elif kind == "trigger":
            toks = sqltext.without_if_not_exists(sqltext.tokens(sql))
            model.triggers[name] = Body("trigger", name, table, sqltext.join(toks))
        elif kind == "view":
            body = sqltext.top_level_tail(sql, "as") or ""
            model.views[name] = Body("view", name, table, body)
    return model


def schema_of(conn: sqlite3.Connection) -> str:
    """Canonical, human-readable schema text of a connection's main database."""
    return schema_model(conn).render()


def _table(conn: sqlite3.Connection, schema: str, name: str, sql: str) -> Table:
    quoted = quote_identifier(name)
    definitions = sqltext.column_definitions(sql)
    xinfo = conn.execute(f"PRAGMA {schema}.table_xinfo({quoted})").fetchall()
    computed = definitions
    if any(row[6] in (2, 3) for row in xinfo):  # a generated column's strings, as strings
        names = [row[1] for row in xinfo] + ["rowid", "oid", "_rowid_"]
        computed = sqltext.column_definitions(sqltext.double_quoted_strings(sql, names))
    columns = tuple(
        Column(
            name=row[1],
            type=(row[2] or "").upper(),
            notnull=bool(row[3]),
            default=sqltext.canonical(row[4]) if row[4] is not None else None,
            pk=row[5],
            hidden=row[6],
            collate=sqltext.collation(definitions.get(row[1].lower(), [])),
            generated=sqltext.generated(computed.get(row[1].lower(), []))
            if row[6] in (2, 3)
            else None,
        )
        for row in xinfo
    )
    fks: dict[int, list] = {}
    for fid, _seq, parent, frm, to, on_update, on_delete, _match in conn.execute(
        f"PRAGMA {schema}.foreign_key_list({quoted})"
    ):
        entry = fks.setdefault(fid, [[], parent, [], on_update, on_delete])
        entry[0].append(frm)
        entry[2].append(to or "")
    foreign_keys = tuple(
        sorted(
            (ForeignKey(tuple(f), p, tuple(t), u, d) for f, p, t, u, d in fks.values()),
            key=lambda fk: fk.render(),
        )
    )
    uniques = []
    key: tuple[str, ...] = ()
    for _seq, index_name, _unique, origin, _partial in conn.execute(
        f"PRAGMA {schema}.index_list({quoted})"
    ):
        if origin == "u":
            uniques.append(_index_columns(conn, schema, index_name))
        if origin == "pk":
            key = _index_columns(conn, schema, index_name)
    return Table(
        name=name,
        columns=columns,
        foreign_keys=foreign_keys,
        checks=tuple(sorted(sqltext.check_constraints(sql))),
        uniques=tuple(sorted(uniques)),
        autoincrement=sqltext.has_word(sql, "autoincrement"),
        without_rowid="rowid" in sqltext.table_options(sql),
        strict="strict" in sqltext.table_options(sql),
        key=key,
    )


def _index(conn: sqlite3.Connection, schema: str, name: str, table: str, sql: str) -> Index:
    return Index(
        name=name,
        table=table,
        unique=sqltext.tokens(sql)[1] == "unique",
        columns=_index_columns(conn, schema, name),
        where=sqltext.top_level_tail(sql, "where"),
    )


def _index_columns(conn: sqlite3.Connection, schema: str, name: str) -> tuple[str, ...]:
    cols = []
    for _seqno, _cid, column, desc, coll, key in conn.execute(
        f"PRAGMA {schema}.index_xinfo({quote_identifier(name)})"
    ):
        if not key:
            continue
        text = column if column is not None else "<expression>"
        if coll and coll.upper() != "BINARY":
            text += f" collate {coll.lower()}"
        cols.append(text + (" desc" if desc else ""))
    return tuple(cols)
