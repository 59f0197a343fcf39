"""A start's snapshot on disk (path_cache keeps one per start beside the templates), written
and read a table at a time.

At a long chain's head a snapshot is every row of many tables. Pickled whole, writing it
held the pickle's bytes and the pickler's memo (an entry per row and value: several times
the rows) at once, and reading it held the file's bytes beside the rows they became. Here
the file is a sequence of pickles: the snapshot without its rows, whether its tables were
held packed (``dbstate.held``), the number of tables, then each table's name and rows
pickled apart. It is read back as it was held: a packed snapshot keeps each table's pickle
as it was (nothing unpickled until a check looks a table up), any other is unpickled a
table at a time.
"""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path

from edi_migrations.harness.dbstate import PackedTables
from edi_migrations.harness.invariants.snapshot import Snapshot

PROTOCOL = 5


def write_snapshot(snapshot: Snapshot, path: Path) -> None:
    """``snapshot`` into ``path``, a table at a time."""
    tables = snapshot.state.tables
    is_packed = isinstance(tables, PackedTables)
    with path.open("wb") as out:
        pickle.dump(replace(snapshot, state=replace(snapshot.state, tables={})), out, PROTOCOL)
        pickle.dump((is_packed, len(tables)), out, PROTOCOL)
        for name in tables:
            rows = tables.pickled(name) if is_packed else pickle.dumps(tables[name], PROTOCOL)
            pickle.dump((name, rows), out, PROTOCOL)


def read_snapshot(path: Path) -> Snapshot:
    """What :func:`write_snapshot` wrote at ``path`` (this harness's file under its key)."""
    with path.open("rb") as source:
        head = pickle.load(source)  # noqa: S301 - written by this harness under this key
        is_packed, count = pickle.load(source)  # noqa: S301
        pairs = (pickle.load(source) for _ in range(count))  # noqa: S301
        if is_packed:
            tables = PackedTables(dict(pairs))
        else:
            tables = {name: pickle.loads(rows) for name, rows in pairs}  # noqa: S301
    return replace(head, state=replace(head.state, tables=tables))
