"""``system`` becomes ``system_prompt``: the bare word kept being read as the OS."""

from edi_migrations.changes import RenameColumn

CHANGES = (RenameColumn("logs", "system", "system_prompt"),)


def upgrade(conn):
    conn.execute("ALTER TABLE logs RENAME COLUMN system TO system_prompt")


def downgrade(conn):
    conn.execute("ALTER TABLE logs RENAME COLUMN system_prompt TO system")
