"""calibre ``src/calibre/db/schema_upgrades.py``, `upgrade_version_25` (user_version 25 to 26): links everywhere.

The method's body as written; `self.db` is `db` (calibre's connection, `_calibre_db`),
then calibre's own bookkeeping: `SchemaUpgrade` sets `pragma user_version=26`.
"""

from _calibre_db import CalibreDb


def upgrade(conn):
    db = CalibreDb(conn)
    assert db is not None
    alters = []
    for record in db.execute('SELECT label,name,datatype,editable,display,normalized,id,is_multiple FROM custom_columns'):
        data = {
            'label': record[0],
            'name': record[1],
            'datatype': record[2],
            'editable': bool(record[3]),
            'display': record[4],
            'normalized': bool(record[5]),
            'num': record[6],
            'is_multiple': bool(record[7]),
        }
        if data['normalized']:
            tn = 'custom_column_{}'.format(data['num'])
            alters.append(f"ALTER TABLE {tn} ADD COLUMN link TEXT NOT NULL DEFAULT '';")

    alters.append("ALTER TABLE publishers ADD COLUMN link TEXT NOT NULL DEFAULT '';")
    alters.append("ALTER TABLE series ADD COLUMN link TEXT NOT NULL DEFAULT '';")
    alters.append("ALTER TABLE tags ADD COLUMN link TEXT NOT NULL DEFAULT '';")
    # These aren't necessary in that there is no UI to set links, but having them
    # makes the code uniform
    alters.append("ALTER TABLE languages ADD COLUMN link TEXT NOT NULL DEFAULT '';")
    alters.append("ALTER TABLE ratings ADD COLUMN link TEXT NOT NULL DEFAULT '';")
    db.execute('\n'.join(alters))
    db.execute('pragma user_version=26')
