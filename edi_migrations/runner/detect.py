"""Which version a database is at, and whether its schema is what that version says.

Everything here only reads, through a connection the caller opened (``read_only``):
opening, refusing and recovering files live in files.py, read_only.py and recovery.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from edi_migrations.changes import DependsOnData
from edi_migrations.errors import NotADatabase, SchemaDrift, UnknownVersion, UnrecordedDatabase
from edi_migrations.runner.baseline_choice import baseline_choice
from edi_migrations.runner.chain_log import chain_folder, refuse_foreign_chain
from edi_migrations.runner.discovery import Migration
from edi_migrations.runner.drift_memo import Verdict, judged_once
from edi_migrations.runner.newer_file import startable
from edi_migrations.runner.newer_schema import NewerSchemaMissing, missing_from_head
from edi_migrations.runner.refusals import NearlyAVersion
from edi_migrations.runner.schema_text import expected, schema_rows
from edi_migrations.schema.model import BOOKKEEPING_TABLES, Schema, schema_model
from edi_migrations.sqlite.dbapi import sqlite3

# A database with these tables and no record is at v1 (how the seed app left them), on a
# chain whose v1 has them: another chain's v1 does not, and such a file is not at it.
V1_TABLES = frozenset({"sessions", "prompts", "entities", "validations"})
_VERSION = re.compile(r"^\s*v?(\d+)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Detected:
    """What a database is: the version to migrate from, and how that was decided."""

    version: int
    recorded: int | None
    how: str
    drift: tuple[str, ...] = ()
    newer: bool = False  # newer than the chain, which may start on it (newer_file.py)


def parse_version(text: object) -> int | None:
    match = _VERSION.match(str(text))
    return int(match.group(1)) if match else None


def recorded_version(conn: sqlite3.Connection, path: Path) -> int | None:
    """The latest ``schema_version`` row by insertion order (never by timestamp)."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version FROM schema_version ORDER BY rowid DESC LIMIT 1").fetchone()
    if row is None:
        return None
    version = parse_version(row[0])
    if version is None:
        raise NotADatabase(path, f"schema_version holds {row[0]!r}, which is not a version")
    return version


def expected_schema(migrations: tuple[Migration, ...], version: int) -> Schema:
    """The user schema a fresh database has at ``version``, built in memory."""
    return expected(migrations, version).model


def drift(
    actual: Schema, migrations: tuple[Migration, ...], version: int, tolerate_next: bool
) -> list[str]:
    """Differences between ``actual`` and the schema of ``version``.

    With ``tolerate_next``, objects and columns of the next version (a migration
    applied halfway by older code) and the next migration's declared legacy objects
    are not drift: the next migration repairs them.
    """
    expected = expected_schema(migrations, version)
    actual = actual.without(BOOKKEEPING_TABLES)
    allowed = Schema()
    legacy: frozenset[str] = frozenset()
    if tolerate_next and version < len(migrations) and actual != expected:
        legacy = migrations[version].legacy_objects
        try:
            allowed = expected_schema(migrations, version + 1)
        except Exception:  # noqa: BLE001 - a broken next migration tolerates nothing
            allowed = Schema()
    problems = []
    exp_objects, act_objects, next_objects = expected.objects(), actual.objects(), allowed.objects()
    either = _data_dependent(migrations[:version], {**exp_objects, **act_objects})
    for key, obj in exp_objects.items():
        kind, name = key
        if key not in act_objects:
            if key not in either:
                problems.append(f"{kind} {name} is missing")
        elif kind == "table":
            problems += _table_drift(obj, act_objects[key], allowed.tables.get(name))
        elif act_objects[key] != obj:
            problems.append(f"{kind} {name} differs from v{version}")
    for key in act_objects.keys() - exp_objects.keys():
        kind, name = key
        if key not in next_objects and name not in legacy and key not in either:
            problems.append(f"unexpected {kind} {name}")
    return sorted(problems)


def _data_dependent(
    migrations: tuple[Migration, ...], objects: dict[tuple[str, str], object]
) -> frozenset[tuple[str, str]]:
    """Objects a migration declares ``DependsOnData`` (and, for a table, those on it): a
    database may have them or not, depending on its rows, without drifting."""
    declared = {
        (c.kind, c.name) for m in migrations for c in m.changes if isinstance(c, DependsOnData)
    }
    tables = {name for kind, name in declared if kind == "table"}
    on_them = {key for key, obj in objects.items() if getattr(obj, "table", None) in tables}
    return frozenset(declared | on_them)


