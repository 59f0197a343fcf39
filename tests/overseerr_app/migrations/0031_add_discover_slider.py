"""Overseerr ``server/migration/1672041273674-AddDiscoverSlider.ts`` (``AddDiscoverSlider1672041273674``): its ``up()`` and
``down()``, each ``queryRunner.query`` in order.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE "discover_slider" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type" integer NOT NULL, "order" integer NOT NULL, "isBuiltIn" boolean NOT NULL DEFAULT (0), "enabled" boolean NOT NULL DEFAULT (1), "title" varchar, "data" varchar, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')));
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
DROP TABLE "discover_slider";
'''
    )
