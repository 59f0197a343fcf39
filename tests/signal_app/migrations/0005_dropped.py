"""Signal Desktop ``ts/sql/migrations/index.ts``: version 5 was dropped upstream; its entry in
``SCHEMA_VERSIONS`` is a function that does nothing (``// version 5 was dropped``), kept so
that the numbers stay upstream's.
"""


def upgrade(conn):
    pass  # upstream: (_v, _i, _l) => undefined
