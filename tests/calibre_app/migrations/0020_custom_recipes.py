"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_19` (user_version 19 to 20): custom recipes.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
but for the recipe files (below); then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=20`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    recipes = db.get('SELECT id,title,script FROM feeds')
    if recipes:
        # left out: calibre writes each feed's script into its custom recipes folder
        # (calibre.web.feeds.recipes, the config folder): files outside metadata.db; no row
        # of the database changes (the feeds table is kept)
        pass
    db.execute('pragma user_version=20')
