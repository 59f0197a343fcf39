"""How Alembic's online mode ran a revision's statements on SQLite: each one on its own,
with the bound parameters it was given (a list of them where Alembic ran executemany,
as ``op.bulk_insert`` does).

Kept as captured rather than rendered into literals, so the port runs what upstream ran.
"""


def run_statements(conn, statements) -> None:
    """Each captured ``(sql, parameters, executemany)`` of a revision, in order."""
    for sql, parameters, many in statements:
        if many:
            conn.executemany(sql, [tuple(p) for p in parameters])
        else:
            conn.execute(sql, tuple(parameters))
