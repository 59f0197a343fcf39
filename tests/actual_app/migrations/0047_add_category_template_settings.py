"""Actual
``packages/loot-core/migrations/1754611200000_add_category_template_settings.sql``: adds
column categories.template_settings (DEFAULT '{"source": "notes"}') and sets it to 'ui'
where it is NULL.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- Add a column to track where a category's automation templates come from
-- Allowed values for source (by convention): 'notes' | 'ui'
ALTER TABLE categories ADD COLUMN template_settings JSON DEFAULT '{"source": "notes"}';

UPDATE categories SET template_settings = '{"source": "ui"}' WHERE template_settings IS NULL;
'''
    )
