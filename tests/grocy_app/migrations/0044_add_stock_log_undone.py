"""grocy ``migrations/0044.sql``: adds column stock_log.undone; updates stock_log; adds
column stock_log.undone_timestamp; adds column chores_log.undone; updates chores_log;
adds column chores_log.undone_timestamp; adds column battery_charge_cycles.undone;
updates battery_charge_cycles; adds column battery_charge_cycles.undone_timestamp.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE stock_log
ADD undone TINYINT NOT NULL DEFAULT 0 CHECK(undone IN (0, 1));

UPDATE stock_log
SET undone = 0;

ALTER TABLE stock_log
ADD undone_timestamp DATETIME;

ALTER TABLE chores_log
ADD undone TINYINT NOT NULL DEFAULT 0 CHECK(undone IN (0, 1));

UPDATE chores_log
SET undone = 0;

ALTER TABLE chores_log
ADD undone_timestamp DATETIME;

ALTER TABLE battery_charge_cycles
ADD undone TINYINT NOT NULL DEFAULT 0 CHECK(undone IN (0, 1));

UPDATE battery_charge_cycles
SET undone = 0;

ALTER TABLE battery_charge_cycles
ADD undone_timestamp DATETIME;
'''
    )
