"""The project's ``connect``, tried once before any check opens a database with it.

A factory that cannot open a database (an extension it loads is missing, a bug in it, a
``**kw`` it does not pass on) failed every check of the run, each with the same
traceback from the check's first connection. Tried once on a scratch file, as the runner
would open one, it is one line instead, naming the factory, and no check runs (under xdist, where a
worker may not end the session, each check fails with that line and no traceback). It is
tried only when a selected test is one of the checks: a run of the project's own tests
(``-k`` on them) opens no database through ``connect`` it did not ask for.
"""

from __future__ import annotations

import shutil
import tempfile
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from edi_migrations.errors import Refused
from edi_migrations.harness import journal_settle
from edi_migrations.harness.collect import BUILTIN
from edi_migrations.sqlite.app_factory import (
    AppConnectFailed,
    DropsRunnerKw,
    factory_name,
    failed_to_open,
)
from edi_migrations.sqlite.app_reads import converts_declared_types
from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.opener import Connect, connecting_with, open_connection


class ScratchConnection(sqlite3.Connection):
    """The class the probe asks for, as the runner asks for its own (``factory=``)."""


@dataclass(frozen=True)
class Probed:
    """What one open of an empty scratch file through the factory told: why it cannot
    serve the checks (None: it can), and whether all it wrote was turning WAL on (the
    starts are then made in that mode: journal_settle)."""

    unusable: str | None
    turns_wal_on: bool = False


def probed(factory: Connect) -> Probed:
    """``factory`` opening a database as the runner and the checks do, once."""
    if factory is sqlite3.connect:
        return Probed(None)
    folder = Path(tempfile.mkdtemp(prefix="migrations-connect-"))
    scratch = folder / "scratch.db"
    try:
        scratch.touch()  # an empty database, as a v0 start: an app may refuse a missing file
        with connecting_with(factory):
            conn = open_connection(str(scratch), factory=ScratchConnection)
        try:
            if converts_declared_types(conn):
                return Probed(_converts(factory))
        finally:
            conn.close()
        left = _what_it_left(factory, scratch)
        return left if left.unusable else Probed(_uri_refused(factory, scratch), left.turns_wal_on)
    except AppConnectFailed as exc:
        return Probed(failed_to_open(exc.factory, exc.raised, "a new database"))
    except sqlite3.Error as exc:  # "unable to open": the scratch file exists, so the path
        if not str(exc).startswith("unable to open"):  # the factory opened is another
            raise
        return Probed(
            f"{failed_to_open(factory, exc, 'a new database')}, though the file it was given "
            "exists: it must open the path it is given"
        )
    except DropsRunnerKw as exc:
        return Probed(exc.what)
    except Refused as exc:  # the factory's own refusal, passed on: its words
        return Probed(str(exc))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def checks_selected(session: pytest.Session) -> bool:
    """Whether a test the session will run is one of the harness's checks (built in, or
    imported into a test file of the project's)."""
    return any(getattr(item, "function", None) in BUILTIN for item in session.items)


def _what_it_left(factory: Connect, scratch: Path) -> Probed:
    """A factory that wrote to the empty file it opened cannot serve the checks: they
    compare files byte for byte (a start's digest, the atomicity check). A connect that
    only turns WAL on serves them: every start is made in that mode (journal_settle)."""
    size = sum(len(data) for data in journal_settle.family(scratch).values())
    if size == 0:
        return Probed(None)
    if journal_settle.only_turns_wal_on(scratch):
        return Probed(None, turns_wal_on=True)
    return Probed(
        f"the app's connect {factory_name(factory)} writes to the database it opens (an empty "
        f"file holds {size} bytes after it, not only what turning WAL on writes: "
        f"{_what_it_wrote(scratch)}): the checks compare each file byte for byte, so give them "
        "a connect that only registers the app's functions and collations and sets its "
        "PRAGMAs (the edi_migrations_connect fixture, docs/options.md)"
    )


def _converts(factory: Connect) -> str:
    """Why a connect turning type detection on itself cannot serve the checks: asked for
    ``detect_types=0`` (app_reads), it opened with converters all the same, and a
    connection cannot turn them off; every value a check reads would go through them."""
    return (
        f"the app's connect {factory_name(factory)} turns type detection on itself "
        "(detect_types=PARSE_DECLTYPES, not through **kw): every value the checks read would "
        "go through its converters (one for DATE fails on the dirty values they write, and "
        "any one changes what they compare), and an open connection cannot turn them off; "
        "leave detect_types to **kw (kw.setdefault('detect_types', ...) serves the app as "
        "before), docs/python-api.md"
    )


def _uri_refused(factory: Connect, scratch: Path) -> str | None:
    """Why ``factory`` cannot open ``scratch`` as the checks open a file they only read (a
    ``file:`` URI, ``?mode=ro``), or None. A connect deriving another file from the name
    it is given (an archive it attaches beside it) took the URI for a path, and every
    check failed with SQLite's traceback from deep inside the harness."""
    uri = f"{scratch.as_uri()}?mode=ro"
    try:
        with connecting_with(factory):
            open_connection(uri, uri=True, factory=ScratchConnection).close()
    except (AppConnectFailed, sqlite3.Error) as exc:
        raised = exc.raised if isinstance(exc, AppConnectFailed) else exc
        what = failed_to_open(factory, raised, "a database the checks give as a URI")
        return (
            f"{what.replace(' (', f' ({uri}, uri=True) (', 1)}: the name it is given may be "
            "a path, a file: URI or :memory: (docs/python-api.md)"
        )
    return None


def _what_it_wrote(scratch: Path) -> str:
    """What the connect left in the empty file: the objects it creates, or (none) a setting
    kept in the file's header, which no table shows."""
    uri = f"{scratch.as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            rows = conn.execute(
                "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY rowid"
            ).fetchall()
    except sqlite3.Error as exc:
        return f"a file SQLite cannot read back ({exc})"
    if rows:
        shown = ", ".join(name for (name,) in rows[:3])
        return f"it creates {shown}{', ...' if len(rows) > 3 else ''}"
    return "a setting the file keeps (a PRAGMA such as auto_vacuum, user_version or application_id)"


def refuse_unusable(config: pytest.Config, probe: Probed) -> None:
    """Stop the run, in one line, where the probed factory cannot open a database."""
    if probe.unusable is None:
        return
    if hasattr(config, "workerinput"):  # an xdist worker: ending the session crashes it
        pytest.fail(f"{probe.unusable}; no check can run", pytrace=False)
    pytest.exit(f"{probe.unusable}; no check was run", returncode=pytest.ExitCode.USAGE_ERROR)
