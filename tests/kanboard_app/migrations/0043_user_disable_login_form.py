"""Kanboard ``version_43``: users get ``disable_login_form`` (sign in by SSO only)."""


def upgrade(conn):
    conn.execute("ALTER TABLE users ADD COLUMN disable_login_form INTEGER DEFAULT 0")
