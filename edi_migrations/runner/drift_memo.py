"""A schema judged by the models once per process for the same text, chain and version.

A schema whose text is not a fresh install's (spelt otherwise, or drifted) is read into
the model, a PRAGMA or more per table, and compared with its version's, tolerating the
next migration's objects: on every runner call, so a stepwise walk judged the same
files' schemas again at each step. The verdict follows from ``sqlite_master``'s rows
alone (the model is derived from their text; bookkeeping tables included, as the model
reads them), the chain up to the next migration, the version and the connect that builds
the fresh installs: all of them are its key. A judgement that raises is not kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from edi_migrations.runner.discovery import Migration
from edi_migrations.runner.expected_schemas import opener_of
from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.opener import installed_factory

KEPT = 64  # schemas remembered: a walk's files share a few; texts only, never rows
# schema_model's own rows (its query), so that equal rows are an equal model
_ROWS = (
    "SELECT type, name, tbl_name, sql FROM main.sqlite_master "
    "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name, tbl_name, sql"
)

Verdict = tuple[int, str | None, tuple[str, ...]]  # version, how (None: as detected), drift
_Key = tuple[object, int, tuple[tuple[object, ...], ...]]

_JUDGED: OrderedDict[_Key, tuple[tuple[Migration, ...], Verdict]] = OrderedDict()
_LOCK = threading.Lock()


def judged_once(
    conn: sqlite3.Connection,
    migrations: tuple[Migration, ...],
    version: int,
    judge: Callable[[], Verdict],
) -> Verdict:
    """``judge()``, or what it said for these rows, this chain and version before."""
    key: _Key = (
        opener_of(installed_factory()),
        version,
        tuple(conn.execute(_ROWS).fetchall()),
    )
    chain = migrations[: version + 1]  # the next migration's objects are tolerated
    with _LOCK:
        kept = _JUDGED.get(key)
        if kept is not None and kept[0] == chain:
            _JUDGED.move_to_end(key)
            return kept[1]
    verdict = judge()
    with _LOCK:
        _JUDGED[key] = (chain, verdict)
        _JUDGED.move_to_end(key)
        while len(_JUDGED) > KEPT:
            _JUDGED.popitem(last=False)
    return verdict
