"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_8` (user_version 8 to 9): Add Tag Browser views.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=9`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None

    def create_tag_browser_view(table_name, column_name):
        assert db is not None
        db.execute(f'''
            DROP VIEW IF EXISTS tag_browser_{table_name};
            CREATE VIEW tag_browser_{table_name} AS SELECT
                id,
                name,
                (SELECT COUNT(id) FROM books_{table_name}_link WHERE {column_name}={table_name}.id) count
            FROM {table_name};
            ''')

    for tn in ('authors', 'tags', 'publishers', 'series'):
        cn = tn[:-1]
        if tn == 'series':
            cn = tn
        create_tag_browser_view(tn, cn)
    db.execute('pragma user_version=9')
