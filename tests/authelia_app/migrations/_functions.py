"""The two SQL functions Authelia's SQLite driver registers on every connection it opens
(``internal/storage/sql_provider_backend_sqlite.go``): ``BIN2B64`` and ``B642BIN``,
Go's standard base64. ``0002`` calls them; the runner's connection is not Authelia's,
so that migration registers them on it first.
"""

import base64
import binascii


def bin2b64(data):
    """A BLOB as standard base64 text (Go's ``[]byte`` argument takes TEXT's bytes too)."""
    if data is None:
        return None
    raw = data if isinstance(data, bytes) else str(data).encode()
    return base64.b64encode(raw).decode("ascii")


def b642bin(text):
    """Standard base64 text as a BLOB; text that is not base64 is an error, as Go's is."""
    if text is None:
        return None
    raw = text if isinstance(text, bytes) else str(text).encode()
    try:
        return base64.b64decode(raw, validate=True)
    except binascii.Error as error:
        raise ValueError(f"B642BIN: not base64: {error}") from error


def register_functions(conn):
    conn.create_function("BIN2B64", 1, bin2b64, deterministic=True)
    conn.create_function("B642BIN", 1, b642bin, deterministic=True)


def columns_of(conn, table):
    """The table's column names at the version being built (empty: no such table)."""
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def insert_known(conn, table, rows):
    """Each row (a dict) inserted with only the columns ``table`` has at this version,
    a None left to the column's DEFAULT: the app's rows for a table whose columns and
    constraints change along the chain."""
    columns = set(columns_of(conn, table))
    for row in rows:
        names = [n for n in row if n in columns and row[n] is not None]
        marks = ", ".join("?" for _ in names)
        conn.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})",
            [row[n] for n in names],
        )


def nullable(conn, table, column):
    """Whether ``table.column`` takes NULL at the version being built."""
    return any(r[1] == column and not r[3] for r in conn.execute(f"PRAGMA table_info({table})"))
