"""The options a prompt was sent with (temperature, max tokens), as the JSON the app got."""


def upgrade(conn):
    conn.execute("ALTER TABLE log ADD COLUMN options_json TEXT")


def downgrade(conn):
    conn.execute("ALTER TABLE log DROP COLUMN options_json")
