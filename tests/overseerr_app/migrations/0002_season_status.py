"""Overseerr ``server/migration/1605085519544-SeasonStatus.ts`` (``SeasonStatus1605085519544``): its ``up()`` and
``down()``, each ``queryRunner.query`` in order.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE "season" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "seasonNumber" integer NOT NULL, "status" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "mediaId" integer);
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
DROP TABLE "season";
'''
    )
