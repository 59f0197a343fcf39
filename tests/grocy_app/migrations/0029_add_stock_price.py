"""grocy ``migrations/0029.sql``: adds column stock.price; adds column stock_log.price.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE stock
ADD price DECIMAL(15, 2);

ALTER TABLE stock_log
ADD price DECIMAL(15, 2);
'''
    )
