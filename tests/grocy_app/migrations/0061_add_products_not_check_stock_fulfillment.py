"""grocy ``migrations/0061.sql``: adds column
products.not_check_stock_fulfillment_for_recipes.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE products
ADD not_check_stock_fulfillment_for_recipes TINYINT DEFAULT 0;
'''
    )
