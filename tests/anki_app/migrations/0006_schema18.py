"""Anki ``rslib/src/storage/upgrades/schema18_upgrade.sql`` (``ver < 18``): graves rebuilt
WITHOUT ROWID with a primary key on (oid, type), duplicates dropped by ``INSERT OR IGNORE``;
``downgrade()`` is ``schema18_downgrade.sql``, the first statement batch of Anki's
``downgrade_to_schema_11``. Both as written (each sets ``col.ver``: kept).
"""

from edi_migrations.changes import DeleteRows, Recompute

LINT_ACKNOWLEDGED = {
    "EM101": "upstream's rebuild: graves renamed to graves_old, made again, copied, dropped",
}

CHANGES = (
    # Anki's own bookkeeping: the schema version the collection is at
    Recompute("col", "ver", expression="18"),
    # upstream's point: a grave repeated on (oid, type) is kept once, the first copied
    DeleteRows("graves", where="rowid NOT IN (SELECT min(rowid) FROM graves GROUP BY oid, type)"),
)
DOWNGRADE_CHANGES = (
    # Anki's own bookkeeping: schema18_downgrade.sql writes 17
    Recompute("col", "ver", expression="17"),
)


def upgrade(conn):
    conn.executescript(
        r"""
ALTER TABLE graves
  RENAME TO graves_old;
CREATE TABLE graves (
  oid integer NOT NULL,
  type integer NOT NULL,
  usn integer NOT NULL,
  PRIMARY KEY (oid, type)
) WITHOUT ROWID;
INSERT
  OR IGNORE INTO graves (oid, type, usn)
SELECT oid,
  type,
  usn
FROM graves_old;
DROP TABLE graves_old;
CREATE INDEX idx_graves_pending ON graves (usn);
UPDATE col
SET ver = 18;
"""
    )


def downgrade(conn):
    conn.executescript(
        r"""
ALTER TABLE graves
  RENAME TO graves_old;
CREATE TABLE graves (
  usn integer NOT NULL,
  oid integer NOT NULL,
  type integer NOT NULL
);
INSERT INTO graves (usn, oid, type)
SELECT usn,
  oid,
  type
FROM graves_old;
DROP TABLE graves_old;
UPDATE col
SET ver = 17;
"""
    )
