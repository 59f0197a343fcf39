"""Trilium ``db/migrations/0184__NOOP.js``, ported: it only logs ("NOOP, moved to migration
0189"; the journal label step moved to 194).
"""


def upgrade(conn):
    pass
