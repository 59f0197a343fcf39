"""Trilium ``db/migrations/0197__NOOP.js``, ported: it only logs ("NOOP, increased because of
protected notes IV change").
"""


def upgrade(conn):
    pass
