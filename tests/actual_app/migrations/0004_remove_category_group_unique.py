"""Actual
``packages/loot-core/migrations/1555786194328_remove_category_group_unique.sql``: rebuilds
category_groups through a temporary copy, without the UNIQUE on name.
"""

from edi_migrations.changes import DropConstraint

# The point of the rebuild: two groups may now share a name.
CHANGES = (DropConstraint("category_groups", "unique", column="name"),)


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TEMPORARY TABLE category_groups_tmp
   (id TEXT PRIMARY KEY,
    name TEXT UNIQUE,
    is_income INTEGER DEFAULT 0,
    sort_order REAL,
    tombstone INTEGER DEFAULT 0);

INSERT INTO category_groups_tmp SELECT * FROM category_groups;

DROP TABLE category_groups;

CREATE TABLE category_groups
   (id TEXT PRIMARY KEY,
    name TEXT,
    is_income INTEGER DEFAULT 0,
    sort_order REAL,
    tombstone INTEGER DEFAULT 0);

INSERT INTO category_groups SELECT * FROM category_groups_tmp;

DROP TABLE category_groups_tmp;
'''
    )
