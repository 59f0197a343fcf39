"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_11` (user_version 11 to 12): Add average rating to tag browser views.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=12`.
"""

from _calibre_db import FIELD_METADATA, CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    assert FIELD_METADATA is not None

    def create_std_tag_browser_view(table_name, column_name, view_column_name, sort_column_name):
        script = f'''
            DROP VIEW IF EXISTS tag_browser_{table_name};
            CREATE VIEW tag_browser_{table_name} AS SELECT
                id,
                {view_column_name},
                (SELECT COUNT(id) FROM books_{table_name}_link WHERE {column_name}={table_name}.id) count,
                (SELECT AVG(ratings.rating)
                 FROM books_{table_name}_link AS tl, books_ratings_link AS bl, ratings
                 WHERE tl.{column_name}={table_name}.id AND bl.book=tl.book AND
                 ratings.id = bl.rating AND ratings.rating <> 0) avg_rating,
                 {sort_column_name} AS sort
            FROM {table_name};
            DROP VIEW IF EXISTS tag_browser_filtered_{table_name};
            CREATE VIEW tag_browser_filtered_{table_name} AS SELECT
                id,
                {view_column_name},
                (SELECT COUNT(books_{table_name}_link.id) FROM books_{table_name}_link WHERE
                    {column_name}={table_name}.id AND books_list_filter(book)) count,
                (SELECT AVG(ratings.rating)
                 FROM books_{table_name}_link AS tl, books_ratings_link AS bl, ratings
                 WHERE tl.{column_name}={table_name}.id AND bl.book=tl.book AND
                 ratings.id = bl.rating AND ratings.rating <> 0 AND
                 books_list_filter(bl.book)) avg_rating,
                 {sort_column_name} AS sort
            FROM {table_name};

            '''
        assert db is not None
        db.execute(script)

    def create_cust_tag_browser_view(table_name, link_table_name):
        script = f'''
            DROP VIEW IF EXISTS tag_browser_{table_name};
            CREATE VIEW tag_browser_{table_name} AS SELECT
                id,
                value,
                (SELECT COUNT(id) FROM {link_table_name} WHERE value={table_name}.id) count,
                (SELECT AVG(r.rating)
                 FROM {link_table_name},
                      books_ratings_link AS bl,
                      ratings AS r
                 WHERE {link_table_name}.value={table_name}.id AND bl.book={link_table_name}.book AND
                       r.id = bl.rating AND r.rating <> 0) avg_rating,
                 value AS sort
            FROM {table_name};

            DROP VIEW IF EXISTS tag_browser_filtered_{table_name};
            CREATE VIEW tag_browser_filtered_{table_name} AS SELECT
                id,
                value,
                (SELECT COUNT({link_table_name}.id) FROM {link_table_name} WHERE value={table_name}.id AND
                books_list_filter(book)) count,
                (SELECT AVG(r.rating)
                 FROM {link_table_name},
                      books_ratings_link AS bl,
                      ratings AS r
                 WHERE {link_table_name}.value={table_name}.id AND bl.book={link_table_name}.book AND
                       r.id = bl.rating AND r.rating <> 0 AND
                       books_list_filter(bl.book)) avg_rating,
                 value AS sort
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
                create_std_tag_browser_view(field['table'], field['link_column'], field['column'], field['category_sort'])

    db_tables = db.get('''SELECT name FROM sqlite_master
                                 WHERE type='table'
                                 ORDER BY name''')
    tables = []
    for (table,) in db_tables:
        tables.append(table)
    for table in tables:
        link_table = f'books_{table}_link'
        if table.startswith('custom_column_') and link_table in tables:
            create_cust_tag_browser_view(table, link_table)

    db.execute('UPDATE authors SET sort=author_to_author_sort(name)')
    db.execute('pragma user_version=12')
