"""Rows a migration moved into quarantine tables, read back as the values they were: what
``MoveRows`` and ``RestoreRows`` are checked against."""

from __future__ import annotations

from typing import TYPE_CHECKING

from edi_migrations.harness.dbstate import Value
from edi_migrations.harness.invariants.values import python_to_value
from edi_migrations.quarantine import decode_row

if TYPE_CHECKING:
    from edi_migrations.harness.invariants.snapshot import Snapshot


def quarantined_rows(
    snap: Snapshot, quarantines: tuple[str, ...], table: str
) -> dict[int, dict[str, Value]]:
    """Rows of ``table`` kept as JSON in its quarantine tables, by their original rowid."""
    out = {}
    for quarantine in quarantines:
        q = snap.state.tables.get(quarantine)
        if q is None:
            continue
        for values in q.rows.values():
            row = dict(zip(q.columns, values, strict=True))
            if row.get("source_table", (None, None))[1] != table:
                continue
            decoded = decode_row(row["row_json"][1])
            out[row["source_rowid"][1]] = {k: python_to_value(v) for k, v in decoded.items()}
    return out
