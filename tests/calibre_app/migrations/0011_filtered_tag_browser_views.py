"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_10` (user_version 10 to 11): Add restricted Tag Browser views.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=11`.
"""

from _calibre_db import FIELD_METADATA, CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    assert FIELD_METADATA is not None

    def create_tag_browser_view(table_name, column_name, view_column_name):
        script = f'''
            DROP VIEW IF EXISTS tag_browser_{table_name};
            CREATE VIEW tag_browser_{table_name} AS SELECT
                id,
                {view_column_name},
                (SELECT COUNT(id) FROM books_{table_name}_link WHERE {column_name}={table_name}.id) count
            FROM {table_name};
            DROP VIEW IF EXISTS tag_browser_filtered_{table_name};
            CREATE VIEW tag_browser_filtered_{table_name} AS SELECT
                id,
                {view_column_name},
                (SELECT COUNT(books_{table_name}_link.id) FROM books_{table_name}_link WHERE
                    {column_name}={table_name}.id AND books_list_filter(book)) count
            FROM {table_name};
            '''
        assert db is not None
        db.execute(script)

    for field in FIELD_METADATA.values():
        if field['is_category'] and not field['is_custom'] and 'link_column' in field:
            table = db.get(
                "SELECT name FROM sqlite_master WHERE type='table' AND name=?",
                ('books_{}_link'.format(field['table']),),
                all=False,
            )
            if table is not None:
                create_tag_browser_view(field['table'], field['link_column'], field['column'])
    db.execute('pragma user_version=11')
