"""What the step engine asks of integrity, in one object: when the integrity check must
have said ok, and which foreign-key violations a step added.

The violations a step is judged against are the last step's violations after it (a run
scans the file once, not once a step), read from the integrity gate's byte copy when the
run backed the file up (never, unless a rescan found some), or read now. After a step,
only the child tables it may have touched are rescanned (``footprint``); the rest are
carried over. Violations are compared as facts (``fk_facts``) under the names the step
gave tables and columns (``fk_renames``). What a judgement read of the schema after a
step is the next step's watch when the schema cookie has not moved since the COMMIT.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from edi_migrations.integrity.fk_facts import Violation, new_violations
from edi_migrations.integrity.fk_renames import Layout, followed, layout, renames
from edi_migrations.integrity.fk_rows import fk_violations
from edi_migrations.integrity.footprint import Footprint, References, references, tables_to_rescan
from edi_migrations.integrity.table_texts import (
    Tables,
    TextCache,
    cache_for,
    cached_schema,
    read_tables,
)
from edi_migrations.sqlite.dbapi import sqlite3


class Lazy:
    """Foreign-key violations read on first use, once: the violations before a step are
    needed only when its rescans find some (then they may be new)."""

    def __init__(self, read: Callable[[], set[Violation]]) -> None:
        self.read: Callable[[], set[Violation]] | None = read
        self.value: set[Violation] = set()

    def get(self) -> set[Violation]:
        if self.read is not None:
            self.value, self.read = self.read(), None
        return self.value


def known(violations: set[Violation]) -> Lazy:
    return Lazy(lambda: violations)


class Gate(Protocol):
    """The integrity check's two waits (``integrity.gate.Gate``), and the first
    foreign-key scan when it reads a byte copy of the database."""

    def before_first_write(self) -> None: ...

    def before_commit(self) -> None: ...

    def violations_before(self) -> Callable[[], set[Violation]] | None: ...


class NoCheck:
    """A new database: nothing to check."""

    def before_first_write(self) -> None:
        pass

    def before_commit(self) -> None:
        pass

    def violations_before(self) -> None:
        return None


@dataclass(frozen=True)
class Watch:
    """What a step's judgement compares with: the relations and the names before it."""

    before: Lazy
    references: References
    layout: Layout


@dataclass(frozen=True)
class Seen:
    """The schema as a judgement read it, under the schema cookie it read with it."""

    cookie: int
    references: References
    layout: Layout


def schema_cookie(conn: sqlite3.Connection) -> int:
    """SQLite's schema cookie: it moves with every schema change (and back on ROLLBACK)."""
    return conn.execute("PRAGMA main.schema_version").fetchone()[0]


class IntegrityGuard:
    """One run's integrity, step by step: ``before_first_write``, ``watch``, ``judge``,
    ``before_commit``, then ``committed`` (or ``moved`` when another process stepped)."""

    def __init__(self, gate: Gate, remember: bool = True) -> None:
        self.gate = gate
        # what schemas say, kept in the process (fk_schema_facts); not for a traced run,
        # whose statements must be the same in every process (fault injection replays them)
        self.remember = remember
        # each table's columns and foreign keys by its text; None: read every table
        self.cache: TextCache | None = cache_for(remember)
        self.carried: Lazy | None = None  # the last committed step's violations after it
        self.judged: Seen | None = None  # the running step's schema after it
        self.seen: Seen | None = None  # the last committed step's: trusted while the cookie holds

    def before_first_write(self, conn: sqlite3.Connection) -> None:
        """Wait for the integrity check where it must have said ok; settle what this step
        is judged against first where that is a read of the file (it overlaps the check)."""
        if self.carried is None and self.gate.violations_before() is None:
            self.carried = known(fk_violations(conn, remember=self.remember))
        self.gate.before_first_write()
        if self.carried is None:  # from the byte copy if ever needed; the file if it moved
            from_copy = self.gate.violations_before()
            if from_copy:
                self.carried = Lazy(from_copy)
            else:
                self.carried = known(fk_violations(conn, remember=self.remember))

    def watch(self, conn: sqlite3.Connection) -> Watch:
        """Before the migration runs (after ``before_first_write``)."""
        assert self.carried is not None, "before_first_write settles what a step is judged by"
        seen = self.seen
        if seen is not None and seen.cookie == schema_cookie(conn):
            return Watch(self.carried, seen.references, seen.layout)
        return Watch(self.carried, *self._schema(conn)[:2])

    def _schema(self, conn: sqlite3.Connection) -> tuple[References, Layout, Tables | None]:
        """The foreign keys and the tables by page, each table read when its text is new."""
        if self.cache is None:
            return references(conn), layout(conn), None
        tables = read_tables(conn)
        return (*cached_schema(conn, tables, self.cache), tables)

    def judge(
        self, conn: sqlite3.Connection, watch: Watch, footprint: Footprint
    ) -> tuple[Lazy, list[Violation]]:
        """The violations after the step, and the new ones: ``watch.before`` is read only
        when a rescan found some."""
        if footprint.unknowable:  # writable_schema: SQLite's schema may not be its text
            self.cache, self.remember = None, False
        now, after_layout, tables = self._schema(conn)
        rescan = tables_to_rescan(conn, watch.references, now, footprint)
        self.judged = Seen(schema_cookie(conn), now, after_layout)
        names = renames(watch.layout, after_layout)
        renamed = Lazy(lambda: followed(watch.before.get(), names))
        if rescan is None or rescan >= now.keys():
            after = fk_violations(conn, remember=self.remember, schema=tables)
            return known(after), (new_violations(renamed.get(), after) if after else [])
        scanned = fk_violations(conn, sorted(rescan), self.remember, tables)
        untouched = now.keys() - rescan

        def carried() -> set[Violation]:
            return {v for v in renamed.get() if v.table.casefold() in untouched} | scanned

        return Lazy(carried), (new_violations(renamed.get(), scanned) if scanned else [])

    def before_commit(self) -> None:
        """A check of a byte copy may still run: a corrupt file rolls the step back."""
        self.gate.before_commit()

    def committed(self, after: Lazy) -> None:
        """The step committed: its violations after it are the next step's before."""
        self.carried = after
        self.seen, self.judged = self.judged, None

    def moved(self) -> None:
        """Another process committed steps: what this run knew of the file is stale."""
        self.carried = None
        self.seen = self.judged = None
