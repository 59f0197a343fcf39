"""grocy ``migrations/0084.sql``: adds column chores.consume_product_on_execution; adds
column chores.product_id; adds column chores.product_amount.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE chores
ADD consume_product_on_execution TINYINT NOT NULL DEFAULT 0;

ALTER TABLE chores
ADD product_id TINYINT;

ALTER TABLE chores
ADD product_amount REAL;
'''
    )
