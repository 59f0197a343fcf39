"""Kanboard ``version_13``: users get ``is_ldap_user`` (accounts from an LDAP directory)."""


def upgrade(conn):
    conn.execute("ALTER TABLE users ADD COLUMN is_ldap_user INTEGER DEFAULT 0")