def _table_drift(expected, actual, next_table) -> list[str]:
    problems = []
    for column in expected.columns:
        found = actual.column(column.name)
        if found is None:
            problems.append(f"column {expected.name}.{column.name} is missing")
        elif found != column:
            problems.append(
                f"column {expected.name}.{column.name} is {found.render()!r}, expected {column.render()!r}"
            )
    for column in actual.columns:
        if expected.column(column.name) is None:
            if next_table is None or next_table.column(column.name) != column:
                problems.append(f"unexpected column {expected.name}.{column.name}")
    for attr in ("foreign_keys", "checks", "uniques", "autoincrement", "without_rowid"):
        if getattr(expected, attr) != getattr(actual, attr):
            problems.append(f"table {expected.name}: {attr.replace('_', ' ')} differ")
    return problems


def detect(
    conn: sqlite3.Connection,
    path: Path,
    migrations: tuple[Migration, ...],
    fast: bool = True,
    newer: bool = False,
) -> Detected:
    """Decide the version to migrate from, for every field shape of a database.

    ``fast``: a schema whose text is the fresh install's at its version has no drift
    (schema_text.py); only another is read into the model and compared. ``newer``: a
    file one version past the chain that records the chain's app may run on it is
    detected (``Detected.newer``), not refused; of its schema, only what the chain's head
    has is looked for (newer_schema.py: what is missing is its drift)."""
    head = len(migrations)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    recorded = recorded_version(conn, path)
    if recorded is not None:
        refuse_foreign_chain(conn, path, migrations, recorded)
        if recorded > head and newer:
            how = startable(conn, path, migrations, recorded)
            return Detected(recorded, recorded, how, missing_from_head(conn, migrations), True)
        if recorded > head:
            raise UnknownVersion(path, f"v{recorded}", head, folder=chain_folder(migrations))
    user_tables = tables - BOOKKEEPING_TABLES - {"sqlite_sequence"}
    if recorded is None:
        if not user_tables:
            return Detected(0, None, "no tables")
        if V1_TABLES <= tables and _v1_has_them(migrations):
            version, how = 1, "no version recorded; v1 tables present"
        else:
            refuse_unrecorded(conn, path, migrations)
            raise NotADatabase(path, f"tables {sorted(user_tables)} are not this chain's")
    else:
        version, how = recorded, "recorded"
    if fast and schema_rows(conn) == expected(migrations, version).rows:
        return Detected(version, recorded, how)
    by_models = lambda: _by_models(conn, migrations, version)  # noqa: E731
    found, older, problems = (
        judged_once(conn, migrations, version, by_models) if fast else by_models()
    )
    return Detected(found, recorded, older or how, problems)


def _by_models(
    conn: sqlite3.Connection, migrations: tuple[Migration, ...], version: int
) -> Verdict:
    """The version, how (``None``: as recorded) and drift, by the schema read into the model."""
    actual = schema_model(conn)
    problems = drift(actual, migrations, version, tolerate_next=True)
    if problems and version >= 1:
        legacy = migrations[version - 1].legacy_objects
        present = {name for _, name in actual.objects()}
        if legacy & present and not drift(actual, migrations, version - 1, tolerate_next=True):
            return (
                version - 1,
                f"recorded v{version} was written by older code (legacy {sorted(legacy & present)[0]}); "
                f"re-applying {migrations[version - 1].name}",
                (),
            )
    return version, None, tuple(problems)


def _v1_has_them(migrations: tuple[Migration, ...]) -> bool:
    return bool(migrations) and V1_TABLES <= expected(migrations, 1).model.tables.keys()


def refuse_unrecorded(
    conn: sqlite3.Connection, path: Path, migrations: tuple[Migration, ...]
) -> None:
    """A database the app made before it adopted the runner: say which ``baseline`` adopts
    it, or, when it has this chain's tables but is no version's schema, the closest version
    and what differs from it."""
    actual = schema_model(conn)
    differences: dict[int, list[str]] = {}
    for version in range(len(migrations), 0, -1):  # the newest first
        differences[version] = drift(actual, migrations, version, tolerate_next=False)
    alike = [version for version, differs in differences.items() if not differs]
    if alike:  # a data fix leaves two versions alike: which one (runner.baseline_choice)
        choice = baseline_choice(conn, alike, migrations)
        raise UnrecordedDatabase(path, choice.version, chain_folder(migrations), choice.reason)
    if not differences:
        return
    closest = min(differences, key=lambda v: (len(differences[v]), -v))
    if actual.tables.keys() & expected_schema(migrations, closest).tables.keys():
        raise NearlyAVersion(path, closest, differences[closest])


def refuse_drift(path: Path, detected: Detected) -> None:
    if detected.drift and detected.newer:
        raise NewerSchemaMissing(path, detected.version, detected.how, list(detected.drift))
    if detected.drift:
        raise SchemaDrift(path, detected.version, list(detected.drift))
