"""Kanboard ``version_67``: the Jabber integration, seven settings and seven project columns."""

from edi_migrations.changes import AddRows

# Seven new settings are seven new rows of settings.
CHANGES = (AddRows("settings"),)

SETTINGS = (
    ("integration_jabber", "0"),
    ("integration_jabber_server", ""),
    ("integration_jabber_domain", ""),
    ("integration_jabber_username", ""),
    ("integration_jabber_password", ""),
    ("integration_jabber_nickname", "kanboard"),
    ("integration_jabber_room", ""),
)


def upgrade(conn):
    for option, value in SETTINGS:
        conn.execute("INSERT INTO settings VALUES (?, ?)", (option, value))
    conn.execute("ALTER TABLE project_integrations ADD COLUMN jabber INTEGER DEFAULT '0'")
    conn.execute("ALTER TABLE project_integrations ADD COLUMN jabber_server TEXT DEFAULT ''")
    conn.execute("ALTER TABLE project_integrations ADD COLUMN jabber_domain TEXT DEFAULT ''")
    conn.execute("ALTER TABLE project_integrations ADD COLUMN jabber_username TEXT DEFAULT ''")
    conn.execute("ALTER TABLE project_integrations ADD COLUMN jabber_password TEXT DEFAULT ''")
    conn.execute(
        "ALTER TABLE project_integrations ADD COLUMN jabber_nickname TEXT DEFAULT 'kanboard'"
    )
    conn.execute("ALTER TABLE project_integrations ADD COLUMN jabber_room TEXT DEFAULT ''")
