"""The schema as text, so that a database exactly as a fresh install needs no models.

Every runner call judges drift; reading a database's schema into the model (a PRAGMA or
more per table) and comparing it with the expected one costs O(schema) each call, the
largest part of a call on a long chain. The model is derived from ``sqlite_master``'s
text alone, so a database whose rows there (type, name, table, SQL; bookkeeping tables
aside) are exactly those of a fresh install at its version has no drift. Any other
database, drifted or merely spelt otherwise, is judged by the models as before.
"""

from __future__ import annotations

import pickle
import zlib
from dataclasses import dataclass
from functools import lru_cache

from edi_migrations.runner.discovery import Migration
from edi_migrations.runner.expected_schemas import ExpectedSchemas
from edi_migrations.schema.model import BOOKKEEPING_TABLES, Schema, TextCache, schema_model
from edi_migrations.sqlite.dbapi import sqlite3

Row = tuple[str, str, str, str | None]
Rows = tuple[Row, ...]

# the rows the model reads (schema_model's own filter), in a fixed order
_ROWS = (
    "SELECT type, name, tbl_name, sql FROM main.sqlite_master "
    "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name, tbl_name, sql"
)


def schema_rows(conn: sqlite3.Connection) -> Rows:
    """The schema's rows, the bookkeeping tables' own left out (an index or trigger on
    one stays: the text then differs and the models decide, as they always did)."""
    return tuple(
        row
        for row in conn.execute(_ROWS).fetchall()
        if not (row[0] == "table" and row[1] in BOOKKEEPING_TABLES)
    )


@dataclass(frozen=True)
class Expected:
    """A fresh install's schema at one version: its rows, and its model packed.

    One is kept per version of the chain; as objects, the models of a 300-migration
    chain held 60 MB of every process that ran it (the packed ones: a tenth of that),
    and only a database whose rows differ from a fresh install's ever needs its model."""

    rows: Rows
    packed: bytes  # the model, pickled and compressed

    @property
    def model(self) -> Schema:
        return _unpacked(self.packed)


@lru_cache(maxsize=16)  # the versions in use lately: a walk asks for each a few times
def _unpacked(packed: bytes) -> Schema:
    model = pickle.loads(zlib.decompress(packed))  # noqa: S301 - packed by _read below
    assert isinstance(model, Schema)
    return model


# The fresh installs are read from their own in-memory database, never from a run's
# connection (whose statements a traced run counts): a table unchanged between two
# versions is read once for the whole chain.
_MODELS = TextCache()


SHARED_ROWS = 8192  # distinct rows pooled; past it the pool starts again (sharing, not truth)


class FreshReader:
    """Reads a fresh install's :class:`Expected` (the read :class:`ExpectedSchemas` asks).

    Equal rows of any two versions are one object: a table unchanged along the chain is
    one row, not a copy of its SQL per version (the copies grew with the chain's square)."""

    def __init__(self) -> None:
        self._pool: dict[Row, Row] = {}

    def __call__(self, conn: sqlite3.Connection) -> Expected:
        model = schema_model(conn, memo=_MODELS).without(BOOKKEEPING_TABLES)
        return Expected(
            self._shared(schema_rows(conn)), zlib.compress(pickle.dumps(model, protocol=5), 1)
        )

    def _shared(self, rows: Rows) -> Rows:
        if len(self._pool) + len(rows) > SHARED_ROWS:
            self._pool.clear()
        return tuple(self._pool.setdefault(row, row) for row in rows)


_EXPECTED = ExpectedSchemas(FreshReader())


def expected(migrations: tuple[Migration, ...], version: int) -> Expected:
    """The fresh install at ``version`` (built once per version, in memory)."""
    found = _EXPECTED.at(migrations[:version])
    assert isinstance(found, Expected)
    return found


def expected_rows(migrations: tuple[Migration, ...], version: int) -> Rows:
    return expected(migrations, version).rows
