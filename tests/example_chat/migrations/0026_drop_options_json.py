"""Options moved into ``response_json`` long ago; the app stopped reading ``options_json``."""

from edi_migrations.changes import DropColumn

CHANGES = (DropColumn("logs", "options_json"),)


def upgrade(conn):
    conn.execute("ALTER TABLE logs DROP COLUMN options_json")
