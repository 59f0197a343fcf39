"""grocy ``migrations/0057.sql``: adds column products.enable_tare_weight_handling; adds
column products.tare_weight.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE products
ADD enable_tare_weight_handling TINYINT NOT NULL DEFAULT 0;

ALTER TABLE products
ADD tare_weight REAL NOT NULL DEFAULT 0;
'''
    )
